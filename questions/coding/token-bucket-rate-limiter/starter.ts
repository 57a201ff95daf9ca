/** requests[i] = [time, cost]; true for allowed requests, false for denied ones. */
export function tokenBucket(capacity: number, rate: number, requests: number[][]): boolean[] {
  return [];
}
