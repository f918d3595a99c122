/**
 * Block move: re-place all meetings of one participant p within one gap group (day or session) as a
 * compact block, choosing every meeting's new slot optimally for the partners.
 *
 * For every window of p's usable slots (k consecutive usable slots for p's k meetings in the group, or
 * k + 1 of them with one hole), the meetings are assigned to the window's slots by a minimum-cost
 * assignment in which the cost of putting meeting (p, q) in slot s is the change of q's breaks and idle
 * slots (forbidden if q is busy in s, the meeting may not take s, or s has no table left). p's own cost is
 * fixed by the window (and the hole). Locked meetings stay and must fall inside the window.
 *
 * Partners' costs are exact when p meets each partner once; the caller evaluates the staged move exactly
 * anyway (SearchState.evaluate) before accepting it.
 */
import { AssignmentSolver, FORBIDDEN } from './assignment';
import type { CompiledProblem } from './compile';
import type { Prng } from './prng';
import type { SearchState } from './search-state';

export class BlockMover {
  private readonly state: SearchState;
  private readonly cp: CompiledProblem;
  private readonly idleWeight: number;
  private readonly solver: AssignmentSolver;
  private readonly usable: Int32Array;
  private readonly rank: Int32Array;
  private readonly movable: Int32Array;
  private readonly fixedSlots: Int32Array;
  private readonly partnerCost: Float64Array;
  private readonly cost: Float64Array;
  private readonly colSlot: Int32Array;
  private readonly colUsable: Int32Array;
  private readonly used: Int32Array;
  private readonly colSeen: Uint8Array;
  private readonly bestSlotOf: Int32Array;
  private readonly dim: number;
  private readonly maxUsable: number;

  constructor(state: SearchState, idleWeight: number) {
    this.state = state;
    const cp = state.cp;
    this.cp = cp;
    this.idleWeight = idleWeight;
    let maxGroup = 1;
    for (let g = 0; g < cp.G; g++) maxGroup = Math.max(maxGroup, cp.groupEnd[g]! - cp.groupStart[g]!);
    this.maxUsable = maxGroup;
    this.dim = maxGroup + 1;
    this.solver = new AssignmentSolver(this.dim);
    this.usable = new Int32Array(maxGroup);
    this.rank = new Int32Array(cp.S);
    for (let s = 0; s < cp.S; s++) {
      const g = cp.slotGroup[s]!;
      this.rank[s] = cp.slotWord[s]! < 0 ? -1 : (cp.slotWord[s]! - cp.groupWord[g]!) * 32 + cp.slotBit[s]!;
    }
    this.movable = new Int32Array(maxGroup);
    this.fixedSlots = new Int32Array(maxGroup);
    this.partnerCost = new Float64Array(maxGroup * maxGroup);
    this.cost = new Float64Array(this.dim * this.dim);
    this.colSlot = new Int32Array(this.dim);
    this.colUsable = new Int32Array(this.dim);
    this.used = new Int32Array(this.dim);
    this.colSeen = new Uint8Array(this.dim);
    this.bestSlotOf = new Int32Array(maxGroup);
  }

  /** Cost (breaks + idleWeight * idle) of a participant whose used slots in the group are `slots[0..n)`, sorted. */
  private patternCost(slots: Int32Array, n: number): number {
    let breaks = 0;
    let idle = 0;
    for (let i = 1; i < n; i++) {
      const gap = this.rank[slots[i]!]! - this.rank[slots[i - 1]!]! - 1;
      if (gap > 0) {
        breaks++;
        idle += gap;
      }
    }
    return breaks + this.idleWeight * idle;
  }

