import type { Language } from '../events/event-definition';

/** Who an email goes to. Names are untrusted user input. */
export interface Recipient {
  email: string;
  name: string;
  language: Language;
}

/** What every registration email knows about the registration. Links are resolved by the mailer. */
export interface RegistrationEmailData {
  registrationId: string;
  firstName: string;
  lastName: string;
  organisation: string;
  /** Ids of the event's programme items the attendee chose (site visits…), in any order. */
  programmeItemIds: string[];
  /** Link to the attendee's manage page; carries a secret token. */
  manageUrl: string;
}

/**
 * Every email the product sends, by kind. The Confirmations table stores these (minus resolved
 * links); the mailer renders them in the recipient's language. New features add kinds here.
 */
export type EmailMessage =
  | { kind: 'registration-confirmed'; recipient: Recipient; eventId: string; data: RegistrationEmailData }
  | { kind: 'registration-waitlisted'; recipient: Recipient; eventId: string; data: RegistrationEmailData & { waitlistPosition: number } }
  | { kind: 'registration-promoted'; recipient: Recipient; eventId: string; data: RegistrationEmailData }
  | { kind: 'registration-cancelled'; recipient: Recipient; eventId: string; data: RegistrationEmailData };

export type EmailKind = EmailMessage['kind'];

export interface EmailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/** A rendered email, before MIME encoding. */
export interface RenderedEmail {
  subject: string;
  html: string;
  text: string;
  attachments: EmailAttachment[];
}
