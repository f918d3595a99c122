import * as z from 'zod';
import { participantTypes } from '../registrations/registration-vocabulary';
import { multiLine } from './text-fields';
import { ulidParameter } from './path-parameters';

const Ulid = (what: string) => z.string().regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, `must be a ${what} id (ULID)`);
const SlotId = z.string().regex(/^[A-Za-z0-9-]{1,80}$/, 'must be a meeting slot id of the event');

/** Where a meeting request was made, for the organisers' count of requests that came from recommendations. */
export const MeetingSource = z.enum(['directory', 'recommendation']);

export const MeetingRequestBody = z
  .strictObject({
    toRegistrationId: Ulid('registration'),
    message: multiLine(1_000).default(''),
    proposedSlotIds: z
      .array(SlotId)
      .min(1, 'must propose at least one slot')
      .max(5, 'must propose at most 5 slots')
      .refine((ids) => new Set(ids).size === ids.length, 'must not repeat a slot'),
    source: MeetingSource.optional().meta({ description: 'Where the request was made: `recommendation` when from "Recommended for you" (counted in the organiser summary).' }),
  })
  .meta({ id: 'MeetingRequestBody' });
export type MeetingRequestBody = z.output<typeof MeetingRequestBody>;

export const MeetingPathParams = z.object({ meetingRequestId: ulidParameter('must be a meeting request id (ULID)') });

export const AcceptBody = z.strictObject({ slotId: SlotId.optional() }).meta({ id: 'AcceptMeeting' });
export const DeclineBody = z.strictObject({ reason: multiLine(500).optional() }).meta({ id: 'DeclineMeeting' });
export const RescheduleBody = z.strictObject({ slotId: SlotId }).meta({ id: 'RescheduleMeeting' });

export const MeetingStatus = z.enum(['pending', 'accepted', 'confirmed', 'declined', 'cancelled', 'expired']);

export const MeetingView = z
  .object({
    meetingRequestId: z.string(),
    eventId: z.string(),
    fromRegistrationId: z.string(),
    toRegistrationId: z.string(),
    status: MeetingStatus,
    proposedSlotIds: z.array(z.string()),
    source: MeetingSource.optional(),
    slotId: z.string().optional(),
    table: z.int().optional(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'MeetingRequest' });

export const DirectoryQuery = z.object({
  sector: z.string().max(80).optional(),
  country: z.string().regex(/^[A-Za-z]{2}$/, 'must be an ISO 3166-1 alpha-2 code').toUpperCase().optional(),
  participantType: z.enum(participantTypes).optional(),
  q: z.string().trim().min(2, 'must have at least 2 characters').max(100).optional(),
  limit: z.coerce.number().int().min(1).max(100).default(25),
  cursor: z.string().max(2_000).optional(),
});

export const DirectoryEntry = z.object({
  registrationId: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  organisation: z.string(),
  clusterId: z.string().optional(),
  cluster: z.string().optional(),
  country: z.string(),
  participantType: z.string(),
  sectors: z.array(z.string()),
  offer: z.string(),
  request: z.string(),
  offerTags: z.array(z.string()),
  requestTags: z.array(z.string()),
});
export type DirectoryEntry = z.infer<typeof DirectoryEntry>;

export const DirectoryPage = z
  .object({ participants: z.array(DirectoryEntry), nextCursor: z.string().optional() })
  .meta({ id: 'DirectoryPage' });

export const AgendaView = z
  .object({
    registrationId: z.string(),
    entries: z.array(
      z.object({
        kind: z.enum(['meeting', 'programme']),
        id: z.string(),
        start: z.string(),
        end: z.string(),
        title: z.string().optional(),
        slotId: z.string().optional(),
        table: z.int().optional(),
        meetingRequestId: z.string().optional(),
        counterpart: DirectoryEntry.pick({ registrationId: true, firstName: true, lastName: true, organisation: true, country: true }).optional(),
      }),
    ),
    feedUrl: z.string().meta({ description: 'Secret iCalendar feed of this agenda, for calendar apps; revoke with POST …/agenda/feed/revoke.' }),
  })
  .meta({ id: 'Agenda' });

export const FreeSlotsQuery = z.object({
  with: Ulid('registration').optional().meta({ description: 'Another participant of the directory: only slots free for both of you are listed.' }),
});

const SlotView = z.object({ id: z.string(), start: z.string(), end: z.string() });

export const FreeSlotsView = z
  .object({
    slots: z.array(SlotView).meta({ description: 'Meeting slots that take meetings and are free for you (and for `with`); nothing else is said of anyone’s agenda.' }),
  })
  .meta({ id: 'FreeSlots' });

export const MyMeetingRequestsView = z
  .object({
    meetingRequests: z.array(
      MeetingView.extend({
        role: z.enum(['requester', 'recipient']).meta({ description: 'requester: you asked (outgoing); recipient: you were asked (incoming).' }),
        message: z.string(),
        counterpart: DirectoryEntry.pick({ registrationId: true, firstName: true, lastName: true, organisation: true, country: true }).optional(),
      }).meta({ id: 'MyMeetingRequest' }),
    ),
  })
  .meta({ id: 'MyMeetingRequests' });
