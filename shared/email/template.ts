import type { EventDefinition } from '../events/event-definition';
import type { EmailKind, EmailMessage } from './email-message';
import type { Formatter } from './format';
import type { Translator } from './i18n/translator';
import type { EmailContent } from './layout';

/** The message type of one kind, e.g. `MessageOfKind<'registration-waitlisted'>`. */
export type MessageOfKind<K extends EmailKind> = Extract<EmailMessage, { kind: K }>;

/** What a template gets: the message, its event, and helpers bound to the reader's language. */
export interface TemplateContext<M extends EmailMessage = EmailMessage> {
  message: M;
  event: EventDefinition;
  i18n: Translator;
  format: Formatter;
  /** The time of rendering (DTSTAMP of calendar attachments). */
  now: Date;
}

/** One template per kind: a pure function from context to content. */
export type EmailTemplate<K extends EmailKind> = (context: TemplateContext<MessageOfKind<K>>) => EmailContent;

/** Why an email cannot be rendered: the message does not fit its event, or data is malformed. */
export class EmailRenderError extends Error {
  constructor(
    readonly code: 'event-mismatch' | 'unknown-programme-item' | 'unknown-meeting-slot' | 'invalid-identifier' | 'invalid-value',
    message: string,
  ) {
    super(message);
    this.name = 'EmailRenderError';
  }
}
