/**
 * Window search: a tabu search for a schedule without any break, in a relaxed space where compactness is
 * a constraint and feasibility the objective (the dual of the annealing, which keeps feasibility and
 * prices breaks).
 *
 * In each gap group where participant p has k meetings, p gets a window of k consecutive usable slots.
 * Violations: a meeting outside a side's window, a participant in two meetings at once, a slot with more
 * meetings than tables. A state without violations is a feasible schedule without a break: p's k meetings
 * fill p's k-slot window exactly.
 *
 * Moves: put a violating meeting in another legal slot of its group, or shift the window of a side that has
 * a violating meeting outside it. Each step takes the best non-tabu move (TabuCol style, with aspiration
 * when a move beats the best cost of the run); at a local minimum, with a small probability, every violated
 * constraint weighs one more (breakout), which pushes the search away from the few conflicts it would
 * otherwise circle around.
 */
import type { CompiledProblem } from './compile';
import { IndexedSet } from './indexed-set';
import type { Prng } from './prng';

export interface WindowSearchLimits {
  readonly maxIterations: number;
  /** performance.now() value at which the search stops (checked every 256 iterations). */
  readonly deadline: number;
}

/** Probability of raising the weights of the violated constraints at a local minimum. */
const BREAKOUT_PROBABILITY = 0.1;

export class WindowSearch {
  private readonly cp: CompiledProblem;
  /** Position of a slot among the usable slots of its group (-1 for a programme block). */
  private readonly rank: Int32Array;
  private readonly usableInGroup: Int32Array;
  /** Usable slots of each group by rank: slotAt[groupStart[g] + r]. */
  private readonly slotAt: Int32Array;

  private readonly slotOf: Int32Array;
  /** Meetings of participant p in slot s. */
  private readonly busy: Int32Array;
  private readonly count: Int32Array;
  /** Window per (participant, group): first rank and length (0 = no meeting in the group). */
  private readonly winStart: Int32Array;
  private readonly winLen: Int32Array;
  /** Tabu until an iteration: meeting m back to slot s; window of (p, g) back to a start. */
  private readonly tabuMeeting: Int32Array;
  private readonly tabuWindow: Int32Array;
  private readonly windowSeen: Int32Array;
  /** Meetings that violate a constraint, kept up to date after every move. */
  private readonly bad: IndexedSet;
  /** Steps the last run() took (work-meter.ts counts them). */
  steps = 0;
  private readonly prefix: Int32Array;
  /** Breakout weights: of a double booking (participant, slot), an overfull slot, a meeting outside p's window. */
  private readonly wConflict: Int32Array;
  private readonly wCapacity: Int32Array;
  private readonly wOutside: Int32Array;
  private cost = 0;

  // Best move of the current step: a meeting to a slot, or a window to a start.
  private bestDelta = 0;
  private ties = 0;
  private moveM = -1;
  private moveT = -1;
  private movePG = -1;
  private moveStart = -1;

  constructor(cp: CompiledProblem) {
    this.cp = cp;
    const { S, P, M, G } = cp;
    this.rank = new Int32Array(S).fill(-1);
    this.usableInGroup = new Int32Array(G);
    this.slotAt = new Int32Array(S).fill(-1);
    for (let s = 0; s < S; s++) {
      const g = cp.slotGroup[s]!;
      if (cp.slotWord[s]! < 0) continue;
      const r = this.usableInGroup[g]!++;
      this.rank[s] = r;
      this.slotAt[cp.groupStart[g]! + r] = s;
    }
    this.slotOf = new Int32Array(M);
    this.busy = new Int32Array(P * S);
    this.count = new Int32Array(S);
    this.winStart = new Int32Array(P * G);
    this.winLen = new Int32Array(P * G);
    this.tabuMeeting = new Int32Array(M * S);
    this.tabuWindow = new Int32Array(P * G * S);
    this.windowSeen = new Int32Array(P * G);
    this.bad = new IndexedSet(M);
    this.prefix = new Int32Array(S + 1);
    this.wConflict = new Int32Array(P * S);
    this.wCapacity = new Int32Array(S);
    this.wOutside = new Int32Array(P);
  }

