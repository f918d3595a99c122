/**
 * Why a meeting is unplaced. Meetings that can never be placed already carry a reason from compile();
 * for the others this explains what blocks every slot the meeting could take in the final schedule.
 */
import type { CompiledProblem } from './compile';
import type { UnplacedMeeting } from './model';

/** Participants with more placeable meetings than slots those meetings could use (Hall's condition). */
export function overbooked(cp: CompiledProblem): Map<number, { meetings: number; slots: number }> {
  const result = new Map<number, { meetings: number; slots: number }>();
  const seen = new Uint8Array(cp.S);
  for (let p = 0; p < cp.P; p++) {
    seen.fill(0);
    let meetings = 0;
    let slots = 0;
    for (let i = cp.partStart[p]!; i < cp.partStart[p + 1]!; i++) {
      const m = cp.partMeetings[i]!;
      if (cp.preUnplaced.has(m)) continue;
      meetings++;
      for (let j = cp.domainStart[m]!; j < cp.domainStart[m + 1]!; j++) {
        const s = cp.domain[j]!;
        if (!seen[s]) {
          seen[s] = 1;
          slots++;
        }
      }
    }
    if (meetings > slots) result.set(p, { meetings, slots });
  }
  return result;
}

/** "1 slot", "3 slots": the API's English sentences. */
const countOf = (n: number, noun: string): string => `${n} ${noun}${n === 1 ? '' : 's'}`;
const isAre = (n: number): string => (n === 1 ? 'is' : 'are');

export function diagnoseUnplaced(cp: CompiledProblem, slots: Int32Array): UnplacedMeeting[] {
  const { M, S } = cp;
  const result: UnplacedMeeting[] = [];
  let over: Map<number, { meetings: number; slots: number }> | undefined;
  let busy: Int32Array | undefined;
  let count: Int32Array | undefined;
  for (let m = 0; m < M; m++) {
    if (slots[m]! >= 0) continue;
    const meetingId = cp.meetingIds[m]!;
    const pre = cp.preUnplaced.get(m);
    if (pre !== undefined) {
      result.push({ meetingId, reason: pre.reason, detail: pre.detail });
      continue;
    }
    if (over === undefined || busy === undefined || count === undefined) {
      over = overbooked(cp);
      busy = new Int32Array(cp.P * S).fill(-1);
      count = new Int32Array(S);
      for (let x = 0; x < M; x++) {
        const s = slots[x]!;
        if (s < 0) continue;
        busy[cp.ma[x]! * S + s] = x;
        busy[cp.mb[x]! * S + s] = x;
        count[s]!++;
      }
    }
    const a = cp.ma[m]!;
    const b = cp.mb[m]!;
    const o = over.get(a) ?? over.get(b);
    if (o !== undefined) {
      const who = over.has(a) ? cp.participantIds[a] : cp.participantIds[b];
      result.push({
        meetingId,
        reason: 'participant-overbooked',
        detail: `${who} has ${o.meetings} accepted meetings and only ${countOf(o.slots, 'free slot')} in which they could meet: ${o.meetings - o.slots} of them cannot take place.`,
        overbooked: { participantId: who!, meetings: o.meetings, slots: o.slots },
      });
      continue;
    }
    let aBusy = 0;
    let bBusy = 0;
    let full = 0;
    const n = cp.domainStart[m + 1]! - cp.domainStart[m]!;
    for (let j = cp.domainStart[m]!; j < cp.domainStart[m + 1]!; j++) {
      const s = cp.domain[j]!;
      if (busy[a * S + s]! >= 0) aBusy++;
      else if (busy[b * S + s]! >= 0) bBusy++;
      else if (count[s]! >= cp.cap[s]!) full++;
    }
    result.push({
      meetingId,
      reason: 'no-free-slot',
      detail:
        `Of the ${countOf(n, 'slot')} both sides could use, ${aBusy} ${isAre(aBusy)} taken by other meetings of ${cp.participantIds[a]}, ` +
        `${bBusy} by other meetings of ${cp.participantIds[b]} and ${full} ${full === 1 ? 'has' : 'have'} no free table.`,
      slotsTaken: {
        slots: n,
        byMeetingsOf: [
          { participantId: cp.participantIds[a]!, slots: aBusy },
          { participantId: cp.participantIds[b]!, slots: bBusy },
        ],
        noFreeTable: full,
      },
    });
  }
  return result;
}
