/** For each prefix, how many entries of words start with it (repeats count). */
export function countPrefixes(words: string[], prefixes: string[]): number[] {
  return [];
}
