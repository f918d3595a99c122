import MailComposer, { type MailComposerAttachment, type MailComposerOptions } from 'nodemailer/lib/mail-composer';
import { foldLines } from 'nodemailer/lib/mime-funcs';
import { isValidMailbox } from './address';
import type { EmailAttachment, Recipient } from './email-message';
import { mailboxHeader, unstructuredHeader } from './header-value';
import { hasLineBreakOrControl, toSingleLine } from './text';

/**
 * Builds the raw MIME message (for SES `SendEmail` with `Content.Raw`) with nodemailer's
 * MailComposer, after making sure no untrusted value can shape the header section:
 *
 * - every address must be exactly one plain mailbox (`local@domain`), else {@link MimeInputError};
 * - display names and the subject are cleaned to a single line (CR, LF, other controls and bidi
 *   overrides removed), then written by header-value.ts: plain, or RFC 2047 encoded-words, never
 *   as typed when they could be read as an encoded-word. nodemailer only ever sees bare addresses
 *   (it would quote an ASCII name, and clients decode encoded-words even inside quotes), and the
 *   From/To/Reply-To lines it writes are replaced by ours;
 * - custom headers are limited to `X-…` and a few list/auto-reply headers, with printable-ASCII
 *   values, and are rejected (not cleaned) when they break the rule: they come from our code;
 * - attachment filenames are cleaned and content types must be a plain `type/subtype; k=v` list.
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

const ADDRESS_FIELDS = ['From', 'To', 'Reply-To'] as const;
type AddressField = (typeof ADDRESS_FIELDS)[number];

/**
 * Replaces the address fields nodemailer wrote (bare addresses) with ours (names encoded). The
 * message is handled as latin1 so every byte stays as it is.
 */
function withAddressFields(raw: Buffer, fields: Readonly<Record<AddressField, string | undefined>>): Buffer {
  const text = raw.toString('latin1');
  const end = text.indexOf('\r\n\r\n');
  const lines = text.slice(0, end).split(/\r\n(?![ \t])/);
  const rewritten = lines.map((line) => {
    const name = ADDRESS_FIELDS.find((field) => line.toLowerCase().startsWith(`${field.toLowerCase()}:`));
    const value = name && fields[name];
    return value === undefined ? line : `${name}: ${value}`;
  });
  return Buffer.from(rewritten.join('\r\n') + text.slice(end), 'latin1');
}

/** Fields of a list of mailboxes, one per line so that long encoded names fold cleanly. */
function addressField(mailboxes: readonly { name?: string; address: string }[]): string {
  return mailboxes.map(mailboxHeader).join(',\r\n ');
}

/** The Subject field's value: plain text folded at spaces, or encoded-words. */
function subjectField(subject: string): string {
  const value = unstructuredHeader(subject);
  return value === subject ? foldLines(`Subject: ${value}`, 76).slice('Subject: '.length) : value;
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

function attachment(input: EmailAttachment, index: number): MailComposerAttachment {
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
    content: input.content,
    ...(input.encoding ? { encoding: input.encoding } : {}),
    ...(input.contentId ? { cid: input.contentId, contentDisposition: 'inline' as const } : {}),
  };
}

/** The iTIP method of a calendar attachment, when it is one. */
function calendarMethod(contentType: string): string | undefined {
  if (!/^text\/calendar\b/i.test(contentType)) return undefined;
  return /;\s*method="?([A-Za-z]+)"?/i.exec(contentType)?.[1]?.toUpperCase();
}

/**
 * Composes the message. Throws {@link MimeInputError} before composing when an address is not a
 * single valid mailbox, a custom header is not allowed or malformed, or an attachment is invalid.
 *
 * A `text/calendar` attachment with method REQUEST or CANCEL (a meeting invitation) is sent the
 * way calendar clients expect invitations: as a `text/calendar; method=…` alternative next to
 * the text and HTML (plus an .ics attachment, both by nodemailer's `icalEvent`). PUBLISH calendars
 * are plain attachments.
 */
export async function composeMime(input: ComposeMimeInput): Promise<Buffer> {
  const recipients = (Array.isArray(input.to) ? input.to : [input.to]) as readonly MailRecipient[];
  if (recipients.length === 0) throw new MimeInputError('no-recipient', 'to', 'at least one recipient is needed');
  if (recipients.length > MAX_RECIPIENTS) throw new MimeInputError('no-recipient', 'to', `at most ${MAX_RECIPIENTS} recipients`);

  const subject = cleanSubject(input.subject);
  if (subject === '') throw new MimeInputError('invalid-subject', 'subject', 'must not be empty');

  const attachments: MailComposerAttachment[] = [];
  let icalEvent: MailComposerOptions['icalEvent'];
  (input.attachments ?? []).forEach((raw, index) => {
    const checked = attachment(raw, index);
    const method = calendarMethod(raw.contentType);
    if (method === 'REQUEST' || method === 'CANCEL') {
      if (icalEvent) throw new MimeInputError('invalid-attachment', `attachments[${index}]`, 'only one invitation (REQUEST/CANCEL) per message');
      icalEvent = { method, filename: checked.filename, content: raw.content };
    } else {
      attachments.push(checked);
    }
  });

  const from = mailbox(input.from, 'from');
  const to = recipients.map((recipient, index) => mailbox(recipient, `to[${index}]`));
  const replyTo = input.replyTo ? mailbox(input.replyTo, 'replyTo') : undefined;
  const bare = ({ address }: { address: string }) => ({ address });
  const options: MailComposerOptions = {
    from: bare(from),
    to: to.map(bare),
    ...(replyTo ? { replyTo: bare(replyTo) } : {}),
    text: input.text,
    html: input.html,
    attachments,
    ...(icalEvent ? { icalEvent } : {}),
    headers: { ...customHeaders(input.headers ?? {}), Subject: { prepared: true, value: subjectField(subject) } },
    ...(input.date ? { date: input.date } : {}),
    newline: 'win',
    // Content is always given inline; never let a value make nodemailer read a file or a URL.
    disableFileAccess: true,
    disableUrlAccess: true,
  };
  const raw = await new MailComposer(options).compile().build();
  return withAddressFields(raw, {
    From: addressField([from]),
    To: addressField(to),
    'Reply-To': replyTo ? addressField([replyTo]) : undefined,
  });
}
