import { useEffect, useState } from 'preact/hooks';
import { api, type Schemas } from '../api/client';
import { adminCall } from './admin-call';
import { sessionHeaders, type ConsoleSession } from './console-session';

type Placement = Schemas['SchedulePlacement'];

/** A meeting already confirmed, shown among a run's placements: the run keeps it where it is. */
export type SchedulePlacement = Placement & { alreadyBooked?: true };

/** The meetings of one page of `GET …/meetings?status=confirmed`, as placements the run keeps in place. */
function asPlacements(items: Schemas['AdminMeeting'][]): SchedulePlacement[] {
  return items.filter((meeting) => meeting.slotId !== undefined).map((meeting) => ({
    meetingRequestId: meeting.meetingRequestId,
    status: 'placed',
    alreadyBooked: true,
    slotId: meeting.slotId!,
    ...(meeting.table === undefined ? {} : { table: meeting.table }),
    participants: [
      { registrationId: meeting.fromRegistrationId, ...(meeting.from ?? {}) },
      { registrationId: meeting.toRegistrationId, ...(meeting.to ?? {}) },
    ],
  }));
}

/** Every confirmed meeting of the event, page after page; undefined when a page could not be read. */
async function bookedMeetings(session: ConsoleSession): Promise<SchedulePlacement[] | undefined> {
  const booked: SchedulePlacement[] = [];
  let cursor: string | undefined;
  do {
    const query = { status: 'confirmed' as const, limit: 100, ...(cursor ? { cursor } : {}) };
    const page = await adminCall(() => api.GET('/admin/events/{eventId}/meetings', { params: { path: { eventId: session.eventId }, query }, headers: sessionHeaders(session) }));
    if (!page.data) return undefined;
    booked.push(...asPlacements(page.data.items));
    cursor = page.data.nextCursor;
  } while (cursor);
  return booked;
}

/**
 * The meetings a run keeps where they are (confirmed before it), read once per run: a run's placements are its
 * accepted meetings only, so the grid showed their tables free and a participant's day without them, while the
 * run's figures (breaks) counted them. Read again once a run is published (its placements are confirmed then, and
 * shown once, as the run's). `unread` when they could not be read: the page says so, since the grid would show their
 * tables free again; `retry` reads them again.
 */
export function useBookedMeetings(session: ConsoleSession, runId: string | undefined, published: boolean) {
  const [booked, setBooked] = useState<SchedulePlacement[]>([]);
  const [unread, setUnread] = useState(false);
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (!runId) return;
    let current = true;
    bookedMeetings(session).then(
      (meetings) => {
        if (!current) return;
        setBooked(meetings ?? []);
        setUnread(meetings === undefined);
      },
      () => current && setUnread(true),
    );
    return () => {
      current = false;
    };
  }, [runId, published, attempt]);
  return { booked, unread, retry: () => setAttempt((count) => count + 1) };
}

/** The run's placements and the meetings it keeps in place, each meeting once (the run's own copy first). */
export function withBooked(placements: Placement[], booked: SchedulePlacement[]): SchedulePlacement[] {
  const inRun = new Set(placements.map((placement) => placement.meetingRequestId));
  return [...placements, ...booked.filter((meeting) => !inRun.has(meeting.meetingRequestId))];
}
