import type { Schemas } from '../api/client';
import type { I18n } from '../i18n/index';

type ListedRegistration = Pick<Schemas['AdminRegistration'], 'firstName' | 'lastName' | 'status' | 'erasedAt'>;

/**
 * Someone who erased their data has no name, address or organisation left: the console says so in words
 * (a link or a row header with no text would be announced as nothing), and their status as "Erased"
 * rather than the cancellation the erasure also was.
 */
export const registrationName = (i18n: I18n, registration: ListedRegistration): string =>
  registration.erasedAt ? i18n.t('console.registration.erasedName') : `${registration.firstName} ${registration.lastName}`;

export const registrationStatus = (i18n: I18n, registration: ListedRegistration): string =>
  i18n.t(registration.erasedAt ? 'console.registration.status.erased' : `console.registration.status.${registration.status}`);

/** The recipient erased their data: the address is blanked with the rest, nobody is left to send to. */
export const recipientErased = (email: Pick<Schemas['AdminEmail'], 'recipient'>): boolean => email.recipient === '';

/** An email's recipient, or that it was erased. */
export const recipientLabel = (i18n: I18n, email: Pick<Schemas['AdminEmail'], 'recipient'>): string =>
  recipientErased(email) ? i18n.t('console.registration.erasedName') : email.recipient;
