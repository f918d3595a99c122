import { randomUUID } from 'node:crypto';
import { isValidMailbox } from './address';
import type { EmailAttachment, Recipient } from './email-message';
import { mailboxHeader, unstructuredHeader } from './header-value';
import { base64Body, encodeText, foldedHeader, headerParameter } from './mime-encoding';
import { writePart, type MimePart } from './mime-part';
import { hasLineBreakOrControl, toSingleLine } from './text';

/**
 * Builds the raw MIME message (for SES `SendEmail` with `Content.Raw`), after making sure no
 * untrusted value can shape the header section:
 *
 * - every address must be exactly one plain mailbox (`local@domain`), else {@link MimeInputError};
 * - display names and the subject are cleaned to a single line (CR, LF, other controls and bidi
 *   overrides removed), then written by header-value.ts: plain, or RFC 2047 encoded-words, never
 *   as typed when they could be read as an encoded-word;
 * - custom headers are limited to `X-…` and a few list/auto-reply headers, with printable-ASCII
 *   values, and are rejected (not cleaned) when they break the rule: they come from our code;
 * - attachment filenames are cleaned and content types must be a plain `type/subtype; k=v` list.
 *
 * The message is written here (mime-part.ts, mime-encoding.ts) rather than by nodemailer's
 * MailComposer, which was 135 KB of the mailer's cold start for one fixed shape of message
 * (docs/emails.md, "MIME"). SES `Content.Simple` with `Attachments` cannot replace it: SES builds
 * that message itself and puts attachments beside the body, where a meeting invitation must be
 * a `text/calendar; method=REQUEST` alternative of the body.
 */

export interface MailAddress {
  /** Display name; untrusted is fine (cleaned). */
  name?: string;
  address: string;
}

export type MailRecipient = Recipient | MailAddress;

export interface ComposeMimeInput {
  from: MailAddress;
  to: MailRecipient | readonly MailRecipient[];
  replyTo?: MailAddress;
  subject: string;
  html: string;
  text: string;
  attachments?: readonly EmailAttachment[];
  /**
   * Extra headers, e.g. `{ 'X-Rendezvous-Confirmation-Id': '01J…' }`. Names: `X-` followed by
   * letters, digits and hyphens, or one of {@link ALLOWED_STANDARD_HEADERS}. Values: printable
   * ASCII and spaces, at most 900 characters. Anything else throws.
   */
  headers?: Readonly<Record<string, string>>;
  /** Date header; defaults to now. */
  date?: Date;
}

export type MimeInputErrorCode =
  | 'invalid-address'
  | 'no-recipient'
  | 'invalid-subject'
  | 'invalid-header-name'
  | 'reserved-header'
  | 'invalid-header-value'
  | 'invalid-attachment';

/** A value that must not be put into a message as it is. `field` says which (e.g. "to[1]"). */
export class MimeInputError extends Error {
  constructor(
    readonly code: MimeInputErrorCode,
    readonly field: string,
    message: string,
  ) {
    super(`${field}: ${message}`);
    this.name = 'MimeInputError';
  }
}

/** Non-X headers callers may set; everything that routes, identifies or structures the message is ours. */
export const ALLOWED_STANDARD_HEADERS: readonly string[] = [
  'Auto-Submitted',
  'Feedback-ID',
  'List-Id',
  'List-Unsubscribe',
  'List-Unsubscribe-Post',
  'Precedence',
];

