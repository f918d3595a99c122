/**
 * Ground truth for the differential test of the scheduler (differential-check.ts), written from the problem
 * definition in docs/scheduling.md and sharing no code with the solver (only the types of model.ts):
 *
 * - `referenceModel`: legal slots of each meeting and the locks kept, recomputed from the rules ("Model",
 *   "Hard constraints": tables, availability, session wish; a lock is invalid when its slot does not exist,
 *   has no table, is outside the wished session or a side is unavailable there, or its table does not exist;
 *   a valid lock clashes with an *earlier* kept lock of the same person or table, or when the slot's tables
 *   are all taken by earlier kept locks, and is then not kept). Kept locks are mandatory.
 * - `breaksAndIdle`: breaks and idle slots of one participant ("Objective and definitions").
 * - `bruteForce`: exhaustive search for tiny problems: the most meetings placeable, and among the schedules
 *   placing that many the fewest breaks and the smallest breaks + 1.5 x unhonoured wishes.
 * - `mipReference`: the same three numbers from HiGHS's MIP on a model of our own, written as CPLEX LP text.
 */
import type { MeetingRequest, SchedulingProblem } from '../../shared/scheduling/model';

export const WISH_WEIGHT = 1.5;

export type LockStatus = 'none' | 'kept' | 'invalid' | 'conflict';

export interface ReferenceModel {
  readonly S: number;
  readonly cap: readonly number[];
  readonly participants: readonly string[];
  /** Sides (participant indices) of each meeting. */
  readonly a: readonly number[];
  readonly b: readonly number[];
  /** Slots the meeting may take (a kept lock: its slot only; an invalid or clashing lock: none). */
  readonly legal: readonly (readonly number[])[];
  readonly lock: readonly LockStatus[];
  /** The wished session does not exist. */
  readonly noSuchSession: readonly boolean[];
  /** Gap group of each slot (day, or day and session), and whether the slot has tables. */
  readonly group: readonly string[];
  /** Per meeting: the slot sets of its wishes (its wished slots, each preference of either side). */
  readonly wishSets: readonly (readonly ReadonlySet<number>[])[];
}

export function tablesOf(problem: SchedulingProblem): number[] {
  const S = problem.slots.length;
  return Array.from({ length: S }, (_, s) => (typeof problem.tables === 'number' ? problem.tables : problem.tables[s]!));
}

export function referenceModel(problem: SchedulingProblem): ReferenceModel {
  const S = problem.slots.length;
  const cap = tablesOf(problem);
  const scope = problem.gapScope ?? 'day';
  const group = problem.slots.map((slot) => (scope === 'day' ? `${slot.day ?? ''}` : `${slot.day ?? ''}/${slot.session}`));
  const participants: string[] = [];
  const index = new Map<string, number>();
  const idOf = (id: string): number => {
    if (!index.has(id)) {
      index.set(id, participants.length);
      participants.push(id);
    }
    return index.get(id)!;
  };
  for (const p of problem.participants ?? []) idOf(p.id);
  const away = new Set<string>();
  for (const p of problem.participants ?? []) for (const s of p.unavailable ?? []) away.add(`${p.id}@${s}`);
  const preferences = new Map((problem.participants ?? []).map((p) => [p.id, (p.wishes ?? []).map((w) => new Set(w.slots))]));
  const sessions = new Set(problem.slots.map((slot) => slot.session));
  const usable = (m: MeetingRequest, s: number): boolean =>
    cap[s]! > 0 &&
    (m.sessionWish === undefined || problem.slots[s]!.session === m.sessionWish) &&
    !away.has(`${m.a}@${s}`) &&
    !away.has(`${m.b}@${s}`);
  const a: number[] = [];
  const b: number[] = [];
  const legal: number[][] = [];
  const lock: LockStatus[] = [];
  const noSuchSession: boolean[] = [];
  const wishSets: ReadonlySet<number>[][] = [];
  const lockedPersonSlot = new Set<string>();
  const lockedTable = new Set<string>();
  const lockedCount = new Map<number, number>();
  for (const m of problem.meetings) {
    a.push(idOf(m.a));
    b.push(idOf(m.b));
    wishSets.push([...(m.wishedSlots === undefined ? [] : [new Set(m.wishedSlots)]), ...(preferences.get(m.a) ?? []), ...(preferences.get(m.b) ?? [])]);
    const missing = m.sessionWish !== undefined && !sessions.has(m.sessionWish);
    noSuchSession.push(missing);
    if (m.fixed === undefined) {
      lock.push('none');
      legal.push(missing ? [] : [...Array(S).keys()].filter((s) => usable(m, s)));
      continue;
    }
    const { slot: s, table } = m.fixed;
    const valid =
      !missing &&
      Number.isInteger(s) &&
      s >= 0 &&
      s < S &&
      usable(m, s) &&
      (table === undefined || (Number.isInteger(table) && table >= 1 && table <= cap[s]!));
    if (!valid) {
      lock.push('invalid');
      legal.push([]);
      continue;
    }
    const clash =
      lockedPersonSlot.has(`${m.a}@${s}`) ||
      lockedPersonSlot.has(`${m.b}@${s}`) ||
      (lockedCount.get(s) ?? 0) >= cap[s]! ||
      (table !== undefined && lockedTable.has(`${s}/${table}`));
    if (clash) {
      lock.push('conflict');
      legal.push([]);
      continue;
    }
    lockedPersonSlot.add(`${m.a}@${s}`);
    lockedPersonSlot.add(`${m.b}@${s}`);
    lockedCount.set(s, (lockedCount.get(s) ?? 0) + 1);
    if (table !== undefined) lockedTable.add(`${s}/${table}`);
    lock.push('kept');
    legal.push([s]);
  }
  return { S, cap, participants, a, b, legal, lock, noSuchSession, group, wishSets };
}

