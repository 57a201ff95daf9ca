import { z } from "zod";

export type FieldErrors = Record<string, string>;
export type Parsed<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Validate FormData (or URLSearchParams) with a zod schema: the first message per field. */
export function parseForm<S extends z.ZodType>(schema: S, form: FormData | URLSearchParams): Parsed<z.infer<S>> {
  const values: Record<string, unknown> = {};
  for (const [key, value] of form.entries()) {
    if (typeof value !== "string") continue; // no file uploads anywhere
    if (value.includes(NUL)) return { ok: false, errors: { [key]: NUL_MESSAGE } };
    values[key] = key in values ? ([] as unknown[]).concat(values[key], value) : value;
  }
  return parseValues(schema, values);
}

// PostgreSQL text cannot hold a NUL character (SQLite can): refused at the door, on both
// databases alike, instead of failing the insert with a 500 on one of them.
const NUL = "\u0000";
const NUL_MESSAGE = "This contains a NUL character, which cannot be stored. Remove it and try again.";
const hasNul = (values: unknown): boolean =>
  typeof values === "string"
    ? values.includes(NUL)
    : Array.isArray(values)
      ? values.some(hasNul)
      : typeof values === "object" && values !== null && Object.values(values).some(hasNul);

export function parseValues<S extends z.ZodType>(schema: S, values: unknown): Parsed<z.infer<S>> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const key = issue.path.length ? issue.path.join(".") : "form";
    errors[key] ??= issue.message;
  }
  return { ok: false, errors };
}

/** Parse a route param or search param with zod; a bad one is a 404/400, not a 500. */
export function parseParams<S extends z.ZodType>(schema: S, values: unknown, status = 404): z.infer<S> {
  if (hasNul(values)) throw new Response(status === 404 ? "Not found" : `Bad request: ${NUL_MESSAGE}`, { status });
  const result = schema.safeParse(values);
  if (!result.success) {
    throw new Response(status === 404 ? "Not found" : "Bad request: " + result.error.issues[0]?.message, { status });
  }
  return result.data;
}

/**
 * The body of a form post. Anything else (JSON, a broken multipart body) is the
 * sender's mistake: a 415 or 400 with a message, never a 500.
 */
export async function readForm(request: Request): Promise<FormData> {
  const type = request.headers.get("Content-Type") ?? "";
  if (!/^(application\/x-www-form-urlencoded|multipart\/form-data)\b/i.test(type)) {
    throw new Response("Send this as a form (application/x-www-form-urlencoded or multipart/form-data).", { status: 415 });
  }
  try {
    return await request.formData();
  } catch {
    throw new Response("That form could not be read. Reload the page and try again.", { status: 400 });
  }
}
