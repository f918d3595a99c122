import { runtimeConfig } from '../config/runtime-config';
import type { EmailMessage } from '../email/email-message';
import { decisionTokenFor } from '../security/decision-token';
import { agendaFeedUrl } from '../meetings/agenda-links';
import { answerTokenFor } from '../security/answer-token';
import { manageTokenFor } from '../security/manage-token';
import type { LinkSpec, StoredEmailMessage } from './confirmation-record';

/** Answer links of emails queued before links carried their expiry: two weeks from sending (docs/meetings.md). */
const storedBeforeExpiryLifetimeMs = 14 * 24 * 3600 * 1000;

async function linkFields(link: LinkSpec): Promise<Record<string, string>> {
  const base = runtimeConfig().PUBLIC_BASE_URL;
  switch (link.type) {
    case 'manage': {
      const token = await manageTokenFor(link.registrationId, link.tokenVersion);
      return { manageUrl: `${base}/registrations/${link.registrationId}/manage?token=${token}` };
    }
    case 'meeting-answer': {
      const expiresAt = link.expiresAt ?? new Date(Date.now() + storedBeforeExpiryLifetimeMs).toISOString();
      const token = await answerTokenFor({ meetingRequestId: link.meetingRequestId, recipientId: link.registrationId, expiresAt });
      return { answerUrl: `${base}/meeting-requests/${link.meetingRequestId}/answer?token=${token}` };
    }
    case 'agenda-feed':
      return { agendaUrl: await agendaFeedUrl(link.registrationId, link.feedVersion) };
    case 'press-decision': {
      const token = await decisionTokenFor(link);
      return { decisionUrl: `${base}/press-accreditations/${link.accreditationId}/decision?token=${token}` };
    }
  }
}

/** Adds the links that carry secrets (derived, never stored) to a stored message. */
export async function resolveLinks(message: StoredEmailMessage): Promise<EmailMessage> {
  const { link, ...rest } = message;
  const links = link ? await linkFields(link) : {};
  return { ...rest, data: { ...rest.data, ...links } } as EmailMessage;
}
