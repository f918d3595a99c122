/**
 * The mutable assignment the local search works on, with everything needed to evaluate a move
 * incrementally: who is busy when, how many tables are taken, and per participant a bit word per gap group
 * (session or day) from which breaks and idle slots are recomputed in a few instructions.
 *
 * Every state is feasible for the hard constraints: a placed meeting is in a legal slot, nobody is in two
 * meetings at once and no slot has more meetings than tables. Infeasibility is expressed by leaving a
 * meeting unplaced, which the objective penalises.
 *
 * A move is staged as a list of (meeting, from, to) with -1 meaning "unplaced"; {@link SearchState.stage}
 * computes its effect on breaks and idle slots, then {@link SearchState.commit} or {@link SearchState.discard}.
 */
import type { CompiledProblem } from './compile';
import { IndexedSet } from './indexed-set';
import { unhonouredWishes } from './wishes';

// Bit helpers, module-local so that they inline in the hot loop.
function popcount32(x: number): number {
  x = x - ((x >>> 1) & 0x55555555);
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  x = (x + (x >>> 4)) & 0x0f0f0f0f;
  return Math.imul(x, 0x01010101) >>> 24;
}
function lowestBit32(x: number): number {
  return 31 - Math.clz32(x & -x);
}
function highestBit32(x: number): number {
  return 31 - Math.clz32(x);
}

export class SearchState {
  readonly cp: CompiledProblem;
  /** Slot of each meeting, -1 if unplaced. */
  readonly slotOf: Int32Array;
  /** occ[p * S + s] = meeting of participant p in slot s, or -1. */
  readonly occ: Int32Array;
  /** Meetings per slot and the list of them (members[s * stride + i]), with each meeting's position. */
  readonly count: Int32Array;
  readonly members: Int32Array;
  readonly memberPos: Int32Array;
  readonly stride: number;
  /** Occupancy bits, W words per participant. */
  readonly words: Int32Array;
  /** Cached breaks and idle slots per (participant, group), and breaks per participant. */
  readonly gBreaks: Int32Array;
  readonly gIdle: Int32Array;
  readonly pBreaks: Int32Array;
  /**
   * Displacement per (participant, group), if tracked: meetings in the group minus the most of them that
   * fit in one window of as many consecutive slots, i.e. how many meetings would have to move to make the
   * participant compact. 0 without a break; a smoother measure than breaks (see local-search.ts). Only
   * computed for groups of at most 32 usable slots (one word); 0 for longer groups.
   */
  readonly gDisp: Int32Array;
  readonly trackDisp: boolean;
  breaks = 0;
  idle = 0;
  disp = 0;
  /** Wishes left unhonoured by the placeable meetings (wishes.ts); 0 when the problem has none. */
  unhonoured = 0;
  /** Meetings that could be placed but are not (pre-unplaced ones are never in here). */
  readonly unplaced: IndexedSet;
  /** Participants with at least one break. */
  readonly breaky: IndexedSet;
  /** Number of meetings the search tries to place (M minus pre-unplaced). */
  readonly placeable: number;

  // Staged move.
  readonly stMeeting: Int32Array;
  readonly stFrom: Int32Array;
  readonly stTo: Int32Array;
  stLen = 0;
  private readonly affected: Int32Array;
  private affectedLen = 0;
  private readonly stamp: Int32Array;
  private stampValue = 1;
  private readonly newB: Int32Array;
  private readonly newI: Int32Array;
  private readonly newD: Int32Array;
  private readonly stGroups = new Int32Array(2);
  private stGroupLen = 0;
  /** Effect of the staged move. */
  dBreaks = 0;
  dIdle = 0;
  dDisp = 0;
  dUnplaced = 0;
  dUnhonoured = 0;

  // Result of evalGroup (breaks, idle slots).
  evB = 0;
  evI = 0;
  evD = 0;

