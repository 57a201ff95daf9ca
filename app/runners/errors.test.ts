import { describe, expect, it, vi } from "vitest";
import { QueueWaitTimeout } from "./errors";

describe("QueueWaitTimeout", () => {
  it("is recognised by another copy of the module (the Remix build bundles its own)", async () => {
    vi.resetModules();
    const copy = "./errors?copy";
    const other = (await import(/* @vite-ignore */ copy)) as typeof import("./errors");
    expect(other.QueueWaitTimeout).not.toBe(QueueWaitTimeout);
    expect(new other.QueueWaitTimeout("s1", 10)).toBeInstanceOf(QueueWaitTimeout);
    expect(new QueueWaitTimeout("s1", 10)).toBeInstanceOf(other.QueueWaitTimeout);
  });

  it("is not any other error", () => {
    expect(new Error("No verdict")).not.toBeInstanceOf(QueueWaitTimeout);
    expect(null).not.toBeInstanceOf(QueueWaitTimeout);
  });
});
