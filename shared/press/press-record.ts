import type { PressAccreditationRequest, PressAccreditationStatus } from '../api/press-api';
import type { PressAccreditationEmailData } from '../email/email-message';
import type { EventDefinition } from '../events/event-definition';
import { retentionExpiry } from '../registrations/registration-record';
import { eventPressPartition, pressAccreditationKey, pressEmailGuardKey } from '../storage/keys';

export interface PressDecisionRecord {
  decision: 'approved' | 'rejected';
  decidedBy: string;
  decidedByEmail: string;
  decidedAt: string;
  reason?: string;
}

/** The address of the organisers when they decide from the console, standing in for a contact: they have none. */
export const organisersAddress = '';

/** A decision made from the organiser console. */
export const isOrganiserDecision = (decision: Pick<PressDecisionRecord, 'decidedByEmail'>) => decision.decidedByEmail === organisersAddress;

/** A journalist's accreditation request, as stored in the Registrations table. */
export interface PressAccreditationRecord extends PressAccreditationRequest {
  pk: string;
  sk: string;
  entityType: 'press-accreditation';
  accreditationId: string;
  eventId: string;
  status: PressAccreditationStatus;
  normalizedEmail: string;
  decision?: PressDecisionRecord;
  emailIds: string[];
  /** Contacts added to the event after the request that were sent it (lower case): each gets it once (review-added-contacts.ts). */
  reviewedBy?: string[];
  createdAt: string;
  updatedAt: string;
  gsi1pk: string;
  gsi1sk: string;
  expiresAt: number;
}

/** Key formats live in storage/keys.ts; re-exported for this feature's modules. */
export { eventPressPartition, pressAccreditationKey, pressEmailGuardKey };
export const pressStatusSortKey = (status: PressAccreditationStatus, createdAt: string, id: string) => `${status}#${createdAt}#${id}`;

export function newPressRecord(args: {
  accreditationId: string;
  event: EventDefinition;
  request: PressAccreditationRequest;
  normalizedEmail: string;
  emailIds: string[];
  now: string;
}): PressAccreditationRecord {
  const { accreditationId, event, now } = args;
  return {
    ...pressAccreditationKey(accreditationId),
    entityType: 'press-accreditation',
    accreditationId,
    eventId: event.id,
    status: 'pending',
    ...args.request,
    days: [...args.request.days].sort(),
    normalizedEmail: args.normalizedEmail,
    emailIds: args.emailIds,
    createdAt: now,
    updatedAt: now,
    gsi1pk: eventPressPartition(event.id),
    gsi1sk: pressStatusSortKey('pending', now, accreditationId),
    expiresAt: retentionExpiry(event),
  };
}

/** What every press email shows of the request. */
export function pressEmailData(record: PressAccreditationRecord): PressAccreditationEmailData {
  return {
    accreditationId: record.accreditationId,
    firstName: record.firstName,
    lastName: record.lastName,
    email: record.email,
    ...(record.phone ? { phone: record.phone } : {}),
    mediaOutlet: record.mediaOutlet,
    mediaType: record.mediaType,
    country: record.country,
    ...(record.pressCardNumber ? { pressCardNumber: record.pressCardNumber } : {}),
    ...(record.assignmentLetterUrl ? { assignmentLetterUrl: record.assignmentLetterUrl } : {}),
    ...(record.portfolioUrl ? { portfolioUrl: record.portfolioUrl } : {}),
    coveragePlan: record.coveragePlan,
    days: record.days,
    requestedAt: record.createdAt,
  };
}
