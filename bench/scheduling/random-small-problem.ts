/**
 * Small random scheduling problems for the differential test (differential-check.ts): 3-14 participants,
 * 2-12 slots over 1-2 days of 1-2 sessions. The base event is synthetic-event.ts's (skewed demand, so some
 * participants are hubs; a programme block per day; sessions away; session wishes; a few valid locks), made
 * small; on top of it, per seed: tables per slot (0-3, 0 = programme block) or one number, more random
 * unavailability, participants left with fewer free slots than meetings (overbooked), locks with and without
 * a table (some invalid or clashing on purpose: slot out of range, a programme block, a side away, a table
 * that does not exist, two locks on one person), session wishes (one naming no session), wished slots,
 * participant preferences of every kind (preferredDay, earliest, latest, keepFree), gapScope 'day',
 * 'session' or the default, days left unnamed, partners of a hub who can meet in one slot each (forced breaks). `tiny` problems are small enough for brute force.
 */
import type { MeetingRequest, ParticipantDefinition, ParticipantWish, SchedulingProblem, SlotDefinition } from '../../shared/scheduling/model';
import { Prng } from '../../shared/scheduling/prng';
import { syntheticEvent } from './synthetic-event';

export interface SmallProblemOptions {
  /** At most 5 participants, 5 slots and 7 meetings. */
  readonly tiny?: boolean;
  /**
   * Scarce: 1-2 tables per slot, twice the meetings per slot, 40% of the meetings locked, more unavailability
   * and always overbooked participants (what the harder variants of the benchmark stress), so that the
   * coverage bounds are not tight and the coverage phases have to work.
   */
  readonly hard?: boolean;
  /** Larger: 15-40 participants, up to 20 slots and 150 meetings (coverage compared by MIP only). */
  readonly medium?: boolean;
}

