// Seeds the merge with shard[0] of every shard, so an empty shard injects undefined into the output.
function mergeShards(shards) {
  const heads = shards.map((s, i) => [s[0], i, 0]);
  const out = [];
  while (heads.length > 0) {
    let m = 0;
    for (let h = 1; h < heads.length; h++) if (heads[h][0] < heads[m][0]) m = h;
    const [value, i, j] = heads[m];
    out.push(value);
    if (j + 1 < shards[i].length) heads[m] = [shards[i][j + 1], i, j + 1];
    else heads.splice(m, 1);
  }
  return out;
}
