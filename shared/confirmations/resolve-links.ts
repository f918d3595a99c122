import { runtimeConfig } from '../config/runtime-config';
import type { EmailMessage } from '../email/email-message';
import { decisionTokenFor } from '../security/decision-token';
import { agendaFeedUrl } from '../meetings/agenda-links';
import { manageTokenFor } from '../security/manage-token';
import type { LinkSpec, StoredEmailMessage } from './confirmation-record';

async function linkFields(link: LinkSpec): Promise<Record<string, string>> {
  const base = runtimeConfig().PUBLIC_BASE_URL;
  switch (link.type) {
    case 'manage': {
      const token = await manageTokenFor(link.registrationId, link.tokenVersion);
      return { manageUrl: `${base}/registrations/${link.registrationId}/manage?token=${token}` };
    }
    case 'meeting-answer': {
      const token = await manageTokenFor(link.registrationId, link.tokenVersion);
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
