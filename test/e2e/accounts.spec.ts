import { expect, logIn, logOut, signUp, test } from "./fixtures";

const unique = () => Math.random().toString(36).slice(2, 8);

test("a new candidate signs up, logs out and logs back in", async ({ page }) => {
  const account = { name: "Ada Lovelace", email: `ada-${unique()}@example.com`, password: "analytical engine" };
  await signUp(page, account);
  await expect(page).toHaveURL(/\/practice$/);
  await expect(page.getByRole("heading", { name: "Practice", exact: true })).toBeVisible();
  await expect(page.getByText("Ada Lovelace · Candidate")).toBeVisible();

  await logOut(page);
  await page.goto("/practice");
  await expect(page).toHaveURL(/\/login\?redirectTo=%2Fpractice$/);

  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/practice$/);
});

test("sign-up explains every bad field next to it and keeps what was typed", async ({ page }) => {
  await page.goto("/signup");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByText("Enter your name")).toBeVisible();
  await expect(page.getByText("Enter your email address")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();

  await page.getByLabel("Name").fill("Grace");
  await page.getByLabel("Email").fill("not-an-email");
  await page.getByLabel("Password").fill("short");
  await page.getByRole("button", { name: "Sign up" }).click();
  await expect(page.getByText("Enter a valid email address, like name@example.com")).toBeVisible();
  await expect(page.getByText("Use at least 10 characters")).toBeVisible();
  await expect(page.getByLabel("Name")).toHaveValue("Grace");
});

test("a duplicate email and a wrong password get clear messages", async ({ page }) => {
  const account = { name: "Dup", email: `dup-${unique()}@example.com`, password: "first password" };
  await signUp(page, account);
  await logOut(page);
  await signUp(page, account);
  await expect(page.getByText("An account with this email already exists. Log in instead.")).toBeVisible();

  await logIn(page, { email: account.email, password: "wrong password" });
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
  await logIn(page, { email: `nobody-${unique()}@example.com`, password: "wrong password" });
  await expect(page.getByText("Email or password is incorrect.")).toBeVisible();
});

test("bad input gets a 4xx, never a 500", async ({ request }) => {
  const empty = await request.post("/signup", { form: {} });
  expect(empty.status()).toBe(400);
  const huge = await request.post("/login", { form: { email: "a".repeat(1_000_000), password: "x" } });
  expect(huge.status()).toBe(400);
  const hugePassword = await request.post("/signup", { form: { name: "A", email: "a@b.co", password: "x".repeat(1_000_000) } });
  expect(hugePassword.status()).toBe(400);
  expect(await hugePassword.text()).toContain("Use at most 200 characters");
  const json = await request.post("/login", { data: { email: "a@b.co", password: "x" } });
  expect(json.status()).toBe(415);
  const crossSite = await request.post("/login", { form: { email: "a@b.co", password: "x" }, headers: { Origin: "https://evil.example" } });
  expect(crossSite.status()).toBe(403);
  const open = await request.post("/login", { form: { email: "a@b.co", password: "x", redirectTo: "/\t/evil.example" } });
  expect(open.status()).toBe(401);
  const tampered = await request.get("/practice", { headers: { Cookie: "lw_session=forged.value" }, maxRedirects: 0 });
  expect(tampered.status()).toBe(302);
  expect(tampered.headers()["set-cookie"]).toMatch(/lw_session=;/);
});

test("an oversized body is refused with 413 even when it is sent in chunks", async ({ baseURL }) => {
  const chunk = "x".repeat(64 * 1024);
  const body = new ReadableStream({
    start(controller) {
      for (let i = 0; i < 64; i++) controller.enqueue(new TextEncoder().encode(i === 0 ? "email=a%40b.co&password=" + chunk : chunk));
      controller.close();
    },
  });
  const response = await fetch(`${baseURL}/login`, {
    method: "POST",
    headers: { "Content-Type": "application/x-www-form-urlencoded" },
    body,
    duplex: "half",
  } as RequestInit);
  expect(response.status).toBe(413);
  expect(await response.text()).toContain("too large");
});

test("each role lands on its own home", async ({ page, loginAs }) => {
  await loginAs(["hiring-manager"]);
  await page.goto("/");
  await expect(page).toHaveURL(/\/assessments$/);
  await expect(page.getByRole("heading", { name: "Assessments", exact: true })).toBeVisible();
  await expect(page.getByText("No assessments yet")).toBeVisible();

  await page.context().clearCookies();
  await loginAs(["reviewer"]);
  await page.goto("/");
  await expect(page).toHaveURL(/\/reviews$/);
  await expect(page.getByRole("heading", { name: "Grading queue", exact: true })).toBeVisible();

  await page.context().clearCookies();
  await loginAs(["admin"]);
  await page.goto("/");
  await expect(page).toHaveURL(/\/admin\/users$/);
  await expect(page.getByRole("heading", { name: "Users and roles", exact: true })).toBeVisible();
});

test("a candidate is refused the admin pages, and the reviewer and manager pages do not exist for them", async ({ page, loginAs }) => {
  await loginAs(["candidate"]);
  const response = await page.goto("/admin/users");
  expect(response?.status()).toBe(403);
  await expect(page.getByRole("heading", { name: "Not allowed", exact: true })).toBeVisible();
  // reviewers' and managers' pages answer 404, as for anything a candidate may not know exists
  for (const path of ["/reviews", "/assessments"]) {
    expect((await page.goto(path))?.status(), path).toBe(404);
  }
  // every grading page answers 404 to non-reviewers, like the pages under it (reviews.spec.ts)
  expect((await page.goto("/reviews"))?.status()).toBe(404);
});

test("the admin promotes a candidate to hiring manager, who then sees assessments", async ({ page, browser }) => {
  const account = { name: "Hana Hire", email: `hana-${unique()}@example.com`, password: "soon a manager" };
  await signUp(page, account);
  await expect(page.getByRole("link", { name: "Assessments" })).toHaveCount(0);

  const adminContext = await browser.newContext();
  const admin = await adminContext.newPage();
  await logIn(admin, { email: "root@e2e.test", password: "e2e-admin-password" });
  await expect(admin).toHaveURL(/\/admin\/users$/);
  await admin.getByPlaceholder("Search by name or email").fill(account.email);
  await admin.getByRole("button", { name: "Search" }).click();
  const row = admin.locator(`tr[data-email="${account.email}"]`);
  await row.getByRole("button", { name: "Make hiring manager" }).click();
  await expect(admin.getByText(/the user is now a hiring manager/)).toBeVisible();
  await expect(row.getByRole("button", { name: "✓ Hiring manager" })).toBeVisible();
  await adminContext.close();

  await page.reload();
  await page.getByRole("link", { name: "Assessments" }).click();
  await expect(page.getByRole("heading", { name: "Assessments", exact: true })).toBeVisible();
});
