// Express ↔ Remix with the request body read up front, under a byte limit that holds
// for chunked uploads too (a Content-Length check alone does not).
import { createRequestHandler, writeReadableStreamToWritable, type ServerBuild } from "@remix-run/node";
import type { AppLoadContext } from "@remix-run/node";
import express, { type ErrorRequestHandler, type Request as ExpressRequest, type RequestHandler, type Response as ExpressResponse } from "express";

export const MAX_BODY_BYTES = 2 * 1024 * 1024;

/** Reads any body into a Buffer; over the limit, body-parser answers 413 through the error handler below. */
export const readBody: RequestHandler = express.raw({ type: () => true, limit: MAX_BODY_BYTES });

export function remixHandler(build: ServerBuild, loadContext: (req: ExpressRequest) => AppLoadContext): RequestHandler {
  // Always production mode: a built app never sends stack traces to the browser.
  const handle = createRequestHandler(build, "production");
  return async (req, res, next) => {
    // `?_data=<route>` is how Remix fetched data before single fetch. It still routes such URLs,
    // to a path that cannot serialise this app's loaders (a 500); nothing here sends them.
    if (new URL(req.originalUrl, "http://localhost").searchParams.has("_data")) {
      res.status(400).type("text/plain").send("Bad request: page data is at the page's .data URL, not ?_data=.");
      return;
    }
    try {
      const response = await handle(toFetchRequest(req, res), loadContext(req));
      await send(res, response);
    } catch (error) {
      next(error);
    }
  };
}

function toFetchRequest(req: ExpressRequest, res: ExpressResponse): Request {
  const url = new URL(req.originalUrl, `http://${req.headers.host ?? "localhost"}`);
  const controller = new AbortController();
  res.on("close", () => controller.abort());
  const headers = new Headers();
  for (const [key, value] of Object.entries(req.headers)) {
    if (value === undefined || key === "transfer-encoding" || key === "content-length" || key === "connection") continue;
    for (const v of Array.isArray(value) ? value : [value]) headers.append(key, v);
  }
  const body = req.method !== "GET" && req.method !== "HEAD" && Buffer.isBuffer(req.body) ? new Uint8Array(req.body) : undefined;
  return new Request(url, { method: req.method, headers, body, signal: controller.signal });
}

async function send(res: ExpressResponse, response: Response) {
  res.statusMessage = response.statusText;
  res.status(response.status);
  for (const [key, value] of response.headers) if (key !== "set-cookie") res.append(key, value);
  for (const cookie of response.headers.getSetCookie()) res.append("Set-Cookie", cookie);
  if (response.body) await writeReadableStreamToWritable(response.body, res);
  else res.end();
}

/** The last word on errors: a clear 4xx for what the sender got wrong, a plain 500 without details otherwise. */
export const errorPage: ErrorRequestHandler = (error, _req, res, _next) => {
  const status = typeof error?.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
  if (status === 500) console.error(error);
  const message =
    status === 413
      ? `That request is too large (${MAX_BODY_BYTES / 1024 / 1024} MB at most).`
      : status < 500
        ? "That request could not be read."
        : "Something went wrong on our side. Your saved work is safe; try again in a moment.";
  if (!res.headersSent) res.status(status).type("text/plain").send(message);
};

/**
 * Form posts from other sites are refused (cookies are SameSite=Lax, and this also
 * stops log-in CSRF): a browser says where a request comes from in Origin and
 * Sec-Fetch-Site. `Origin: null` (a sandboxed frame, a data: page, a cross-site redirect)
 * is not this site either; Remix would refuse it too, but with a 500.
 */
export const sameOriginPosts: RequestHandler = (req, res, next) => {
  if (req.method === "GET" || req.method === "HEAD") return next();
  const site = req.headers["sec-fetch-site"];
  const origin = req.headers.origin;
  const crossSite = site === "cross-site" || (origin !== undefined && safeHost(origin) !== req.headers.host);
  if (crossSite) {
    console.warn(`Refused a cross-site ${req.method} ${req.path.slice(0, 200)} (Origin: ${String(origin ?? "none").slice(0, 100)}, Sec-Fetch-Site: ${String(site ?? "none")})`);
    res.status(403).type("html").send(REFUSED_PAGE);
    return;
  }
  next();
};

const REFUSED_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Not allowed · Loopwright</title></head>
<body><main><h1>Not allowed</h1><p>Form posts from other sites are refused. Open Loopwright itself and try again.</p><p><a href="/">Go to Loopwright</a></p></main></body></html>
`;

function safeHost(origin: string): string | undefined {
  try {
    // "null" parses to an opaque origin whose host is ""
    return new URL(origin).host || undefined;
  } catch {
    return undefined;
  }
}
