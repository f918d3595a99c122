import * as z from 'zod/mini';
import { participantTypes } from '../registrations/registration-vocabulary';
import { multiLine } from './text-fields';
import { ulidParameter } from './path-parameters';
import { withMeta } from '../openapi/schema-metadata';
import { PageCursor } from './page-cursor';
import { lazySchema } from '../openapi/lazy-schema';
import { integerQuery } from './integer-query';
import { CountryCode } from './country-code';

const Ulid = (what: string) => z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, `must be a ${what} id (ULID)`));
const SlotId = () => z.string().check(z.regex(/^[A-Za-z0-9-]{1,80}$/, 'must be a meeting slot id of the event'));

/** Where a meeting request was made, for the organisers' count of requests that came from recommendations. */
export const MeetingSource = lazySchema(() => z.enum(['directory', 'recommendation']));

export const MeetingRequestBody = lazySchema(() => withMeta(z.strictObject({
  toRegistrationId: Ulid('registration'),
  message: z._default(multiLine(1_000), ''),
  proposedSlotIds: z.array(SlotId()).check(
    z.minLength(1, 'must propose at least one slot'),
    z.maxLength(5, 'must propose at most 5 slots'),
    z.refine((ids) => new Set(ids).size === ids.length, 'must not repeat a slot'),
  ),
  source: withMeta(z.optional(MeetingSource()), { description: 'Where the request was made: `recommendation` when from "Recommended for you" (counted in the organiser summary).' }),
}), { id: 'MeetingRequestBody' }));
export type MeetingRequestBody = z.output<ReturnType<typeof MeetingRequestBody>>;

export const MeetingPathParams = lazySchema(() => z.object({ meetingRequestId: ulidParameter('must be a meeting request id (ULID)') }));

export const AcceptBody = lazySchema(() => withMeta(z.strictObject({ slotId: z.optional(SlotId()) }), { id: 'AcceptMeeting' }));
export const DeclineBody = lazySchema(() => withMeta(z.strictObject({ reason: z.optional(multiLine(500)) }), { id: 'DeclineMeeting' }));
export const RescheduleBody = lazySchema(() => withMeta(z.strictObject({ slotId: SlotId() }), { id: 'RescheduleMeeting' }));

export const MeetingStatus = lazySchema(() => z.enum(['pending', 'accepted', 'confirmed', 'declined', 'cancelled', 'expired']));

export const MeetingView = lazySchema(() => withMeta(z.object({
  meetingRequestId: z.string(),
  eventId: z.string(),
  fromRegistrationId: z.string(),
  toRegistrationId: z.string(),
  status: MeetingStatus(),
  proposedSlotIds: z.array(z.string()),
  source: z.optional(MeetingSource()),
  slotId: z.optional(z.string()),
  table: z.optional(z.int()),
  createdAt: z.string(),
  updatedAt: z.string(),
}), { id: 'MeetingRequest' }));

export const DirectoryQuery = lazySchema(() => z.object({
  sector: z.optional(z.string().check(z.maxLength(80))),
  country: z.optional(CountryCode()),
  participantType: z.optional(z.enum(participantTypes)),
  q: z.optional(z.string().check(z.trim(), z.minLength(2, 'must have at least 2 characters'), z.maxLength(100))),
  limit: integerQuery({ min: 1, max: 100, fallback: 25 }),
  cursor: z.optional(PageCursor()),
}));

export const DirectoryEntry = lazySchema(() => z.object({
  registrationId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  organisation: z.string(),
  clusterId: z.optional(z.string()),
  cluster: z.optional(z.string()),
  country: z.string(),
  participantType: z.string(),
  sectors: z.array(z.string()),
  offer: z.string(),
  request: z.string(),
  offerTags: z.array(z.string()),
  requestTags: z.array(z.string()),
}));
export type DirectoryEntry = z.infer<ReturnType<typeof DirectoryEntry>>;

export const DirectoryPage = lazySchema(() => withMeta(z.object({ participants: z.array(DirectoryEntry()), nextCursor: z.optional(z.string()) }), { id: 'DirectoryPage' }));

export const AgendaView = lazySchema(() => withMeta(z.object({
  registrationId: z.string(),
  entries: z.array(
    z.object({
      kind: z.enum(['meeting', 'programme']),
      id: z.string(),
      start: z.string(),
      end: z.string(),
      title: z.optional(z.string()),
      slotId: z.optional(z.string()),
      table: z.optional(z.int()),
      meetingRequestId: z.optional(z.string()),
      counterpart: z.optional(z.pick(DirectoryEntry(), { registrationId: true, firstName: true, lastName: true, organisation: true, country: true })),
    }),
  ),
  feedUrl: withMeta(z.string(), { description: 'Secret iCalendar feed of this agenda, for calendar apps; revoke with POST …/agenda/feed/revoke.' }),
}), { id: 'Agenda' }));

export const FreeSlotsQuery = lazySchema(() => z.object({
  with: withMeta(z.optional(Ulid('registration')), { description: 'Another participant of the directory: only slots free for both of you are listed.' }),
}));

const SlotView = () => z.object({ id: z.string(), start: z.string(), end: z.string() });

export const FreeSlotsView = lazySchema(() => withMeta(z.object({
  slots: withMeta(z.array(SlotView()), { description: 'Meeting slots that take meetings and are free for you (and for `with`); nothing else is said of anyone’s agenda.' }),
}), { id: 'FreeSlots' }));

export const MyMeetingRequestsView = lazySchema(() => withMeta(z.object({
  meetingRequests: z.array(
    withMeta(z.extend(MeetingView(), {
      role: withMeta(z.enum(['requester', 'recipient']), { description: 'requester: you asked (outgoing); recipient: you were asked (incoming).' }),
      message: z.string(),
      counterpart: z.optional(z.pick(DirectoryEntry(), { registrationId: true, firstName: true, lastName: true, organisation: true, country: true })),
    }), { id: 'MyMeetingRequest' }),
  ),
}), { id: 'MyMeetingRequests' }));
