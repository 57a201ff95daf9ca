/** One BPE merge: the most frequent adjacent pair and the words after merging it. */
export function bpeMergeStep(words: string[][], counts: number[]): { pair: string[] | null; words: string[][] } {
  return { pair: null, words };
}
