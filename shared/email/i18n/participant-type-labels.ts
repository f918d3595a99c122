import type { Language } from '../../events/event-definition';
import { arParticipantTypes } from './apart/ar';
import { enParticipantTypes } from './apart/en';
import { frParticipantTypes } from './apart/fr';

/**
 * The participant types in each language (`meeting.participantType.<type>`), apart from the catalogues
 * that spread them: the badges print them without loading a catalogue (18 KB and one more file on the
 * badges route's cold start).
 */
export const participantTypeLabels = {
  fr: frParticipantTypes,
  en: enParticipantTypes,
  ar: arParticipantTypes,
} as const satisfies { readonly [L in Language]: Readonly<Record<`meeting.participantType.${string}`, string>> };