export function randomSmallProblem(seed: number, options: SmallProblemOptions = {}): SchedulingProblem {
  const rng = new Prng(seed * 7919 + 17);
  const chance = (p: number): boolean => rng.next() < p;
  const between = (lo: number, hi: number): number => lo + rng.int(hi - lo + 1);
  const tiny = options.tiny ?? false;
  const hard = options.hard ?? false;
  const medium = !tiny && (options.medium ?? false);
  const P = tiny ? between(3, 5) : medium ? between(15, 40) : between(3, 14);
  const days = tiny ? 1 : between(1, 2);
  const sessionsPerDay = between(1, 2);
  const maxSlots = tiny ? 5 : medium ? 20 : 12;
  const slotsPerSession = between(1, Math.max(1, Math.floor(maxSlots / (days * sessionsPerDay))));
  const S0 = days * sessionsPerDay * slotsPerSession;
  const perSession = S0 < 2 ? 2 : slotsPerSession;
  const pairs = (P * (P - 1)) / 2;
  const M = Math.max(1, Math.min(pairs, tiny ? between(2, 7) : between(2, Math.min(medium ? 150 : 40, Math.round((P * days * sessionsPerDay * perSession) / (hard ? 1.2 : 2.5))))));
  const base = syntheticEvent({ seed, participants: P, meetings: M, days, sessionsPerDay, slotsPerSession: perSession, tables: between(1, 3) });
  const S = base.slots.length;
  const sessions = [...new Set(base.slots.map((slot) => slot.session))];

  // Tables: the base's (one programme block per day), one number, or random per slot with 0s.
  const shape = rng.int(3);
  const tables: number | readonly number[] =
    hard
      ? Array.from({ length: S }, () => (chance(0.1) ? 0 : between(1, 2)))
      : shape === 0
        ? base.tables
        : shape === 1
          ? between(1, 3)
          : Array.from({ length: S }, () => (chance(0.15) ? 0 : between(1, 3)));

  // Unavailability: the base's, plus random slots.
  const unavailable = new Map<string, Set<number>>((base.participants ?? []).map((p) => [p.id, new Set(p.unavailable ?? [])]));
  for (const set of unavailable.values()) {
    if (!chance(hard ? 0.6 : 0.3)) continue;
    const n = between(1, 3);
    for (let k = 0; k < n; k++) set.add(rng.int(S));
  }
  // Overbooked: the busiest participant (sometimes two) keeps fewer free slots than meetings.
  const meetingCount = new Map<string, number>();
  for (const m of base.meetings) for (const p of [m.a, m.b]) meetingCount.set(p, (meetingCount.get(p) ?? 0) + 1);
  if (hard || chance(0.4)) {
    const busiest = [...meetingCount].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]));
    for (const [id, n] of busiest.slice(0, between(1, 2))) {
      if (n < 2) continue;
      const set = unavailable.get(id)!;
      const free = [...Array(S).keys()].filter((s) => !set.has(s));
      rng.shuffle(free);
      while (free.length > n - 1 - rng.int(2) && free.length > 0) set.add(free.pop()!);
    }
  }

  // Forced breaks: some partners of one participant can meet in a single slot each, two slots apart.
  if (chance(0.3)) {
    const [hub] = [...meetingCount].sort((x, y) => y[1] - x[1] || x[0].localeCompare(y[0]))[0] ?? [];
    const partners = base.meetings.filter((m) => m.a === hub || m.b === hub).map((m) => (m.a === hub ? m.b : m.a));
    const offset = rng.int(2);
    partners.slice(0, between(2, 3)).forEach((q, i) => {
      const only = (offset + 2 * i) % S;
      const set = unavailable.get(q)!;
      for (let s = 0; s < S; s++) if (s !== only) set.add(s);
      set.delete(only);
    });
  }

  // Meetings: locks, session wishes, wished slots.
  const meetings = base.meetings.map((m): MeetingRequest => {
    let meeting: MeetingRequest = { id: m.id, a: m.a, b: m.b, ...(m.sessionWish === undefined ? {} : { sessionWish: m.sessionWish }) };
    if (chance(0.1)) meeting = { ...meeting, sessionWish: chance(0.1) ? 'no-such-session' : sessions[rng.int(sessions.length)]! };
    if (m.fixed !== undefined || chance(hard ? 0.4 : 0.15)) {
      const slot = m.fixed?.slot ?? (chance(0.05) ? (chance(0.5) ? S : -1) : rng.int(S));
      const table = chance(0.4) ? between(1, 3) : undefined;
      meeting = { ...meeting, fixed: { slot, ...(table === undefined ? {} : { table }) } };
    } else if (chance(0.2)) {
      const n = between(1, 3);
      meeting = { ...meeting, wishedSlots: [...new Set(Array.from({ length: n }, () => rng.int(S)))].sort((x, y) => x - y) };
    }
    return meeting;
  });
  // Sometimes two locks on one person in one slot (a clash on purpose).
  if (chance(0.2)) {
    const locked = meetings.findIndex((m) => m.fixed !== undefined && m.fixed.slot >= 0 && m.fixed.slot < S);
    const other = meetings.findIndex((m, i) => i !== locked && m.fixed === undefined && locked >= 0 && (m.a === meetings[locked]!.a || m.b === meetings[locked]!.a));
    if (locked >= 0 && other >= 0) meetings[other] = { ...meetings[other]!, fixed: { slot: meetings[locked]!.fixed!.slot } };
  }

  // Participant preferences, of every kind "Schedule all" derives.
  const slotsWhere = (keep: (s: number) => boolean): number[] => [...Array(S).keys()].filter(keep);
  const dayOf = base.slots.map((slot) => slot.day ?? '');
  const randomWish = (): ParticipantWish => {
    const k = rng.int(4);
    if (k === 0) {
      const day = dayOf[rng.int(S)]!;
      return { kind: 'preferredDay', slots: slotsWhere((s) => dayOf[s] === day) };
    }
    const cut = rng.int(S);
    if (k === 1) return { kind: 'earliest', slots: slotsWhere((s) => s >= cut) };
    if (k === 2) return { kind: 'latest', slots: slotsWhere((s) => s <= cut) };
    const length = between(1, 3);
    return { kind: 'keepFree', slots: slotsWhere((s) => s < cut || s >= cut + length) };
  };
  const participants: ParticipantDefinition[] = [];
  for (const p of base.participants ?? []) {
    const away = [...unavailable.get(p.id)!].sort((x, y) => x - y);
    const wishes = chance(0.2) ? Array.from({ length: between(1, 2) }, randomWish) : [];
    if (away.length === 0 && wishes.length === 0 && chance(0.5)) continue; // only in meetings: available everywhere
    participants.push({ id: p.id, ...(away.length === 0 && chance(0.5) ? {} : { unavailable: away }), ...(wishes.length === 0 ? {} : { wishes }) });
  }

  const unnamedDays = days === 1 && chance(0.3);
  const slots: SlotDefinition[] = base.slots.map((slot) => (unnamedDays ? { session: slot.session } : slot));
  const scope = rng.int(3);
  return {
    slots,
    tables,
    participants,
    meetings,
    ...(scope === 0 ? {} : { gapScope: scope === 1 ? 'day' : 'session' }),
  };
}
