import { z } from "zod";
import { LANGUAGES } from "./protocol";

// Messages between the pool (in the app's process) and a worker process.
// A job carries no expected values: the worker only runs code and reports
// what came out; grading happens back in the pool.

export const WORKER_TEST_STATUSES = ["Returned", "TimeLimit", "MemoryLimit", "RuntimeError", "InternalError"] as const;

export type WorkerJob = {
  language: (typeof LANGUAGES)[number];
  source: string;
  entry: string;
  /** Each test's argument list, already encoded by codec.encodeValue. */
  tests: { id: string; args: string }[];
  limits: { timeMsPerTest: number; memoryMb: number; wallMs: number; outputBytes: number; returnBytes: number };
};

const compileErrorSchema = z.object({
  message: z.string().max(10_000),
  line: z.number().int().optional(),
  column: z.number().int().optional(),
});

export const workerOutcomeSchema = z.object({
  compileError: compileErrorSchema.optional(),
  tests: z.array(
    z.object({
      id: z.string(),
      status: z.enum(WORKER_TEST_STATUSES),
      timeMs: z.number().nonnegative(),
      stdout: z.string(),
      error: z.string().optional(),
      /** The return value as a tagged JSON tree (codec.fromTree), when status is Returned. */
      value: z.unknown().optional(),
    }),
  ),
});
export type WorkerOutcome = z.infer<typeof workerOutcomeSchema>;
export type WorkerTestOutcome = WorkerOutcome["tests"][number];

export type ToWorker = { type: "run"; id: number; job: WorkerJob };
export type FromWorker =
  | { type: "ready" }
  /** `last`: the worker is exiting (a catastrophic isolate error) and takes no further job. */
  | { type: "result"; id: number; outcome: WorkerOutcome; last?: boolean }
  | { type: "failed"; id: number; message: string };

export const fromWorkerSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("ready") }),
  z.object({ type: z.literal("result"), id: z.number(), outcome: workerOutcomeSchema, last: z.boolean().optional() }),
  z.object({ type: z.literal("failed"), id: z.number(), message: z.string() }),
]);
