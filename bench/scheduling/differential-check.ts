/**
 * Differential check of one scheduler result against ground truth (exact-reference.ts) and against a
 * recomputation of its own figures and reasons. Returns findings; an empty list is a pass. Used by
 * bench/scheduling/fuzz-differential.ts (many seeds) and test/scheduling/differential.test.ts (a fixed few).
 */
import type { ScheduleResult, SchedulingProblem } from '../../shared/scheduling/model';
import { validateSchedule } from '../../shared/scheduling/validator';
import { breaksAndIdle, referenceModel, WISH_WEIGHT, type ReferenceModel, type ReferenceOptimum } from './exact-reference';

export type FindingKind =
  | 'invalid-schedule'
  | 'wrong-proof' // provedMaximal, but a schedule placing more exists
  | 'coverage-short' // not proven, and fewer placed than the maximum (a quality defect)
  | 'placed-above-maximum' // the reference or the lock rules disagree with the solver
  | 'bound-below-maximum' // provablyPlaceable is not an upper bound
  | 'kept-lock-unplaced'
  | 'figures-mismatch'
  | 'untruthful-reason'
  | 'insertable-unplaced' // an unplaced meeting fits in the returned schedule as it is
  | 'nondeterministic'
  | 'wrong-optimality-claim' // stats.exact.provedOptimal, but a schedule with fewer breaks (at most 2 each) exists
  | 'exception' // solveSchedule threw on well-formed input
  | 'malformed-accepted' // malformed input scheduled, or rejected with another error than SchedulingInputError
  | 'reference-disagreement'; // brute force and MIP disagree: the ground truth itself is wrong

export interface Finding {
  readonly kind: FindingKind;
  readonly message: string;
}

export interface Comparison {
  readonly findings: Finding[];
  /** breaks (or breaks + 1.5 x unhonoured, with wishes) above the reference optimum; undefined if not comparable. */
  readonly objectiveGap?: number;
  readonly hasWishes: boolean;
}

/** The result's objective term (2): breaks + 1.5 x unhonoured wishes. */
export function objectiveOf(result: ScheduleResult): number {
  return result.figures.breaks + WISH_WEIGHT * (result.figures.wishesExpressed - result.figures.wishesHonoured);
}

export function compareWithReference(problem: SchedulingProblem, result: ScheduleResult, reference: ReferenceOptimum | undefined): Comparison {
  const findings: Finding[] = [];
  const add = (kind: FindingKind, message: string): void => {
    findings.push({ kind, message });
  };
  const model = referenceModel(problem);
  const M = problem.meetings.length;
  const violations = validateSchedule(problem, result);
  if (violations.length > 0) add('invalid-schedule', violations.map((v) => v.message).join(' | '));

  const index = new Map(problem.meetings.map((m, i) => [m.id, i]));
  const slotOf = new Array<number>(M).fill(-1);
  for (const a of result.assignments) slotOf[index.get(a.meetingId)!] = a.slot;
  const placed = slotOf.filter((s) => s >= 0).length;

  // Coverage against the exact maximum.
  if (reference !== undefined) {
    const { maxPlaced } = reference;
    if (placed < maxPlaced) {
      add(result.coverage.provedMaximal ? 'wrong-proof' : 'coverage-short', `placed ${placed} of at most ${maxPlaced} (${reference.method}); provedMaximal ${result.coverage.provedMaximal} by ${result.coverage.provedBy}`);
    }
    if (placed > maxPlaced) add('placed-above-maximum', `placed ${placed}, reference maximum ${maxPlaced}`);
    if (result.coverage.provablyPlaceable < maxPlaced) add('bound-below-maximum', `provablyPlaceable ${result.coverage.provablyPlaceable} < maximum ${maxPlaced}`);
  }
  if (result.coverage.placed !== placed) add('figures-mismatch', `coverage.placed ${result.coverage.placed}, assignments ${placed}`);
  if (result.coverage.provedMaximal && result.coverage.provablyPlaceable !== placed) {
    add('figures-mismatch', `proven maximal but provablyPlaceable ${result.coverage.provablyPlaceable} != placed ${placed}`);
  }
  model.lock.forEach((status, m) => {
    if (status === 'kept' && slotOf[m]! < 0) add('kept-lock-unplaced', `valid lock of ${problem.meetings[m]!.id} (slot ${problem.meetings[m]!.fixed!.slot}) left unplaced`);
  });

  findings.push(...checkFigures(problem, model, result, slotOf));
  findings.push(...checkReasons(problem, model, result, slotOf));

  const hasWishes = model.wishSets.some((sets) => sets.length > 0);
  let objectiveGap: number | undefined;
  if (reference !== undefined && placed === reference.maxPlaced) {
    const optimum = hasWishes ? reference.minObjective : reference.minBreaks;
    if (optimum !== undefined) objectiveGap = (hasWishes ? objectiveOf(result) : result.figures.breaks) - optimum;
    // The exact phase's proof covers the schedules where nobody has more than 2 breaks (or than in its start):
    // a smaller optimum may need more; such a case is reported to be looked at, the claim is not refuted yet.
    const breaksGap = reference.minBreaks === undefined ? undefined : result.figures.breaks - reference.minBreaks;
    if (!hasWishes && result.stats.exact?.provedOptimal === true && breaksGap !== undefined && breaksGap > 0) {
      add('wrong-optimality-claim', `provedOptimal with ${result.figures.breaks} breaks, optimum ${reference.minBreaks} (check the per-participant cap)`);
    }
    if (objectiveGap !== undefined && objectiveGap < -1e-9) {
      add('placed-above-maximum', `objective ${hasWishes ? objectiveOf(result) : result.figures.breaks} below the reference optimum ${optimum}`);
    }
  }
  return { findings, hasWishes, ...(objectiveGap === undefined ? {} : { objectiveGap }) };
}