/** Breaks and idle slots of a participant meeting in `busy` (definitions of docs/scheduling.md). */
export function breaksAndIdle(busy: ReadonlySet<number>, model: Pick<ReferenceModel, 'S' | 'cap' | 'group'>): { breaks: number; idle: number } {
  let breaks = 0;
  let idle = 0;
  let lastGroup: string | undefined;
  let pending = 0; // idle slots with tables since the last meeting of the current group
  for (let s = 0; s < model.S; s++) {
    if (model.cap[s] === 0) continue; // programme block: skipped like the lunch
    if (model.group[s] !== lastGroup) {
      if (!busy.has(s)) continue;
      lastGroup = model.group[s];
      pending = 0;
      continue;
    }
    if (busy.has(s)) {
      if (pending > 0) {
        breaks++;
        idle += pending;
      }
      pending = 0;
    } else {
      pending++;
    }
  }
  return { breaks, idle };
}

/** Wishes a schedule leaves unhonoured (an unplaced meeting leaves all of its wishes). */
export function unhonoured(model: ReferenceModel, slotOf: readonly number[]): number {
  let n = 0;
  model.wishSets.forEach((sets, m) => {
    for (const set of sets) if (slotOf[m]! < 0 || !set.has(slotOf[m]!)) n++;
  });
  return n;
}

export function scheduleBreaks(model: ReferenceModel, slotOf: readonly number[]): number {
  const busy = model.participants.map(() => new Set<number>());
  slotOf.forEach((s, m) => {
    if (s < 0) return;
    busy[model.a[m]!]!.add(s);
    busy[model.b[m]!]!.add(s);
  });
  return busy.reduce((sum, set) => sum + breaksAndIdle(set, model).breaks, 0);
}

export interface ReferenceOptimum {
  readonly method: 'brute-force' | 'mip';
  readonly maxPlaced: number;
  /** Fewest breaks over the schedules placing maxPlaced (undefined: not computed in time). */
  readonly minBreaks?: number;
  /** Smallest breaks + 1.5 x unhonoured wishes over those schedules. */
  readonly minObjective?: number;
}

