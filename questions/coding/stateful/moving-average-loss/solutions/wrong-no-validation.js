// Accepts a window of size 0.

class MovingAverage {
  constructor(size) {
    this.size = size;
    this.window = [];
    this.total = 0;
  }

  next(value) {
    this.window.push(value);
    this.total += value;
    if (this.window.length > this.size) this.total -= this.window.shift();
    return this.total / this.window.length;
  }
}
