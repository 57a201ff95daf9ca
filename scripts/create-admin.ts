// One-time command for the first admin (or another one):
//   npm run admin:create -- --email you@example.com [--name "Your Name"]
// The password is read from ADMIN_PASSWORD or prompted for, never passed on the command line.
import { parseArgs } from "node:util";
import readline from "node:readline/promises";
import { z } from "zod";
import { createUser } from "../app/auth/auth.server";
import { prisma } from "../app/db.server";
import { signupSchema } from "../app/auth/forms";

const { values } = parseArgs({ options: { email: { type: "string" }, name: { type: "string" } } });
let password = process.env.ADMIN_PASSWORD;
if (!password) {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  password = await rl.question("Password for the new admin: ");
  rl.close();
}
const parsed = signupSchema.safeParse({ email: values.email, name: values.name ?? "Administrator", password });
if (!parsed.success) {
  console.error(z.prettifyError(parsed.error));
  process.exit(2);
}
const existing = await prisma.user.findUnique({ where: { email: parsed.data.email } });
if (existing) {
  await prisma.user.update({ where: { id: existing.id }, data: { roles: { connect: { name: "admin" } } } });
  console.log(`${parsed.data.email} is now an admin.`);
} else {
  await createUser({ ...parsed.data, roles: ["admin"] });
  console.log(`Admin ${parsed.data.email} created.`);
}
await prisma.$disconnect();
