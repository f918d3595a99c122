import type { RegistrationStatus } from '../api/registration-api';
import { html, userText } from '../email/html';
import type { EventDefinition, Language } from '../events/event-definition';
import type { RegistrationRecord } from '../registrations/registration-record';
import { page } from './page-layout';

const text = {
  fr: {
    title: 'Votre inscription',
    status: { confirmed: 'Confirmée', waitlisted: "Sur liste d'attente", cancelled: 'Annulée' } as Record<RegistrationStatus, string>,
    position: "Position sur la liste d'attente",
    programme: 'Programme choisi',
    none: 'Aucun',
    cancel: 'Annuler mon inscription',
    cancelHint: "L'annulation libère votre place ; elle ne peut pas être défaite, mais vous pourrez vous réinscrire.",
    cancelled: 'Votre inscription est annulée. Un e-mail de confirmation suit.',
    name: 'Nom',
    organisation: 'Organisation',
    statusLabel: 'Statut',
  },
  en: {
    title: 'Your registration',
    status: { confirmed: 'Confirmed', waitlisted: 'On the waiting list', cancelled: 'Cancelled' } as Record<RegistrationStatus, string>,
    position: 'Waiting-list position',
    programme: 'Chosen programme',
    none: 'None',
    cancel: 'Cancel my registration',
    cancelHint: 'Cancelling frees your seat; it cannot be undone, but you may register again.',
    cancelled: 'Your registration is cancelled. A confirmation email follows.',
    name: 'Name',
    organisation: 'Organisation',
    statusLabel: 'Status',
  },
  ar: {
    title: 'تسجيلك',
    status: { confirmed: 'مؤكد', waitlisted: 'على قائمة الانتظار', cancelled: 'ملغى' } as Record<RegistrationStatus, string>,
    position: 'ترتيبك في قائمة الانتظار',
    programme: 'البرنامج المختار',
    none: 'لا شيء',
    cancel: 'إلغاء تسجيلي',
    cancelHint: 'يحرر الإلغاء مقعدك؛ لا يمكن التراجع عنه، لكن يمكنك التسجيل من جديد.',
    cancelled: 'تم إلغاء تسجيلك. ستصلك رسالة تأكيد بالبريد الإلكتروني.',
    name: 'الاسم',
    organisation: 'المؤسسة',
    statusLabel: 'الحالة',
  },
} satisfies Record<Language, unknown>;

/** The page behind the manage link of every registration email: see it, and cancel it. */
export function managePage(args: { event: EventDefinition; record: RegistrationRecord; position?: number; justCancelled?: boolean }): string {
  const { event, record } = args;
  const t = text[record.language];
  const items = event.programme.filter((item) => record.programme.includes(item.id)).map((item) => item.title[record.language]);
  const body = html`<h1>${t.title} – ${event.name[record.language]}</h1>
${args.justCancelled ? html`<p class="notice">${t.cancelled}</p>` : ''}
<dl>
<dt>${t.name}</dt><dd>${userText(`${record.firstName} ${record.lastName}`)}</dd>
<dt>${t.organisation}</dt><dd>${userText(record.organisation)}</dd>
<dt>${t.statusLabel}</dt><dd>${t.status[record.status]}</dd>
${args.position === undefined ? '' : html`<dt>${t.position}</dt><dd>${args.position}</dd>`}
<dt>${t.programme}</dt><dd>${items.length > 0 ? items.join(' · ') : t.none}</dd>
</dl>
${record.status === 'cancelled'
    ? ''
    : html`<form method="post"><input type="hidden" name="action" value="cancel">
<p>${t.cancelHint}</p><button type="submit">${t.cancel}</button></form>`}`;
  return page(record.language, `${t.title} – ${event.name[record.language]}`, body);
}
