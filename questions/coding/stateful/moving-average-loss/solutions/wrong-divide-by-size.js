// Divides by the window size even before it is full.

class MovingAverage {
  constructor(size) {
    if (size < 1) throw new RangeError("size must be at least 1");
    this.size = size;
    this.window = [];
    this.total = 0;
  }

  next(value) {
    this.window.push(value);
    this.total += value;
    if (this.window.length > this.size) this.total -= this.window.shift();
    return this.total / this.size;
  }
}
