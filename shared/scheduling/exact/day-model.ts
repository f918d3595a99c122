/**
 * The scheduling problem as a SAT formula, for the exact phase (exact-phase.ts).
 *
 * - x(m, s): meeting m takes slot s, one variable per legal slot; exactly one per placeable meeting.
 * - busy(p, s) ⇔ some meeting of p takes s; at most one meeting of p per slot.
 * - Tables: at most cap(s) meetings in slot s (sequential counter), added lazily, when a model overfills
 *   the slot ({@link DayModel.addTableLimit}): most slots never fill up, and the counters are the bulk of
 *   the formula (eager counters made the solver 2-5x slower on the benchmark). The counter does not run
 *   over the meetings but over their owners: each meeting is owned by its busier participant, who meets at
 *   most once per slot, so the meetings in s are as many as the owners with an owned meeting in s (their
 *   busy(p, s) when they own all their meetings there). About 50 owners instead of 100-270 meetings per
 *   slot: a counter a third the size, and the solver about 1.6x faster (docs/scheduling.md, eighth round).
 * - Breaks: over the usable slots of a gap group in order, started(p, i) ⇐ busy(p, j) for some j ≤ i, and
 *   break(p, i) ⇐ busy(p, i) ∧ ¬busy(p, i - 1) ∧ started(p, i - 2): one variable per run of meetings after
 *   the first, i.e. per break. A totalizer over all of them makes "at most K breaks" a single assumption,
 *   so the bound can be lowered without rebuilding the formula. A second one over the participants with a
 *   break (redundant) bounds the same K. Totalizers (a balanced tree of unary adders) rather than
 *   sequential counters for the descent: a count crosses ~11 levels instead of a chain through every
 *   participant's registers, and the formula is a third smaller (see BreakCounting).
 * - Windows (redundant, but what makes the solver fast): compact(p, g) ⇔ p has no break in g, and
 *   compact(p, g) ⇒ one window (first slot, length) holds: p busy in every slot inside it and in none
 *   outside. When all of p's meetings must be in g, only windows of that length exist. Branching on windows
 *   places whole blocks at once, which is how a compact day is built.
 * - Fairness: at most maxBreaksOf(p) breaks for participant p (a counter over p's break variables), so
 *   every schedule of the formula, and every refutation, is about fair schedules (exact-phase.ts).
 *
 * Only placeable meetings are encoded, and all of them must be placed: the phase runs once the local
 * search has placed every one.
 */
import type { CompiledProblem } from '../compile';
import { meetingsAlwaysIn } from '../forced-breaks';
import { CnfBuilder } from './cnf-builder';
import type { SatSolver } from './sat-solver';


/**
 * How "at most K breaks" is counted: a totalizer for the exact phase's descent (its first step in half the
 * work), a sequential counter for the lower-bound question (with a totalizer the question on forum-14
 * answered within 6 M units with 3 seeds of 6, against 6 of 6; docs/scheduling.md, fourteenth round).
 */
export type BreakCounting = 'totalizer' | 'sequential';

export class DayModel {
  private readonly cnf: CnfBuilder;
  /** Variable of (meeting, slot), 0 if the slot is not legal for the meeting. */
  private readonly x: Int32Array;
  private readonly busy: Int32Array;
  private readonly tableLimitAdded: Uint8Array;
  private readonly breakCount: number[];
  private readonly participantCount: number[];
  /** compact(p, g) by p * G + g, 0 where p cannot have a break in g. */
  private readonly compact: Int32Array;

  /**
   * `countBreaksUpTo`: "at most K breaks" can be asked for K below it. `maxBreaksOf(p)`: the most breaks
   * participant p may have (the fairness cap, see exact-phase.ts).
   */
  constructor(
    private readonly cp: CompiledProblem,
    private readonly solver: SatSolver,
    countBreaksUpTo: number,
    maxBreaksOf: (p: number) => number,
    counting: BreakCounting = 'totalizer',
  ) {
    this.cnf = new CnfBuilder(solver);
    this.x = new Int32Array(cp.M * cp.S);
    this.busy = new Int32Array(cp.P * cp.S);
    this.tableLimitAdded = new Uint8Array(cp.S);
    this.compact = new Int32Array(cp.P * cp.G);
    this.encodeMeetings();
    this.encodeParticipants();
    const breaks: number[] = [];
    for (let p = 0; p < cp.P; p++) {
      const breaksOfP: number[] = [];
      for (let g = 0; g < cp.G; g++) breaksOfP.push(...this.encodeGroup(p, g));
      this.cnf.atMost(breaksOfP, maxBreaksOf(p));
      breaks.push(...breaksOfP);
    }
    const limit = Math.max(1, countBreaksUpTo);
    const count = (literals: number[]) =>
      counting === 'totalizer' ? this.cnf.totalizer(literals, limit) : this.cnf.counter(literals, limit, false);
    this.breakCount = count(breaks);
    // Redundant: a participant with a break has at least one, and 70 literals propagate faster than 1,000.
    const notCompact = [...this.compact].filter((v) => v !== 0).map((v) => -v);
    this.participantCount = count(notCompact);
    this.cnf.commit();
  }

