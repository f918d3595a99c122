import { loadLanguage } from '../email/i18n/load-language';
import { translatorFor } from '../email/i18n/translator';
import { agendaCalendar } from '../email/meeting-calendar';
import type { EventDefinition } from '../events/event-definition';
import type { RegistrationRecord } from '../registrations/registration-record';
import { findSlot } from './bookable-slots';
import { agendaOf, heldProgramme } from './agenda';

/** The participant's agenda as an iCalendar document (the subscribable feed), loading the reader's catalogue only. */
export async function agendaFeed(event: EventDefinition, record: RegistrationRecord, now: Date): Promise<string> {
  const agenda = await agendaOf(event, record);
  const meetings = agenda
    .filter((entry) => entry.kind === 'meeting')
    .map((entry) => ({
      meetingRequestId: entry.meetingRequestId!,
      slot: findSlot(event, entry.slotId!)!,
      table: entry.table!,
      counterpart: entry.counterpart ?? '',
      sequence: entry.sequence ?? 0,
    }));
  const items = heldProgramme(event, record);
  return agendaCalendar({ event, registrationId: record.registrationId, meetings, items, i18n: translatorFor(await loadLanguage(record.language)), stamp: now }).content;
}
