// Latencies per request kind, failures with a sample of what failed, and the two figures
// the benchmark is about: autosave (request → ack) and verdict (submit → verdict).

/** Nearest-rank percentile of an unsorted list, in the list's unit; 0 for an empty list. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length)));
  return sorted[rank - 1];
}

export class Metrics {
  readonly latencies = new Map<string, number[]>();
  readonly failures = new Map<string, number>();
  readonly samples: string[] = [];
  errors = 0;

  /** Every HTTP exchange: non-2xx (a redirect is 202 in single fetch) and network errors are errors. */
  request(kind: string, status: number, ms: number, failure?: string) {
    const list = this.latencies.get(kind) ?? [];
    list.push(ms);
    this.latencies.set(kind, list);
    if (status < 200 || status >= 300) {
      this.errors++;
      const key = `${kind} ${status || "network"}`;
      this.failures.set(key, (this.failures.get(key) ?? 0) + 1);
      if (failure && this.samples.length < 10) this.samples.push(failure);
    }
  }

  /** A request that returned 2xx but not what the page needs (no verdict, no round): an error too. */
  wrong(kind: string, what: string) {
    this.errors++;
    const key = `${kind} unexpected`;
    this.failures.set(key, (this.failures.get(key) ?? 0) + 1);
    if (this.samples.length < 10) this.samples.push(`${kind}: ${what}`);
  }

  readonly verdicts: number[] = [];

  of(kind: string): number[] {
    return this.latencies.get(kind) ?? [];
  }

  /** One line per request kind: count, p50, p99, max (ms). */
  detail(): string[] {
    return [...this.latencies]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([kind, list]) => `  ${kind.padEnd(18)} n=${String(list.length).padEnd(6)} p50=${ms(percentile(list, 50))} p99=${ms(percentile(list, 99))} max=${ms(Math.max(...list))}`);
  }
}

export const ms = (n: number) => String(Math.round(n));
