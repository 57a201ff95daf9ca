class MovingAverage {
  constructor(size) {}

  next(value) {}
}
