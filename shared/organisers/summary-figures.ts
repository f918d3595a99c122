/**
 * The figures of an organiser summary, as the email shows them and `GET /admin/events/{id}/summary`
 * returns them (docs/organisers.md says how each is computed). Lists are ordered by count, then key.
 */

export interface CountBy {
  key: string;
  count: number;
}

/** Headline numbers, kept with each sent summary so the next one can show the changes. */
export interface SummaryTotals {
  registrations: number;
  confirmed: number;
  waitlisted: number;
  cancelled: number;
  meetingRequests: number;
  meetingsConfirmed: number;
  pressPending: number;
  pressApproved: number;
  /** Failed, bounced and complained emails. */
  emailProblems: number;
  /** Attendees checked in at the door (docs/check-in.md). */
  checkedIn: number;
}

export type RegionKey = 'eu' | 'mena' | 'other';

export interface OrganiserSummaryFigures {
  eventId: string;
  totals: SummaryTotals;
  /** Current totals less those of the previous sent summary; absent for the first summary. */
  changes?: SummaryTotals;
  registrations: {
    byStatus: { confirmed: number; waitlisted: number; cancelled: number };
    /** Registered (created) after the previous summary. */
    newSincePrevious: number;
    /** Confirmed attendees checked in at the door. */
    checkedIn: number;
    /** Active registrations (confirmed or waitlisted) from here on. */
    byRegion: Record<RegionKey, number>;
    byCountry: CountBy[];
    /** A registration counts once in each of its sectors. */
    bySector: CountBy[];
    /** `none` for registrations without a cluster. */
    byCluster: CountBy[];
    byParticipantType: CountBy[];
  };
  cancellations: { total: number; sincePrevious: number };
  /** Per programme item: confirmed attendees holding it; fill rate when the item has a capacity. */
  programme: { itemId: string; taken: number; capacity?: number; fillRate?: number }[];
  meetings: {
    byStatus: { pending: number; accepted: number; confirmed: number; declined: number; cancelled: number; expired: number };
    /** Participants most asked for (requests received, any status), at most 10. */
    mostRequested: { registrationId: string; name: string; organisation: string; requests: number }[];
    /** Requests made from "Recommended for you" (any status; issue 23). */
    fromRecommendations: number;
  };
  press: {
    pending: number;
    approved: number;
    rejected: number;
    /** Pending requests, oldest first (at most 50), with their age in whole hours. */
    pendingRequests: { accreditationId: string; name: string; mediaOutlet: string; requestedAt: string; ageHours: number }[];
  };
  emails: {
    byStatus: Record<'pending' | 'sent' | 'delivered' | 'bounced' | 'complained' | 'failed', number>;
    /** Failed, bounced or complained emails, newest first (at most 50 listed; `problemCount` counts all). */
    problems: { confirmationId: string; kind: string; recipient: string; status: string; at: string; detail?: string }[];
    problemCount: number;
    /** Registrations whose address hard-bounced (at most 50 listed; `undeliverableCount` counts all). */
    undeliverable: { registrationId: string; name: string; email: string; since: string }[];
    undeliverableCount: number;
  };
}
