import type { SandboxPool } from "../sandbox/index";

// What the server hands every loader and action besides the request.
declare module "@remix-run/server-runtime" {
  interface AppLoadContext {
    sandbox: SandboxPool;
  }
}
export {};
