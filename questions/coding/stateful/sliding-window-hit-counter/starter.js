class HitCounter {
  constructor(window) {}

  hit(t) {}

  count(t) {}
}
