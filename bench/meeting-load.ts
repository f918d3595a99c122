/**
 * Part 6: accepting B2B meeting requests in a slot, through the local API without the stream
 * pollers (the mailer stopped, as in part 2). Untimed set-up: 2 x (pairs + warm-up pairs)
 * registrations, then one meeting request per disjoint pair (the first of the pair asks the second
 * for one slot, round-robin over the event's bookable slots), so that no two accepts compete for a
 * participant. The warm-up pairs' requests are accepted first (handler load, both JITs); then the
 * others by `concurrency` clients in a closed loop: POST /meeting-requests/{id}/accept { slotId }
 * with the recipient's manage token, while part 3's recorder counts DynamoDB calls. The tables are
 * read back just before and after the timed accepts to price what they wrote (meeting-capacity.ts).
 */
import { physicalTableNames } from '../local/create-tables';
import type { EventDefinition } from '../shared/events/event-definition';
import { isBookable } from '../shared/meetings/bookable-slots';
import { bearer } from '../test/support/registrations';
import { postJson, runClosedLoop, summarizeLoad, type LatencySummary, type TimedOutcome } from './closed-loop';
import { benchTablePrefix, withApiOnly } from './local-services';
import { meetingCharges } from './meeting-capacity';
import { runLoad } from './registration-load';
import { capacityFigures, readStoredItems, recordDynamoDbActivity, type CapacityFigures } from './write-capacity';

interface Participant {
  registrationId: string;
  manageToken: string;
}

interface RequestedMeeting {
  meetingRequestId: string;
  recipient: Participant;
  slotId: string;
}

interface AcceptOutcome extends TimedOutcome {
  meetingRequestId: string;
}

/** Untimed accepts first, one per client. */
export const warmUpPairs = 20;

/** What the event needs so that neither seats nor tables run out: 2 seats per pair, tables for every pair of a slot. */
export function meetingEventLimits(pairs: number, slots: number): { capacity: number; tablesPerSlot: number } {
  const all = pairs + warmUpPairs;
  return { capacity: Math.max(2_000, 2 * all), tablesPerSlot: Math.max(200, Math.ceil(all / slots)) };
}

async function registerParticipants(apiUrl: string, eventId: string, count: number, concurrency: number): Promise<Participant[]> {
  const run = await runLoad(apiUrl, eventId, count, concurrency);
  const participants = run.outcomes.flatMap(({ status, registrationId, manageToken }) =>
    status === 'confirmed' && registrationId && manageToken ? [{ registrationId, manageToken }] : [],
  );
  if (participants.length !== count) throw new Error(`meetings benchmark: ${participants.length} of ${count} registrations confirmed`);
  return participants;
}

const bookableSlotIds = (event: EventDefinition): string[] => event.meetings.slots.filter((slot) => isBookable(event, slot)).map((slot) => slot.id);

/** Participant 2i asks participant 2i+1 for a meeting in slot i (round-robin). */
async function requestMeetings(apiUrl: string, event: EventDefinition, participants: Participant[], concurrency: number): Promise<RequestedMeeting[]> {
  const slots = bookableSlotIds(event);
  const pairs = Math.floor(participants.length / 2);
  const run = await runClosedLoop(pairs, concurrency, async (index) => {
    const [requester, recipient] = [participants[2 * index]!, participants[2 * index + 1]!];
    const slotId = slots[index % slots.length]!;
    const body = { toRegistrationId: recipient.registrationId, message: 'Shall we talk about IoT for port logistics?', proposedSlotIds: [slotId] };
    const { outcome, answer } = await postJson<{ meetingRequestId?: string }>(`${apiUrl}/events/${event.id}/meeting-requests`, body, bearer(requester.manageToken));
    return { ...outcome, ...(answer.meetingRequestId ? { meeting: { meetingRequestId: answer.meetingRequestId, recipient, slotId } } : {}) };
  });
  const meetings = run.outcomes.flatMap((outcome) => (outcome.httpStatus === 201 && outcome.meeting ? [outcome.meeting] : []));
  if (meetings.length !== pairs) throw new Error(`meetings benchmark: ${meetings.length} of ${pairs} meeting requests created`);
  return meetings;
}

async function acceptMeeting(apiUrl: string, meeting: RequestedMeeting): Promise<AcceptOutcome> {
  const { outcome } = await postJson(`${apiUrl}/meeting-requests/${meeting.meetingRequestId}/accept`, { slotId: meeting.slotId }, bearer(meeting.recipient.manageToken));
  return { ...outcome, meetingRequestId: meeting.meetingRequestId };
}

const acceptAll = (apiUrl: string, meetings: RequestedMeeting[], concurrency: number) =>
  runClosedLoop(meetings.length, concurrency, (index) => acceptMeeting(apiUrl, meetings[index]!));

export interface MeetingResults {
  pairs: number;
  warmUpPairs: number;
  slots: number;
  tablesPerSlot: number;
  latency: LatencySummary;
  /** Per confirmed meeting. */
  capacity: CapacityFigures;
}

export async function measureMeetings(options: { event: EventDefinition; dynamodbEndpoint: string; pairs: number; concurrency: number }): Promise<MeetingResults> {
  const { event, concurrency } = options;
  const tableNames = physicalTableNames(benchTablePrefix);
  return withApiOnly(async (apiUrl) => {
    const participants = await registerParticipants(apiUrl, event.id, 2 * (options.pairs + warmUpPairs), concurrency);
    const meetings = await requestMeetings(apiUrl, event, participants, concurrency);
    await acceptAll(apiUrl, meetings.slice(0, warmUpPairs), concurrency);
    const before = await readStoredItems(options.dynamodbEndpoint, tableNames);
    const { result: run, recording } = await recordDynamoDbActivity(() => acceptAll(apiUrl, meetings.slice(warmUpPairs), concurrency));
    const after = await readStoredItems(options.dynamodbEndpoint, tableNames);
    const confirmed = run.outcomes.filter((outcome) => outcome.httpStatus === 200 && outcome.status === 'confirmed').map((outcome) => outcome.meetingRequestId);
    return {
      pairs: options.pairs,
      warmUpPairs,
      slots: bookableSlotIds(event).length,
      tablesPerSlot: event.meetings.tablesPerSlot,
      latency: summarizeLoad(run, concurrency, 200),
      capacity: capacityFigures(recording, meetingCharges(before, after, confirmed)),
    };
  });
}