function checkFigures(problem: SchedulingProblem, model: ReferenceModel, result: ScheduleResult, slotOf: readonly number[]): Finding[] {
  const findings: Finding[] = [];
  const P = model.participants.length;
  const busy = Array.from({ length: P }, () => new Set<number>());
  const meetings = new Array<number>(P).fill(0);
  const expressed = new Array<number>(P).fill(0);
  const honoured = new Array<number>(P).fill(0);
  const preferences = new Map((problem.participants ?? []).map((p) => [p.id, p.wishes ?? []]));
  let totalExpressed = 0;
  let totalHonoured = 0;
  problem.meetings.forEach((m, i) => {
    const s = slotOf[i]!;
    const a = model.a[i]!;
    const b = model.b[i]!;
    if (s >= 0) {
      busy[a]!.add(s);
      busy[b]!.add(s);
      meetings[a]!++;
      meetings[b]!++;
    }
    const count = (who: number[], slots: readonly number[]): void => {
      const ok = s >= 0 && slots.includes(s);
      totalExpressed++;
      if (ok) totalHonoured++;
      for (const p of who) {
        expressed[p]!++;
        if (ok) honoured[p]!++;
      }
    };
    if (m.wishedSlots !== undefined) count([a, b], m.wishedSlots);
    for (const w of preferences.get(m.a) ?? []) count([a], w.slots);
    for (const w of preferences.get(m.b) ?? []) count([b], w.slots);
  });
  const per = busy.map((set) => breaksAndIdle(set, model));
  const active = per.filter((_, p) => meetings[p]! > 0).map((f) => f.breaks);
  const spread = active.length === 0 ? 0 : Math.max(...active) - Math.min(...active);
  const expected: Record<string, number | boolean> = {
    requested: problem.meetings.length,
    placed: slotOf.filter((s) => s >= 0).length,
    unplaced: slotOf.filter((s) => s < 0).length,
    breaks: per.reduce((x, f) => x + f.breaks, 0),
    idleSlots: per.reduce((x, f) => x + f.idle, 0),
    maxBreaksPerParticipant: Math.max(0, ...per.map((f) => f.breaks)),
    maxIdleSlotsPerParticipant: Math.max(0, ...per.map((f) => f.idle)),
    participantsWithBreaks: per.filter((f) => f.breaks > 0).length,
    breaksSpread: spread,
    fair: spread <= 2,
    wishesExpressed: totalExpressed,
    wishesHonoured: totalHonoured,
  };
  for (const [key, value] of Object.entries(expected)) {
    const reported = (result.figures as unknown as Record<string, number | boolean>)[key];
    if (reported !== value) findings.push({ kind: 'figures-mismatch', message: `figures.${key} = ${reported}, recomputed ${value}` });
  }
  const reportedPer = new Map(result.perParticipant.map((f) => [f.participantId, f]));
  model.participants.forEach((id, p) => {
    const f = reportedPer.get(id);
    const want = { meetings: meetings[p]!, breaks: per[p]!.breaks, idleSlots: per[p]!.idle, wishesExpressed: expressed[p]!, wishesHonoured: honoured[p]! };
    if (f === undefined) {
      findings.push({ kind: 'figures-mismatch', message: `no per-participant figures for ${id}` });
      return;
    }
    for (const [key, value] of Object.entries(want)) {
      const reported = (f as unknown as Record<string, number>)[key];
      if (reported !== value) findings.push({ kind: 'figures-mismatch', message: `perParticipant ${id}.${key} = ${reported}, recomputed ${value}` });
    }
  });
  if (result.perParticipant.length !== P) findings.push({ kind: 'figures-mismatch', message: `${result.perParticipant.length} per-participant rows for ${P} participants` });
  return findings;
}

