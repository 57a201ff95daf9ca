import { databaseAnswers } from "../health.server";

/** For process managers and the test runner: the app is up and its database answers. */
export async function loader() {
  await databaseAnswers();
  return new Response("ok", { headers: { "Content-Type": "text/plain", "Cache-Control": "no-store" } });
}