  constructor(cp: CompiledProblem, trackDisp = false) {
    this.trackDisp = trackDisp;
    this.cp = cp;
    const { S, P, M, G, W } = cp;
    this.slotOf = new Int32Array(M).fill(-1);
    this.occ = new Int32Array(P * S).fill(-1);
    this.count = new Int32Array(S);
    let maxCap = 0;
    for (let s = 0; s < S; s++) maxCap = Math.max(maxCap, cp.cap[s]!);
    this.stride = Math.max(1, maxCap);
    this.members = new Int32Array(S * this.stride);
    this.memberPos = new Int32Array(M).fill(-1);
    this.words = new Int32Array(P * W);
    this.gBreaks = new Int32Array(P * G);
    this.gIdle = new Int32Array(P * G);
    this.gDisp = new Int32Array(P * G);
    this.pBreaks = new Int32Array(P);
    this.unplaced = new IndexedSet(M);
    this.breaky = new IndexedSet(P);
    let placeable = 0;
    for (let m = 0; m < M; m++) {
      if (!cp.preUnplaced.has(m)) {
        this.unplaced.add(m);
        placeable++;
        if (cp.wishes !== undefined) this.unhonoured += cp.wishes.wishesOf[m]!;
      }
    }
    this.placeable = placeable;
    this.stMeeting = new Int32Array(M + 4);
    this.stFrom = new Int32Array(M + 4);
    this.stTo = new Int32Array(M + 4);
    this.affected = new Int32Array(P);
    this.stamp = new Int32Array(Math.max(P, M));
    this.newB = new Int32Array(P * 2);
    this.newI = new Int32Array(P * 2);
    this.newD = new Int32Array(P * 2);
  }

  /** Replace the whole assignment (e.g. by a saved best one). */
  load(slots: Int32Array): void {
    const M = this.cp.M;
    this.slotOf.fill(-1);
    this.occ.fill(-1);
    this.count.fill(0);
    this.memberPos.fill(-1);
    this.words.fill(0);
    this.unplaced.clear();
    this.unhonoured = 0;
    const wishes = this.cp.wishes;
    for (let m = 0; m < M; m++) {
      if (this.cp.preUnplaced.has(m)) continue;
      const s = slots[m]!;
      if (wishes !== undefined) this.unhonoured += unhonouredWishes(wishes, this.cp.S, m, s);
      if (s < 0) {
        this.unplaced.add(m);
        continue;
      }
      this.place(m, s);
      this.flip(this.cp.ma[m]!, s);
      this.flip(this.cp.mb[m]!, s);
    }
    this.recomputeAll();
  }

  /** Recompute every cached figure from the occupancy words. */
  recomputeAll(): void {
    const { P, G } = this.cp;
    this.breaks = 0;
    this.idle = 0;
    this.disp = 0;
    this.breaky.clear();
    for (let p = 0; p < P; p++) {
      let pb = 0;
      for (let g = 0; g < G; g++) {
        this.evalGroup(p, g);
        this.gBreaks[p * G + g] = this.evB;
        this.gIdle[p * G + g] = this.evI;
        this.gDisp[p * G + g] = this.evD;
        pb += this.evB;
        this.idle += this.evI;
        this.disp += this.evD;
      }
      this.pBreaks[p] = pb;
      this.breaks += pb;
      if (pb > 0) this.breaky.add(p);
    }
  }

  /** Is participant p free in slot s (no meeting)? */
  isFree(p: number, s: number): boolean {
    return this.occ[p * this.cp.S + s]! < 0;
  }

  flip(p: number, s: number): void {
    this.words[p * this.cp.W + this.cp.slotWord[s]!]! ^= 1 << this.cp.slotBit[s]!;
  }

  private place(m: number, s: number): void {
    const S = this.cp.S;
    this.slotOf[m] = s;
    this.occ[this.cp.ma[m]! * S + s] = m;
    this.occ[this.cp.mb[m]! * S + s] = m;
    const i = this.count[s]!++;
    this.members[s * this.stride + i] = m;
    this.memberPos[m] = i;
  }

