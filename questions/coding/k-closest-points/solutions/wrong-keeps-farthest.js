// Uses a min-heap of size k, so each pop discards the closest point and the k farthest survive.
function kClosest(points, k) {
  const kept = [];
  points.forEach(([x, y], i) => {
    kept.push([x * x + y * y, i]);
    if (kept.length > k) {
      // pop the minimum (what a min-heap would drop)
      let m = 0;
      for (let j = 1; j < kept.length; j++) {
        if (kept[j][0] < kept[m][0] || (kept[j][0] === kept[m][0] && kept[j][1] < kept[m][1])) m = j;
      }
      kept.splice(m, 1);
    }
  });
  kept.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  return kept.map(([, i]) => points[i]);
}
