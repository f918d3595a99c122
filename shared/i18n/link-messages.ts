import type { Language } from '../events/event-definition';

/**
 * What a page says when an emailed link is refused: what happened (`link.{failure}`) and what to do
 * (`link.todo.{page}`). One set for the web app (its catalogues spread it in) and the server's plain
 * page for the links of older emails (shared/pages/link-problem-page.ts), which must not bundle the
 * web catalogues.
 */
export const linkMessages = {
  fr: {
    'link.expired': 'Ce lien a expiré.',
    'link.invalid': 'Ce lien n’est pas valide\u00a0: il est peut-être incomplet ou modifié.',
    'link.foreign': 'Ce lien concerne une autre demande.',
    'link.gone': 'Ce que ce lien ouvrait n’existe plus\u00a0: cela a été effacé ou annulé.',
    'link.outdated': 'Ce lien vient d’un ancien e-mail et ne fonctionne plus.',
    'link.todo.manage': 'Ouvrez le lien de votre dernier e-mail d’inscription tel quel. S’il ne fonctionne toujours pas, contactez les organisateurs.',
    'link.todo.answer': 'Une demande expirée ne peut plus recevoir de réponse. Ouvrez le lien du dernier e-mail concernant cette demande, ou répondez depuis «\u00a0Mes rendez-vous\u00a0» avec votre lien d’inscription.',
    'link.todo.decision': 'Ouvrez le lien du dernier e-mail concernant cette demande, ou demandez aux organisateurs de statuer depuis leur console.',
    'link.todo.pressStatus': 'Ouvrez le lien de votre dernier e-mail concernant cette demande, ou contactez les organisateurs pour connaître son état.',
    'link.todo.directory': 'Ouvrez le lien de votre dernier e-mail de l’événement, ou votre lien d’inscription, pour voir les participants.',
    'link.retry': 'Un problème est survenu de notre côté\u00a0: réessayez ce lien dans quelques minutes.',
  },
  en: {
    'link.expired': 'This link has expired.',
    'link.invalid': 'This link is not valid: it may be incomplete or changed.',
    'link.foreign': 'This link is for another request.',
    'link.gone': 'What this link opened no longer exists: it was erased or cancelled.',
    'link.outdated': 'This link comes from an older email and no longer works.',
    'link.todo.manage': 'Open the link of your latest registration email exactly as it is. If it still does not work, contact the organisers.',
    'link.todo.answer': 'A request can no longer be answered once it has expired. Open the link of the latest email about this request, or answer it from "My meetings" with your registration link.',
    'link.todo.decision': 'Open the link of the latest email about this request, or ask the organisers to decide on it from their console.',
    'link.todo.pressStatus': 'Open the link of your latest email about this request, or contact the organisers for its status.',
    'link.todo.directory': 'Open the link of your latest email from the event, or your registration link, to see the participants.',
    'link.retry': 'Something went wrong on our side: try this link again in a few minutes.',
  },
  ar: {
    'link.expired': 'انتهت صلاحية هذا الرابط.',
    'link.invalid': 'هذا الرابط غير صالح: ربما هو ناقص أو معدَّل.',
    'link.foreign': 'هذا الرابط خاص بطلب آخر.',
    'link.gone': 'ما كان يفتحه هذا الرابط لم يعد موجودًا: فقد مُحي أو أُلغي.',
    'link.outdated': 'هذا الرابط من رسالة قديمة ولم يعد يعمل.',
    'link.todo.manage': 'افتح الرابط الوارد في آخر رسالة تسجيل وصلتك كما هو. وإن ظل لا يعمل فتواصل مع المنظمين.',
    'link.todo.answer': 'لا يمكن الرد على طلب انتهت صلاحيته. افتح رابط آخر رسالة بشأن هذا الطلب، أو ردّ عليه من «لقاءاتي» عبر رابط تسجيلك.',
    'link.todo.decision': 'افتح رابط آخر رسالة بشأن هذا الطلب، أو اطلب من المنظمين البتّ فيه من لوحة التحكم.',
    'link.todo.pressStatus': 'افتح رابط آخر رسالة وصلتك بشأن هذا الطلب، أو تواصل مع المنظمين لمعرفة حالته.',
    'link.todo.directory': 'افتح رابط آخر رسالة وصلتك من الحدث، أو رابط تسجيلك، لرؤية المشاركين.',
    'link.retry': 'حدث خلل من جهتنا: أعد فتح هذا الرابط بعد بضع دقائق.',
  },
} as const satisfies Record<Language, Record<string, string>>;

export type LinkMessageKey = keyof (typeof linkMessages)['en'];