  /**
   * Search from `start` (a schedule without double bookings; unplaced meetings stay unplaced) for a
   * feasible schedule without a break. Each window starts where most of the participant's meetings are.
   * Returns the schedule, or null if none was found within the limits.
   */
  run(start: Int32Array, rng: Prng, limits: WindowSearchLimits): Int32Array | null {
    this.steps = 0;
    this.load(start);
    this.wConflict.fill(1);
    this.wCapacity.fill(1);
    this.wOutside.fill(1);
    this.tabuMeeting.fill(0);
    this.tabuWindow.fill(0);
    this.windowSeen.fill(0);
    this.cost = this.weightedViolations();
    let bestCost = this.cost;
    for (let iter = 1; iter <= limits.maxIterations; iter++) {
      this.steps = iter;
      if (this.cost === 0) return Int32Array.from(this.slotOf);
      if ((iter & 255) === 0 && performance.now() >= limits.deadline) break;
      const nBad = this.bad.size;
      this.bestDelta = Number.POSITIVE_INFINITY;
      this.ties = 0;
      this.moveM = -1;
      this.movePG = -1;
      const aspiration = bestCost - this.cost;
      for (let i = 0; i < nBad; i++) {
        this.scanMeetingMoves(this.bad.at(i), iter, aspiration, rng);
        this.scanWindowMovesOf(this.bad.at(i), iter, aspiration, rng);
      }
      if (this.bestDelta > 0 && rng.next() < BREAKOUT_PROBABILITY) {
        this.bumpWeights();
        this.cost = this.weightedViolations();
        bestCost = this.cost;
        continue;
      }
      const tenure = 2 + Math.floor(0.6 * nBad) + rng.int(10);
      if (this.moveM >= 0) {
        const s = this.slotOf[this.moveM]!;
        this.tabuMeeting[this.moveM * this.cp.S + s] = iter + tenure;
        this.apply(this.moveM, s, this.moveT);
      } else if (this.movePG >= 0) {
        this.tabuWindow[this.movePG * this.cp.S + this.winStart[this.movePG]!] = iter + tenure;
        this.winStart[this.movePG] = this.moveStart;
        this.refreshParticipant(Math.floor(this.movePG / this.cp.G));
      } else {
        continue;
      }
      this.cost += this.bestDelta;
      if (this.cost < bestCost) bestCost = this.cost;
    }
    return null;
  }

  /** Keep the move if it is the best so far (ties broken uniformly at random). */
  private consider(delta: number, rng: Prng): boolean {
    if (delta > this.bestDelta) return false;
    if (delta < this.bestDelta) {
      this.bestDelta = delta;
      this.ties = 1;
      return true;
    }
    return rng.int(++this.ties) === 0;
  }

