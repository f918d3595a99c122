import { html, userText } from '../email/html';
import type { EventDefinition, Language } from '../events/event-definition';
import type { MeetingRecord } from '../meetings/meeting-record';
import type { RegistrationRecord } from '../registrations/registration-record';
import { page } from './page-layout';

const text = {
  fr: {
    title: 'Demande de rendez-vous B2B', from: 'De', message: 'Message', offer: 'Propose', request: 'Recherche', pick: 'Choisissez un créneau',
    accept: 'Accepter ce créneau', acceptLater: 'Accepter sans horaire (les organisateurs le placeront)', decline: 'Refuser', reason: 'Motif (facultatif)',
    status: { pending: 'En attente de votre réponse', accepted: 'Accepté, à planifier', confirmed: 'Confirmé', declined: 'Refusé', cancelled: 'Annulé', expired: 'Expiré' },
    table: 'Table',
  },
  en: {
    title: 'B2B meeting request', from: 'From', message: 'Message', offer: 'Offers', request: 'Looks for', pick: 'Pick a slot',
    accept: 'Accept this slot', acceptLater: 'Accept without a time (the organisers will place it)', decline: 'Decline', reason: 'Reason (optional)',
    status: { pending: 'Waiting for your answer', accepted: 'Accepted, to be scheduled', confirmed: 'Confirmed', declined: 'Declined', cancelled: 'Cancelled', expired: 'Expired' },
    table: 'Table',
  },
  ar: {
    title: 'طلب لقاء ثنائي', from: 'من', message: 'الرسالة', offer: 'يقترح', request: 'يبحث عن', pick: 'اختر موعدًا',
    accept: 'قبول هذا الموعد', acceptLater: 'قبول دون تحديد موعد (سيحدده المنظمون)', decline: 'رفض', reason: 'السبب (اختياري)',
    status: { pending: 'في انتظار ردك', accepted: 'مقبول، في انتظار الجدولة', confirmed: 'مؤكد', declined: 'مرفوض', cancelled: 'ملغى', expired: 'منتهي الصلاحية' },
    table: 'الطاولة',
  },
} satisfies Record<Language, unknown>;

function slotLabel(event: EventDefinition, slotId: string, language: Language): string {
  const slot = event.meetings.slots.find((candidate) => candidate.id === slotId);
  if (!slot) return slotId;
  const locale = { fr: 'fr-FR', en: 'en-GB', ar: 'ar-MA-u-nu-latn' }[language];
  const day = new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', timeZone: event.timeZone }).format(new Date(slot.start));
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', timeZone: event.timeZone });
  return `${day}, ${time.format(new Date(slot.start))} – ${time.format(new Date(slot.end))}`;
}

/** The page behind the answer link of a meeting request: who asks, and the answer buttons. */
export function meetingAnswerPage(args: { event: EventDefinition; meeting: MeetingRecord; requester: RegistrationRecord; reader: RegistrationRecord }): string {
  const { event, meeting, requester } = args;
  const language = args.reader.language;
  const t = text[language];
  const answerable = meeting.status === 'pending';
  const body = html`<h1>${t.title} – ${event.name[language]}</h1>
<p class="notice">${t.status[meeting.status]}${meeting.slotId ? html` · ${slotLabel(event, meeting.slotId, language)}${meeting.table ? html` · ${t.table} ${meeting.table}` : ''}` : ''}</p>
<dl><dt>${t.from}</dt><dd>${userText(`${requester.firstName} ${requester.lastName}`)} — ${userText(requester.organisation)} (${requester.country})</dd>
<dt>${t.offer}</dt><dd>${userText(requester.profile.offer, { block: true })}</dd>
<dt>${t.request}</dt><dd>${userText(requester.profile.request, { block: true })}</dd>
<dt>${t.message}</dt><dd>${userText(meeting.message, { block: true })}</dd></dl>
${answerable
    ? html`<form method="post"><fieldset><legend>${t.pick}</legend>
${meeting.proposedSlotIds.map((slotId, index) => html`<label><input type="radio" name="slotId" value="${slotId}"${index === 0 ? html` checked` : ''}> ${slotLabel(event, slotId, language)}</label><br>`)}
</fieldset><button type="submit" name="action" value="accept">${t.accept}</button></form>
<form method="post"><button type="submit" name="action" value="accept-later">${t.acceptLater}</button></form>
<form method="post"><p><label>${t.reason}<br><textarea name="reason" rows="2" cols="50" maxlength="500"></textarea></label></p>
<button type="submit" name="action" value="decline">${t.decline}</button></form>`
    : ''}`;
  return page(language, `${t.title} – ${event.name[language]}`, body);
}
