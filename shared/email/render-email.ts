import type { EventDefinition, Language } from '../events/event-definition';
import type { EmailKind, EmailMessage, RenderedEmail } from './email-message';
import { createFormatter } from './format';
import { languageLayouts } from './i18n/language-settings';
import { isLanguage, loadedLanguage, loadLanguage } from './i18n/load-language';
import { translatorFor } from './i18n/translator';
import { emailKindDefinition } from './kind-registry';
import { renderHtml, renderText, type EmailContent } from './layout';
import { EmailRenderError, type MessageOfKind, type TemplateContext } from './template';
import { toSingleLine } from './text';

export { EmailRenderError } from './template';

export interface RenderOptions {
  /** Rendering time, used as DTSTAMP in calendar attachments. Defaults to now. */
  now?: Date;
}

/**
 * Loads what rendering `message` needs beyond the mailer's own code: its reader's catalogue (once per
 * container; every kind's template is imported statically, kind-registry.ts).
 */
export async function loadRendering(message: Pick<EmailMessage, 'recipient'>): Promise<void> {
  if (isLanguage(message.recipient.language)) await loadLanguage(message.recipient.language);
}

/** Loads every language, for callers that render any email synchronously (tests, previews). */
export async function loadEveryRendering(): Promise<void> {
  await Promise.all((Object.keys(languageLayouts) as Language[]).map((language) => loadLanguage(language)));
}

function renderContent<K extends EmailKind>(message: MessageOfKind<K>, context: Omit<TemplateContext, 'message'>): EmailContent {
  return emailKindDefinition<K>(message.kind as K).template({ ...context, message });
}

/**
 * Renders a message for its recipient: subject, HTML and plain-text parts in the recipient's
 * language, and attachments (the .ics of confirmed registrations). Pure apart from `now`; the
 * message's language must be loaded first (`loadRendering`).
 */
export function renderEmail(message: EmailMessage, event: EventDefinition, options: RenderOptions = {}): RenderedEmail {
  if (message.eventId !== event.id) {
    throw new EmailRenderError('event-mismatch', `Message is for event ${message.eventId}, not ${event.id}`);
  }
  const language = message.recipient.language;
  if (!isLanguage(language)) {
    throw new EmailRenderError('invalid-value', `Unsupported language: ${String(language)}`);
  }
  const i18n = translatorFor(loadedLanguage(language));
  const format = createFormatter(i18n.settings.locale, event.timeZone);
  const content = renderContent(message, { event, i18n, format, now: options.now ?? new Date() });

  return {
    subject: toSingleLine(content.subject.plain, { keepIsolates: true }),
    html: renderHtml(content, i18n.settings),
    text: renderText(content, i18n.settings),
    attachments: [...content.attachments],
  };
}
