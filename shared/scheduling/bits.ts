/** Bit helpers on 32-bit integers (participant occupancy words). */

export function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}

/** Index of the lowest set bit (x must be non-zero). */
export function lowestBit32(x: number): number {
  return 31 - Math.clz32(x & -x);
}

/** Index of the highest set bit (x must be non-zero). */
export function highestBit32(x: number): number {
  return 31 - Math.clz32(x);
}
