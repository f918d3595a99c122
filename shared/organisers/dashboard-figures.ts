import { breakdownPrefixes } from './dashboard-deltas';
import type { DashboardGroup } from './dashboard-counters';
import type { CountBy } from './summary-figures';

/**
 * What the console's dashboard shows (`GET /admin/events/{id}/dashboard`), made from counter items
 * only (docs/organisers.md, "Dashboard"). Lists are ordered by count, then key, as in the summary.
 */
export interface DashboardFigures {
  eventId: string;
  generatedAt: string;
  registrations: {
    byStatus: { confirmed: number; waitlisted: number; cancelled: number };
    /** Confirmed attendees checked in at the door. */
    checkedIn: number;
    /** Active registrations (confirmed or waitlisted); one count per sector a registration names. */
    bySector: CountBy[];
    byCountry: CountBy[];
    byParticipantType: CountBy[];
  };
  meetings: {
    /** Every request ever made, whatever its status now. */
    requested: number;
    byStatus: { pending: number; accepted: number; confirmed: number; declined: number; cancelled: number; expired: number };
  };
  press: { pending: number; approved: number; rejected: number };
  /** Emails now bounced, complained about, or dead-lettered (`failed`, until re-driven or closed). */
  emails: { bounced: number; complained: number; failed: number };
}

export type GroupCounts = Record<DashboardGroup, Record<string, number>>;

/** What the seat counters (`EVENT#<e>`/`COUNTERS`) give the dashboard. */
export interface SeatFigures {
  confirmed: number;
  waitlisted: number;
  checkedIn: number;
}

const meetingStatuses = ['pending', 'accepted', 'confirmed', 'declined', 'cancelled', 'expired'] as const;

function pick<K extends string>(counts: Record<string, number>, keys: readonly K[]): Record<K, number> {
  return Object.fromEntries(keys.map((key) => [key, counts[key] ?? 0])) as Record<K, number>;
}

/** The non-zero counters named `<prefix><key>`, as a sorted list (a sector emptied by cancellations drops out). */
function listed(counts: Record<string, number>, prefix: string): CountBy[] {
  return Object.entries(counts)
    .filter(([name, count]) => name.startsWith(prefix) && count !== 0)
    .map(([name, count]) => ({ key: name.slice(prefix.length), count }))
    .sort((a, b) => b.count - a.count || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

export function dashboardFigures(eventId: string, groups: GroupCounts, seats: SeatFigures, generatedAt: string): DashboardFigures {
  const { registrations, meetings, press, emails } = groups;
  const byStatus = pick(meetings, meetingStatuses);
  return {
    eventId,
    generatedAt,
    registrations: {
      byStatus: { confirmed: seats.confirmed, waitlisted: seats.waitlisted, cancelled: registrations.cancelled ?? 0 },
      checkedIn: seats.checkedIn,
      bySector: listed(registrations, breakdownPrefixes.sector),
      byCountry: listed(registrations, breakdownPrefixes.country),
      byParticipantType: listed(registrations, breakdownPrefixes.participantType),
    },
    meetings: { requested: Object.values(byStatus).reduce((sum, count) => sum + count, 0), byStatus },
    press: pick(press, ['pending', 'approved', 'rejected']),
    emails: pick(emails, ['bounced', 'complained', 'failed']),
  };
}
