/**
 * The Arabic messages also said outside the emails, where the whole catalogue would be too much to load:
 * "n of m wishes honoured" (the scheduler's run view, wishes-honoured.ts) and the participant types (the
 * badges, participant-type-labels.ts). The ar catalogue spreads them; one module per language, so that a
 * catalogue's chunk imports nothing shared with the others (a shared module would be one more file to load).
 */
export const arWishesHonoured = {
  'wishes.honoured.zero': 'لم يُعبَّر عن أي رغبة',
  'wishes.honoured.one': 'تمت مراعاة {honoured} من أصل رغبة واحدة',
  'wishes.honoured.two': 'تمت مراعاة {honoured} من أصل رغبتين',
  'wishes.honoured.few': 'تمت مراعاة {honoured} من أصل {count} رغبات',
  'wishes.honoured.many': 'تمت مراعاة {honoured} من أصل {count} رغبة',
  'wishes.honoured.other': 'تمت مراعاة {honoured} من أصل {count} رغبة',
} as const satisfies Readonly<Record<`wishes.honoured.${string}`, string>>;

export const arParticipantTypes = {
  'meeting.participantType.cluster-manager': 'إدارة عنقود',
  'meeting.participantType.company': 'شركة',
  'meeting.participantType.institution': 'هيئة مؤسساتية',
  'meeting.participantType.research': 'بحث علمي',
  'meeting.participantType.other': 'أخرى',
} as const satisfies Readonly<Record<`meeting.participantType.${string}`, string>>;
