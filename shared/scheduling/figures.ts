/**
 * Quality figures of a schedule, computed from the problem and the assignments alone.
 *
 * Definitions (per participant, then summed):
 * - a break is a maximal run of one or more slots without a meeting that lies between two of the
 *   participant's meetings of the same gap group (the same day by default, see GapScope; programme blocks
 *   without tables are skipped);
 * - idle slots are the slots inside those breaks (b2match's stand-by time);
 * - fairness (Bofill et al.): the breaks of any two participants with a placed meeting differ by at most 2;
 * - wishes expressed and honoured: wish-figures.ts.
 */
import type { Assignment, ParticipantFigures, SchedulingProblem, ScheduleFigures } from './model';
import { wishFigures } from './wish-figures';

export interface FiguresReport {
  readonly figures: ScheduleFigures;
  readonly perParticipant: readonly ParticipantFigures[];
}

export interface GapLayout {
  /** Gap group (day or session) of each slot. */
  readonly group: readonly number[];
  /** Position of each slot among the slots with tables of its group (-1 for a programme block). */
  readonly rank: readonly number[];
}

/** Gap groups and slot ranks: see GapScope. */
export function gapLayout(problem: SchedulingProblem): GapLayout {
  const scope = problem.gapScope ?? 'day';
  const key = (x: { session: string; day?: string }): string => (scope === 'session' ? `${x.day ?? ''}\u0000${x.session}` : x.day ?? '');
  const tablesAt = (s: number): number => (typeof problem.tables === 'number' ? problem.tables : problem.tables[s] ?? 0);
  const group: number[] = [];
  const rank: number[] = [];
  let g = -1;
  let r = 0;
  problem.slots.forEach((slot, s) => {
    const prev = s > 0 ? problem.slots[s - 1] : undefined;
    if (prev === undefined || key(prev) !== key(slot)) {
      g++;
      r = 0;
    }
    group.push(g);
    rank.push(tablesAt(s) > 0 ? r++ : -1);
  });
  return { group, rank };
}

/** Breaks and idle slots of one participant given the sorted distinct slots of their meetings. */
export function breaksOf(sortedSlots: readonly number[], layout: GapLayout): { breaks: number; idleSlots: number } {
  let breaks = 0;
  let idleSlots = 0;
  for (let i = 1; i < sortedSlots.length; i++) {
    const prev = sortedSlots[i - 1]!;
    const cur = sortedSlots[i]!;
    if (layout.group[prev] !== layout.group[cur]) continue;
    const idle = layout.rank[cur]! - layout.rank[prev]! - 1;
    if (idle > 0) {
      breaks++;
      idleSlots += idle;
    }
  }
  return { breaks, idleSlots };
}

export function computeFigures(problem: SchedulingProblem, assignments: readonly Assignment[]): FiguresReport {
  const layout = gapLayout(problem);
  const meetingById = new Map(problem.meetings.map((m) => [m.id, m]));
  const slotsOf = new Map<string, number[]>();
  for (const p of problem.participants ?? []) slotsOf.set(p.id, []);
  for (const m of problem.meetings) {
    if (!slotsOf.has(m.a)) slotsOf.set(m.a, []);
    if (!slotsOf.has(m.b)) slotsOf.set(m.b, []);
  }
  const placedIds = new Set<string>();
  for (const a of assignments) {
    const meeting = meetingById.get(a.meetingId);
    if (meeting === undefined) continue;
    placedIds.add(a.meetingId);
    slotsOf.get(meeting.a)!.push(a.slot);
    slotsOf.get(meeting.b)!.push(a.slot);
  }
  const wishes = wishFigures(problem, assignments);
  const perParticipant: ParticipantFigures[] = [];
  let breaks = 0;
  let idleSlots = 0;
  let maxBreaks = 0;
  let maxIdle = 0;
  let minBreaksActive = Infinity;
  let maxBreaksActive = 0;
  let withBreaks = 0;
  for (const [participantId, slots] of slotsOf) {
    const sorted = [...new Set(slots)].sort((x, y) => x - y);
    const f = breaksOf(sorted, layout);
    const wished = wishes.byParticipant.get(participantId);
    perParticipant.push({
      participantId,
      meetings: slots.length,
      breaks: f.breaks,
      idleSlots: f.idleSlots,
      wishesExpressed: wished?.expressed ?? 0,
      wishesHonoured: wished?.honoured ?? 0,
    });
    breaks += f.breaks;
    idleSlots += f.idleSlots;
    maxBreaks = Math.max(maxBreaks, f.breaks);
    maxIdle = Math.max(maxIdle, f.idleSlots);
    if (f.breaks > 0) withBreaks++;
    if (slots.length > 0) {
      minBreaksActive = Math.min(minBreaksActive, f.breaks);
      maxBreaksActive = Math.max(maxBreaksActive, f.breaks);
    }
  }
  const spread = minBreaksActive === Infinity ? 0 : maxBreaksActive - minBreaksActive;
  return {
    figures: {
      requested: problem.meetings.length,
      placed: placedIds.size,
      unplaced: problem.meetings.length - placedIds.size,
      breaks,
      idleSlots,
      maxBreaksPerParticipant: maxBreaks,
      maxIdleSlotsPerParticipant: maxIdle,
      participantsWithBreaks: withBreaks,
      breaksSpread: spread,
      fair: spread <= 2,
      wishesExpressed: wishes.total.expressed,
      wishesHonoured: wishes.total.honoured,
    },
    perParticipant,
  };
}
