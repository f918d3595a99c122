import type { LinkSpec } from '../confirmations/confirmation-record';
import type { RegistrationRecord } from '../registrations/registration-record';

/** The participant's agenda feed link, as an email stores it (the mailer signs it when sending). */
export const agendaFeedLink = (record: Pick<RegistrationRecord, 'registrationId' | 'feedVersion'>): LinkSpec => ({
  type: 'agenda-feed',
  registrationId: record.registrationId,
  feedVersion: record.feedVersion ?? 0,
});
