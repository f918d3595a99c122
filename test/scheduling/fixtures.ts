import type { MeetingRequest, SlotDefinition } from '../../shared/scheduling/model';

/** Consecutive slots, `n` per session (in order), all on `day`. */
export function slots(sessions: Record<string, number>, day = 'd1'): SlotDefinition[] {
  return Object.entries(sessions).flatMap(([session, n]) => Array.from({ length: n }, () => ({ session, day })));
}

/** A small random event: `m` distinct pairs among `p` participants (p0..), reproducible for a seed. */
export function randomEvent(p: number, m: number, seed: number): MeetingRequest[] {
  let x = seed;
  const next = (n: number): number => {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    return (x >>> 8) % n;
  };
  const pairs = new Set<string>();
  const meetings: MeetingRequest[] = [];
  while (meetings.length < m) {
    const a = next(p);
    const b = next(p);
    const key = `${Math.min(a, b)}-${Math.max(a, b)}`;
    if (a === b || pairs.has(key)) continue;
    pairs.add(key);
    meetings.push({ id: `m${meetings.length}`, a: `p${a}`, b: `p${b}` });
  }
  return meetings;
}
