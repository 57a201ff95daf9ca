class RunningStats {
  constructor() {}

  push(x) {}

  count() {}

  mean() {}

  variance() {}
}
