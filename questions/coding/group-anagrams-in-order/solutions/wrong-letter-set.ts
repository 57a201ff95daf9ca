// Keys on the set of distinct letters, ignoring how many times each occurs ("aab" joins "abb").
export function groupAnagrams(words: string[]): string[][] {
  const groups = new Map<string, string[]>();
  for (const w of words) {
    const key = [...new Set(w)].sort().join("");
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(w);
  }
  return [...groups.values()];
}
