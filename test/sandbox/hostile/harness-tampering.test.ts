import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

const tamper = `
JSON.stringify = () => '{"s":"ok","v":1,"o":""}';
JSON.parse = () => [1];
Object.keys = () => [];
Array.isArray = () => false;
Reflect.apply = () => 1;
WeakSet.prototype.has = () => true;
Array.prototype.push = function () { throw new Error('no push'); };
Object.defineProperty(Object.prototype, 's', { set() { throw new Error('no set'); }, get() { return 'ok'; } });
globalThis.module = null;
console.log = () => { throw new Error('no console'); };
`;

it("keeps grading honestly when the candidate patches the globals the harness uses", async () => {
  const wrong = await sandbox.run({
    source: `${tamper}\nfunction solve(a, b) { return [a, b]; }`,
    tests: [
      { id: "t1", args: [2, 3], expected: 1 },
      { id: "t2", args: [4, 5], expected: [4, 5] },
    ],
  });
  expect(wrong.tests.map((t) => t.status)).toEqual(["WrongAnswer", "Accepted"]);
  await sandbox.expectHealthy();
});

it("cannot change the harness's view of the result by redefining things after it ran", async () => {
  const result = await sandbox.run({
    source: "function solve() { globalThis.solve = () => 1; return 2; }",
    tests: [
      { id: "t1", args: [], expected: 1 },
      { id: "t2", args: [], expected: 1 },
    ],
  });
  // The entry was bound once, before the first test.
  expect(result.tests.map((t) => t.status)).toEqual(["WrongAnswer", "WrongAnswer"]);
  await sandbox.expectHealthy();
});
