// Pairwise merge that appends only the first list's leftovers, dropping the tail of the second.
function mergeTwo(a, b) {
  const out = [];
  let i = 0, j = 0;
  while (i < a.length && j < b.length) out.push(a[i] <= b[j] ? a[i++] : b[j++]);
  return out.concat(a.slice(i));
}

function mergeShards(shards) {
  let lists = shards.map((s) => [...s]);
  if (lists.length === 0) return [];
  while (lists.length > 1) {
    const next = [];
    for (let k = 0; k + 1 < lists.length; k += 2) next.push(mergeTwo(lists[k], lists[k + 1]));
    if (lists.length % 2) next.push(lists[lists.length - 1]);
    lists = next;
  }
  return lists[0];
}
