import Papa from "papaparse";
import { z } from "zod";

export const MAX_INVITES_PER_UPLOAD = 500;
export const MAX_CSV_BYTES = 256 * 1024;

export type Invitee = { email: string; name: string };
export type InviteList = {
  valid: Invitee[];
  /** what was written, as written, so the manager can fix it */
  invalid: string[];
  /** addresses given more than once (or already invited), listed once each */
  duplicates: string[];
  /** a problem with the whole list: over the cap, no email column */
  error?: string;
};

const emailSchema = z.email();
const NAME_MAX = 100;

function collect(entries: { email: string; name: string }[], alreadyInvited: ReadonlySet<string>): InviteList {
  const valid: Invitee[] = [];
  const invalid: string[] = [];
  const duplicates = new Set<string>();
  const seen = new Set<string>();
  for (const entry of entries) {
    const raw = entry.email.trim();
    if (!raw) continue;
    const email = raw.toLowerCase();
    if (raw.length > 254 || !emailSchema.safeParse(email).success) {
      invalid.push(raw.slice(0, 254));
      continue;
    }
    if (seen.has(email) || alreadyInvited.has(email)) {
      duplicates.add(email);
      continue;
    }
    seen.add(email);
    valid.push({ email, name: entry.name.trim().slice(0, NAME_MAX) });
  }
  const list: InviteList = { valid, invalid, duplicates: [...duplicates] };
  if (valid.length > MAX_INVITES_PER_UPLOAD) {
    list.error = `At most ${MAX_INVITES_PER_UPLOAD} addresses at a time: this list has ${valid.length}. Split it and send the rest after.`;
  }
  return list;
}

/** Pasted addresses: one per line or separated by commas or semicolons. "Ada <ada@x.org>" keeps the name. */
export function parsePastedAddresses(text: string, alreadyInvited: ReadonlySet<string> = new Set()): InviteList {
  const entries = text
    .split(/[\n\r,;]+/)
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const named = /^(.*?)\s*<([^<>]+)>$/.exec(part);
      return named ? { name: named[1].replace(/^"|"$/g, ""), email: named[2] } : { name: "", email: part };
    });
  return collect(entries, alreadyInvited);
}

/** A CSV with a header row holding an `email` column and optionally `name` (any case). */
export function parseInviteCsv(text: string, alreadyInvited: ReadonlySet<string> = new Set()): InviteList {
  const parsed = Papa.parse<Record<string, string>>(text.replace(/^\uFEFF/, ""), {
    header: true,
    skipEmptyLines: "greedy",
    transformHeader: (h) => h.trim().toLowerCase(),
  });
  const fields = parsed.meta.fields ?? [];
  if (!fields.includes("email")) {
    return { valid: [], invalid: [], duplicates: [], error: "The CSV needs a header row with an \"email\" column (and optionally \"name\")." };
  }
  const entries = parsed.data.map((row) => ({ email: String(row.email ?? ""), name: String(row.name ?? "") }));
  return collect(entries, alreadyInvited);
}

/**
 * The pasted addresses and an uploaded CSV as one list: an address in both counts once,
 * and the 500 cap applies to the whole.
 */
export function combinedInviteList(pasted: string, csv: string, alreadyInvited: ReadonlySet<string> = new Set()): InviteList {
  if (!pasted.trim() && !csv.trim()) return { valid: [], invalid: [], duplicates: [], error: "Paste at least one address or choose a CSV file." };
  const fromPaste = parsePastedAddresses(pasted, alreadyInvited);
  const fromCsv = csv.trim()
    ? parseInviteCsv(csv, new Set([...alreadyInvited, ...fromPaste.valid.map((v) => v.email)]))
    : { valid: [], invalid: [], duplicates: [] };
  if (fromCsv.error && !fromCsv.valid.length) return fromCsv;
  const valid = [...fromPaste.valid, ...fromCsv.valid];
  const list: InviteList = {
    valid,
    invalid: [...fromPaste.invalid, ...fromCsv.invalid],
    duplicates: [...new Set([...fromPaste.duplicates, ...fromCsv.duplicates])],
  };
  if (valid.length > MAX_INVITES_PER_UPLOAD) {
    list.error = `At most ${MAX_INVITES_PER_UPLOAD} addresses at a time: this list has ${valid.length}. Split it and send the rest after.`;
  }
  return list;
}
