import { webBaseUrl } from '../config/runtime-config';
import type { Language } from '../events/event-definition';
import { webPagePaths, webPageUrl } from '../web/page-links';
import type { EmailMessage } from '../email/email-message';
import { decisionTokenFor } from '../security/decision-token';
import { pressStatusTokenFor } from '../security/press-status-token';
import { directoryTokenFor } from '../security/directory-token';
import { agendaFeedUrl } from '../meetings/agenda-links';
import { answerTokenFor } from '../security/answer-token';
import { manageTokenFor } from '../security/manage-token';
import { emailKindDefinition } from '../email/kind-registry';
import type { LinkSpec, StoredEmailMessage } from './confirmation-record';
import { sentLinkExpiry } from './link-lifetimes';

/**
 * The secret links of an email: web pages in the reader's language, the token in the fragment (docs/web.md).
 * Expiring links are signed here, when sending, to live at least their minimum lifetime from `sentAt`
 * (link-lifetimes.ts); answer links of emails queued before links carried an expiry get just that.
 */
async function linkFields(link: LinkSpec, language: Language, eventId: string, sentAt: Date): Promise<Record<string, string>> {
  const base = webBaseUrl();
  switch (link.type) {
    case 'manage': {
      const token = await manageTokenFor(link.registrationId, link.tokenVersion);
      return { manageUrl: webPageUrl(base, webPagePaths.manage(language, link.registrationId, eventId), token) };
    }
    case 'meeting-answer': {
      const token = await answerTokenFor({ meetingRequestId: link.meetingRequestId, recipientId: link.registrationId, expiresAt: sentLinkExpiry(link, sentAt) });
      return { answerUrl: webPageUrl(base, webPagePaths.meetingAnswer(language, link.meetingRequestId), token) };
    }
    case 'directory': {
      const expiresAt = sentLinkExpiry(link, sentAt);
      const [directoryToken, manageToken] = await Promise.all([directoryTokenFor({ ...link, expiresAt }), manageTokenFor(link.registrationId, link.tokenVersion)]);
      return {
        directoryUrl: webPageUrl(base, webPagePaths.directory(language, link.eventId, link.registrationId), directoryToken),
        manageUrl: webPageUrl(base, webPagePaths.manage(language, link.registrationId, eventId), manageToken),
      };
    }
    case 'agenda-feed':
      return { agendaUrl: await agendaFeedUrl(link.registrationId, link.feedVersion) };
    case 'console':
      return { consoleUrl: `${base}${webPagePaths.consoleRegistrations(language, link.eventId)}` };
    case 'press-decision': {
      // The email states until when its link works: the expiry actually signed.
      const expiresAt = sentLinkExpiry(link, sentAt);
      const token = await decisionTokenFor({ ...link, expiresAt });
      return { decisionUrl: webPageUrl(base, webPagePaths.pressDecision(language, link.accreditationId), token), decisionLinkExpiresAt: expiresAt };
    }
    case 'press-status': {
      const token = await pressStatusTokenFor({ ...link, expiresAt: sentLinkExpiry(link, sentAt) });
      return { statusUrl: webPageUrl(base, webPagePaths.pressStatus(language, link.accreditationId), token) };
    }
  }
}

/**
 * Adds what is derived when sending, never stored, to a stored message: the links that carry
 * secrets, and the data its kind derives (the ticket's QR code of a confirmed seat).
 */
export async function resolveLinks(message: StoredEmailMessage, sentAt: Date): Promise<EmailMessage> {
  const { link, ...rest } = message;
  const { derivedData } = emailKindDefinition(message.kind);
  const [links, derived] = await Promise.all([link ? linkFields(link, rest.recipient.language, rest.eventId, sentAt) : {}, derivedData ? derivedData(message) : {}]);
  return { ...rest, data: { ...rest.data, ...links, ...derived } } as EmailMessage;
}