  private unplace(m: number): void {
    const S = this.cp.S;
    const s = this.slotOf[m]!;
    this.slotOf[m] = -1;
    this.occ[this.cp.ma[m]! * S + s] = -1;
    this.occ[this.cp.mb[m]! * S + s] = -1;
    const i = this.memberPos[m]!;
    const last = --this.count[s]!;
    const moved = this.members[s * this.stride + last]!;
    this.members[s * this.stride + i] = moved;
    this.memberPos[moved] = i;
    this.memberPos[m] = -1;
  }

  /** Breaks and idle slots of participant p in group g from the current words, into evB / evI. */
  evalGroup(p: number, g: number): void {
    const cp = this.cp;
    const base = p * cp.W + cp.groupWord[g]!;
    const k = cp.groupWords[g]!;
    if (k === 1) {
      const w = this.words[base]!;
      this.evD = 0;
      if (w === 0) {
        this.evB = 0;
        this.evI = 0;
        return;
      }
      const pop = popcount32(w);
      this.evB = popcount32(w & ~(w << 1)) - 1;
      const lo = lowestBit32(w);
      const hi = highestBit32(w);
      this.evI = hi - lo + 1 - pop;
      if (this.trackDisp && this.evB > 0) {
        // Most meetings in a window of `pop` consecutive slots (windows from lo to hi suffice).
        const mask = pop >= 32 ? -1 : (1 << pop) - 1;
        let most = 0;
        for (let i = lo; i + pop - 1 <= hi; i++) {
          const c = popcount32(w & (mask << i));
          if (c > most) most = c;
        }
        this.evD = pop - most;
      }
      return;
    }
    this.evD = 0;
    let runs = 0;
    let carry = 0;
    let pop = 0;
    let lo = -1;
    let hi = -1;
    for (let i = 0; i < k; i++) {
      const w = this.words[base + i]!;
      runs += popcount32(w & ~((w << 1) | carry));
      carry = w >>> 31;
      pop += popcount32(w);
      if (w !== 0) {
        if (lo < 0) lo = i * 32 + lowestBit32(w);
        hi = i * 32 + highestBit32(w);
      }
    }
    this.evB = runs > 0 ? runs - 1 : 0;
    this.evI = lo < 0 ? 0 : hi - lo + 1 - pop;
  }

  // ---------------------------------------------------------------- staging moves

  /** Start staging a move. */
  beginStage(): void {
    this.stLen = 0;
  }

  /** Add one meeting to the staged move (from/to -1 = unplaced). */
  stageMove(m: number, from: number, to: number): void {
    const i = this.stLen++;
    this.stMeeting[i] = m;
    this.stFrom[i] = from;
    this.stTo[i] = to;
  }

  private addGroup(s: number): void {
    if (s < 0) return;
    const g = this.cp.slotGroup[s]!;
    for (let i = 0; i < this.stGroupLen; i++) if (this.stGroups[i] === g) return;
    if (this.stGroupLen >= 2) throw new Error('A move may touch at most two gap groups.');
    this.stGroups[this.stGroupLen++] = g;
  }

  private nextStamp(): number {
    this.stampValue++;
    if (this.stampValue > 0x3fffffff) {
      this.stamp.fill(0);
      this.stampValue = 1;
    }
    return this.stampValue;
  }

