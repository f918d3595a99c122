import type { EventDefinition } from '../events/event-definition';
import type { EmailKind, EmailMessage, RenderedEmail } from './email-message';
import { createFormatter } from './format';
import { languages } from './i18n';
import { createTranslator } from './i18n/translator';
import { renderHtml, renderText, type EmailContent } from './layout';
import { EmailRenderError, type EmailTemplate, type MessageOfKind, type TemplateContext } from './template';
import { templates } from './templates';
import { toSingleLine } from './text';

export { EmailRenderError } from './template';

export interface RenderOptions {
  /** Rendering time, used as DTSTAMP in calendar attachments. Defaults to now. */
  now?: Date;
}

function renderContent<K extends EmailKind>(message: MessageOfKind<K>, context: Omit<TemplateContext, 'message'>): EmailContent {
  // The table is keyed by kind, so this is the template of exactly this message's kind.
  const template = templates[message.kind as K] as EmailTemplate<K>;
  return template({ ...context, message });
}

/**
 * Renders a message for its recipient: subject, HTML and plain-text parts in the recipient's
 * language, and attachments (the .ics of confirmed registrations). Pure apart from `now`.
 */
export function renderEmail(message: EmailMessage, event: EventDefinition, options: RenderOptions = {}): RenderedEmail {
  if (message.eventId !== event.id) {
    throw new EmailRenderError('event-mismatch', `Message is for event ${message.eventId}, not ${event.id}`);
  }
  const language = message.recipient.language;
  if (!Object.hasOwn(languages, language)) {
    throw new EmailRenderError('invalid-value', `Unsupported language: ${String(language)}`);
  }
  const i18n = createTranslator(language);
  const format = createFormatter(i18n.settings.locale, event.timeZone);
  const content = renderContent(message, { event, i18n, format, now: options.now ?? new Date() });

  return {
    subject: toSingleLine(content.subject.plain, { keepIsolates: true }),
    html: renderHtml(content, i18n.settings),
    text: renderText(content, i18n.settings),
    attachments: [...content.attachments],
  };
}
