import { joinHtml } from '../email/html';
import { pluralForm, type PluralMessage } from '../email/i18n/plural';
import type { Text, Translator } from '../email/i18n/translator';
import type { Block } from '../email/layout';
import type { EmailTemplate, MessageOfKind, TemplateContext } from '../email/template';
import type { CountBy, OrganiserSummaryFigures, SummaryTotals } from './summary-figures';
import { summaryStrings, type SummaryStrings } from './summary-strings';

type SummaryContext = TemplateContext<MessageOfKind<'organiser-summary'>>;

interface Parts {
  context: SummaryContext;
  s: SummaryStrings;
  figures: OrganiserSummaryFigures;
}

/** Trusted text (our strings, formatted numbers) next to untrusted values (names), each rendered safely. */
function concat(...parts: readonly Text[]): Text {
  return { plain: parts.map((part) => part.plain).join(''), html: joinHtml(parts.map((part) => part.html)) };
}

const number = (i18n: Translator, value: number) => i18n.value(value).plain;
/** "1 demande", "2 demandes": the plural form for `count` (Intl.PluralRules), its `{count}` filled. */
const counted = (i18n: Translator, forms: PluralMessage, count: number) =>
  pluralForm(new Intl.PluralRules(i18n.settings.locale), forms, count).replace('{count}', number(i18n, count));
const signed = (i18n: Translator, value: number) => (value > 0 ? `+${number(i18n, value)}` : number(i18n, value));
const whenText = ({ format, i18n }: SummaryContext, instant: string) => i18n.t('format.dateTime', { date: format.dateAt(instant), time: format.timeAt(instant) }).plain;

function section(heading: string, i18n: Translator, blocks: Block[]): Block {
  return { type: 'section', heading: i18n.literal(heading), blocks };
}

/** Label/value rows from a record of counts, labelled by `labels`. */
function countFacts<K extends string>(i18n: Translator, counts: Record<K, number>, labels: Record<K, string>): Block {
  return { type: 'facts', rows: (Object.keys(labels) as K[]).map((key) => ({ label: i18n.literal(labels[key]), value: i18n.literal(number(i18n, counts[key])) })) };
}

function countList(i18n: Translator, entries: readonly CountBy[], label: (key: string) => Text, none: string): Block {
  if (entries.length === 0) return { type: 'paragraph', text: i18n.literal(none) };
  const separator = i18n.settings.catalogue['format.labelSeparator'];
  return { type: 'list', items: entries.map((entry) => concat(label(entry.key), i18n.literal(`${separator}${number(i18n, entry.count)}`))) };
}

function totalsSection({ context, s, figures }: Parts): Block {
  const { i18n } = context;
  const value = (key: keyof SummaryTotals) => {
    const change = figures.changes?.[key];
    return i18n.literal(change === undefined ? number(i18n, figures.totals[key]) : `${number(i18n, figures.totals[key])} (${signed(i18n, change)})`);
  };
  const rows = (Object.keys(s.total) as (keyof SummaryTotals)[]).map((key) => ({ label: i18n.literal(s.total[key]), value: value(key) }));
  return section(s.totals, i18n, [{ type: 'facts', rows }]);
}

function registrationSections({ context, s, figures }: Parts): Block[] {
  const { i18n, event, format } = context;
  const { registrations, cancellations } = figures;
  const language = i18n.settings.language === 'fr' ? 'fr' : 'en';
  const sectorName = (id: string) => i18n.value(event.sectors.find((sector) => sector.id === id)?.labels[language] ?? id);
  const clusterName = (id: string) => (id === 'none' ? i18n.literal(s.noCluster) : i18n.value(event.clusters.find((cluster) => cluster.id === id)?.name ?? id));
  const facts = [
    { label: i18n.literal(s.newSince), value: i18n.literal(number(i18n, registrations.newSincePrevious)) },
    { label: i18n.literal(s.cancellationsSince), value: i18n.literal(number(i18n, cancellations.sincePrevious)) },
    { label: i18n.literal(s.cancellationsTotal), value: i18n.literal(number(i18n, cancellations.total)) },
  ];
  return [
    section(s.registrations, i18n, [{ type: 'facts', rows: facts }, { type: 'note', text: i18n.literal(s.activeNote) }]),
    section(s.byRegion, i18n, [countFacts(i18n, registrations.byRegion, s.region)]),
    section(s.byCountry, i18n, [countList(i18n, registrations.byCountry, (code) => i18n.value(`${format.country(code)} (${code})`), s.none)]),
    section(s.bySector, i18n, [countList(i18n, registrations.bySector, sectorName, s.none)]),
    section(s.byCluster, i18n, [countList(i18n, registrations.byCluster, clusterName, s.none)]),
    section(s.byParticipantType, i18n, [countList(i18n, registrations.byParticipantType, (type) => i18n.literal(s.participantType[type] ?? type), s.none)]),
  ];
}

/** An item's title and day: the programme repeats titles on several days (the B2B meetings of day 1 and day 2). */
function programmeItemName({ i18n, event, format }: SummaryContext, itemId: string): Text {
  const item = event.programme.find((candidate) => candidate.id === itemId);
  if (!item) return i18n.value(itemId);
  const language = i18n.settings.language === 'fr' ? 'fr' : 'en';
  return concat(i18n.value(item.title[language]), i18n.literal(`, ${format.dateAt(item.start)}`));
}