  private scanMeetingMoves(m: number, iter: number, aspiration: number, rng: Prng): void {
    const cp = this.cp;
    const S = cp.S;
    const s = this.slotOf[m]!;
    const g = cp.slotGroup[s]!;
    const a = cp.ma[m]!;
    const b = cp.mb[m]!;
    const busy = this.busy;
    const wc = this.wConflict;
    const rank = this.rank;
    const wOutA = this.wOutside[a]!;
    const wOutB = this.wOutside[b]!;
    const startA = this.winStart[a * cp.G + g]!;
    const lenA = this.winLen[a * cp.G + g]!;
    const startB = this.winStart[b * cp.G + g]!;
    const lenB = this.winLen[b * cp.G + g]!;
    // Violations that leaving s removes; then what entering t adds. (x >>> 0) >= len tests x < 0 || x >= len.
    let leave = 0;
    if (busy[a * S + s]! > 1) leave += wc[a * S + s]!;
    if (busy[b * S + s]! > 1) leave += wc[b * S + s]!;
    if (this.count[s]! > cp.cap[s]!) leave += this.wCapacity[s]!;
    if ((rank[s]! - startA) >>> 0 >= lenA) leave += wOutA;
    if ((rank[s]! - startB) >>> 0 >= lenB) leave += wOutB;
    const tabuRow = m * S;
    for (let j = cp.domainStart[m]!; j < cp.domainStart[m + 1]!; j++) {
      const t = cp.domain[j]!;
      if (t === s || cp.slotGroup[t] !== g) continue;
      let d = -leave;
      if (busy[a * S + t]! > 0) d += wc[a * S + t]!;
      if (busy[b * S + t]! > 0) d += wc[b * S + t]!;
      if (this.count[t]! >= cp.cap[t]!) d += this.wCapacity[t]!;
      if ((rank[t]! - startA) >>> 0 >= lenA) d += wOutA;
      if ((rank[t]! - startB) >>> 0 >= lenB) d += wOutB;
      if (d > this.bestDelta) continue;
      if (this.tabuMeeting[tabuRow + t]! > iter && d >= aspiration) continue;
      if (this.consider(d, rng)) {
        this.moveM = m;
        this.moveT = t;
        this.movePG = -1;
      }
    }
  }

  /** Window shifts of the sides of meeting m that have it outside their window (each side once per step). */
  private scanWindowMovesOf(m: number, iter: number, aspiration: number, rng: Prng): void {
    const cp = this.cp;
    const s = this.slotOf[m]!;
    const g = cp.slotGroup[s]!;
    for (const p of [cp.ma[m]!, cp.mb[m]!]) {
      const pg = p * cp.G + g;
      if (!this.outside(p, s) || this.windowSeen[pg] === iter) continue;
      this.windowSeen[pg] = iter;
      this.fillPrefix(p, g);
      const len = this.winLen[pg]!;
      const current = this.winStart[pg]!;
      const here = this.inside(current, len);
      const weight = this.wOutside[p]!;
      for (let w = 0; w + len <= this.usableInGroup[g]!; w++) {
        if (w === current) continue;
        const d = weight * (here - this.inside(w, len));
        if (this.tabuWindow[pg * cp.S + w]! > iter && d >= aspiration) continue;
        if (this.consider(d, rng)) {
          this.movePG = pg;
          this.moveStart = w;
          this.moveM = -1;
        }
      }
    }
  }

  private load(start: Int32Array): void {
    const cp = this.cp;
    const { S, P, M, G } = cp;
    this.busy.fill(0);
    this.count.fill(0);
    this.winLen.fill(0);
    this.slotOf.set(start);
    for (let m = 0; m < M; m++) {
      const s = start[m]!;
      if (s < 0) continue;
      this.busy[cp.ma[m]! * S + s]!++;
      this.busy[cp.mb[m]! * S + s]!++;
      this.count[s]!++;
    }
    for (let p = 0; p < P; p++) {
      for (let g = 0; g < G; g++) {
        this.fillPrefix(p, g);
        const k = this.prefix[this.usableInGroup[g]!]!;
        if (k === 0) continue;
        const pg = p * G + g;
        this.winLen[pg] = k;
        let most = -1;
        for (let w = 0; w + k <= this.usableInGroup[g]!; w++) {
          const c = this.inside(w, k);
          if (c > most) {
            most = c;
            this.winStart[pg] = w;
          }
        }
      }
    }
    this.bad.clear();
    this.refreshAll();
  }

  /** prefix[r] = meetings of p in the first r usable slots of group g. */
  private fillPrefix(p: number, g: number): void {
    const cp = this.cp;
    const base = cp.groupStart[g]!;
    const row = p * cp.S;
    const prefix = this.prefix;
    prefix[0] = 0;
    for (let r = 0; r < this.usableInGroup[g]!; r++) prefix[r + 1] = prefix[r]! + this.busy[row + this.slotAt[base + r]!]!;
  }

