// Keys on the set of distinct letters, ignoring how many times each occurs ("aab" joins "abb").
function groupAnagrams(words) {
  const groups = new Map();
  for (const w of words) {
    const key = [...new Set(w)].sort().join("");
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(w);
  }
  return [...groups.values()];
}
