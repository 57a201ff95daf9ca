// Reads the count of words ending at the prefix's node instead of words passing through it.
function countPrefixes(words, prefixes) {
  const newNode = () => ({ children: new Map(), ends: 0 });
  const root = newNode();
  for (const w of words) {
    let node = root;
    for (const ch of w) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = newNode()));
      node = next;
    }
    node.ends++;
  }
  return prefixes.map((p) => {
    let node = root;
    for (const ch of p) {
      node = node.children.get(ch);
      if (!node) return 0;
    }
    return node.ends;
  });
}
