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
  /** The slot indices of the first and last slot of each window (kept with winStart). */
  private readonly winFirst: Int32Array;
  private readonly winLast: Int32Array;
  /** Tabu until an iteration: meeting m back to slot s; window of (p, g) back to a start. */
  private readonly tabuMeeting: Int32Array;
  private readonly tabuWindow: Int32Array;
  private readonly windowSeen: Int32Array;
  /** Meetings that violate a constraint, kept up to date after every move. */
  private readonly bad: IndexedSet;
  /** Steps the last run() took (work-meter.ts counts them). */
  steps = 0;
  /**
   * prefix[pg * prefixStride + r] = meetings of p in the first r usable slots of group g, kept while
   * prefixValid[pg] (a move of one of p's meetings invalidates it; the next window scan recomputes it).
   */
  private readonly prefix: Int32Array;
  private readonly prefixStride: number;
  private readonly prefixValid: Uint8Array;
  /** Offset in `prefix` of the row of the last fillPrefix. */
  private prefixRow = 0;
  /**
   * A meeting's legal slots in group g: domain[groupDomain[m * (G + 1) + g] .. groupDomain[m * (G + 1) + g + 1])
   * (the domain is in slot order and a group's slots are consecutive).
   */
  private readonly groupDomain: Int32Array;
  /** Breakout weights: of a double booking (participant, slot), an overfull slot, a meeting outside p's window. */
  private readonly wConflict: Int32Array;
  private readonly wCapacity: Int32Array;
  private readonly wOutside: Int32Array;
  /**
   * What moving a meeting into a slot costs, kept up to date with the state, the windows and the weights so
   * that the scan of candidate moves (the hot loop) reads one number per side and slot: per (p, s),
   * wConflict[p, s] if p already meets in s (0 otherwise) plus wOutside[p] if s is outside p's window in its
   * group; per slot, wCapacity[s] if s is full (0 otherwise).
   */
  private readonly enterSide: Int32Array;
  private readonly enterCapacity: Int32Array;
  /** Locked meetings: never in `bad`, but one outside a side's window is a violation the breakout weighs. */
  private readonly locked: Int32Array;
  /** Breakout bookkeeping: each violated constraint is raised once (stamps per (p, s), slot and participant). */
  private readonly bumpedPair: Int32Array;
  private readonly bumpedSlot: Int32Array;
  private readonly bumpedSide: Int32Array;
  private bumpStamp = 0;
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
    this.winFirst = new Int32Array(P * G);
    this.winLast = new Int32Array(P * G);
    this.tabuMeeting = new Int32Array(M * S);
    this.tabuWindow = new Int32Array(P * G * S);
    this.windowSeen = new Int32Array(P * G);
    this.bad = new IndexedSet(M);
    let maxUsable = 0;
    for (let g = 0; g < G; g++) maxUsable = Math.max(maxUsable, this.usableInGroup[g]!);
    this.prefixStride = maxUsable + 1;
    this.prefix = new Int32Array(P * G * this.prefixStride);
    this.prefixValid = new Uint8Array(P * G);
    this.groupDomain = new Int32Array(M * (G + 1));
    for (let m = 0; m < M; m++) {
      let j = cp.domainStart[m]!;
      for (let g = 0; g < G; g++) {
        this.groupDomain[m * (G + 1) + g] = j;
        while (j < cp.domainStart[m + 1]! && cp.slotGroup[cp.domain[j]!]! === g) j++;
      }
      this.groupDomain[m * (G + 1) + G] = j;
    }
    this.wConflict = new Int32Array(P * S);
    this.wCapacity = new Int32Array(S);
    this.wOutside = new Int32Array(P);
    this.enterSide = new Int32Array(P * S);
    this.enterCapacity = new Int32Array(S);
    const locked: number[] = [];
    for (let m = 0; m < M; m++) if (cp.fixedSlot[m]! >= 0) locked.push(m);
    this.locked = Int32Array.from(locked);
    this.bumpedPair = new Int32Array(P * S);
    this.bumpedSlot = new Int32Array(S);
    this.bumpedSide = new Int32Array(P);
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
    for (let p = 0; p < this.cp.P; p++) this.syncEnterRow(p);
    for (let s = 0; s < this.cp.S; s++) this.syncEnterCapacity(s);
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
        this.scanMovesOf(this.bad.at(i), iter, aspiration, rng);
      }
      if (this.bestDelta > 0 && rng.next() < BREAKOUT_PROBABILITY) {
        this.cost += this.bumpWeights();
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
        this.syncWindowSlots(this.movePG);
        const p = Math.floor(this.movePG / this.cp.G);
        const g = this.movePG - p * this.cp.G;
        this.syncEnterGroup(p, g);
        this.refreshParticipantInGroup(p, g);
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

  /** The moves of violating meeting m: to another legal slot, then the window shifts of its sides that have it outside their window. */
  private scanMovesOf(m: number, iter: number, aspiration: number, rng: Prng): void {
    const cp = this.cp;
    const S = cp.S;
    const s = this.slotOf[m]!;
    const g = cp.slotGroup[s]!;
    const a = cp.ma[m]!;
    const b = cp.mb[m]!;
    const busy = this.busy;
    const wc = this.wConflict;
    const wOutA = this.wOutside[a]!;
    const wOutB = this.wOutside[b]!;
    // A side's window as a range of slot indices [lo, lo + span]: the domain holds only usable slots, whose
    // ranks grow with their index, so a slot of the group is outside exactly when it is outside that range.
    // (x >>> 0) > span tests x < 0 || x > span.
    const pgA = a * cp.G + g;
    const pgB = b * cp.G + g;
    const loA = this.winFirst[pgA]!;
    const spanA = this.winLast[pgA]! - loA;
    const loB = this.winFirst[pgB]!;
    const spanB = this.winLast[pgB]! - loB;
    // Violations that leaving s removes; then what entering t adds.
    let leave = 0;
    if (busy[a * S + s]! > 1) leave += wc[a * S + s]!;
    if (busy[b * S + s]! > 1) leave += wc[b * S + s]!;
    if (this.count[s]! > cp.cap[s]!) leave += this.wCapacity[s]!;
    const outA = (s - loA) >>> 0 > spanA;
    const outB = (s - loB) >>> 0 > spanB;
    if (outA) leave += wOutA;
    if (outB) leave += wOutB;
    // Entering a slot costs >= 0, so no move of m beats -leave: when that is worse than the best move so far,
    // none of m's moves would be considered (the same steps, without scanning them).
    if (-leave <= this.bestDelta) this.scanSlotsOf(m, s, g, leave, iter, aspiration, rng);
    if (outA) this.scanWindowShifts(a, g, iter, aspiration, rng);
    if (outB) this.scanWindowShifts(b, g, iter, aspiration, rng);
  }

  /** Moves of meeting m (in slot s of group g, removing `leave` when it leaves) to its other legal slots of g. */
  private scanSlotsOf(m: number, s: number, g: number, leave: number, iter: number, aspiration: number, rng: Prng): void {
    const cp = this.cp;
    const S = cp.S;
    const a = cp.ma[m]!;
    const b = cp.mb[m]!;
    const enterSide = this.enterSide;
    const enterCapacity = this.enterCapacity;
    const domain = cp.domain;
    const tabu = this.tabuMeeting;
    const rowA = a * S;
    const rowB = b * S;
    const tabuRow = m * S;
    const end = this.groupDomain[m * (cp.G + 1) + g + 1]!;
    // A candidate's delta is its cost of entering minus `leave`: compared as entering cost against limit.
    let limit = this.bestDelta + leave;
    for (let j = this.groupDomain[m * (cp.G + 1) + g]!; j < end; j++) {
      const t = domain[j]!;
      if (t === s) continue;
      const enter = enterSide[rowA + t]! + enterSide[rowB + t]! + enterCapacity[t]!;
      if (enter > limit) continue;
      const d = enter - leave;
      if (tabu[tabuRow + t]! > iter && d >= aspiration) continue;
      if (this.consider(d, rng)) {
        this.moveM = m;
        this.moveT = t;
        this.movePG = -1;
        limit = enter;
      }
    }
  }

  /** winFirst and winLast of window pg (p has a meeting in its group) from winStart. */
  private syncWindowSlots(pg: number): void {
    const g = pg % this.cp.G;
    const base = this.cp.groupStart[g]! + this.winStart[pg]!;
    this.winFirst[pg] = this.slotAt[base]!;
    this.winLast[pg] = this.slotAt[base + this.winLen[pg]! - 1]!;
  }

  private syncEnter(p: number, s: number): void {
    const i = p * this.cp.S + s;
    this.enterSide[i] = (this.busy[i]! > 0 ? this.wConflict[i]! : 0) + (this.outside(p, s) ? this.wOutside[p]! : 0);
  }

  /** syncEnter for p's usable slots of group g (after a shift of p's window there). */
  private syncEnterGroup(p: number, g: number): void {
    const base = this.cp.groupStart[g]!;
    for (let r = 0; r < this.usableInGroup[g]!; r++) this.syncEnter(p, this.slotAt[base + r]!);
  }

  /** syncEnter for every usable slot of p. */
  private syncEnterRow(p: number): void {
    for (let g = 0; g < this.cp.G; g++) this.syncEnterGroup(p, g);
  }

  private syncEnterCapacity(s: number): void {
    this.enterCapacity[s] = this.count[s]! >= this.cp.cap[s]! ? this.wCapacity[s]! : 0;
  }

  private scanWindowShifts(p: number, g: number, iter: number, aspiration: number, rng: Prng): void {
    const cp = this.cp;
    const pg = p * cp.G + g;
    if (this.windowSeen[pg] === iter) return;
    this.windowSeen[pg] = iter;
    this.fillPrefix(p, g);
    const len = this.winLen[pg]!;
    const current = this.winStart[pg]!;
    const here = this.inside(current, len);
    const weight = this.wOutside[p]!;
    // No window holds more than all len meetings: the same pruning as for the meeting moves.
    if (weight * (here - len) > this.bestDelta) return;
    const tabuRow = pg * cp.S;
    const prefix = this.prefix;
    const row = this.prefixRow;
    const last = this.usableInGroup[g]! - len;
    for (let w = 0; w <= last; w++) {
      if (w === current) continue;
      const d = weight * (here - (prefix[row + w + len]! - prefix[row + w]!));
      // consider() would refuse it too (tested first so that a worse shift does not read its tabu entry).
      if (d > this.bestDelta) continue;
      if (this.tabuWindow[tabuRow + w]! > iter && d >= aspiration) continue;
      if (this.consider(d, rng)) {
        this.movePG = pg;
        this.moveStart = w;
        this.moveM = -1;
      }
    }
  }

  private load(start: Int32Array): void {
    const cp = this.cp;
    const { S, P, M, G } = cp;
    this.busy.fill(0);
    this.count.fill(0);
    this.prefixValid.fill(0);
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
        const k = this.prefix[this.prefixRow + this.usableInGroup[g]!]!;
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
        this.syncWindowSlots(pg);
      }
    }
    this.bad.clear();
    this.refreshAll();
  }

  /** Make p's prefix row of group g current and the row of inside(). */
  private fillPrefix(p: number, g: number): void {
    const cp = this.cp;
    const pg = p * cp.G + g;
    const out = pg * this.prefixStride;
    this.prefixRow = out;
    if (this.prefixValid[pg] === 1) return;
    this.prefixValid[pg] = 1;
    const base = cp.groupStart[g]!;
    const row = p * cp.S;
    const prefix = this.prefix;
    prefix[out] = 0;
    for (let r = 0; r < this.usableInGroup[g]!; r++) prefix[out + r + 1] = prefix[out + r]! + this.busy[row + this.slotAt[base + r]!]!;
  }

  /** Meetings (of the participant of the last fillPrefix) in the window [w, w + len). */
  private inside(w: number, len: number): number {
    return this.prefix[this.prefixRow + w + len]! - this.prefix[this.prefixRow + w]!;
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

  /**
   * Refresh p's meetings in slots s and t, in p's order: after a move from s to t, only they can change
   * status (p's other slots keep their bookings and p's windows are unchanged); the others' add or delete
   * would be a no-op, so the set's order is that of refreshing all of p's meetings.
   */
  private refreshParticipantIn(p: number, s: number, t: number): void {
    const cp = this.cp;
    for (let i = cp.partStart[p]!; i < cp.partStart[p + 1]!; i++) {
      const m = cp.partMeetings[i]!;
      const x = this.slotOf[m]!;
      if (x === s || x === t) this.refreshMeeting(m);
    }
  }

  /** Refresh p's meetings in group g, in p's order (after a shift of p's window there: the others keep their status). */
  private refreshParticipantInGroup(p: number, g: number): void {
    const cp = this.cp;
    for (let i = cp.partStart[p]!; i < cp.partStart[p + 1]!; i++) {
      const m = cp.partMeetings[i]!;
      const x = this.slotOf[m]!;
      if (x >= 0 && cp.slotGroup[x] === g) this.refreshMeeting(m);
    }
  }

  private refreshSlots(s: number, t: number): void {
    for (let m = 0; m < this.cp.M; m++) {
      const x = this.slotOf[m]!;
      if (x === s || x === t) this.refreshMeeting(m);
    }
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
    const g = cp.slotGroup[s]!;
    this.prefixValid[cp.ma[m]! * cp.G + g] = 0;
    this.prefixValid[cp.mb[m]! * cp.G + g] = 0;
    this.syncEnter(cp.ma[m]!, s);
    this.syncEnter(cp.mb[m]!, s);
    this.syncEnter(cp.ma[m]!, t);
    this.syncEnter(cp.mb[m]!, t);
    this.syncEnterCapacity(s);
    this.syncEnterCapacity(t);
    // An overfull slot that fills or empties changes the status of every meeting in it (rare). Only the
    // meetings in s and t can change status, visited in the order of a full refresh (so the set's order too).
    if (this.count[s] === cp.cap[s] || this.count[t] === cp.cap[t]! + 1) this.refreshSlots(s, t);
    else {
      this.refreshParticipantIn(cp.ma[m]!, s, t);
      this.refreshParticipantIn(cp.mb[m]!, s, t);
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

  /**
   * Breakout: every constraint violated at a local minimum weighs one more. Returns the rise of the weighted
   * violations: one per unit of violation (a double booking of 3 counts 2). Every violated constraint holds
   * a placed meeting that is in `bad` or locked (an unlocked meeting in a violated constraint violates), so
   * only those are visited, each constraint once (stamps); the weights and the rise do not depend on the order.
   */
  private bumpWeights(): number {
    const stamp = ++this.bumpStamp;
    let rise = 0;
    const bad = this.bad;
    for (let i = 0; i < bad.size; i++) rise += this.bumpAround(bad.at(i), stamp);
    for (let i = 0; i < this.locked.length; i++) rise += this.bumpAround(this.locked[i]!, stamp);
    return rise;
  }

  /** Raise the weights of the constraints violated by placed meeting m not yet raised in this breakout. */
  private bumpAround(m: number, stamp: number): number {
    const cp = this.cp;
    const S = cp.S;
    const s = this.slotOf[m]!;
    if (s < 0) return 0;
    let rise = 0;
    for (let side = 0; side < 2; side++) {
      const p = side === 0 ? cp.ma[m]! : cp.mb[m]!;
      const i = p * S + s;
      if (this.busy[i]! > 1 && this.bumpedPair[i] !== stamp) {
        this.bumpedPair[i] = stamp;
        this.wConflict[i]!++;
        this.syncEnter(p, s);
        rise += this.busy[i]! - 1;
      }
    }
    if (this.count[s]! > cp.cap[s]! && this.bumpedSlot[s] !== stamp) {
      this.bumpedSlot[s] = stamp;
      this.wCapacity[s]!++;
      this.syncEnterCapacity(s);
      rise += this.count[s]! - cp.cap[s]!;
    }
    for (let side = 0; side < 2; side++) {
      const p = side === 0 ? cp.ma[m]! : cp.mb[m]!;
      if (this.outside(p, s)) {
        rise++;
        if (this.bumpedSide[p] !== stamp) {
          this.bumpedSide[p] = stamp;
          this.wOutside[p]!++;
          this.syncEnterRow(p);
        }
      }
    }
    return rise;
  }
}