/** Exhaustive search; undefined when it would visit more than `maxNodes` nodes. */
export function bruteForce(model: ReferenceModel, maxNodes = 2_000_000): ReferenceOptimum | undefined {
  const M = model.a.length;
  const P = model.participants.length;
  const slotOf = new Array<number>(M).fill(-1);
  const busy = new Uint8Array(P * model.S);
  const count = new Array<number>(model.S).fill(0);
  let nodes = 0;
  let best = -1;
  let minBreaks = Infinity;
  let minObjective = Infinity;
  let aborted = false;
  const visit = (m: number, placed: number): void => {
    if (aborted) return;
    if (++nodes > maxNodes) {
      aborted = true;
      return;
    }
    if (placed + (M - m) < best) return;
    if (m === M) {
      const breaks = scheduleBreaks(model, slotOf);
      const objective = breaks + WISH_WEIGHT * unhonoured(model, slotOf);
      if (placed > best) {
        best = placed;
        minBreaks = breaks;
        minObjective = objective;
      } else {
        minBreaks = Math.min(minBreaks, breaks);
        minObjective = Math.min(minObjective, objective);
      }
      return;
    }
    const pa = model.a[m]! * model.S;
    const pb = model.b[m]! * model.S;
    for (const s of model.legal[m]!) {
      if (busy[pa + s] || busy[pb + s] || count[s]! >= model.cap[s]!) continue;
      busy[pa + s] = 1;
      busy[pb + s] = 1;
      count[s]!++;
      slotOf[m] = s;
      visit(m + 1, placed + 1);
      slotOf[m] = -1;
      count[s]!--;
      busy[pa + s] = 0;
      busy[pb + s] = 0;
    }
    if (model.lock[m] !== 'kept') visit(m + 1, placed);
  };
  visit(0, 0);
  if (aborted) return undefined;
  return { method: 'brute-force', maxPlaced: best, minBreaks, minObjective };
}

/** The subset of HiGHS's one-shot API used here. */
export interface MipSolver {
  solve(problem: string, options?: Record<string, unknown>): { Status: string; ObjectiveValue: number };
}

export async function loadMipSolver(): Promise<MipSolver> {
  const highs = await import('highs');
  return (await highs.default()) as unknown as MipSolver;
}

/** "a + b + c" over several lines (the LP format's lines are better kept short). */
function sum(terms: readonly string[]): string {
  const lines: string[] = [];
  for (let i = 0; i < terms.length; i += 8) lines.push(terms.slice(i, i + 8).join(' + '));
  return lines.join('\n + ');
}

/**
 * Maximum coverage, then (if `withBreaks`) the fewest breaks and the smallest objective among the schedules
 * placing that many. x_m_s = meeting m in slot s; y_p_s = p meets in s; r_p_s >= y_p_s - y_p_prev(s) counts
 * the runs of meetings of p in a group (prev: the previous slot with tables of the group), z_p_g <= 1 and
 * <= sum y over the group; breaks = sum r - sum z (the runs minus one per group where p meets).
 */
