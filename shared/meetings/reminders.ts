import type { StoredEmailMessage } from '../confirmations/confirmation-record';
import type { EventDefinition } from '../events/event-definition';
import { localDate } from '../events/local-date';
import { findRegistration } from '../registrations/registration-store';
import { reminderMarkerKey } from '../storage/keys';
import { agendaEntriesOf } from './agenda';
import { agendaFeedLink } from './agenda-feed-link';
import { findSlot } from './bookable-slots';
import { emailOnce } from './email-once';
import { meetingsWithStatus } from './meeting-store';
import { profileOf, recipientOf } from './participants';

const day = 24 * 3_600_000;

/** A reminder at most once per participant, kind and day (the marker expires after 30 days). */
const reminderOnce = (marker: string, message: StoredEmailMessage, subjectId: string, now: Date) =>
  emailOnce({ ...reminderMarkerKey(marker), entityType: 'reminder', expiresAt: Math.floor(now.getTime() / 1000) + 30 * 86_400 }, message, subjectId, now);

/** Participants with requests waiting a day or more for their answer get one reminder a day. */
export async function remindPendingAnswers(event: EventDefinition, now: Date): Promise<number> {
  const waiting = (await meetingsWithStatus(event.id, 'pending')).filter((meeting) => now.getTime() - Date.parse(meeting.createdAt) >= day);
  const byRecipient = Map.groupBy(waiting, (meeting) => meeting.toRegistrationId);
  let sent = 0;
  for (const [recipientId, meetings] of byRecipient) {
    const recipient = await findRegistration(recipientId);
    if (!recipient || recipient.status !== 'confirmed') continue;
    const requesters = (await Promise.all(meetings.map((meeting) => findRegistration(meeting.fromRegistrationId)))).filter((record) => record !== undefined);
    const message: StoredEmailMessage = {
      kind: 'meeting-answer-reminder',
      recipient: recipientOf(recipient),
      eventId: event.id,
      data: { pendingCount: meetings.length, requesters: requesters.map((record) => profileOf(event, record)) },
      link: agendaFeedLink(recipient),
    };
    if (await reminderOnce(`answer#${recipientId}#${localDate(event, now)}`, message, recipientId, now)) sent += 1;
  }
  return sent;
}

/** The day before a meeting day, each participant with meetings that day gets their agenda. */
export async function remindAgendas(event: EventDefinition, now: Date): Promise<number> {
  const tomorrow = localDate(event, new Date(now.getTime() + day));
  const confirmed = (await meetingsWithStatus(event.id, 'confirmed')).filter((meeting) => {
    const slot = meeting.slotId ? findSlot(event, meeting.slotId) : undefined;
    return slot !== undefined && localDate(event, slot.start) === tomorrow;
  });
  const participantIds = new Set(confirmed.flatMap((meeting) => [meeting.fromRegistrationId, meeting.toRegistrationId]));
  let sent = 0;
  for (const registrationId of participantIds) {
    const record = await findRegistration(registrationId);
    if (!record || record.status !== 'confirmed') continue;
    const entries = await agendaEntriesOf(event, record);
    const message: StoredEmailMessage = { kind: 'agenda-reminder', recipient: recipientOf(record), eventId: event.id, data: { registrationId, entries }, link: agendaFeedLink(record) };
    if (await reminderOnce(`agenda#${registrationId}#${tomorrow}`, message, registrationId, now)) sent += 1;
  }
  return sent;
}
