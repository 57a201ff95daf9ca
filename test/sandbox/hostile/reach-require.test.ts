import { expect, it } from "vitest";
import { usePool } from "../helpers";

const sandbox = usePool();

it("has no modules: require and a static import fail with a RuntimeError", async () => {
  const viaRequire = await sandbox.run({
    source: "function solve() {\n  const fs = require('fs');\n  return fs.readFileSync('/etc/passwd', 'utf8');\n}",
  });
  expect(viaRequire.verdict).toBe("RuntimeError");
  expect(viaRequire.tests[0].error).toBe('Error: Cannot import "fs": the sandbox has no modules (line 2)');

  const viaImport = await sandbox.run({
    language: "ts",
    source: "import { readFileSync } from 'node:fs';\nexport function solve(): string {\n  return readFileSync('/etc/passwd', 'utf8');\n}\n",
  });
  expect(viaImport.verdict).toBe("RuntimeError");
  expect(viaImport.tests[0].error).toMatch(/Cannot import "node:fs"/);
  await sandbox.expectHealthy();
});
