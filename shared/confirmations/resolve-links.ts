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
import { loadEmailKind } from '../email/kind-registry';
import type { LinkSpec, StoredEmailMessage } from './confirmation-record';

/** Answer links of emails queued before links carried their expiry: two weeks from sending (docs/meetings.md). */
const storedBeforeExpiryLifetimeMs = 14 * 24 * 3600 * 1000;

/** The secret links of an email: web pages in the reader's language, the token in the fragment (docs/web.md). */
async function linkFields(link: LinkSpec, language: Language): Promise<Record<string, string>> {
  const base = webBaseUrl();
  switch (link.type) {
    case 'manage': {
      const token = await manageTokenFor(link.registrationId, link.tokenVersion);
      return { manageUrl: webPageUrl(base, webPagePaths.manage(language, link.registrationId), token) };
    }
    case 'meeting-answer': {
      const expiresAt = link.expiresAt ?? new Date(Date.now() + storedBeforeExpiryLifetimeMs).toISOString();
      const token = await answerTokenFor({ meetingRequestId: link.meetingRequestId, recipientId: link.registrationId, expiresAt });
      return { answerUrl: webPageUrl(base, webPagePaths.meetingAnswer(language, link.meetingRequestId), token) };
    }
    case 'directory': {
      const [directoryToken, manageToken] = await Promise.all([directoryTokenFor(link), manageTokenFor(link.registrationId, link.tokenVersion)]);
      return {
        directoryUrl: webPageUrl(base, webPagePaths.directory(language, link.eventId, link.registrationId), directoryToken),
        manageUrl: webPageUrl(base, webPagePaths.manage(language, link.registrationId), manageToken),
      };
    }
    case 'agenda-feed':
      return { agendaUrl: await agendaFeedUrl(link.registrationId, link.feedVersion) };
    case 'console':
      return { consoleUrl: `${base}${webPagePaths.consoleRegistrations(language, link.eventId)}` };
    case 'press-decision': {
      const token = await decisionTokenFor(link);
      return { decisionUrl: webPageUrl(base, webPagePaths.pressDecision(language, link.accreditationId), token) };
    }
    case 'press-status': {
      const token = await pressStatusTokenFor(link);
      return { statusUrl: webPageUrl(base, webPagePaths.pressStatus(language, link.accreditationId), token) };
    }
  }
}

/**
 * Adds what is derived when sending, never stored, to a stored message: the links that carry
 * secrets, and the data its kind derives (the ticket's QR code of a confirmed seat).
 */
export async function resolveLinks(message: StoredEmailMessage): Promise<EmailMessage> {
  const { link, ...rest } = message;
  const { derivedData } = await loadEmailKind(message.kind);
  const [links, derived] = await Promise.all([link ? linkFields(link, rest.recipient.language) : {}, derivedData ? derivedData(message) : {}]);
  return { ...rest, data: { ...rest.data, ...links, ...derived } } as EmailMessage;
}
