class TopKTracker {
  constructor(k) {}

  add(item, delta) {}

  top() {}
}