function programmeSection({ context, s, figures }: Parts): Block {
  const { i18n } = context;
  const percent = new Intl.NumberFormat(i18n.settings.locale, { style: 'percent', maximumFractionDigits: 1 });
  const items = figures.programme.map((item) => {
    const title = programmeItemName(context, item.itemId);
    const seats =
      item.capacity === undefined
        ? number(i18n, item.taken)
        : `${number(i18n, item.taken)} / ${number(i18n, item.capacity)} (${percent.format(item.fillRate ?? 0)})`;
    return concat(title, i18n.literal(`${i18n.settings.catalogue['format.labelSeparator']}${seats}`));
  });
  return section(s.programme, i18n, [items.length === 0 ? { type: 'paragraph', text: i18n.literal(s.none) } : { type: 'list', items }]);
}

function meetingSection({ context, s, figures }: Parts): Block {
  const { i18n } = context;
  const separator = i18n.settings.catalogue['format.labelSeparator'];
  const requested = figures.meetings.mostRequested.map((entry) =>
    concat(i18n.value(entry.name || entry.registrationId), i18n.literal(' ('), i18n.value(entry.organisation || '—'), i18n.literal(`)${separator}${counted(i18n, s.requests, entry.requests)}`)),
  );
  return section(s.meetings, i18n, [
    countFacts(i18n, figures.meetings.byStatus, s.meetingStatus),
    { type: 'paragraph', text: i18n.literal(s.fromRecommendations(number(i18n, figures.meetings.fromRecommendations))) },
    { type: 'paragraph', text: i18n.literal(s.mostRequested) },
    requested.length === 0 ? { type: 'paragraph', text: i18n.literal(s.none) } : { type: 'list', items: requested },
  ]);
}

/** How long a request has waited: hours for the first two days, whole days after ("240 h" read badly). */
const pendingAge = (i18n: Translator, s: SummaryStrings, hours: number) =>
  hours < 48 ? s.pendingSince(number(i18n, hours)) : counted(i18n, s.pendingDays, Math.floor(hours / 24));

function pressSection({ context, s, figures }: Parts): Block {
  const { i18n } = context;
  const pending = figures.press.pendingRequests.map((request) =>
    concat(i18n.value(request.name), i18n.literal(' ('), i18n.value(request.mediaOutlet), i18n.literal(`), ${pendingAge(i18n, s, request.ageHours)}`)),
  );
  return section(s.press, i18n, [countFacts<'pending' | 'approved' | 'rejected'>(i18n, figures.press, s.pressStatus), ...(pending.length > 0 ? [{ type: 'list', items: pending } as Block] : [])]);
}

function listWithMore(i18n: Translator, s: SummaryStrings, items: Text[], total: number): Block[] {
  if (items.length === 0) return [{ type: 'paragraph', text: i18n.literal(s.none) }];
  const more = total - items.length;
  return [{ type: 'list', items }, ...(more > 0 ? [{ type: 'note', text: i18n.literal(s.more(number(i18n, more))) } as Block] : [])];
}

/** What an email is, as the console names it ("Meeting request"); a kind this build does not know, as stored. */
const kindLabel = (s: SummaryStrings, kind: string) => (s.emailKind as Record<string, string>)[kind] ?? kind;

function emailSection(parts: Parts): Block {
  const { context, s, figures } = parts;
  const { i18n } = context;
  const { emails } = figures;
  const status = s.emailStatus as Record<string, string>;
  const problems = emails.problems.map((problem) =>
    concat(i18n.value(problem.recipient || '—'), i18n.literal(` — ${kindLabel(s, problem.kind)} — ${status[problem.status] ?? problem.status} (${whenText(context, problem.at)})`)),
  );
  const undeliverable = emails.undeliverable.map((entry) => concat(i18n.value(entry.name), i18n.literal(' <'), i18n.value(entry.email), i18n.literal('>')));
  return section(s.emails, i18n, [
    countFacts(i18n, emails.byStatus, s.emailStatus),
    { type: 'paragraph', text: i18n.literal(s.problems) },
    ...listWithMore(i18n, s, problems, emails.problemCount),
    { type: 'paragraph', text: i18n.literal(s.undeliverable) },
    ...listWithMore(i18n, s, undeliverable, emails.undeliverableCount),
  ]);
}

/** To the organisers (French or English): the event's figures and their changes since the previous summary. */
export const organiserSummaryTemplate: EmailTemplate<'organiser-summary'> = (context) => {
  const { i18n, message, event } = context;
  const s = summaryStrings[i18n.settings.language === 'en' ? 'en' : 'fr'];
  const parts: Parts = { context, s, figures: message.data.figures };
  const { totals } = parts.figures;
  const name = event.name[i18n.settings.language];
  const intro = [s.asOf(whenText(context, message.data.generatedAt)), message.data.previousAt ? s.since(whenText(context, message.data.previousAt)) : s.first];
  return {
    subject: concat(i18n.literal(`${s.subject} – `), i18n.value(name)),
    banner: i18n.value(name),
    preheader: i18n.literal(`${counted(i18n, s.preheaderRegistrations, totals.confirmed + totals.waitlisted)}, ${counted(i18n, s.preheaderMeetings, totals.meetingsConfirmed)}`),
    blocks: [
      ...intro.map((text): Block => ({ type: 'paragraph', text: i18n.literal(text) })),
      totalsSection(parts),
      ...registrationSections(parts),
      programmeSection(parts),
      meetingSection(parts),
      pressSection(parts),
      emailSection(parts),
      ...(message.data.consoleUrl ? [{ type: 'action', label: i18n.literal(s.console), url: message.data.consoleUrl } as Block] : []),
      { type: 'note', text: i18n.literal(s.attachment) },
    ],
    footer: [i18n.literal(s.footer)],
    attachments: [],
  };
};