const MAX_NAME_LENGTH = 128;
const MAX_SUBJECT_LENGTH = 400;
const MAX_RECIPIENTS = 50;
const HEADER_NAME = /^X-[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*$/;
const HEADER_VALUE = /^[\x21-\x7e](?:[\x20-\x7e]{0,898}[\x21-\x7e])?$/;
const CONTENT_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*(?:; ?[a-z0-9_-]+=(?:[A-Za-z0-9._+-]+|"[A-Za-z0-9._+ -]*"))*$/i;

/** A header-safe display name, or undefined when nothing printable is left. */
export function cleanDisplayName(name: string | undefined): string | undefined {
  if (name === undefined) return undefined;
  const cleaned = toSingleLine(name, { maxLength: MAX_NAME_LENGTH });
  return cleaned === '' ? undefined : cleaned;
}

/** A header-safe subject: one line; the bidi isolates the renderer adds around values are kept. */
export function cleanSubject(subject: string): string {
  return toSingleLine(subject, { keepIsolates: true, maxLength: MAX_SUBJECT_LENGTH });
}

function mailbox(value: MailRecipient, field: string): { name?: string; address: string } {
  const address = 'email' in value ? value.email : value.address;
  if (typeof address !== 'string' || !isValidMailbox(address)) {
    throw new MimeInputError('invalid-address', field, `not a single valid email address: ${JSON.stringify(address)}`);
  }
  const name = cleanDisplayName(value.name);
  return name === undefined ? { address } : { name, address };
}

/** An address field: one mailbox per line, so that long encoded names fold cleanly. */
function addressField(name: string, mailboxes: readonly { name?: string; address: string }[]): string {
  return `${name}: ${mailboxes.map(mailboxHeader).join(',\r\n ')}`;
}

/** The Subject field: plain text folded at spaces, or encoded-words (already one per line). */
function subjectField(subject: string): string {
  const value = unstructuredHeader(subject);
  return value === subject ? foldedHeader('Subject', value) : `Subject: ${value}`;
}

function customHeaders(headers: Readonly<Record<string, string>>): Record<string, string> {
  const result: Record<string, string> = {};
  const seen = new Set<string>();
  for (const [name, value] of Object.entries(headers)) {
    const allowedStandard = ALLOWED_STANDARD_HEADERS.find((allowed) => allowed.toLowerCase() === name.toLowerCase());
    if (!allowedStandard && !HEADER_NAME.test(name)) {
      const code = /^[A-Za-z0-9-]+$/.test(name) ? 'reserved-header' : 'invalid-header-name';
      throw new MimeInputError(code, `headers.${name}`, 'only X-… headers and a few list headers may be set by callers');
    }
    if (seen.has(name.toLowerCase())) throw new MimeInputError('invalid-header-name', `headers.${name}`, 'header given twice');
    seen.add(name.toLowerCase());
    if (typeof value !== 'string' || !HEADER_VALUE.test(value)) {
      throw new MimeInputError('invalid-header-value', `headers.${name}`, 'value must be printable ASCII (spaces inside only), 1–900 characters');
    }
    result[allowedStandard ?? name] = value;
  }
  return result;
}

/** An attachment once checked: a clean filename, and its content as bytes. */
interface CheckedAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
  contentId?: string;
}

