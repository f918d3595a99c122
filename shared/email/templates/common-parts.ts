import { venueParts, type TimeRange } from '../format';
import { html, isSafeUrl } from '../html';
import { latinRunsIsolated } from '../latin-runs';
import type { Translator, Text } from '../i18n/translator';
import type { EmailAttachment } from '../email-message';
import type { Block, EmailContent } from '../layout';
import { EmailRenderError, type TemplateContext } from '../template';
import { toLines, toSingleLine } from '../text';

/**
 * Building blocks shared by every kind of email (registration, press, meetings…): event name,
 * greeting, event facts, time-zone note, date-times, time ranges, countries, untrusted links and
 * multi-line text.
 */

/**
 * The event's name in the reader's language, as a message parameter isolated in the reader's
 * direction: the Arabic name "#TechDays THE NEXT SOCIETY المغرب" reads brand first, "#" in front
 * (see `Translator.phrase`).
 */
export function eventName(context: TemplateContext): Text {
  const { i18n, event } = context;
  const name = event.name[i18n.settings.language];
  return i18n.phrase(i18n.settings.dir === 'rtl' ? latinRunsIsolated(name) : name);
}

/** "Dear {name}," or, when the (untrusted) name is blank, a greeting without a name. */
export function greeting(i18n: Translator, name: string): Text {
  const cleaned = toSingleLine(name);
  return cleaned === '' ? i18n.t('greeting.noName') : i18n.t('greeting', { name: cleaned });
}

/** What an attendee or press email says besides the frame {@link eventEmail} puts around it. */
export interface EventEmailSpec {
  subject: Text;
  /** The reader's name for the greeting (untrusted; may be blank). */
  greetingName: string;
  /** Paragraphs saying what happened, right after the greeting; the first is also the preheader. */
  status: readonly Text[];
  /** The kind's blocks, between the status and the event facts. */
  blocks: readonly Block[];
  footer: readonly Text[];
  attachments?: readonly EmailAttachment[];
}

/** The frame of attendee and press emails: banner, greeting, status, the kind's blocks, event facts, footer. */
export function eventEmail(context: TemplateContext, spec: EventEmailSpec): EmailContent {
  const { i18n } = context;
  return {
    subject: spec.subject,
    banner: eventName(context),
    ...(spec.status[0] ? { preheader: spec.status[0] } : {}),
    blocks: [
      { type: 'paragraph', text: greeting(i18n, spec.greetingName) },
      ...spec.status.map((text) => ({ type: 'paragraph' as const, text })),
      ...spec.blocks,
      eventSection(context),
    ],
    footer: spec.footer,
    attachments: spec.attachments ?? [],
  };
}

/** The event's name, dates and venue (name, city, country name in the reader's language). */
export function eventSection(context: TemplateContext): Block {
  const { i18n, format, event } = context;
  return {
    type: 'section',
    heading: i18n.t('event.heading'),
    blocks: [
      {
        type: 'facts',
        rows: [
          { label: i18n.t('event.name'), value: eventName(context) },
          { label: i18n.t('event.dates'), value: i18n.value(format.dateRange(event.startDate, event.endDate)) },
          { label: i18n.t('event.venue'), value: i18n.list(venueParts(event.venue, format).map((part) => i18n.value(part))) },
        ],
      },
    ],
  };
}

/** "Times are local times in Morocco (UTC+01:00)." for the instants an email shows (each distinct offset once). */
export function timeZoneNote(context: TemplateContext, instants: readonly string[]): Block {
  const { i18n, format, event } = context;
  const offsets = [...new Set(instants.map((instant) => format.utcOffset(instant)))];
  return { type: 'note', text: i18n.t('programme.timeZone', { place: format.country(event.venue.country), offset: offsets.join(' / ') }) };
}

/** Whether ranges straddle a change of the event's UTC offset (Morocco moves to UTC+00:00 during Ramadan). */
function straddlesOffsets(context: TemplateContext, ranges: readonly TimeRange[]): boolean {
  return new Set(ranges.map((range) => context.format.utcOffset(range.start))).size > 1;
}

/** Day and times of one range in the event's time zone, with the UTC offset when asked. */
export function timeRangeText(context: TemplateContext, range: TimeRange, withOffset = false): Text {
  const { i18n, format } = context;
  return i18n.value(format.timeRange(range) + (withOffset ? ` (${format.utcOffset(range.start)})` : ''));
}

/**
 * Day and times of each range in the event's time zone ("Tuesday 9 April, 14:00–14:20"). One
 * offset for a whole list in practice; should the ranges straddle an offset change, each line
 * says its own.
 */
export function timeRangeTexts(context: TemplateContext, ranges: readonly TimeRange[]): Text[] {
  const withOffset = straddlesOffsets(context, ranges);
  return ranges.map((range) => timeRangeText(context, range, withOffset));
}

/** Dated entries (sessions, meetings): day and times as {@link timeRangeTexts} above what. */
export function scheduleBlock(context: TemplateContext, entries: readonly { range: TimeRange; what: Text }[]): Block {
  const withOffset = straddlesOffsets(context, entries.map((entry) => entry.range));
  return { type: 'schedule', entries: entries.map((entry) => ({ when: timeRangeText(context, entry.range, withOffset), what: entry.what })) };
}

/** A country's name in the reader's language; a value that is not an ISO 3166-1 alpha-2 code is a data error. */
export function countryName(context: TemplateContext, code: string): Text {
  if (typeof code !== 'string' || !/^[A-Z]{2}$/.test(code)) {
    throw new EmailRenderError('invalid-value', `Not an ISO 3166-1 alpha-2 code: ${String(code)}`);
  }
  return context.i18n.value(context.format.country(code));
}

/** Multi-line text someone typed (a coverage plan, a message, a reason) under a label, line breaks kept; null when blank. */
export function quote(i18n: Translator, label: Text, value: string | undefined): Block | null {
  const lines = toLines(value ?? '');
  if (lines.length === 0) return null;
  return { type: 'quote', label, lines: lines.map((line) => i18n.value(line)) };
}

/** An ISO 8601 instant from a message, returned as is; anything else is a data error. */
export function checkedInstant(value: string, field: string): string {
  if (typeof value !== 'string' || Number.isNaN(Date.parse(value))) {
    throw new EmailRenderError('invalid-value', `${field} is not an ISO 8601 date-time: ${String(value)}`);
  }
  return value;
}

/** An instant as "9 April 2019 at 10:12" in the event's time zone. */
export function dateTime(context: TemplateContext, instant: string, field: string): Text {
  const { i18n, format } = context;
  const checked = checkedInstant(instant, field);
  return i18n.t('format.dateTime', { date: format.dateAt(checked), time: format.timeAt(checked) });
}

/**
 * A URL someone typed (a portfolio…): a link when it is an absolute http(s) URL, else plain text
 * (escaped, never in an `href`), so a `javascript:` URL is shown, not followed.
 */
export function linkValue(i18n: Translator, url: string): Text {
  const text = i18n.value(url);
  if (!isSafeUrl(url)) return text;
  return { plain: text.plain, html: html`<a href="${url}" target="_blank" rel="noopener noreferrer">${text.html}</a>` };
}
