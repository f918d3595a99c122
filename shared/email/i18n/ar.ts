import { defineCatalogue } from './catalogue';

/**
 * ".ics" isolated left to right (LRI … PDI): its leading full stop is a neutral character, which a
 * right-to-left sentence would otherwise put after the Latin letters ("(ics.)").
 */
const ICS = '\u2066.ics\u2069';

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

  'calendar.attached': `يضيف ملف التقويم المرفق (${ICS}) الفعالية وجلساتك إلى تقويمك.`,

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

  'subject.press-request-received': 'تم استلام طلب الاعتماد الصحفي – {event}',
  'subject.press-review-requested': 'طلب اعتماد صحفي: {journalist} ({outlet}) – {event}',
  'subject.press-approved': 'تمت الموافقة على الاعتماد الصحفي – {event}',
  'subject.press-rejected': 'لم يتم قبول طلب الاعتماد الصحفي – {event}',
  'subject.press-decision-notice.approved': 'تمت الموافقة على الاعتماد: {journalist} ({outlet}) – {event}',
  'subject.press-decision-notice.rejected': 'تم رفض الاعتماد: {journalist} ({outlet}) – {event}',

  'press-request-received.status': 'شكرًا لك: لقد استلمنا طلب الاعتماد الصحفي الخاص بك لتغطية {event}.',
  'press-request-received.next': 'ستدرس جهات الاتصال الصحفي للفعالية طلبك، وسيصلك قرارها عبر البريد الإلكتروني.',

  'press-review-requested.status': 'وصل طلب اعتماد صحفي من {journalist} ({outlet}) لتغطية {event}. بصفتك جهة الاتصال الصحفي للفعالية، يرجى قبول هذا الطلب أو رفضه.',
  'press-review-requested.heading': 'قرارك',
  'press-review-requested.how': 'يرجى فتح صفحة الطلب لقبوله أو رفضه، مع إمكانية ذكر السبب. يُعتمد أول قرار تتخذه إحدى جهات الاتصال الصحفي، ويتم إشعار جميع الأطراف المعنية به عبر البريد الإلكتروني.',
  'press-review-requested.button': 'قبول الطلب أو رفضه',
  'press-review-requested.expiry': 'يظل هذا الرابط صالحًا حتى {date} على الساعة {time}.',
  'press-review-requested.personal': 'هذا الرابط خاص بك: يمكن لأي شخص يملكه اتخاذ قرار بشأن هذا الطلب باسمك. يرجى عدم إعادة توجيه هذه الرسالة أو مشاركة الرابط.',

  'press-approved.status': 'خبر سار: تمت الموافقة على اعتمادك الصحفي لتغطية {event}.',
  'press-approved.access.heading': 'ما يتيحه لك الاعتماد',
  'press-approved.access.pressArea': 'الفضاء المخصص للصحافة',
  'press-approved.access.plenaries': 'الجلسات العامة: {sessions}',
  'press-approved.access.interviews': 'إجراء مقابلات خلال اللقاءات الثنائية (B2B)، بناءً على طلب يُوجَّه إلى جهات الاتصال الصحفي',
  'press-approved.bring.heading': 'ما يجب إحضاره',
  'press-approved.bring.email': 'رسالة التأكيد هذه (مطبوعة أو على هاتفك)',
  'press-approved.bring.id': 'وثيقة هوية (بطاقة التعريف الوطنية أو جواز السفر)',
  'press-approved.bring.pressCard': 'بطاقتك الصحفية، إن وُجدت',
  'press-approved.days.heading': 'أيام اعتمادك',
  'press-approved.calendar': `يضيف ملف التقويم المرفق (${ICS}) أيام اعتمادك إلى تقويمك.`,
  'press-approved.contacts': 'لأي سؤال أو لتنظيم مقابلة، يرجى التواصل مع جهات الاتصال الصحفي للفعالية:',

  'press-rejected.status': 'نأسف لإبلاغك بأنه لم يتم قبول طلب الاعتماد الصحفي الخاص بك لتغطية {event}.',
  'press-rejected.noReason': 'نشكرك على اهتمامك بالفعالية، ونأمل أن نستقبلك في مناسبة أخرى.',
  'press-rejected.contacts': 'لأي سؤال بشأن هذا القرار، يرجى التواصل مع جهات الاتصال الصحفي للفعالية:',

  'press-decision-notice.approved': 'تمت الموافقة على هذا الطلب من طرف {name} يوم {date} على الساعة {time}.',
  'press-decision-notice.rejected': 'تم رفض هذا الطلب من طرف {name} يوم {date} على الساعة {time}.',
  'press-decision-notice.next': 'يُعتمد القرار الأول، لذا لا يلزمك القيام بأي شيء. وقد أُرسل القرار عبر البريد الإلكتروني إلى الشخص الذي قدّم الطلب.',

  'press.request.heading.journalist': 'طلبك',
  'press.request.heading.contact': 'الطلب',
  'press.request.name': 'الاسم',
  'press.request.outlet': 'المؤسسة الإعلامية',
  'press.request.mediaType': 'نوع الوسيلة الإعلامية',
  'press.request.country': 'البلد',
  'press.request.email': 'البريد الإلكتروني',
  'press.request.phone': 'الهاتف',
  'press.request.pressCard': 'رقم البطاقة الصحفية',
  'press.request.assignmentLetter': 'رسالة التكليف',
  'press.request.portfolio': 'ملف الأعمال',
  'press.request.coveragePlan': 'خطة التغطية',
  'press.request.days': 'الأيام المطلوبة',
  'press.request.requestedAt': 'تاريخ الطلب',
  'press.request.notProvided': 'لم يُقدَّم',

  'press.mediaType.print': 'صحافة مكتوبة',
  'press.mediaType.online': 'صحافة إلكترونية',
  'press.mediaType.tv': 'تلفزيون',
  'press.mediaType.radio': 'إذاعة',
  'press.mediaType.photo': 'تصوير صحفي',
  'press.mediaType.agency': 'وكالة أنباء',
  'press.mediaType.freelance': 'صحافة مستقلة',

  'press.reason': 'السبب المذكور',
  'press.contacts.heading': 'جهات الاتصال الصحفي',
  'press.contacts.entry': '{name} ({organisation}) – {email}',
  'press.contacts.entry.noOrganisation': '{name} – {email}',
  'press.contacts.none': 'يرجى التواصل مع منظمي {event}.',
  'press.calendar.summary': 'اعتماد صحفي – {event}',

  'press.footer.journalist': 'تصلك هذه الرسالة لأنك قدّمت طلب اعتماد صحفي لتغطية {event}.',
  'press.footer.contact': 'تصلك هذه الرسالة لأنك من جهات الاتصال الصحفي لفعالية {event}.',
  'press.footer.reference': 'مرجع الاعتماد: {reference}',

  'subject.meeting-requested': 'طلب لقاء من {counterpart} – {event}',
  'subject.meeting-confirmed': 'تأكيد لقاء ثنائي (B2B): {counterpart} – {event}',
  'subject.meeting-accepted': 'تم قبول طلب اللقاء: {counterpart} – {event}',
  'subject.meeting-declined': 'لم يتم قبول طلب اللقاء: {counterpart} – {event}',
  'subject.meeting-cancelled': 'إلغاء لقاء ثنائي (B2B): {counterpart} – {event}',
  'subject.meeting-expired': 'انتهت صلاحية طلب اللقاء: {counterpart} – {event}',
  'subject.meeting-answer-reminder': 'طلبات لقاء في انتظار ردك – {event}',
  'subject.agenda-reminder': 'جدول مواعيدك – {event}',
  'subject.schedule-published': 'تمت جدولة لقاءاتك الثنائية (B2B) – {event}',

  'meeting-requested.status': 'وصلك طلب لقاء من {counterpart} خلال اللقاءات الثنائية (B2B) ضمن {event}.',
  'meeting-requested.profile.heading': 'الجهة الطالبة',
  'meeting-requested.message': 'الرسالة المرفقة بالطلب',
  'meeting-requested.slots.heading': 'المواعيد المقترحة',
  'meeting-requested.slots.none': 'لم يُقترح أي موعد: في حال قبول الطلب، سيُدرج المنظمون اللقاء في الجدول ويرسلون موعده إلى الطرفين عبر البريد الإلكتروني.',
  'meeting-requested.answer.heading': 'ردك',
  'meeting-requested.answer.how': 'يرجى فتح صفحة الرد لقبول اللقاء في أحد المواعيد المقترحة أو للاعتذار عنه.',
  'meeting-requested.answer.how.noSlots': 'يرجى فتح صفحة الرد لقبول اللقاء أو للاعتذار عنه.',
  'meeting-requested.answer.button': 'الرد على الطلب',
  'meeting-requested.answer.personal': 'هذا الرابط خاص بك: يمكن لأي شخص يملكه الرد على هذا الطلب باسمك. يرجى عدم إعادة توجيه هذه الرسالة أو مشاركة الرابط.',

  'meeting-confirmed.status': 'تم تأكيد لقائك الثنائي (B2B) مع {counterpart}.',
  'meeting-confirmed.profile.heading': 'الطرف الآخر في اللقاء',
  'meeting-confirmed.calendar': `تضيف دعوة التقويم المرفقة (${ICS}) هذا اللقاء إلى تقويمك.`,

  'meeting-accepted.status': 'تم قبول طلب اللقاء الذي وجّهته إلى {counterpart}.',
  'meeting-accepted.next': 'لم يُحدَّد موعد بعد: سيُدرج المنظمون اللقاء في الجدول، وسيصلك موعده ورقم الطاولة عبر البريد الإلكتروني.',

  'meeting-declined.status': 'لم يتم قبول طلب اللقاء الذي وجّهته إلى {counterpart}.',

  'meeting-cancelled.status': 'تم إلغاء لقائك الثنائي (B2B) مع {counterpart}.',
  'meeting-cancelled.status.byCounterpart': 'تم إلغاء لقائك الثنائي (B2B) من طرف {counterpart}.',
  'meeting-cancelled.calendar': `يحذف تحديث التقويم المرفق (${ICS}) هذا اللقاء من تقويمك.`,

  'meeting-expired.status.requester': 'انتهت صلاحية طلب اللقاء الذي وجّهته إلى {counterpart} دون رد.',
  'meeting-expired.status.recipient': 'انتهت صلاحية طلب اللقاء الوارد من {counterpart} دون رد.',

  'meeting-answer-reminder.status.one': 'طلب لقاء واحد في {event} في انتظار ردك.',
  'meeting-answer-reminder.status.two': 'طلبا لقاء في {event} في انتظار ردك.',
  'meeting-answer-reminder.status.few': '{count} طلبات لقاء في {event} في انتظار ردك.',
  'meeting-answer-reminder.status.many': '{count} طلبًا للقاء في {event} في انتظار ردك.',
  'meeting-answer-reminder.status.other': '{count} طلب لقاء في {event} في انتظار ردك.',
  'meeting-answer-reminder.requesters': 'الطلبات الواردة من:',
  'meeting-answer-reminder.more.one': 'وطلب آخر',
  'meeting-answer-reminder.more.two': 'وطلبان آخران',
  'meeting-answer-reminder.more.few': 'و{count} طلبات أخرى',
  'meeting-answer-reminder.more.many': 'و{count} طلبًا آخر',
  'meeting-answer-reminder.more.other': 'و{count} طلب آخر',
  'meeting-answer-reminder.how': 'للرد، يرجى فتح رسائل الطلبات التي أرسلناها إليك: تتضمن كل رسالة رابطًا خاصًا بك لقبول اللقاء أو الاعتذار عنه.',
  'meeting-answer-reminder.button': 'عرض جدول مواعيدي',

  'agenda-reminder.status': 'إليك جدول مواعيدك في {event}: لقاءاتك الثنائية (B2B) والجلسات التي اخترتها.',
  'agenda-reminder.heading': 'جدول مواعيدك',
  'agenda-reminder.meeting': 'لقاء ثنائي (B2B) مع {counterpart} – الطاولة {table}',
  'agenda-reminder.empty': 'جدول مواعيدك فارغ حاليًا.',
  'agenda-reminder.calendar': `يضيف ملف التقويم المرفق (${ICS}) هذه اللقاءات والجلسات إلى تقويمك.`,
  'agenda-reminder.subscribe.heading': 'جدول محدَّث باستمرار',
  'agenda-reminder.subscribe.how': 'يمكنك الاشتراك في جدول مواعيدك من تطبيق التقويم لديك لتظهر فيه كل التغييرات فور حدوثها.',
  'agenda-reminder.subscribe.button': 'الاشتراك في جدول مواعيدي',
  'schedule-published.status': 'قام المنظمون بجدولة لقاءاتك الثنائية (B2B) في {event}. إليك جدول مواعيدك كاملًا: كل لقاء بموعده وطاولته، والجلسات التي اخترتها.',

  'meeting.participant': '{name} ({organisation})',
  'meeting.participant.noOrganisation': '{name}',
  'meeting.when.heading': 'الموعد والمكان',
  'meeting.when': 'الموعد',
  'meeting.table': 'الطاولة',
  'meeting.reason': 'السبب المذكور',
  'meeting.directory': 'يمكنك البحث في دليل الفعالية عن أشخاص آخرين وإرسال طلبات لقاء إليهم.',
  'meeting.agenda.personal': 'هذا الرابط خاص بك: يمكن لأي شخص يملكه الاطلاع على جدول مواعيدك. يرجى عدم إعادة توجيه هذه الرسالة أو مشاركة الرابط.',
  'meeting.profile.name': 'الاسم',
  'meeting.profile.organisation': 'المؤسسة',
  'meeting.profile.cluster': 'العنقود',
  'meeting.profile.country': 'البلد',
  'meeting.profile.type': 'الفئة',
  'meeting.profile.sectors': 'القطاعات',
  'meeting.profile.offer': 'العرض',
  'meeting.profile.request': 'المطلوب',
  'meeting.profile.notProvided': 'لم يُقدَّم',
  'meeting.participantType.cluster-manager': 'إدارة عنقود',
  'meeting.participantType.company': 'شركة',
  'meeting.participantType.institution': 'هيئة مؤسساتية',
  'meeting.participantType.research': 'بحث علمي',
  'meeting.participantType.other': 'أخرى',
  'meeting.calendar.summary': 'لقاء ثنائي (B2B): {counterpart}',
  'meeting.calendar.location': 'الطاولة {table} – {venue}',
  'meeting.footer.reason': 'تصلك هذه الرسالة بسبب مشاركتك في اللقاءات الثنائية (B2B) ضمن {event}.',
  'meeting.footer.reference': 'مرجع اللقاء: {reference}',

  'action.urlHint': 'إذا لم يعمل الزر، يرجى نسخ هذا العنوان ولصقه في المتصفح:',

  'format.dateTime': '{date} على الساعة {time}',
  'format.labelSeparator': ': ',
  'format.listSeparator': '، ',
});
