import type { EventDefinition } from '../events/event-definition';
import { emailFigures, meetingFigures, pressFigures } from './activity-figures';
import { cancellationFigures, programmeFigures, registrationFigures, undeliverableRegistrations } from './registration-figures';
import type { OrganiserSummaryFigures, SummaryTotals } from './summary-figures';
import type { SummarySources } from './summary-sources';

const listedUndeliverable = 50;

/** The previous sent summary, as its watermark keeps it. */
export interface PreviousSummary {
  generatedAt: string;
  totals: SummaryTotals;
}

function totalsOf(figures: Omit<OrganiserSummaryFigures, 'totals' | 'changes'>): SummaryTotals {
  const { byStatus } = figures.registrations;
  return {
    registrations: byStatus.confirmed + byStatus.waitlisted + byStatus.cancelled,
    confirmed: byStatus.confirmed,
    waitlisted: byStatus.waitlisted,
    cancelled: byStatus.cancelled,
    meetingRequests: Object.values(figures.meetings.byStatus).reduce((sum, count) => sum + count, 0),
    meetingsConfirmed: figures.meetings.byStatus.confirmed,
    pressPending: figures.press.pending,
    pressApproved: figures.press.approved,
    emailProblems: figures.emails.problemCount,
    checkedIn: figures.registrations.checkedIn,
  };
}

function difference(current: SummaryTotals, previous: SummaryTotals): SummaryTotals {
  const entries = Object.entries(current).map(([name, value]) => [name, value - (previous[name as keyof SummaryTotals] ?? 0)]);
  return Object.fromEntries(entries) as SummaryTotals;
}

/** The summary's figures from the event's data: pure, so the email and the JSON cannot differ. */
export function computeSummary(event: EventDefinition, sources: SummarySources, previous: PreviousSummary | undefined, now: Date): OrganiserSummaryFigures {
  const previousAt = previous?.generatedAt;
  const undeliverable = undeliverableRegistrations(sources.registrations);
  const figures = {
    eventId: event.id,
    registrations: registrationFigures(sources.registrations, previousAt),
    cancellations: cancellationFigures(sources.registrations, previousAt),
    programme: programmeFigures(event, sources.registrations),
    meetings: meetingFigures(sources.meetings, sources.registrations),
    press: pressFigures(sources.press, now),
    emails: {
      ...emailFigures(sources.confirmations),
      undeliverable: undeliverable.slice(0, listedUndeliverable),
      undeliverableCount: undeliverable.length,
    },
  };
  const totals = totalsOf(figures);
  return { totals, ...(previous ? { changes: difference(totals, previous.totals) } : {}), ...figures };
}