function checkedAttachment(input: EmailAttachment, index: number): CheckedAttachment {
  const field = `attachments[${index}]`;
  // No directories, quotes or leading dots: a filename is a name, never a path.
  const filename = toSingleLine(input.filename, { maxLength: 100 })
    .replace(/[\\/"]/g, '_')
    .replace(/^[.\s]+/, '');
  if (filename === '') throw new MimeInputError('invalid-attachment', field, 'needs a filename');
  if (hasLineBreakOrControl(input.contentType) || !CONTENT_TYPE.test(input.contentType)) {
    throw new MimeInputError('invalid-attachment', field, `invalid content type ${JSON.stringify(input.contentType)}`);
  }
  if (input.contentId !== undefined && !/^[a-z0-9-]{1,40}$/.test(input.contentId)) {
    throw new MimeInputError('invalid-attachment', field, `invalid content id ${JSON.stringify(input.contentId)}`);
  }
  return {
    filename,
    contentType: input.contentType,
    content: Buffer.from(input.content, input.encoding === 'base64' ? 'base64' : 'utf8'),
    ...(input.contentId ? { contentId: input.contentId } : {}),
  };
}

/** The iTIP method of a calendar attachment, when it is one. */
function calendarMethod(contentType: string): string | undefined {
  if (!/^text\/calendar\b/i.test(contentType)) return undefined;
  return /;\s*method="?([A-Za-z]+)"?/i.exec(contentType)?.[1]?.toUpperCase();
}

/** A text alternative (plain, HTML, or the invitation's calendar) in UTF-8, quoted-printable or base64. */
function textPart(contentType: string, text: string, parameters = ''): MimePart {
  const { encoding, body } = encodeText(text);
  return { headers: [`Content-Type: ${contentType}; charset=utf-8${parameters}`, `Content-Transfer-Encoding: ${encoding}`], body };
}

/** A file in base64: `inline` with its Content-ID when the HTML shows it (`cid:`), else an `attachment`. */
function filePart(file: CheckedAttachment): MimePart {
  const named = /;\s*name\*?=/i.test(file.contentType) ? file.contentType : `${file.contentType};\r\n ${headerParameter('name', file.filename)}`;
  return {
    headers: [
      `Content-Type: ${named}`,
      'Content-Transfer-Encoding: base64',
      `Content-Disposition: ${file.contentId ? 'inline' : 'attachment'};\r\n ${headerParameter('filename', file.filename)}`,
      ...(file.contentId ? [`Content-ID: <${file.contentId}>`] : []),
    ],
    body: base64Body(file.content),
  };
}

/** A meeting invitation or cancellation: what calendar clients act on, and the same .ics to keep. */
interface Invitation {
  method: string;
  file: CheckedAttachment;
}

/**
 * The message's body: text and HTML as alternatives (the HTML with its inline images in a
 * `multipart/related`), an invitation as a third alternative `text/calendar; method=…` (what
 * Outlook and Gmail need to show one) and again as an `application/ics` file, then the other
 * files, all in a `multipart/mixed` when there are any.
 */
function messageBody(input: ComposeMimeInput, files: readonly CheckedAttachment[], invitation: Invitation | undefined): MimePart {
  const html = textPart('text/html', input.html);
  const images = files.filter((file) => file.contentId !== undefined).map(filePart);
  const alternatives: MimePart = {
    multipart: 'alternative',
    parts: [
      textPart('text/plain', input.text),
      images.length > 0 ? { multipart: 'related', parts: [html, ...images] } : html,
      ...(invitation ? [textPart('text/calendar', invitation.file.content.toString('utf8'), `; method=${invitation.method}`)] : []),
    ],
  };
  const attached = [
    ...(invitation ? [filePart({ ...invitation.file, contentType: 'application/ics' })] : []),
    ...files.filter((file) => file.contentId === undefined).map(filePart),
  ];
  return attached.length > 0 ? { multipart: 'mixed', parts: [alternatives, ...attached] } : alternatives;
}

/** RFC 5322 date in UTC, e.g. `Wed, 20 Mar 2019 10:00:00 +0000`. */
const dateField = (date: Date): string => `Date: ${date.toUTCString().replace(/GMT$/, '+0000')}`;

/**
 * Composes the message. Throws {@link MimeInputError} before composing when an address is not a
 * single valid mailbox, a custom header is not allowed or malformed, or an attachment is invalid.
 *
 * A `text/calendar` attachment with method REQUEST or CANCEL (a meeting invitation) is sent the
 * way calendar clients expect invitations: as a `text/calendar; method=…` alternative next to
 * the text and HTML, plus an .ics attachment. PUBLISH calendars are plain attachments.
 */
export async function composeMime(input: ComposeMimeInput): Promise<Buffer> {
  const recipients = (Array.isArray(input.to) ? input.to : [input.to]) as readonly MailRecipient[];
  if (recipients.length === 0) throw new MimeInputError('no-recipient', 'to', 'at least one recipient is needed');
  if (recipients.length > MAX_RECIPIENTS) throw new MimeInputError('no-recipient', 'to', `at most ${MAX_RECIPIENTS} recipients`);

  const subject = cleanSubject(input.subject);
  if (subject === '') throw new MimeInputError('invalid-subject', 'subject', 'must not be empty');

  const files: CheckedAttachment[] = [];
  let invitation: Invitation | undefined;
  (input.attachments ?? []).forEach((raw, index) => {
    const file = checkedAttachment(raw, index);
    const method = calendarMethod(raw.contentType);
    if (method !== 'REQUEST' && method !== 'CANCEL') {
      files.push(file);
      return;
    }
    if (invitation) throw new MimeInputError('invalid-attachment', `attachments[${index}]`, 'only one invitation (REQUEST/CANCEL) per message');
    invitation = { method, file };
  });

  const from = mailbox(input.from, 'from');
  const to = recipients.map((recipient, index) => mailbox(recipient, `to[${index}]`));
  const replyTo = input.replyTo ? mailbox(input.replyTo, 'replyTo') : undefined;
  const custom = Object.entries(customHeaders(input.headers ?? {})).map(([name, value]) => `${name}: ${value}`);
  const messageHeaders = [
    addressField('From', [from]),
    addressField('To', to),
    ...(replyTo ? [addressField('Reply-To', [replyTo])] : []),
    subjectField(subject),
    ...custom,
    // One per message (RFC 5322), on the sender's domain.
    `Message-ID: <${randomUUID()}@${from.address.slice(from.address.lastIndexOf('@') + 1)}>`,
    dateField(input.date ?? new Date()),
    'MIME-Version: 1.0',
  ];
  return Buffer.from(writePart(messageBody(input, files, invitation), messageHeaders), 'utf8');
}
