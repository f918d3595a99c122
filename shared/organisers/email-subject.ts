import type { EmailKind } from '../email/email-message';
import { pressAccreditationKey } from '../press/press-record';
import { registrationKey } from '../storage/keys';

/**
 * The item an email is about, when it keeps the list of its emails (`emailIds`, for erasure):
 * registrations and press accreditations. Meeting and summary emails have none: erasure finds them,
 * and any other email naming a participant, through its mention items (confirmations/mentions.ts).
 */
export function emailSubjectKey(kind: EmailKind, subjectId: string): { pk: string; sk: string } | undefined {
  if (kind.startsWith('registration-')) return registrationKey(subjectId);
  if (kind.startsWith('press-')) return pressAccreditationKey(subjectId);
  return undefined;
}
