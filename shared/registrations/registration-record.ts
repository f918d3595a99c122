import type { RegistrationRequest, RegistrationStatus, SchedulingPreferences } from '../api/registration-api';
import type { RegistrationView } from '../api/registration-view';
import type { EventDefinition, Language } from '../events/event-definition';
import { eventDirectoryPartition, eventRegistrationsPartition, eventWaitlistPartition, registrationKey, sortableNumber } from '../storage/keys';
import { foldText } from '../text/fold-text';

/** A registration as stored in the Registrations table. */
export interface RegistrationRecord {
  pk: string;
  sk: string;
  entityType: 'registration';
  registrationId: string;
  eventId: string;
  status: RegistrationStatus;
  tokenVersion: number;
  /** Version of the door ticket (QR and typed code); raised on cancellation to revoke it. Absent: 0. */
  ticketVersion?: number;
  /** The short code of the door ticket, issued when the seat is confirmed (absent on older records). */
  ticketCode?: string;
  /** When the attendee was first checked in at the door, and by which key (docs/check-in.md). */
  checkedInAt?: string;
  checkedInBy?: string;
  /** Version of the calendar feed URL; raised to revoke it. */
  feedVersion?: number;
  firstName: string;
  lastName: string;
  email: string;
  normalizedEmail: string;
  phone?: string;
  organisation: string;
  clusterId?: string;
  country: string;
  jobTitle?: string;
  participantType: RegistrationRequest['participantType'];
  sectors: string[];
  /** Confirmed: programme seats held. Waitlisted: the wishes, taken when promoted if seats remain. */
  programme: string[];
  language: Language;
  accessibilityNeeds?: string;
  /** Consent given (always true: required) and the version of the text agreed to, when the request said. */
  consent?: true;
  consentVersion?: string;
  directoryOptIn: boolean;
  /** When the participant opted in to the recommendation digest; absent: not opted in (the default). */
  digestOptInAt?: string;
  /** Tags absent on records written before the taxonomy existed: read as none. */
  profile: { offer: string; request: string; offerTags?: string[]; requestTags?: string[] };
  /** Meeting slots the participant cannot attend (issue 4). */
  unavailableSlotIds?: string[];
  /** Soft wishes for "Schedule all" (docs/scheduling.md, "Wishes"); absent or {} when none. */
  schedulingPreferences?: SchedulingPreferences;
  /** Lower-case organisation, offer and request, for the directory's free-text filter. */
  searchText: string;
  waitlistTicket?: number;
  /** Ids of the emails (confirmation records) about this registration, for erasure. */
  emailIds: string[];
  createdAt: string;
  updatedAt: string;
  cancelledAt?: string;
  /** When the attendee last asked for their email again ("A lost link"): at most one per interval. */
  manageLinkEmailedAt?: string;
  erasedAt?: string;
  /** When a cancelled registration's meetings were all cancelled (withdrawal-stream.ts finishes a sweep the request could not). */
  meetingsReleasedAt?: string;
  /** When the rest of an erasure (meetings, emails naming the person) was done: `finishErasure`. */
  erasureFinishedAt?: string;
  gsi1pk: string;
  gsi1sk: string;
  gsi2pk?: string;
  gsi2sk?: string;
  /** Deleted by TTL a year after the event (docs/data-model.md, "Personal data"). */
  expiresAt: number;
}

const retentionAfterEventSeconds = 365 * 24 * 3600;

export function retentionExpiry(event: EventDefinition): number {
  return Math.floor(Date.parse(`${event.endDate}T23:59:59Z`) / 1000) + retentionAfterEventSeconds;
}

/**
 * What the directory's free-text filter searches, folded (`foldText`: case and accents ignored, as the console's
 * search does): the person's names too, which the web app's search field promises ("name, organisation, offer,
 * request") and the directory shows on every card anyway; a search for "Haddad" found nobody.
 */
export function searchTextOf(record: Pick<RegistrationRecord, 'firstName' | 'lastName' | 'organisation' | 'profile'>): string {
  return foldText(`${record.firstName} ${record.lastName}\n${record.organisation}\n${record.profile.offer}\n${record.profile.request}`);
}

