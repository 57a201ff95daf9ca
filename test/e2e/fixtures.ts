import { test as base, expect, type Page } from "@playwright/test";
import crypto from "node:crypto";
import { createUser } from "../../app/auth/auth.server";
import type { RoleName } from "../../app/auth/roles";
import { createSessionCookie } from "../../app/auth/session.server";

type Fixtures = {
  /** Fails the test if the page asked any host but localhost for anything, or broke the CSP. */
  offlineGuard: void;
  /** A new user with these roles, logged in by inserting a session (not by the form). */
  loginAs: (roles: RoleName[]) => Promise<{ email: string; name: string; password: string }>;
};

export const test = base.extend<Fixtures>({
  offlineGuard: [
    async ({ page }, use) => {
      const foreign: string[] = [];
      const refused: string[] = [];
      page.on("console", (message) => {
        if (/Content Security Policy/i.test(message.text())) refused.push(message.text());
      });
      page.on("request", (request) => {
        const { protocol, hostname } = new URL(request.url());
        if (protocol === "data:" || protocol === "blob:") return;
        if (!["localhost", "127.0.0.1", "[::1]"].includes(hostname)) foreign.push(request.url());
      });
      await use();
      expect(foreign, "requests to hosts other than localhost").toEqual([]);
      expect(refused, "resources the Content-Security-Policy refused").toEqual([]);
    },
    { auto: true },
  ],
  loginAs: async ({ context, baseURL }, use) => {
    await use(async (roles) => {
      const tag = crypto.randomBytes(4).toString("hex");
      const account = { email: `${roles.join("-")}-${tag}@e2e.test`, name: `E2E ${roles[0]} ${tag}`, password: "e2e password " + tag };
      const user = await createUser({ ...account, roles });
      const [pair] = (await createSessionCookie(user.id)).split(";");
      const [name, ...rest] = pair.split("=");
      await context.addCookies([{ name, value: rest.join("="), url: baseURL! }]);
      return account;
    });
  },
});

export { expect };

export async function signUp(page: Page, account: { name: string; email: string; password: string }) {
  await page.goto("/signup");
  await page.getByLabel("Name").fill(account.name);
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign up" }).click();
}

export async function logIn(page: Page, account: { email: string; password: string }) {
  await page.goto("/login");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Log in" }).click();
}

export async function logOut(page: Page) {
  await page.getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
}
