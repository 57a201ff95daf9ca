import { z } from "zod";

// Shared by the forms (constraints) and the actions (the check that counts).
export const EMAIL_MAX = 254;
export const PASSWORD_MIN = 10;
export const PASSWORD_MAX = 200;
export const NAME_MAX = 100;

const email = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, "Enter your email address")
  .max(EMAIL_MAX, `An email address has at most ${EMAIL_MAX} characters`)
  .pipe(z.email("Enter a valid email address, like name@example.com"))
  .transform((e) => e.toLowerCase());

export const signupSchema = z.object({
  name: z
    .string({ error: "Enter your name" })
    .trim()
    .min(1, "Enter your name")
    .max(NAME_MAX, `A name has at most ${NAME_MAX} characters`),
  email,
  password: z
    .string({ error: "Choose a password" })
    .min(PASSWORD_MIN, `Use at least ${PASSWORD_MIN} characters`)
    .max(PASSWORD_MAX, `Use at most ${PASSWORD_MAX} characters`),
});

export const loginSchema = z.object({
  email,
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(PASSWORD_MAX, "That password is too long"),
  redirectTo: z.string().max(2000).optional(),
});

/**
 * Only a path on this site, so a crafted link cannot bounce a user to another host.
 * Browsers drop tabs and newlines from URLs ("/\t/evil.example" becomes "//evil.example"),
 * so any control character or backslash refuses the target outright.
 */
export function safeRedirect(to: string | null | undefined, fallback: string): string {
  if (!to || !to.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(to)) return fallback;
  const base = "http://loopwright.invalid";
  const url = new URL(to, base);
  return url.origin === base ? url.pathname + url.search + url.hash : fallback;
}