/** Index attributes of a confirmed participant listed in the directory, ordered by name. */
export function directoryIndex(record: Pick<RegistrationRecord, 'eventId' | 'registrationId' | 'lastName' | 'firstName'>) {
  return { gsi2pk: eventDirectoryPartition(record.eventId), gsi2sk: `${record.lastName.toLowerCase()}#${record.firstName.toLowerCase()}#${record.registrationId}` };
}

/** Whether a registration belongs in the participant directory. */
export const listedInDirectory = (record: Pick<RegistrationRecord, 'status' | 'directoryOptIn'>) => record.status === 'confirmed' && record.directoryOptIn;

/** Index attributes of a waiting registration: the event's FIFO waiting list. */
export function waitlistIndex(eventId: string, ticket: number) {
  return { gsi2pk: eventWaitlistPartition(eventId), gsi2sk: sortableNumber(ticket) };
}

export function newRegistrationRecord(args: {
  registrationId: string;
  event: EventDefinition;
  request: RegistrationRequest;
  normalizedEmail: string;
  status: 'confirmed' | 'waitlisted';
  waitlistTicket?: number;
  confirmationId: string;
  now: string;
  ticketCode?: string;
}): RegistrationRecord {
  const { registrationId, event, request: { digestOptIn, ...request }, now } = args;
  const base = { eventId: event.id, registrationId, firstName: request.firstName, lastName: request.lastName };
  return {
    ...registrationKey(registrationId),
    entityType: 'registration',
    registrationId,
    eventId: event.id,
    status: args.status,
    tokenVersion: 0,
    ...(args.ticketCode === undefined ? {} : { ticketCode: args.ticketCode }),
    ...request,
    ...(digestOptIn ? { digestOptInAt: now } : {}),
    normalizedEmail: args.normalizedEmail,
    emailIds: [args.confirmationId],
    createdAt: now,
    updatedAt: now,
    gsi1pk: eventRegistrationsPartition(event.id),
    gsi1sk: `${now}#${registrationId}`,
    searchText: searchTextOf(request),
    ...(args.status === 'waitlisted' && args.waitlistTicket !== undefined
      ? { waitlistTicket: args.waitlistTicket, ...waitlistIndex(event.id, args.waitlistTicket) }
      : {}),
    ...(listedInDirectory({ status: args.status, directoryOptIn: request.directoryOptIn }) ? directoryIndex(base) : {}),
    expiresAt: retentionExpiry(event),
  };
}

export function toRegistrationView(record: RegistrationRecord, waitlistPosition?: number): RegistrationView {
  return {
    registrationId: record.registrationId,
    eventId: record.eventId,
    status: record.status,
    ...(waitlistPosition === undefined ? {} : { waitlistPosition }),
    firstName: record.firstName,
    lastName: record.lastName,
    email: record.email,
    ...(record.phone === undefined ? {} : { phone: record.phone }),
    organisation: record.organisation,
    ...(record.clusterId === undefined ? {} : { clusterId: record.clusterId }),
    country: record.country,
    ...(record.jobTitle === undefined ? {} : { jobTitle: record.jobTitle }),
    participantType: record.participantType,
    sectors: record.sectors,
    programme: record.programme,
    language: record.language,
    ...(record.accessibilityNeeds === undefined ? {} : { accessibilityNeeds: record.accessibilityNeeds }),
    ...(record.consentVersion === undefined ? {} : { consentVersion: record.consentVersion }),
    directoryOptIn: record.directoryOptIn,
    digestOptIn: record.digestOptInAt !== undefined,
    ...(record.digestOptInAt === undefined ? {} : { digestOptInAt: record.digestOptInAt }),
    profile: { offerTags: [], requestTags: [], ...record.profile },
    unavailableSlotIds: record.unavailableSlotIds ?? [],
    ...(record.schedulingPreferences === undefined ? {} : { schedulingPreferences: record.schedulingPreferences }),
    createdAt: record.createdAt,
    updatedAt: record.updatedAt,
    ...(record.cancelledAt === undefined ? {} : { cancelledAt: record.cancelledAt }),
  };
}
