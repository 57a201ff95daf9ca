import { expect, test } from "./fixtures";
import { OwnServer } from "./own-server";

// An app process of the test's own, to read what the server logs.
const app = new OwnServer(Number(process.env.E2E_PORT ?? 3123) + 501);

test.beforeAll(async () => {
  await app.start();
});
test.afterAll(async () => {
  await app.kill();
});

const stackFrame = /^\s+at /;

test("a POST with Origin: null is refused with a short 403 page and one log line", async ({ request }) => {
  const mark = app.log.length;
  const response = await request.post(`${app.origin}/login`, {
    headers: { Origin: "null" },
    form: { email: "someone@example.com", password: "whatever password" },
  });
  expect(response.status()).toBe(403);
  expect(response.headers()["content-type"]).toContain("text/html");
  expect(await response.text()).toContain("Form posts from other sites are refused");
  await expect.poll(() => app.linesSince(mark).length).toBeGreaterThan(0);
  const lines = app.linesSince(mark);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toContain("Refused a cross-site POST /login");
});

test("a signed-in user's 404 keeps the normal navigation, says so kindly and logs no stack trace", async ({ page, loginAs }) => {
  await loginAs(["candidate"]);
  const mark = app.log.length;
  const response = await page.goto(`${app.origin}/practice/no-such-thing`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found", level: 1 })).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Practice" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  await expect(page.getByText("No route matches")).toHaveCount(0);
  // a request the server answers after the 404 marks the end of whatever the 404 logged
  await page.request.get(`${app.origin}/healthz`);
  const lines = app.linesSince(mark);
  expect(lines.filter((l) => stackFrame.test(l))).toEqual([]);
  expect(lines.length).toBeLessThanOrEqual(1);
});

test("a 404 for a visitor who is not signed in offers log-in and sign-up", async ({ page }) => {
  const response = await page.goto(`${app.origin}/nowhere/at/all`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found", level: 1 })).toBeVisible();
  await expect(page.getByRole("link", { name: "Log in" })).toBeVisible();
});

test("a POST to a page that takes none is a 405 and an old ?_data URL a 400, and neither logs a stack trace", async ({ request }) => {
  const mark = app.log.length;
  for (const path of ["/", "/healthz", "/practice/scores", "/assessments", "/assessments.data"]) {
    const response = await request.post(`${app.origin}${path}`, { form: { intent: "x" }, maxRedirects: 0 });
    expect(response.status(), path).toBe(405);
  }
  // the data URL from before single fetch: Remix would answer it with a 500 and a logged warning
  const legacy = await request.get(`${app.origin}/login?_data=routes%2Flogin`);
  expect(legacy.status()).toBe(400);
  expect(await legacy.text()).toContain(".data URL");
  // a request the server answers afterwards marks the end of whatever those logged
  await request.get(`${app.origin}/healthz`);
  expect(app.linesSince(mark).filter((l) => stackFrame.test(l) || /did not provide an `action`|\?_data requests/.test(l))).toEqual([]);
});