  get variables(): number {
    return this.cnf.variables;
  }

  /** The assumptions "at most `k` breaks" (k below countBreaksUpTo). */
  atMostBreaks(k: number): number[] {
    // A count over n literals has n outputs when n is below the limit (none for no literal): "more than k" has no
    // output for k >= n, and needs none, as at most k then always holds. Assuming the missing output was
    // assuming literal 0 (an exception from the solver): one participant with two forced breaks, asked for one.
    return [this.breakCount[k], this.participantCount[k]].filter((l) => l !== undefined).map((l) => this.cnf.literal(-l));
  }

  /** The solver literal of compact(p, g) for index p * G + g; 0 where p cannot have a break in g. */
  compactLiteral(index: number): number {
    const v = this.compact[index]!;
    return v === 0 ? 0 : this.cnf.literal(v);
  }

  /** Make the solver's first decisions follow `schedule` (a slot per meeting). */
  suggest(schedule: Int32Array): void {
    const { cp, x } = this;
    for (let m = 0; m < cp.M; m++) {
      for (let i = cp.domainStart[m]!; i < cp.domainStart[m + 1]!; i++) {
        const s = cp.domain[i]!;
        const v = x[m * cp.S + s]!;
        if (v !== 0) this.solver.phase(this.cnf.literal(schedule[m] === s ? v : -v));
      }
    }
  }

  /** The schedule of a model (unencoded meetings stay -1). */
  schedule(model: readonly boolean[]): Int32Array {
    const { cp, x } = this;
    const slots = new Int32Array(cp.M).fill(-1);
    for (let m = 0; m < cp.M; m++) {
      for (let i = cp.domainStart[m]!; i < cp.domainStart[m + 1]!; i++) {
        const s = cp.domain[i]!;
        if (this.cnf.isTrue(model, x[m * cp.S + s]!)) slots[m] = s;
      }
    }
    return slots;
  }

  /** Slots of `schedule` with more meetings than tables whose limit is not encoded yet. */
  overfilledSlots(schedule: Int32Array): number[] {
    const count = new Int32Array(this.cp.S);
    for (const s of schedule) if (s >= 0) count[s]!++;
    const over: number[] = [];
    for (let s = 0; s < this.cp.S; s++) if (count[s]! > this.cp.cap[s]! && !this.tableLimitAdded[s]) over.push(s);
    return over;
  }

  addAllTableLimits(): void {
    for (let s = 0; s < this.cp.S; s++) this.addTableLimit(s);
  }

  addTableLimit(s: number): void {
    if (this.tableLimitAdded[s]) return;
    this.tableLimitAdded[s] = 1;
    this.cnf.atMost(this.ownersMeetingIn(s), this.cp.cap[s]!);
  }

  /** Per owner of a meeting that may take slot s, a literal true iff one of their owned meetings takes it. */
  private ownersMeetingIn(s: number): number[] {
    const { cp, x, cnf } = this;
    const owned = new Map<number, number[]>();
    for (let m = 0; m < cp.M; m++) {
      const v = x[m * cp.S + s]!;
      if (v === 0) continue;
      const owner = this.ownerOf(m);
      const list = owned.get(owner);
      if (list) list.push(v);
      else owned.set(owner, [v]);
    }
    const literals: number[] = [];
    for (const [p, meetings] of owned) {
      if (meetings.length === 1) literals.push(meetings[0]!);
      else if (meetings.length === this.meetingsThatMayTake(p, s)) literals.push(this.busy[p * cp.S + s]!);
      else {
        const any = cnf.newVar();
        cnf.add([-any, ...meetings]);
        for (const v of meetings) cnf.add([-v, any]);
        literals.push(any);
      }
    }
    return literals;
  }