  /**
   * Stage the best block re-placement of p in group g (random among equally good windows; with
   * `randomWindow`, a random feasible window instead). Returns false if nothing would change.
   */
  stage(p: number, g: number, rng: Prng, randomWindow: boolean, allowHole: boolean): boolean {
    const state = this.state;
    const cp = this.cp;
    const S = cp.S;
    const G = cp.G;
    const wI = this.idleWeight;
    // p's usable slots in g and meetings in g.
    let nu = 0;
    for (let s = cp.groupStart[g]!; s < cp.groupEnd[g]!; s++) {
      if (cp.cap[s]! > 0 && cp.unavailable[p * S + s] === 0) this.usable[nu++] = s;
    }
    let nm = 0;
    let nf = 0;
    for (let i = cp.partStart[p]!; i < cp.partStart[p + 1]!; i++) {
      const m = cp.partMeetings[i]!;
      const s = state.slotOf[m]!;
      if (s < 0 || cp.slotGroup[s] !== g) continue;
      if (cp.fixedSlot[m]! >= 0) this.fixedSlots[nf++] = s;
      else this.movable[nm++] = m;
    }
    if (nm === 0) return false;
    const k = nm + nf;
    if (k > nu) return false;
    const currentP = state.gBreaks[p * G + g]! + wI * state.gIdle[p * G + g]!;

    // Partner cost of each movable meeting in each usable slot.
    for (let i = 0; i < nm; i++) {
      const m = this.movable[i]!;
      const q = cp.ma[m] === p ? cp.mb[m]! : cp.ma[m]!;
      const from = state.slotOf[m]!;
      const baseQ = state.gBreaks[q * G + g]! + wI * state.gIdle[q * G + g]!;
      for (let j = 0; j < nu; j++) {
        const s = this.usable[j]!;
        let c: number;
        if (s === from) c = 0;
        else if (cp.legal[m * S + s] !== 1 || state.occ[q * S + s]! >= 0) c = FORBIDDEN;
        else if (state.occ[p * S + s]! < 0 && state.count[s]! >= cp.cap[s]!) c = FORBIDDEN;
        else {
          state.flip(q, from);
          state.flip(q, s);
          state.evalGroup(q, g);
          state.flip(q, from);
          state.flip(q, s);
          c = state.evB + wI * state.evI - baseQ;
        }
        this.partnerCost[i * this.maxUsable + j] = c;
      }
    }

    let bestTotal = Infinity;
    let ties = 0;
    let bestHas = false;
    const dim = this.dim;
    for (let extra = 0; extra <= (allowHole ? 1 : 0); extra++) {
      const width = k + extra;
      for (let start = 0; start + width <= nu; start++) {
        // Locked meetings must fall inside the window.
        const first = this.usable[start]!;
        const last = this.usable[start + width - 1]!;
        let ok = true;
        for (let f = 0; f < nf; f++) {
          const s = this.fixedSlots[f]!;
          if (s < first || s > last) ok = false;
        }
        if (!ok) continue;
        // Columns: window slots not taken by locked meetings.
        let nc = 0;
        for (let j = start; j < start + width; j++) {
          const s = this.usable[j]!;
          let isFixed = false;
          for (let f = 0; f < nf; f++) if (this.fixedSlots[f] === s) isFixed = true;
          if (isFixed) continue;
          this.colSlot[nc] = s;
          this.colUsable[nc] = j;
          nc++;
        }
        const rows = extra === 0 ? nm : nm + 1;
        if (rows !== nc) continue;
        // A meeting with no allowed slot in the window, or more slots that no meeting may take than holes,
        // forces a forbidden pair: the solver's total would be at least FORBIDDEN and the window skipped below,
        // so it is skipped without solving (no random number is drawn for such a window either way).
        const colSeen = this.colSeen;
        colSeen.fill(0, 0, nc);
        let rowsOk = true;
        for (let i = 0; i < nm; i++) {
          let rowOk = false;
          for (let c = 0; c < nc; c++) {
            const x = this.partnerCost[i * this.maxUsable + this.colUsable[c]!]!;
            this.cost[i * dim + c] = x;
            if (x < FORBIDDEN) {
              rowOk = true;
              colSeen[c] = 1;
            }
          }
          if (!rowOk) rowsOk = false;
        }
        if (!rowsOk) continue;
        let emptyCols = 0;
        for (let c = 0; c < nc; c++) if (colSeen[c] === 0) emptyCols++;
        if (emptyCols > extra) continue;
        let pConst = 0;
        if (extra === 0) {
          for (let j = 0; j < width; j++) this.used[j] = this.usable[start + j]!;
          pConst = this.patternCost(this.used, width) - currentP;
        } else {
          // Dummy row: the column left empty (the hole); cost = p's pattern without that slot.
          for (let c = 0; c < nc; c++) {
            let n = 0;
            for (let j = start; j < start + width; j++) if (this.usable[j] !== this.colSlot[c]) this.used[n++] = this.usable[j]!;
            this.cost[nm * dim + c] = this.patternCost(this.used, n) - currentP;
          }
        }
        const total = this.solver.solve(this.cost, dim, rows, nc) + pConst;
        if (total === Infinity || total >= FORBIDDEN / 2) continue;
        let take = false;
        if (randomWindow) {
          take = rng.int(++ties) === 0;
        } else if (total < bestTotal - 1e-9) {
          take = true;
          ties = 1;
        } else if (total <= bestTotal + 1e-9) {
          take = rng.int(++ties) === 0;
        }
        if (take) {
          bestTotal = total;
          bestHas = true;
          for (let i = 0; i < nm; i++) this.bestSlotOf[i] = this.colSlot[this.solver.rowToCol[i]!]!;
        }
      }
    }
    if (!bestHas) return false;
    state.beginStage();
    for (let i = 0; i < nm; i++) {
      const m = this.movable[i]!;
      const from = state.slotOf[m]!;
      const to = this.bestSlotOf[i]!;
      if (from !== to) state.stageMove(m, from, to);
    }
    return state.stLen > 0;
  }
}
