import { runtimeConfig } from '../config/runtime-config';
import { createFormatter } from '../email/format';
import { languageLayouts } from '../email/i18n/language-settings';
import { participantTypeLabels } from '../email/i18n/participant-type-labels';
import type { EventDefinition, Language } from '../events/event-definition';
import { queryAll } from '../organisers/partition-query';
import { registrationFilter } from '../organisers/registration-filters';
import type { RegistrationRecord } from '../registrations/registration-record';
import { displayTicketCode } from '../security/ticket-code';
import { ticketTokenFor } from '../security/ticket-token';
import { eventRegistrationsPartition } from '../storage/keys';
import { renderBadges, type BadgeData } from './render-badges';

/** Badge order: by last name, then first name, as people queue at a badge desk. */
const byName = (a: RegistrationRecord, b: RegistrationRecord) => a.lastName.localeCompare(b.lastName) || a.firstName.localeCompare(b.firstName);

/** The badges of every confirmed attendee of the event (access pattern 16, status = confirmed), labels in `language`. */
export async function eventBadges(event: EventDefinition, language: Language): Promise<Buffer> {
  const confirmed = await queryAll<RegistrationRecord>({
    tableName: runtimeConfig().REGISTRATIONS_TABLE,
    partition: eventRegistrationsPartition(event.id),
    filter: registrationFilter({ status: 'confirmed' }),
  });
  // Country names through Intl, participant types from their own small table: no catalogue to load.
  const format = createFormatter(languageLayouts[language].locale, event.timeZone);
  const typeLabels: Readonly<Record<string, string>> = participantTypeLabels[language];
  const badges: BadgeData[] = await Promise.all(
    confirmed.sort(byName).map(async (record) => ({
      name: `${record.firstName} ${record.lastName}`,
      organisation: record.organisation,
      country: format.country(record.country),
      participantType: typeLabels[`meeting.participantType.${record.participantType}`] ?? record.participantType,
      ticketToken: await ticketTokenFor(event.id, { registrationId: record.registrationId, ticketVersion: record.ticketVersion ?? 0 }),
      ticketCode: record.ticketCode === undefined ? '' : displayTicketCode(record.ticketCode),
    })),
  );
  return renderBadges(event, language, badges);
}
