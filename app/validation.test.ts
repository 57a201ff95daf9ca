import { expect, it } from "vitest";
import { z } from "zod";
import { parseForm, parseParams } from "./validation";

// PostgreSQL refuses NUL in text; both databases must answer such input the same way, with a 4xx.
it("refuses a NUL character in a route param with a 404 and in a form field with that field's error", () => {
  const params = z.object({ id: z.string().min(1) });
  let thrown: unknown;
  try {
    parseParams(params, { id: "abc\u0000" });
  } catch (error) {
    thrown = error;
  }
  expect(thrown).toBeInstanceOf(Response);
  expect((thrown as Response).status).toBe(404);
  expect(parseParams(params, { id: "abc" })).toEqual({ id: "abc" });

  const form = new URLSearchParams({ title: "ok", comment: "bad\u0000" });
  const parsed = parseForm(z.object({ title: z.string(), comment: z.string() }), form);
  expect(parsed).toEqual({ ok: false, errors: { comment: expect.stringMatching(/NUL character/) } });
});
