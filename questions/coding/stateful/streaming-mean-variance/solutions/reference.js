class RunningStats {
  constructor() {
    this.n = 0;
    this.mu = 0;
    this.m2 = 0;
  }

  push(x) {
    this.n += 1;
    const delta = x - this.mu;
    this.mu += delta / this.n;
    this.m2 += delta * (x - this.mu);
  }

  count() {
    return this.n;
  }

  mean() {
    if (this.n === 0) throw new RangeError("no values yet");
    return this.mu;
  }

  variance() {
    if (this.n === 0) throw new RangeError("no values yet");
    return this.m2 / this.n;
  }
}
