import { prisma } from "../db.server";

/** For process managers and the test runner: the app is up and its database answers. */
export async function loader() {
  await prisma.$queryRaw`SELECT 1`;
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