  /**
   * Compute the effect of the staged move on breaks and idle slots (dBreaks, dIdle, dUnplaced). The staged
   * move must keep the state feasible (the caller checks); the occupancy words are updated tentatively and
   * must be followed by commit() or discard(). At most two gap groups may be touched.
   */
  evaluate(): void {
    const cp = this.cp;
    const G = cp.G;
    const st = this.nextStamp();
    this.affectedLen = 0;
    this.stGroupLen = 0;
    let dU = 0;
    let dW = 0;
    const wishes = cp.wishes;
    for (let i = 0; i < this.stLen; i++) {
      const m = this.stMeeting[i]!;
      const from = this.stFrom[i]!;
      const to = this.stTo[i]!;
      if (from < 0) dU--;
      if (to < 0) dU++;
      if (wishes !== undefined) dW += unhonouredWishes(wishes, cp.S, m, to) - unhonouredWishes(wishes, cp.S, m, from);
      this.addGroup(from);
      this.addGroup(to);
      const a = cp.ma[m]!;
      const b = cp.mb[m]!;
      if (from >= 0) {
        this.flip(a, from);
        this.flip(b, from);
      }
      if (to >= 0) {
        this.flip(a, to);
        this.flip(b, to);
      }
      if (this.stamp[a] !== st) {
        this.stamp[a] = st;
        this.affected[this.affectedLen++] = a;
      }
      if (this.stamp[b] !== st) {
        this.stamp[b] = st;
        this.affected[this.affectedLen++] = b;
      }
    }
    let dB = 0;
    let dI = 0;
    let dD = 0;
    const ng = this.stGroupLen;
    for (let j = 0; j < this.affectedLen; j++) {
      const p = this.affected[j]!;
      for (let k = 0; k < ng; k++) {
        const g = this.stGroups[k]!;
        this.evalGroup(p, g);
        this.newB[j * 2 + k] = this.evB;
        this.newI[j * 2 + k] = this.evI;
        this.newD[j * 2 + k] = this.evD;
        dB += this.evB - this.gBreaks[p * G + g]!;
        dI += this.evI - this.gIdle[p * G + g]!;
        dD += this.evD - this.gDisp[p * G + g]!;
      }
    }
    this.dBreaks = dB;
    this.dIdle = dI;
    this.dDisp = dD;
    this.dUnplaced = dU;
    this.dUnhonoured = dW;
  }

  /** Undo the tentative word updates of evaluate(). */
  discard(): void {
    const cp = this.cp;
    for (let i = 0; i < this.stLen; i++) {
      const m = this.stMeeting[i]!;
      const from = this.stFrom[i]!;
      const to = this.stTo[i]!;
      if (from >= 0) {
        this.flip(cp.ma[m]!, from);
        this.flip(cp.mb[m]!, from);
      }
      if (to >= 0) {
        this.flip(cp.ma[m]!, to);
        this.flip(cp.mb[m]!, to);
      }
    }
    this.stLen = 0;
  }

  /** Make the evaluated move permanent. */
  commit(): void {
    const cp = this.cp;
    const G = cp.G;
    for (let i = 0; i < this.stLen; i++) {
      const m = this.stMeeting[i]!;
      if (this.stFrom[i]! >= 0) this.unplace(m);
      else this.unplaced.delete(m);
    }
    for (let i = 0; i < this.stLen; i++) {
      const m = this.stMeeting[i]!;
      const to = this.stTo[i]!;
      if (to >= 0) this.place(m, to);
      else this.unplaced.add(m);
    }
    const ng = this.stGroupLen;
    for (let j = 0; j < this.affectedLen; j++) {
      const p = this.affected[j]!;
      let pb = this.pBreaks[p]!;
      for (let k = 0; k < ng; k++) {
        const g = this.stGroups[k]!;
        const nb = this.newB[j * 2 + k]!;
        pb += nb - this.gBreaks[p * G + g]!;
        this.gBreaks[p * G + g] = nb;
        this.gIdle[p * G + g] = this.newI[j * 2 + k]!;
        this.gDisp[p * G + g] = this.newD[j * 2 + k]!;
      }
      this.pBreaks[p] = pb;
      if (pb > 0) this.breaky.add(p);
      else this.breaky.delete(p);
    }
    this.breaks += this.dBreaks;
    this.idle += this.dIdle;
    this.disp += this.dDisp;
    this.unhonoured += this.dUnhonoured;
    this.stLen = 0;
  }

  // ---------------------------------------------------------------- Kempe chains