  /** Meetings (of the participant of the last fillPrefix) in the window [w, w + len). */
  private inside(w: number, len: number): number {
    return this.prefix[w + len]! - this.prefix[w]!;
  }

  private outside(p: number, s: number): boolean {
    const pg = p * this.cp.G + this.cp.slotGroup[s]!;
    const r = this.rank[s]! - this.winStart[pg]!;
    return r < 0 || r >= this.winLen[pg]!;
  }

  private violates(m: number): boolean {
    const cp = this.cp;
    const s = this.slotOf[m]!;
    if (s < 0 || cp.fixedSlot[m]! >= 0) return false;
    const a = cp.ma[m]!;
    const b = cp.mb[m]!;
    return (
      this.busy[a * cp.S + s]! > 1 ||
      this.busy[b * cp.S + s]! > 1 ||
      this.count[s]! > cp.cap[s]! ||
      this.outside(a, s) ||
      this.outside(b, s)
    );
  }

  private refreshMeeting(m: number): void {
    if (this.violates(m)) this.bad.add(m);
    else this.bad.delete(m);
  }

  private refreshParticipant(p: number): void {
    const cp = this.cp;
    for (let i = cp.partStart[p]!; i < cp.partStart[p + 1]!; i++) this.refreshMeeting(cp.partMeetings[i]!);
  }

  private refreshAll(): void {
    for (let m = 0; m < this.cp.M; m++) this.refreshMeeting(m);
  }

  private apply(m: number, s: number, t: number): void {
    const cp = this.cp;
    const S = cp.S;
    this.busy[cp.ma[m]! * S + s]!--;
    this.busy[cp.mb[m]! * S + s]!--;
    this.count[s]!--;
    this.busy[cp.ma[m]! * S + t]!++;
    this.busy[cp.mb[m]! * S + t]!++;
    this.count[t]!++;
    this.slotOf[m] = t;
    // An overfull slot that fills or empties changes the status of every meeting in it (rare).
    if (this.count[s] === cp.cap[s] || this.count[t] === cp.cap[t]! + 1) this.refreshAll();
    else {
      this.refreshParticipant(cp.ma[m]!);
      this.refreshParticipant(cp.mb[m]!);
    }
  }

  private weightedViolations(): number {
    const cp = this.cp;
    const { S, P, M } = cp;
    let c = 0;
    for (let i = 0; i < P * S; i++) if (this.busy[i]! > 1) c += this.wConflict[i]! * (this.busy[i]! - 1);
    for (let s = 0; s < S; s++) if (this.count[s]! > cp.cap[s]!) c += this.wCapacity[s]! * (this.count[s]! - cp.cap[s]!);
    for (let m = 0; m < M; m++) {
      const s = this.slotOf[m]!;
      if (s < 0) continue;
      if (this.outside(cp.ma[m]!, s)) c += this.wOutside[cp.ma[m]!]!;
      if (this.outside(cp.mb[m]!, s)) c += this.wOutside[cp.mb[m]!]!;
    }
    return c;
  }

  /** Breakout: every constraint violated at a local minimum weighs one more. */
  private bumpWeights(): void {
    const cp = this.cp;
    const { S, P, M } = cp;
    for (let i = 0; i < P * S; i++) if (this.busy[i]! > 1) this.wConflict[i]!++;
    for (let s = 0; s < S; s++) if (this.count[s]! > cp.cap[s]!) this.wCapacity[s]!++;
    const bumped = this.windowSeen;
    bumped.fill(0);
    for (let m = 0; m < M; m++) {
      const s = this.slotOf[m]!;
      if (s < 0) continue;
      for (const p of [cp.ma[m]!, cp.mb[m]!]) {
        if (bumped[p] === 0 && this.outside(p, s)) {
          bumped[p] = 1;
          this.wOutside[p]!++;
        }
      }
    }
  }
}
