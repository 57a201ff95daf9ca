// Uses E[x^2] - E[x]^2, which cancels catastrophically for large values.
class RunningStats {
  constructor() {
    this.n = 0;
    this.s = 0;
    this.s2 = 0;
  }

  push(x) {
    this.n += 1;
    this.s += x;
    this.s2 += x * x;
  }

  count() {
    return this.n;
  }

  mean() {
    if (this.n === 0) throw new RangeError("no values yet");
    return this.s / this.n;
  }

  variance() {
    if (this.n === 0) throw new RangeError("no values yet");
    return this.s2 / this.n - (this.s / this.n) ** 2;
  }
}
