// Keys on the sum of character codes, a lossy hash: "ad" and "bc" collide.
function groupAnagrams(words) {
  const groups = new Map();
  for (const w of words) {
    let key = 0;
    for (let i = 0; i < w.length; i++) key += w.charCodeAt(i);
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(w);
  }
  return [...groups.values()];
}
