/**
 * Seeded generator of large synthetic events, for the scale test.
 *
 * Defaults: 1,000 participants, 10,000 meetings, 40 slots as 2 days x 2 sessions x 10 slots, 300 tables
 * per slot (one lunch slot per day is a programme block without tables). Meeting demand is skewed: each
 * participant gets a popularity weight (Pareto-like), so there are hubs with more requests than slots. A
 * fifth of the participants are away for one random session, a tenth have a few random unavailable slots;
 * 15% of the meetings wish a session and 2% are locked to a slot (locks never clash with each other).
 */
import type { MeetingRequest, ParticipantDefinition, SchedulingProblem, SlotDefinition } from '../../shared/scheduling/model';
import { Prng } from '../../shared/scheduling/prng';

export interface SyntheticOptions {
  readonly seed?: number;
  readonly participants?: number;
  readonly meetings?: number;
  readonly days?: number;
  readonly sessionsPerDay?: number;
  readonly slotsPerSession?: number;
  readonly tables?: number;
}

export function syntheticEvent(options: SyntheticOptions = {}): SchedulingProblem {
  const rng = new Prng(options.seed ?? 1);
  const P = options.participants ?? 1000;
  const M = options.meetings ?? 10000;
  const days = options.days ?? 2;
  const sessionsPerDay = options.sessionsPerDay ?? 2;
  const perSession = options.slotsPerSession ?? 10;
  const tables = options.tables ?? 300;

  const slots: SlotDefinition[] = [];
  const sessionNames: string[] = [];
  const sessionSlots: number[][] = [];
  for (let d = 0; d < days; d++) {
    for (let k = 0; k < sessionsPerDay; k++) {
      const session = `d${d + 1}-s${k + 1}`;
      sessionNames.push(session);
      const list: number[] = [];
      for (let i = 0; i < perSession; i++) {
        list.push(slots.length);
        slots.push({ id: `${session}-${i + 1}`, session, day: `d${d + 1}` });
      }
      sessionSlots.push(list);
    }
  }
  const S = slots.length;
  // The first slot of each day's last session is a programme block (keynote): no tables.
  const tablesPerSlot = new Array<number>(S).fill(tables);
  for (let d = 0; d < days; d++) {
    const list = sessionSlots[d * sessionsPerDay + sessionsPerDay - 1]!;
    tablesPerSlot[list[0]!] = 0;
  }

  const ids = Array.from({ length: P }, (_, p) => `p${String(p + 1).padStart(4, '0')}`);
  const participants: ParticipantDefinition[] = [];
  const away = new Uint8Array(P * S);
  for (let p = 0; p < P; p++) {
    const unavailable = new Set<number>();
    const r = rng.next();
    if (r < 0.2) {
      for (const s of sessionSlots[rng.int(sessionSlots.length)]!) unavailable.add(s);
    } else if (r < 0.3) {
      const n = 1 + rng.int(4);
      for (let i = 0; i < n; i++) unavailable.add(rng.int(S));
    }
    for (const s of unavailable) away[p * S + s] = 1;
    participants.push({ id: ids[p]!, unavailable: [...unavailable].sort((x, y) => x - y) });
  }

  // Popularity weights (Pareto, alpha ~ 1.6) and cumulative sums for sampling.
  const weight = Array.from({ length: P }, () => Math.pow(1 - rng.next(), -1 / 1.6));
  const cumulative: number[] = [];
  let total = 0;
  for (const w of weight) cumulative.push((total += w));
  const sample = (): number => {
    const x = rng.next() * total;
    let lo = 0;
    let hi = P - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cumulative[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };

  const pairs = new Set<number>();
  const meetings: MeetingRequest[] = [];
  const fixedBusy = new Set<number>();
  const fixedCount = new Int32Array(S);
  while (meetings.length < M) {
    const a = sample();
    const b = rng.int(P); // requests go from popular participants to anybody
    if (a === b) continue;
    const key = Math.min(a, b) * P + Math.max(a, b);
    if (pairs.has(key)) continue;
    pairs.add(key);
    const k = meetings.length + 1;
    let sessionWish: string | undefined;
    if (rng.next() < 0.15) sessionWish = sessionNames[rng.int(sessionNames.length)];
    let fixed: { slot: number } | undefined;
    if (rng.next() < 0.02) {
      const candidates = (sessionWish === undefined ? slots.map((_, s) => s) : sessionSlots[sessionNames.indexOf(sessionWish)]!).filter(
        (s) =>
          tablesPerSlot[s]! > fixedCount[s]! &&
          !away[a * S + s] &&
          !away[b * S + s] &&
          !fixedBusy.has(a * S + s) &&
          !fixedBusy.has(b * S + s),
      );
      if (candidates.length > 0) {
        const s = candidates[rng.int(candidates.length)]!;
        fixed = { slot: s };
        fixedBusy.add(a * S + s);
        fixedBusy.add(b * S + s);
        fixedCount[s]!++;
      }
    }
    meetings.push({
      id: `m${k}`,
      a: ids[a]!,
      b: ids[b]!,
      ...(sessionWish === undefined ? {} : { sessionWish }),
      ...(fixed === undefined ? {} : { fixed }),
    });
  }
  return { slots, tables: tablesPerSlot, participants, meetings };
}