function checkReasons(problem: SchedulingProblem, model: ReferenceModel, result: ScheduleResult, slotOf: readonly number[]): Finding[] {
  const findings: Finding[] = [];
  const untrue = (id: string, message: string): void => {
    findings.push({ kind: 'untruthful-reason', message: `${id}: ${message}` });
  };
  const index = new Map(problem.meetings.map((m, i) => [m.id, i]));
  const P = model.participants.length;
  const busy = new Set<string>();
  const count = new Array<number>(model.S).fill(0);
  slotOf.forEach((s, m) => {
    if (s < 0) return;
    busy.add(`${model.a[m]}@${s}`);
    busy.add(`${model.b[m]}@${s}`);
    count[s]!++;
  });
  // Placeable meetings and the slots they could use, per participant (Hall's condition for one person).
  const placeable = (m: number): boolean => model.legal[m]!.length > 0;
  const demand = new Array<number>(P).fill(0);
  const usable = Array.from({ length: P }, () => new Set<number>());
  for (let m = 0; m < model.a.length; m++) {
    if (!placeable(m)) continue;
    for (const p of [model.a[m]!, model.b[m]!]) {
      demand[p]!++;
      for (const s of model.legal[m]!) usable[p]!.add(s);
    }
  }
  for (const u of result.unplaced) {
    const m = index.get(u.meetingId)!;
    const meeting = problem.meetings[m]!;
    const free = model.legal[m]!.filter((s) => !busy.has(`${model.a[m]}@${s}`) && !busy.has(`${model.b[m]}@${s}`) && count[s]! < model.cap[s]!);
    if (free.length > 0) {
      findings.push({ kind: 'insertable-unplaced', message: `${u.meetingId} (${u.reason}) fits in slot ${free[0]} of the returned schedule` });
    }
    switch (u.reason) {
      case 'no-common-slot':
        if (!model.noSuchSession[m] && (meeting.fixed !== undefined || model.legal[m]!.length > 0)) untrue(u.meetingId, `no-common-slot, but slots ${model.legal[m]} are legal (lock ${model.lock[m]})`);
        break;
      case 'fixed-slot-invalid':
        if (model.lock[m] !== 'invalid') untrue(u.meetingId, `fixed-slot-invalid, but the lock is ${model.lock[m]}`);
        break;
      case 'fixed-conflict':
        if (model.lock[m] !== 'conflict') untrue(u.meetingId, `fixed-conflict, but the lock is ${model.lock[m]}`);
        break;
      case 'participant-overbooked': {
        const facts = u.overbooked;
        const p = facts === undefined ? -1 : model.participants.indexOf(facts.participantId);
        if (facts === undefined || (p !== model.a[m] && p !== model.b[m])) {
          untrue(u.meetingId, `participant-overbooked without a side named (${JSON.stringify(facts)})`);
        } else if (!placeable(m)) {
          untrue(u.meetingId, `participant-overbooked, but the meeting has no legal slot at all`);
        } else if (facts.meetings !== demand[p] || facts.slots !== usable[p]!.size || demand[p]! <= usable[p]!.size) {
          untrue(u.meetingId, `participant-overbooked ${JSON.stringify(facts)}, recomputed ${demand[p]} meetings and ${usable[p]!.size} usable slots`);
        }
        break;
      }
      case 'no-free-slot':
        if (!placeable(m)) untrue(u.meetingId, `no-free-slot, but the meeting has no legal slot (lock ${model.lock[m]})`);
        else if (free.length > 0) untrue(u.meetingId, `no-free-slot, but slot ${free[0]} is free for both sides with a table`);
        break;
      default:
        untrue(u.meetingId, `unknown reason ${String(u.reason)}`);
    }
    if (model.lock[m] === 'invalid' && u.reason !== 'fixed-slot-invalid' && !(model.noSuchSession[m] && u.reason === 'no-common-slot')) {
      untrue(u.meetingId, `invalid lock reported as ${u.reason}`);
    }
    if (model.lock[m] === 'conflict' && u.reason !== 'fixed-conflict') untrue(u.meetingId, `clashing lock reported as ${u.reason}`);
    if (model.lock[m] === 'none' && model.legal[m]!.length === 0 && u.reason !== 'no-common-slot') untrue(u.meetingId, `no legal slot, reported as ${u.reason}`);
  }
  return findings;
}

/** Two results of the same seed and work budget, without the wall-clock figures. */
export function sameResult(x: ScheduleResult, y: ScheduleResult): boolean {
  const strip = (r: ScheduleResult): string => {
    const { elapsedMs: _e, exact, ...stats } = r.stats;
    const { elapsedMs: _x, ...exactStats } = exact ?? { elapsedMs: 0 };
    return JSON.stringify({ ...r, stats: { ...stats, exact: exactStats } });
  };
  return strip(x) === strip(y);
}
