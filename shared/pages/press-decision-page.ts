import { html, isSafeUrl, userText, type HtmlValue } from '../email/html';
import type { EventDefinition, Language } from '../events/event-definition';
import type { PressAccreditationRecord } from '../press/press-record';
import { page } from './page-layout';

const text = {
  fr: {
    title: "Demande d'accréditation presse",
    journalist: 'Journaliste', outlet: 'Média', mediaType: 'Type de média', country: 'Pays', email: 'E-mail', phone: 'Téléphone',
    card: 'Carte de presse', letter: "Lettre d'affectation", portfolio: 'Portfolio', plan: 'Couverture prévue', days: 'Jours demandés', requested: 'Demandée le',
    approve: 'Approuver', reject: 'Refuser', reason: 'Motif (facultatif, transmis au journaliste en cas de refus)',
    approved: 'approuvée', rejected: 'refusée', decided: (who: string, what: string, when: string) => `Cette demande a été ${what} par ${who} le ${when}.`,
  },
  en: {
    title: 'Press accreditation request',
    journalist: 'Journalist', outlet: 'Media outlet', mediaType: 'Media type', country: 'Country', email: 'Email', phone: 'Phone',
    card: 'Press card', letter: 'Assignment letter', portfolio: 'Portfolio', plan: 'Coverage plan', days: 'Days requested', requested: 'Requested on',
    approve: 'Approve', reject: 'Reject', reason: 'Reason (optional; sent to the journalist if you reject)',
    approved: 'approved', rejected: 'rejected', decided: (who: string, what: string, when: string) => `This request was ${what} by ${who} on ${when}.`,
  },
  ar: {
    title: 'طلب اعتماد صحفي',
    journalist: 'الصحفي', outlet: 'المؤسسة الإعلامية', mediaType: 'نوع الوسيلة', country: 'البلد', email: 'البريد الإلكتروني', phone: 'الهاتف',
    card: 'البطاقة الصحفية', letter: 'رسالة التكليف', portfolio: 'ملف الأعمال', plan: 'خطة التغطية', days: 'الأيام المطلوبة', requested: 'تاريخ الطلب',
    approve: 'قبول', reject: 'رفض', reason: 'السبب (اختياري؛ يُرسل إلى الصحفي في حالة الرفض)',
    approved: 'مقبول', rejected: 'مرفوض', decided: (who: string, what: string, when: string) => `تم البت في هذا الطلب (${what}) من طرف ${who} في ${when}.`,
  },
} satisfies Record<Language, unknown>;

function formatInstant(iso: string, event: EventDefinition, language: Language): string {
  const locale = { fr: 'fr-FR', en: 'en-GB', ar: 'ar-MA-u-nu-latn' }[language];
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: event.timeZone }).format(new Date(iso));
}

const row = (label: string, value: HtmlValue) => (value === undefined || value === '' ? '' : html`<dt>${label}</dt><dd>${value}</dd>`);
/** A typed value, isolated; nothing when absent (so the row is left out). */
const typed = (value: string | undefined) => (value === undefined || value === '' ? undefined : userText(value));
const safeLink = (url: string | undefined) =>
  url && isSafeUrl(url) ? html`<a href="${url}" rel="noopener noreferrer">${userText(url)}</a>` : typed(url);

/** The page behind a press contact's decision link: the request, and either the buttons or who decided. */
export function pressDecisionPage(args: { event: EventDefinition; record: PressAccreditationRecord; language: Language }): string {
  const { event, record, language } = args;
  const t = text[language];
  const decision = record.decision;
  const body = html`<h1>${t.title} – ${event.name[language]}</h1>
${decision ? html`<p class="notice">${t.decided(decision.decidedBy, t[decision.decision], formatInstant(decision.decidedAt, event, language))}${decision.reason ? html`<br>${userText(decision.reason, { block: true })}` : ''}</p>` : ''}
<dl>
${row(t.journalist, userText(`${record.firstName} ${record.lastName}`))}${row(t.outlet, typed(record.mediaOutlet))}${row(t.mediaType, record.mediaType)}
${row(t.country, record.country)}${row(t.email, typed(record.email))}${row(t.phone, record.phone)}${row(t.card, typed(record.pressCardNumber))}
${row(t.letter, safeLink(record.assignmentLetterUrl))}${row(t.portfolio, safeLink(record.portfolioUrl))}
${row(t.plan, userText(record.coveragePlan, { block: true }))}${row(t.days, record.days.join(', '))}
${row(t.requested, formatInstant(record.createdAt, event, language))}
</dl>
${decision
    ? ''
    : html`<form method="post"><p><label>${t.reason}<br><textarea name="reason" rows="3" cols="50" maxlength="1000"></textarea></label></p>
<button type="submit" name="decision" value="approve">${t.approve}</button><button type="submit" name="decision" value="reject">${t.reject}</button></form>`}`;
  return page(language, `${t.title} – ${event.name[language]}`, body);
}
