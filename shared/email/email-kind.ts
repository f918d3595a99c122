import type { StoredEmailMessage } from '../confirmations/confirmation-record';
import type { EmailKind } from './email-message';
import type { EmailTemplate } from './template';

/**
 * What one email kind brings to the outbox: its template (subject, parts and attachments such as
 * the .ics) and, when it needs one, data the mailer derives at sending time and never stores (the
 * ticket's QR code). The secret links come from the message's `link` spec (resolve-links.ts).
 */
export interface EmailKindDefinition<K extends EmailKind> {
  template: EmailTemplate<K>;
  derivedData?: (message: StoredEmailMessage) => Promise<Record<string, string>>;
}

/**
 * How a feature registers its kinds: one loader per kind, each a dynamic import, so the mailer
 * loads the code of the kind it is sending and nothing else (docs/emails.md, "Kind registry").
 */
export type EmailKindLoaders<Ks extends EmailKind> = { readonly [K in Ks]: () => Promise<EmailKindDefinition<K>> };
