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
 * How a feature registers its kinds: one definition per kind, imported statically. Every kind's
 * template is in the mailers' `index.mjs`: as one `import()` per kind they made the first email's
 * path five more files, which cost a cold start more than the other kinds' bytes (docs/emails.md,
 * "Kind registry"; docs/benchmarks.md, part 1).
 */
export type EmailKindDefinitions<Ks extends EmailKind> = { readonly [K in Ks]: EmailKindDefinition<K> };
