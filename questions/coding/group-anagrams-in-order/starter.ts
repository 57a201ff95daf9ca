/** Groups in order of first appearance; words inside a group in input order. */
export function groupAnagrams(words: string[]): string[][] {
  return [];
}
