import type { Language } from '../events/event-definition';

export type Translated = Record<Language, string>;

/**
 * One thing a participant can offer or look for: a topic of one of the event's sectors (IoT, cold
 * chain…) or a kind of cooperation (partnership, investment…). Labels let people from different
 * languages pick the same id; keywords (any language) let free text written without picking count too.
 */
export interface MatchTag {
  id: string;
  kind: 'topic' | 'cooperation';
  /** The sector a topic belongs to; cooperation types have none. */
  sectorId?: string;
  labels: Translated;
  keywords?: Partial<Record<Language, string[]>>;
}

/**
 * The event's matchmaking settings. `pairing: 'eu-mena'` is the purpose of events such as TechDays
 * (THE NEXT SOCIETY pairs European and MENA clusters): such pairs rank first among equals.
 */
export interface MatchmakingSettings {
  tags: MatchTag[];
  pairing: 'eu-mena' | 'none';
}

/** What a participant picked from the taxonomy, besides the free texts. */
export interface TagPicks {
  offerTags: string[];
  requestTags: string[];
}
