import type { CodeExecutor } from "./runners/executor.server";

// What the server hands every loader and action besides the request.
declare module "@remix-run/server-runtime" {
  interface AppLoadContext {
    sandbox: CodeExecutor;
    /** The client's address (from the proxy when TRUST_PROXY is set), for rate limits. */
    clientAddress: string;
    /** A fresh random nonce per request for the Content-Security-Policy. */
    cspNonce: string;
  }
}
export {};
