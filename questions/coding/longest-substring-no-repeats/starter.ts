/** Length of the longest contiguous substring with no repeated character. */
export function longestUniqueSubstring(s: string): number {
  return 0;
}
