import crypto from "node:crypto";
import { z } from "zod";

// 24 random bytes = 192 bits, written as 32 base64url characters.
const TOKEN_BYTES = 24;

/** The shape of a token in a link: anything else is refused before the database is asked. */
export const inviteTokenSchema = z.string().regex(/^[A-Za-z0-9_-]{32}$/);

export function newInviteToken(): { token: string; tokenHash: string } {
  const token = crypto.randomBytes(TOKEN_BYTES).toString("base64url");
  return { token, tokenHash: hashInviteToken(token) };
}

/** Only this hash is stored: a copy of the database does not hold working links. */
export function hashInviteToken(token: string): string {
  return crypto.createHash("sha256").update(token, "utf8").digest("hex");
}

export function inviteLink(origin: string, token: string): string {
  return `${origin}/invite/${token}`;
}
