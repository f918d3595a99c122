import type { ConfirmationStatus } from '../confirmations/confirmation-record';
import type { RegistrationRecord } from '../registrations/registration-record';
import type { TransactionItem } from '../storage/transactions';
import { counterDelta, statusMove, type CounterDeltas } from './dashboard-counters';

/**
 * What each domain change adds to the dashboard's counters, by name (docs/organisers.md,
 * "Dashboard"). Each returns the items to put in the change's own transaction.
 */

type Breakdown = Pick<RegistrationRecord, 'eventId' | 'sectors' | 'country' | 'participantType'>;

/** Counter names of the breakdowns; the dashboard reads them back by these prefixes. */
export const breakdownPrefixes = { sector: 'sector:', country: 'country:', participantType: 'type:' } as const;

/** An active (confirmed or waitlisted) registration counts once in its country and type, and once in each sector. */
function breakdown(record: Breakdown, sign: 1 | -1): CounterDeltas {
  return {
    ...Object.fromEntries(record.sectors.map((sector) => [`${breakdownPrefixes.sector}${sector}`, sign])),
    [`${breakdownPrefixes.country}${record.country}`]: sign,
    [`${breakdownPrefixes.participantType}${record.participantType}`]: sign,
  };
}

/** A new registration, confirmed or waiting (the seat counters count those two statuses). */
export const registrationJoined = (record: Breakdown): TransactionItem[] => counterDelta(record.eventId, 'registrations', breakdown(record, 1));

/** A confirmed or waiting registration is cancelled (withdrawn, erased, cancelled by organisers). */
export const registrationLeft = (record: Breakdown): TransactionItem[] => counterDelta(record.eventId, 'registrations', { ...breakdown(record, -1), cancelled: 1 });

/**
 * An active registration corrects its country or sectors (docs/registrations.md, "Correcting one's
 * details"): it leaves the old breakdowns and joins the new ones; nothing when they are the same.
 */
export function registrationRecast(before: Breakdown, after: Breakdown): TransactionItem[] {
  const deltas: CounterDeltas = { ...breakdown(before, -1) };
  for (const [name, delta] of Object.entries(breakdown(after, 1))) deltas[name] = (deltas[name] ?? 0) + delta;
  return counterDelta(after.eventId, 'registrations', deltas);
}

/** A meeting request is made (`from` undefined) or changes status. */
export const meetingMoved = (eventId: string, from: string | undefined, to: string): TransactionItem[] => counterDelta(eventId, 'meetings', statusMove(from, to));

/** A press request is made (`from` undefined) or decided. */
export const pressMoved = (eventId: string, from: string | undefined, to: string): TransactionItem[] => counterDelta(eventId, 'press', statusMove(from, to));

/** The email statuses the dashboard counts as problems: bounced, complained, dead-lettered. */
export const emailProblemStatuses: readonly ConfirmationStatus[] = ['bounced', 'complained', 'failed'];
const problem = (status: ConfirmationStatus) => (emailProblemStatuses.includes(status) ? status : undefined);

/** An email changes status: only moves into or out of a problem status count. */
export const emailMoved = (eventId: string, from: ConfirmationStatus, to: ConfirmationStatus): TransactionItem[] =>
  counterDelta(eventId, 'emails', statusMove(problem(from), problem(to)));
