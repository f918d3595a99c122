/**
 * Table numbers. Tables are interchangeable, so they are given once the slots are known: in each slot the
 * locked meetings keep their table and the others take the lowest free numbers, in meeting order.
 */
import type { CompiledProblem } from './compile';

/** Table (1-based) per meeting, 0 for unplaced meetings. slots: slot per meeting, -1 = unplaced. */
export function assignTables(cp: CompiledProblem, slots: Int32Array): Int32Array {
  const { M, S } = cp;
  const table = new Int32Array(M);
  const used: Set<number>[] = Array.from({ length: S }, () => new Set<number>());
  for (let m = 0; m < M; m++) {
    const s = slots[m]!;
    if (s >= 0 && cp.fixedTable[m]! > 0) {
      table[m] = cp.fixedTable[m]!;
      used[s]!.add(table[m]!);
    }
  }
  const next = new Int32Array(S).fill(1);
  for (let m = 0; m < M; m++) {
    const s = slots[m]!;
    if (s < 0 || table[m]! > 0) continue;
    const taken = used[s]!;
    let t = next[s]!;
    while (taken.has(t)) t++;
    if (t > cp.cap[s]!) throw new Error(`Internal error: no table left in slot ${s}.`);
    table[m] = t;
    taken.add(t);
    next[s] = t + 1;
  }
  return table;
}