  /** The participant of meeting m with more meetings (the first one on a tie). */
  private ownerOf(m: number): number {
    const { cp } = this;
    const [a, b] = [cp.ma[m]!, cp.mb[m]!];
    return cp.partStart[b + 1]! - cp.partStart[b]! > cp.partStart[a + 1]! - cp.partStart[a]! ? b : a;
  }

  private meetingsThatMayTake(p: number, s: number): number {
    const { cp, x } = this;
    let count = 0;
    for (let k = cp.partStart[p]!; k < cp.partStart[p + 1]!; k++) if (x[cp.partMeetings[k]! * cp.S + s] !== 0) count++;
    return count;
  }

  private encodeMeetings(): void {
    const { cp, x, cnf } = this;
    for (let m = 0; m < cp.M; m++) {
      if (cp.preUnplaced.has(m)) continue;
      const slots: number[] = [];
      for (let i = cp.domainStart[m]!; i < cp.domainStart[m + 1]!; i++) {
        const v = cnf.newVar();
        x[m * cp.S + cp.domain[i]!] = v;
        slots.push(v);
      }
      cnf.add(slots);
      cnf.atMostOne(slots);
    }
  }

  private encodeParticipants(): void {
    const { cp, x, cnf } = this;
    for (let p = 0; p < cp.P; p++) {
      for (let s = 0; s < cp.S; s++) {
        const meetingsHere: number[] = [];
        for (let k = cp.partStart[p]!; k < cp.partStart[p + 1]!; k++) {
          const v = x[cp.partMeetings[k]! * cp.S + s]!;
          if (v !== 0) meetingsHere.push(v);
        }
        if (meetingsHere.length === 0) continue;
        const busy = cnf.newVar();
        this.busy[p * cp.S + s] = busy;
        cnf.add([-busy, ...meetingsHere]);
        for (const v of meetingsHere) cnf.add([-v, busy]);
        cnf.atMostOne(meetingsHere);
      }
    }
  }

  /** Break variables of participant p in gap group g, and the window layer; returns the break variables. */
  private encodeGroup(p: number, g: number): number[] {
    const { cp, cnf } = this;
    const busy: number[] = [];
    for (let s = cp.groupStart[g]!; s < cp.groupEnd[g]!; s++) if (cp.slotWord[s]! >= 0) busy.push(this.busy[p * cp.S + s]!);
    if (busy.filter((v) => v !== 0).length < 2) return [];
    const started: number[] = [];
    const breaks: number[] = [];
    for (let i = 0; i < busy.length; i++) {
      const before = i > 0 ? started[i - 1]! : 0;
      if (busy[i] === 0) {
        started.push(before);
        continue;
      }
      const now = cnf.newVar();
      cnf.add([-busy[i]!, now]);
      if (before !== 0) cnf.add([-before, now]);
      started.push(now);
      if (i >= 2 && started[i - 2] !== 0) {
        const brk = cnf.newVar();
        cnf.add([-busy[i]!, -started[i - 2]!, ...(busy[i - 1] !== 0 ? [busy[i - 1]!] : []), brk]);
        breaks.push(brk);
      }
    }
    if (breaks.length > 0) this.encodeWindows(p, g, busy, breaks);
    return breaks;
  }

  private encodeWindows(p: number, g: number, busy: readonly number[], breaks: readonly number[]): void {
    const { cnf } = this;
    const compact = cnf.newVar(true);
    this.compact[p * this.cp.G + g] = compact;
    for (const brk of breaks) cnf.add([-compact, -brk]);
    cnf.add([compact, ...breaks]);
    const fixedLength = meetingsAlwaysIn(this.cp, p, g)?.length;
    const windows: number[] = [];
    for (let length = 1; length <= busy.length; length++) {
      if (fixedLength !== undefined && length !== fixedLength) continue;
      for (let first = 0; first + length <= busy.length; first++) {
        if (busy.slice(first, first + length).includes(0)) continue;
        const window = cnf.newVar(true);
        windows.push(window);
        for (let i = 0; i < busy.length; i++) {
          if (busy[i] === 0) continue;
          cnf.add([-window, i >= first && i < first + length ? busy[i]! : -busy[i]!]);
        }
        cnf.add([-window, compact]);
      }
    }
    if (fixedLength === undefined) {
      const empty = cnf.newVar();
      for (const b of busy) if (b !== 0) cnf.add([-empty, -b]);
      windows.push(empty);
    }
    cnf.add([-compact, ...windows]);
  }
}
