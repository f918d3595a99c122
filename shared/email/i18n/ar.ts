import { defineCatalogue } from './catalogue';

/**
 * Arabic messages (Modern Standard Arabic, gender-neutral wording). The text direction is set by
 * the layout (dir="rtl"); values such as the event name are bidi-isolated by the translator, so
 * Latin text inside a sentence keeps its own order.
 */
export const ar = defineCatalogue({
  'subject.registration-confirmed': 'تأكيد التسجيل – {event}',
  'subject.registration-waitlisted': 'تسجيلك على قائمة الانتظار – {event}',
  'subject.registration-promoted': 'توفّر مكان: تم تأكيد تسجيلك – {event}',
  'subject.registration-cancelled': 'إلغاء التسجيل – {event}',

  greeting: 'مرحبًا {name}،',
  'greeting.noName': 'مرحبًا،',

  'registration-confirmed.status': 'تم تأكيد تسجيلك في {event}. يسعدنا استقبالك.',
  'registration-waitlisted.status': 'شكرًا لتسجيلك في {event}. الفعالية مكتملة حاليًا، لذلك تمت إضافة تسجيلك إلى قائمة الانتظار.',
  'registration-waitlisted.position': 'ترتيبك في قائمة الانتظار: {position}.',
  'registration-waitlisted.next': 'إذا توفّر مكان، سنؤكد تسجيلك ونبلغك بذلك عبر البريد الإلكتروني. لا يلزمك القيام بأي شيء في الوقت الحالي.',
  'registration-promoted.status': 'خبر سار: توفّر مكان، وتم نقل تسجيلك من قائمة الانتظار. تسجيلك في {event} مؤكد الآن.',
  'registration-cancelled.status': 'تم إلغاء تسجيلك في {event}.',
  'registration-cancelled.next': 'إذا لم تطلب هذا الإلغاء، يرجى التواصل مع المنظمين.',

  'calendar.attached': 'يضيف ملف التقويم المرفق (.ics) الفعالية وجلساتك إلى تقويمك.',

  'programme.heading': 'برنامجك',
  'programme.heading.waitlisted': 'الجلسات التي اخترتها',
  'programme.none': 'لم تختر أي جلسة.',
  'programme.timeZone': 'جميع الأوقات بالتوقيت المحلي: {place} ({offset}).',

  'event.heading': 'الفعالية',
  'event.name': 'الفعالية',
  'event.dates': 'التواريخ',
  'event.venue': 'المكان',

  'manage.heading': 'تسجيلك',
  'manage.attendee': 'الاسم',
  'manage.organisation': 'المؤسسة',
  'manage.button': 'إدارة تسجيلي',
  'manage.view': 'عرض تسجيلي',
  'manage.personal': 'هذا الرابط خاص بك: يمكن لأي شخص يملكه الاطلاع على تسجيلك وتعديله. يرجى عدم إعادة توجيه هذه الرسالة أو مشاركة الرابط.',

  'footer.reference': 'مرجع التسجيل: {reference}',
  'footer.reason': 'تصلك هذه الرسالة لأنك سجّلت في {event}.',

  'format.labelSeparator': ': ',
  'format.listSeparator': '، ',
});