export function mipReference(model: ReferenceModel, mip: MipSolver, withBreaks: boolean, timeLimitSeconds = 30): ReferenceOptimum | undefined {
  const M = model.a.length;
  const x = (m: number, s: number): string => `x_${m}_${s}`;
  const columns: string[] = [];
  const meetingRows: string[] = [];
  const bySlot = new Map<number, string[]>();
  const byPersonSlot = new Map<string, string[]>();
  const fixedOnes: string[] = [];
  for (let m = 0; m < M; m++) {
    const vars = model.legal[m]!.map((s) => x(m, s));
    columns.push(...vars);
    if (vars.length === 0) continue;
    meetingRows.push(` meet${m}: ${sum(vars)} <= 1`);
    if (model.lock[m] === 'kept') fixedOnes.push(` lock${m}: ${vars[0]} = 1`);
    for (const s of model.legal[m]!) {
      if (!bySlot.has(s)) bySlot.set(s, []);
      bySlot.get(s)!.push(x(m, s));
      for (const p of [model.a[m]!, model.b[m]!]) {
        const key = `${p}_${s}`;
        if (!byPersonSlot.has(key)) byPersonSlot.set(key, []);
        byPersonSlot.get(key)!.push(x(m, s));
      }
    }
  }
  if (columns.length === 0) {
    const none = new Array<number>(M).fill(-1);
    return { method: 'mip', maxPlaced: 0, minBreaks: 0, minObjective: WISH_WEIGHT * unhonoured(model, none) };
  }
  const rows = [
    ...meetingRows,
    ...fixedOnes,
    ...[...bySlot].map(([s, vars]) => ` cap${s}: ${sum(vars)} <= ${model.cap[s]}`),
    ...[...byPersonSlot].map(([key, vars]) => ` ps${key}: ${sum(vars)} <= 1`),
  ];
  const lp = (objective: string, extraRows: readonly string[], extraColumns: readonly string[], continuous: readonly string[]): string =>
    [
      objective,
      'Subject To',
      ...rows,
      ...extraRows,
      'Bounds',
      ...[...columns, ...extraColumns].map((c) => ` 0 <= ${c} <= 1`),
      ...continuous.map((c) => ` ${c} >= 0`),
      'Binary',
      ...columns.map((c) => ` ${c}`),
      'End',
    ].join('\n');
  const first = mip.solve(lp(`Maximize\n obj: ${sum(columns)}`, [], [], []), { time_limit: timeLimitSeconds, output_flag: false });
  if (first.Status !== 'Optimal') return undefined;
  const maxPlaced = Math.round(first.ObjectiveValue);
  if (!withBreaks) return { method: 'mip', maxPlaced };

  // Second stage: coverage fixed at its maximum.
  const extraRows: string[] = [` cover: ${sum(columns)} = ${maxPlaced}`];
  const extraColumns: string[] = [];
  const continuous: string[] = [];
  const runTerms: string[] = [];
  const groupTerms: string[] = [];
  for (let p = 0; p < model.participants.length; p++) {
    let prevInGroup: string | undefined;
    let currentGroup: string | undefined;
    const groupVars = new Map<string, string[]>();
    for (let s = 0; s < model.S; s++) {
      if (model.cap[s] === 0) continue;
      if (model.group[s] !== currentGroup) {
        currentGroup = model.group[s];
        prevInGroup = undefined;
      }
      const vars = byPersonSlot.get(`${p}_${s}`) ?? [];
      const y = `y_${p}_${s}`;
      // A slot where p can never meet is a constant 0: y is pinned to the empty sum.
      extraRows.push(vars.length === 0 ? ` def${y}: ${y} = 0` : ` def${y}: ${y} - ${vars.join(' - ')} = 0`);
      extraColumns.push(y);
      const r = `r_${p}_${s}`;
      continuous.push(r);
      runTerms.push(r);
      extraRows.push(prevInGroup === undefined ? ` run${r}: ${r} - ${y} >= 0` : ` run${r}: ${r} - ${y} + ${prevInGroup} >= 0`);
      prevInGroup = y;
      if (!groupVars.has(currentGroup!)) groupVars.set(currentGroup!, []);
      groupVars.get(currentGroup!)!.push(y);
    }
    let g = 0;
    for (const vars of groupVars.values()) {
      const z = `z_${p}_${g++}`;
      extraColumns.push(z);
      groupTerms.push(z);
      extraRows.push(` grp${z}: ${z} - ${vars.join(' - ')} <= 0`);
    }
  }
  const breaksObjective = `${sum(runTerms)}${groupTerms.length > 0 ? `\n - ${groupTerms.join(' - ')}` : ''}`;
  const second = mip.solve(lp(`Minimize\n obj: ${breaksObjective}`, extraRows, extraColumns, continuous), {
    time_limit: timeLimitSeconds,
    output_flag: false,
  });
  const minBreaks = second.Status === 'Optimal' ? Math.round(second.ObjectiveValue) : undefined;
  // Objective: breaks + 1.5 x (wishes - honoured); the constant 1.5 x wishes is added afterwards.
  let totalWishes = 0;
  const honourTerms: string[] = [];
  for (let m = 0; m < M; m++) {
    totalWishes += model.wishSets[m]!.length;
    for (const s of model.legal[m]!) {
      const honoured = model.wishSets[m]!.filter((set) => set.has(s)).length;
      if (honoured > 0) honourTerms.push(`${WISH_WEIGHT * honoured} ${x(m, s)}`);
    }
  }
  let minObjective: number | undefined = minBreaks;
  if (totalWishes > 0) {
    const objective = `${breaksObjective}${honourTerms.length > 0 ? `\n - ${honourTerms.join(' - ')}` : ''}`;
    const third = mip.solve(lp(`Minimize\n obj: ${objective}`, extraRows, extraColumns, continuous), { time_limit: timeLimitSeconds, output_flag: false });
    minObjective = third.Status === 'Optimal' ? Math.round((third.ObjectiveValue + WISH_WEIGHT * totalWishes) * 2) / 2 : undefined;
  }
  return {
    method: 'mip',
    maxPlaced,
    ...(minBreaks === undefined ? {} : { minBreaks }),
    ...(minObjective === undefined ? {} : { minObjective }),
  };
}