  /**
   * Stage the Kempe chain that swaps slots s and t for the connected set of meetings (linked by shared
   * participants) containing seed0 and, if >= 0, seed1. Returns false (nothing staged) if the chain would
   * move a locked meeting, put a meeting in a slot it may not take, exceed the tables of a slot or be
   * longer than maxLen.
   */
  stageKempe(seed0: number, seed1: number, s: number, t: number, maxLen: number): boolean {
    const cp = this.cp;
    const S = cp.S;
    const st = this.nextStamp();
    this.stLen = 0;
    if (!this.pushChain(seed0, s, t, st, maxLen)) return this.abortStage();
    if (seed1 >= 0 && !this.pushChain(seed1, s, t, st, maxLen)) return this.abortStage();
    let inS = 0;
    let inT = 0;
    const ma = cp.ma;
    const mb = cp.mb;
    const occ = this.occ;
    for (let i = 0; i < this.stLen; i++) {
      const m = this.stMeeting[i]!;
      const from = this.stFrom[i]!;
      const other = from === s ? t : s;
      if (from === s) inS++;
      else inT++;
      const m1 = occ[ma[m]! * S + other]!;
      if (m1 >= 0 && !this.pushChain(m1, s, t, st, maxLen)) return this.abortStage();
      const m2 = occ[mb[m]! * S + other]!;
      if (m2 >= 0 && !this.pushChain(m2, s, t, st, maxLen)) return this.abortStage();
    }
    const newT = this.count[t]! - inT + inS;
    const newS = this.count[s]! - inS + inT;
    if (newT > cp.cap[t]! || newS > cp.cap[s]!) return this.abortStage();
    return true;
  }

  private pushChain(m: number, s: number, t: number, st: number, maxLen: number): boolean {
    if (this.stamp[m] === st) return true;
    this.stamp[m] = st;
    const cp = this.cp;
    if (cp.fixedSlot[m]! >= 0) return false;
    const from = this.slotOf[m]!;
    const to = from === s ? t : s;
    if (cp.legal[m * cp.S + to] !== 1) return false;
    if (this.stLen >= maxLen) return false;
    const i = this.stLen++;
    this.stMeeting[i] = m;
    this.stFrom[i] = from;
    this.stTo[i] = to;
    return true;
  }

  private abortStage(): boolean {
    this.stLen = 0;
    return false;
  }

  /**
   * Stage placing the unplaced meeting m in slot t, unplacing whatever blocks it there: the other meetings
   * of its two participants in t and, if t has no free table, the member chosen by pickVictim. Returns false
   * if a locked meeting would have to go.
   */
  stageInsert(m: number, t: number, pickVictim: (count: number) => number): boolean {
    const cp = this.cp;
    const S = cp.S;
    this.beginStage();
    if (this.count[t]! > cp.cap[t]!) return this.abortStage();
    this.stageMove(m, -1, t);
    const e1 = this.occ[cp.ma[m]! * S + t]!;
    const e2 = this.occ[cp.mb[m]! * S + t]!;
    let ejected = 0;
    if (e1 >= 0) {
      if (cp.fixedSlot[e1]! >= 0) return this.abortStage();
      this.stageMove(e1, t, -1);
      ejected++;
    }
    if (e2 >= 0 && e2 !== e1) {
      if (cp.fixedSlot[e2]! >= 0) return this.abortStage();
      this.stageMove(e2, t, -1);
      ejected++;
    }
    if (this.count[t]! - ejected + 1 > cp.cap[t]!) {
      const n = this.count[t]!;
      if (n === 0) return this.abortStage();
      const victim = this.members[t * this.stride + pickVictim(n)]!;
      if (victim === e1 || victim === e2 || cp.fixedSlot[victim]! >= 0) return this.abortStage();
      this.stageMove(victim, t, -1);
    }
    return true;
  }

  /** Stage moving the placed meeting m to slot t if both sides are free there and a table is left. */
  canSimpleMove(m: number, t: number): boolean {
    const cp = this.cp;
    const S = cp.S;
    return (
      cp.fixedSlot[m]! < 0 &&
      cp.legal[m * S + t] === 1 &&
      this.occ[cp.ma[m]! * S + t]! < 0 &&
      this.occ[cp.mb[m]! * S + t]! < 0 &&
      this.count[t]! < cp.cap[t]!
    );
  }

  /** Group-local figures of participant p (used by the constructive phase to score a slot). */
  participantGroupCost(p: number, g: number): number {
    return this.gBreaks[p * this.cp.G + g]!;
  }
}
