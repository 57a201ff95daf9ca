// The simulated candidates' browser: one cookie jar each, requests spread over the web
// servers like a round-robin load balancer, and Remix's single-fetch wire format
// (turbo-stream) decoded the way @remix-run/react does it.
import { decode } from "turbo-stream";
import type { Metrics } from "./metrics";

/** Round-robin over the web servers, one pick per request, like a load balancer without stickiness. */
export class Balancer {
  private next = 0;
  constructor(readonly origins: string[]) {}
  pick(): string {
    const origin = this.origins[this.next % this.origins.length];
    this.next++;
    return origin;
  }
}

/** What Remix's fetcher receives: the action's or loader's data, a redirect, or a thrown error. */
export type RemixResult = { status: number; data?: unknown; redirect?: string; error?: unknown };

export type Sent = { status: number; ms: number; ok: boolean };

type Kind = string;

export class Browser {
  private cookies = new Map<string, string>();

  constructor(
    private readonly balancer: Balancer,
    private readonly metrics: Metrics,
  ) {}

  setCookie(pair: string) {
    const [name, ...rest] = pair.split(";")[0].split("=");
    this.cookies.set(name.trim(), rest.join("="));
  }

  /** A full page load (the invite link from an email): HTML, timed to the last byte. */
  async document(kind: Kind, path: string): Promise<Sent & { html: string }> {
    const { response, ms, text } = await this.send(kind, "GET", path, undefined, async (r) => r.text());
    return { status: response?.status ?? 0, ms, ok: ok(response), html: text ?? "" };
  }

  /** A fetcher.submit or <Form> post as Remix sends it with single fetch: `<path>.data`, urlencoded. */
  async action(kind: Kind, path: string, fields: Record<string, string | string[]>): Promise<RemixResult & { ms: number }> {
    const body = new URLSearchParams();
    for (const [key, value] of Object.entries(fields)) {
      for (const v of Array.isArray(value) ? value : [value]) body.append(key, v);
    }
    const { response, ms, text: decoded } = await this.send(kind, "POST", dataUrl(path), body, decodeRemix);
    return { ...(decoded ?? {}), status: response?.status ?? 0, ms };
  }

  /** A client-side navigation or revalidation: every loader of the page through one `<path>.data` GET. */
  async loaders(kind: Kind, path: string): Promise<RemixResult & { ms: number }> {
    const { response, ms, text: decoded } = await this.send(kind, "GET", dataUrl(path), undefined, decodeRemix);
    return { ...(decoded ?? {}), status: response?.status ?? 0, ms };
  }

  /** A plain fetch() from the page's own code (deadline polls, integrity batches). */
  async json(kind: Kind, method: "GET" | "POST", path: string, body?: unknown): Promise<Sent & { body?: unknown }> {
    const { response, ms, text } = await this.send(kind, method, path, body === undefined ? undefined : JSON.stringify(body), async (r) => r.json() as Promise<unknown>);
    return { status: response?.status ?? 0, ms, ok: ok(response), body: text };
  }

  private async send<T>(
    kind: Kind,
    method: string,
    path: string,
    body: URLSearchParams | string | undefined,
    read: (response: Response) => Promise<T>,
  ): Promise<{ response?: Response; ms: number; text?: T }> {
    const origin = this.balancer.pick();
    const headers: Record<string, string> = { "Sec-Fetch-Site": "same-origin", Cookie: [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ") };
    if (method !== "GET") headers.Origin = origin;
    if (typeof body === "string") headers["Content-Type"] = "application/json";
    const started = performance.now();
    let response: Response | undefined;
    let text: T | undefined;
    try {
      response = await fetch(origin + path, { method, headers, body, redirect: "manual" });
      for (const cookie of response.headers.getSetCookie()) this.setCookie(cookie);
      text = await read(response);
    } catch (error) {
      const ms = performance.now() - started;
      this.metrics.request(kind, response?.status ?? 0, ms, `${method} ${path}: ${(error as Error).message}`);
      return { response, ms };
    }
    const ms = performance.now() - started;
    this.metrics.request(kind, response.status, ms, response.status >= 300 && response.status !== 202 ? `${method} ${path}: ${response.status}` : undefined);
    return { response, ms, text };
  }
}

function ok(response: Response | undefined): boolean {
  return !!response && response.status >= 200 && response.status < 300;
}

/** `/a/b?index` → `/a/b.data?index`, as singleFetchUrl does. */
function dataUrl(path: string): string {
  const url = new URL(path, "http://x");
  url.pathname = url.pathname === "/" ? "/_root.data" : `${url.pathname.replace(/\/$/, "")}.data`;
  return url.pathname + url.search;
}

async function decodeRemix(response: Response): Promise<Omit<RemixResult, "status">> {
  if (!response.body) return {};
  const { value } = await decode(response.body, {
    plugins: [
      (type: string, ...rest: unknown[]) => {
        if (type === "SanitizedError") return { value: { error: rest[1] } };
        if (type === "ErrorResponse") return { value: { errorResponse: rest[0], status: rest[1] } };
        if (type === "SingleFetchRedirect") return { value: { redirect: rest[0] } };
        return undefined;
      },
      (type: string, value: unknown) => {
        if (type === "SingleFetchFallback") return { value: undefined };
        if (type === "SingleFetchClassInstance") return { value };
        return undefined;
      },
    ],
  });
  return unwrap(value);
}

function unwrap(value: unknown): Omit<RemixResult, "status"> {
  const v = value as Record<string, unknown> | undefined;
  if (!v || typeof v !== "object") return {};
  // an action's redirect comes bare; a loader's inside the SingleFetchRedirect plugin's value
  if (typeof v.redirect === "string") return { redirect: v.redirect };
  const wrapped = v.redirect as { redirect?: string } | undefined;
  if (wrapped && typeof wrapped.redirect === "string") return { redirect: wrapped.redirect };
  if ("data" in v) return { data: v.data };
  if ("error" in v) return { error: v.error };
  return { data: v };
}
