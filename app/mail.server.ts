import nodemailer from "nodemailer";
import type { Transporter } from "nodemailer";
import type SMTPTransport from "nodemailer/lib/smtp-transport";
import { env } from "./env.server";

let transport: Transporter | null | undefined;

/** The SMTP transport from SMTP_URL, or null when none is configured (links are shown to copy instead). */
function mailer(): Transporter | null {
  if (transport !== undefined) return transport;
  const url = env().SMTP_URL;
  // short timeouts: a missing or hung mail server must not hold the manager's page for minutes
  transport = url ? nodemailer.createTransport({ url, connectionTimeout: 5_000, greetingTimeout: 5_000, socketTimeout: 10_000 } as SMTPTransport.Options) : null;
  return transport;
}

export function mailConfigured(): boolean {
  return mailer() !== null;
}

export type Mail = { to: string; subject: string; text: string; html?: string };

/** Sends one mail; false (logged, never thrown) when the server refuses or cannot be reached. */
export async function sendMail(mail: Mail): Promise<boolean> {
  const t = mailer();
  if (!t) return false;
  try {
    await t.sendMail({ from: env().SMTP_FROM ?? "Loopwright <no-reply@loopwright.invalid>", ...mail });
    return true;
  } catch (error) {
    console.warn(`Mail to ${mail.to} failed: ${(error as Error).message}`);
    return false;
  }
}
