// Throws a plain Error instead of a RangeError.

export class LRUCache {
  private map = new Map<number, number>();

  constructor(private capacity: number) {
    if (capacity <= 0) throw new Error("capacity must be positive");
  }

  get(key: number): number {
    if (!this.map.has(key)) return -1;
    const value = this.map.get(key)!;
    this.map.delete(key);
    this.map.set(key, value);
    return value;
  }

  put(key: number, value: number): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }
}
