// Evicts in insertion order: a get does not refresh the key.

export class LRUCache {
  private map = new Map<number, number>();

  constructor(private capacity: number) {
    if (capacity <= 0) throw new RangeError("capacity must be positive");
  }

  get(key: number): number {
    if (!this.map.has(key)) return -1;
    const value = this.map.get(key)!;
    return value;
  }

  put(key: number, value: number): void {
    this.map.delete(key);
    this.map.set(key, value);
    if (this.map.size > this.capacity) this.map.delete(this.map.keys().next().value!);
  }
}
