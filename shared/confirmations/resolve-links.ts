import { runtimeConfig } from '../config/runtime-config';
import type { EmailMessage } from '../email/email-message';
import { manageTokenFor } from '../security/manage-token';
import type { StoredEmailMessage } from './confirmation-record';

/** Adds the links that carry secrets (derived, never stored) to a stored message. */
export async function resolveLinks(message: StoredEmailMessage): Promise<EmailMessage> {
  const { tokenVersion, ...data } = message.data;
  const token = await manageTokenFor(data.registrationId, tokenVersion);
  const manageUrl = `${runtimeConfig().PUBLIC_BASE_URL}/registrations/${data.registrationId}/manage?token=${token}`;
  return { ...message, data: { ...data, manageUrl } } as EmailMessage;
}
