/** A set of small integers 0..n-1 with O(1) add, delete, membership and uniform random pick by position. */
export class IndexedSet {
  private readonly items: Int32Array;
  private readonly pos: Int32Array;
  size = 0;

  constructor(n: number) {
    this.items = new Int32Array(n);
    this.pos = new Int32Array(n).fill(-1);
  }

  has(x: number): boolean {
    return this.pos[x]! >= 0;
  }

  add(x: number): void {
    if (this.pos[x]! >= 0) return;
    this.pos[x] = this.size;
    this.items[this.size++] = x;
  }

  delete(x: number): void {
    const i = this.pos[x]!;
    if (i < 0) return;
    const last = this.items[--this.size]!;
    this.items[i] = last;
    this.pos[last] = i;
    this.pos[x] = -1;
  }

  at(i: number): number {
    return this.items[i]!;
  }

  clear(): void {
    for (let i = 0; i < this.size; i++) this.pos[this.items[i]!] = -1;
    this.size = 0;
  }

  toArray(): number[] {
    return Array.from(this.items.subarray(0, this.size));
  }
}
