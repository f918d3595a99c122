/**
 * Minimum-cost assignment (Hungarian algorithm with potentials, O(n^2 m)) of n rows to m >= n columns.
 * Costs at or above {@link FORBIDDEN} mark impossible pairs. Buffers are reused between calls.
 */
export const FORBIDDEN = 1e9;

export class AssignmentSolver {
  private u: Float64Array;
  private v: Float64Array;
  private p: Int32Array;
  private way: Int32Array;
  private minv: Float64Array;
  private used: Uint8Array;
  /** Column of each row after solve(). */
  rowToCol: Int32Array;

  constructor(maxSize: number) {
    const n = maxSize + 1;
    this.u = new Float64Array(n);
    this.v = new Float64Array(n);
    this.p = new Int32Array(n);
    this.way = new Int32Array(n);
    this.minv = new Float64Array(n);
    this.used = new Uint8Array(n);
    this.rowToCol = new Int32Array(n);
  }

  /**
   * cost[r * stride + c] for r < n, c < m. Returns the minimum total cost, or Infinity if every assignment
   * uses a forbidden pair.
   */
  solve(cost: Float64Array, stride: number, n: number, m: number): number {
    const { u, v, p, way, minv, used } = this;
    u.fill(0, 0, n + 1);
    v.fill(0, 0, m + 1);
    p.fill(0, 0, m + 1);
    way.fill(0, 0, m + 1);
    for (let i = 1; i <= n; i++) {
      p[0] = i;
      let j0 = 0;
      minv.fill(Infinity, 0, m + 1);
      used.fill(0, 0, m + 1);
      do {
        used[j0] = 1;
        const i0 = p[j0]!;
        let delta = Infinity;
        let j1 = -1;
        const row = (i0 - 1) * stride;
        const ui0 = u[i0]!;
        for (let j = 1; j <= m; j++) {
          if (used[j]) continue;
          const cur = cost[row + j - 1]! - ui0 - v[j]!;
          if (cur < minv[j]!) {
            minv[j] = cur;
            way[j] = j0;
          }
          if (minv[j]! < delta) {
            delta = minv[j]!;
            j1 = j;
          }
        }
        if (j1 < 0) return Infinity;
        for (let j = 0; j <= m; j++) {
          if (used[j]) {
            u[p[j]!]! += delta;
            v[j]! -= delta;
          } else {
            minv[j]! -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] !== 0);
      do {
        const j1 = way[j0]!;
        p[j0] = p[j1]!;
        j0 = j1;
      } while (j0 !== 0);
    }
    let total = 0;
    for (let j = 1; j <= m; j++) {
      const i = p[j]!;
      if (i > 0) {
        this.rowToCol[i - 1] = j - 1;
        const c = cost[(i - 1) * stride + j - 1]!;
        if (c >= FORBIDDEN) return Infinity;
        total += c;
      }
    }
    return total;
  }
}
