import { describe, expect, it, vi } from "vitest";
import { SandboxBusyError } from "./errors";

describe("SandboxBusyError", () => {
  it("is recognised by another copy of the module (the Remix build bundles its own)", async () => {
    vi.resetModules();
    const copy = "./errors?copy";
    const other = (await import(/* @vite-ignore */ copy)) as typeof import("./errors");
    expect(other.SandboxBusyError).not.toBe(SandboxBusyError);
    expect(new other.SandboxBusyError()).toBeInstanceOf(SandboxBusyError);
    expect(new SandboxBusyError()).toBeInstanceOf(other.SandboxBusyError);
  });

  it("is not any other error", () => {
    expect(new Error("busy")).not.toBeInstanceOf(SandboxBusyError);
    expect({ retryAfterSeconds: 2 }).not.toBeInstanceOf(SandboxBusyError);
    expect(null).not.toBeInstanceOf(SandboxBusyError);
  });
});
