import { emailProblemStatuses, breakdownPrefixes } from './dashboard-deltas';
import { dashboardFigures, type DashboardFigures, type GroupCounts, type SeatFigures } from './dashboard-figures';
import type { SummarySources } from './summary-sources';

/**
 * The counters the event's tables say the dashboard should hold, under the same names the live
 * deltas (dashboard-deltas.ts) use: the recount writes them, and tests compare the live ones to them.
 */

function countBy(counts: Record<string, number>, name: string): void {
  counts[name] = (counts[name] ?? 0) + 1;
}

export function countsFromSources(sources: SummarySources): GroupCounts {
  const groups: GroupCounts = { registrations: {}, meetings: {}, press: {}, emails: {} };
  for (const registration of sources.registrations) {
    if (registration.status === 'cancelled') {
      countBy(groups.registrations, 'cancelled');
      continue;
    }
    for (const sector of registration.sectors) countBy(groups.registrations, `${breakdownPrefixes.sector}${sector}`);
    countBy(groups.registrations, `${breakdownPrefixes.country}${registration.country}`);
    countBy(groups.registrations, `${breakdownPrefixes.participantType}${registration.participantType}`);
  }
  for (const meeting of sources.meetings) countBy(groups.meetings, meeting.status);
  for (const press of sources.press) countBy(groups.press, press.status);
  for (const email of sources.confirmations) if (emailProblemStatuses.includes(email.status)) countBy(groups.emails, email.status);
  return groups;
}

export function seatsFromSources(sources: SummarySources): SeatFigures {
  const confirmed = sources.registrations.filter((registration) => registration.status === 'confirmed');
  return {
    confirmed: confirmed.length,
    waitlisted: sources.registrations.filter((registration) => registration.status === 'waitlisted').length,
    checkedIn: confirmed.filter((registration) => registration.checkedInAt !== undefined).length,
  };
}

/** The dashboard as the tables would make it: what the counters must equal. */
export const figuresFromSources = (eventId: string, sources: SummarySources, generatedAt: string): DashboardFigures =>
  dashboardFigures(eventId, countsFromSources(sources), seatsFromSources(sources), generatedAt);
