/**
 * The French messages also said outside the emails, where the whole catalogue would be too much to load:
 * "n of m wishes honoured" (the scheduler's run view, wishes-honoured.ts) and the participant types (the
 * badges, participant-type-labels.ts). The fr catalogue spreads them; one module per language, so that a
 * catalogue's chunk imports nothing shared with the others (a shared module would be one more file to load).
 */
export const frWishesHonoured = {
  'wishes.honoured.zero': 'Aucun souhait exprimé',
  'wishes.honoured.one': 'Souhait respecté\u00a0: {honoured} sur 1',
  'wishes.honoured.other': 'Souhaits respectés\u00a0: {honoured} sur {count}',
} as const satisfies Readonly<Record<`wishes.honoured.${string}`, string>>;

export const frParticipantTypes = {
  'meeting.participantType.cluster-manager': 'Animation de cluster',
  'meeting.participantType.company': 'Entreprise',
  'meeting.participantType.institution': 'Institution',
  'meeting.participantType.research': 'Recherche',
  'meeting.participantType.other': 'Autre',
} as const satisfies Readonly<Record<`meeting.participantType.${string}`, string>>;
