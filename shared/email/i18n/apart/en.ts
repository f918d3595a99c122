/**
 * The English messages also said outside the emails, where the whole catalogue would be too much to load:
 * "n of m wishes honoured" (the scheduler's run view, wishes-honoured.ts) and the participant types (the
 * badges, participant-type-labels.ts). The en catalogue spreads them; one module per language, so that a
 * catalogue's chunk imports nothing shared with the others (a shared module would be one more file to load).
 */
export const enWishesHonoured = {
  'wishes.honoured.zero': 'No wishes expressed',
  'wishes.honoured.one': '{honoured} of 1 wish honoured',
  'wishes.honoured.other': '{honoured} of {count} wishes honoured',
} as const satisfies Readonly<Record<`wishes.honoured.${string}`, string>>;

export const enParticipantTypes = {
  'meeting.participantType.cluster-manager': 'Cluster management',
  'meeting.participantType.company': 'Company',
  'meeting.participantType.institution': 'Institution',
  'meeting.participantType.research': 'Research',
  'meeting.participantType.other': 'Other',
} as const satisfies Readonly<Record<`meeting.participantType.${string}`, string>>;
