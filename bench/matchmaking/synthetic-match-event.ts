import type { Language } from '../../shared/events/event-definition';
import { europeanUnion, middleEastNorthAfrica } from '../../shared/geo/countries';
import type { MatchCandidate } from '../../shared/matchmaking/match-profile';
import type { MatchmakingSettings, MatchTag } from '../../shared/matchmaking/taxonomy';
import { seededRandom } from '../seeded-random';

/**
 * Synthetic events for measuring recommendations, with a known truth. Every participant has hidden
 * interests (what they really offer and look for); what the matcher sees is a noisy rendering of
 * them: taxonomy picks for some, free text only (in French, English or Arabic) for others, half of
 * each for the rest, vague phrases that name nothing, stray picks. Pairs are planted across Europe
 * and MENA: each side offers two things the other looks for (ideal partners, as organisers would
 * pair them by hand). See docs/matchmaking.md.
 */
export interface SyntheticParticipant extends MatchCandidate {
  language: Language;
  inDirectory: boolean;
  truth: { offers: ReadonlySet<string>; seeks: ReadonlySet<string> };
  plantedPartner?: string;
}

export interface SyntheticMatchEvent {
  settings: MatchmakingSettings;
  participants: SyntheticParticipant[];
}

type Random = () => number;
type ProfileStyle = 'picks' | 'text' | 'both';

const pick = <T>(random: Random, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
const chance = (random: Random, probability: number) => random() < probability;

function sample<T>(random: Random, items: readonly T[], count: number): T[] {
  const pool = [...items];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0) chosen.push(pool.splice(Math.floor(random() * pool.length), 1)[0]!);
  return chosen;
}

const sentences: Record<Language, { offer: string; request: string; and: string; vague: string; filler: string }> = {
  fr: { offer: 'Nous proposons', request: 'Nous recherchons', and: ' et ', vague: 'des solutions innovantes', filler: 'Cluster ouvert aux échanges' },
  en: { offer: 'We offer', request: 'We are looking for', and: ' and ', vague: 'innovative solutions', filler: 'A cluster open to exchanges' },
  ar: { offer: 'نقدم', request: 'نبحث عن', and: ' و', vague: 'حلول مبتكرة', filler: 'تجمع منفتح على التبادل' },
};

/** How a person names a tag in free text: its label mostly, a keyword sometimes, nothing useful at times. */
function phraseFor(random: Random, tag: MatchTag, language: Language): string {
  const roll = random();
  const keywords = tag.keywords?.[language] ?? [];
  if (roll < 0.15) return sentences[language].vague;
  if (roll < 0.35 && keywords.length > 0) return pick(random, keywords);
  return tag.labels[language];
}

function describe(random: Random, ids: Iterable<string>, tags: ReadonlyMap<string, MatchTag>, language: Language, lead: 'offer' | 'request'): string {
  const phrases = [...ids].map((id) => phraseFor(random, tags.get(id)!, language));
  return phrases.length === 0 ? '' : `${sentences[language][lead]} ${phrases.join(sentences[language].and)}.`;
}

interface Organisation {
  name: string;
  country: string;
  region: 'eu' | 'mena';
  sectors: string[];
}

function organisation(random: Random, index: number, sectorIds: readonly string[]): Organisation {
  const region = chance(random, 0.5) ? 'eu' : 'mena';
  const countries = [...(region === 'eu' ? europeanUnion : middleEastNorthAfrica)].filter((code) => code !== 'MT');
  return { name: `Cluster ${index + 1}`, country: pick(random, countries), region, sectors: sample(random, sectorIds, chance(random, 0.6) ? 1 : 2) };
}

function languageIn(random: Random, region: 'eu' | 'mena'): Language {
  const roll = random();
  if (region === 'eu') return roll < 0.55 ? 'fr' : 'en';
  return roll < 0.5 ? 'ar' : roll < 0.8 ? 'fr' : 'en';
}

/** Hidden interests: two topics of one's own sectors offered, two topics sought, a cooperation type half the time each way. */
function interests(random: Random, sectors: readonly string[], tags: readonly MatchTag[]) {
  const topics = tags.filter((tag) => tag.kind === 'topic');
  const own = topics.filter((tag) => sectors.includes(tag.sectorId!));
  const cooperation = tags.filter((tag) => tag.kind === 'cooperation');
  const offers = new Set(sample(random, own, 2).map((tag) => tag.id));
  const seekable = (chance(random, 0.6) ? own : topics).filter((tag) => !offers.has(tag.id));
  const seeks = new Set(sample(random, seekable.length > 0 ? seekable : topics.filter((tag) => !offers.has(tag.id)), 2).map((tag) => tag.id));
  if (chance(random, 0.5)) offers.add(pick(random, cooperation).id);
  if (chance(random, 0.5)) seeks.add(pick(random, cooperation).id);
  return { offers, seeks };
}

function plantPairs(random: Random, people: SyntheticParticipant[]): void {
  const listed = people.filter((person) => person.inDirectory);
  const europeans = sample(random, listed.filter((person) => europeanUnion.has(person.country)), listed.length);
  const mena = sample(random, listed.filter((person) => middleEastNorthAfrica.has(person.country)), listed.length);
  for (let index = 0; index < Math.min(europeans.length, mena.length); index += 1) {
    const [left, right] = [europeans[index]!, mena[index]!];
    for (const id of sample(random, [...right.truth.seeks], 2)) (left.truth.offers as Set<string>).add(id);
    for (const id of sample(random, [...left.truth.seeks], 2)) (right.truth.offers as Set<string>).add(id);
    left.plantedPartner = right.registrationId;
    right.plantedPartner = left.registrationId;
  }
}

/** What the matcher sees of a participant, rendered from the hidden interests in one of three styles. */
function render(random: Random, person: SyntheticParticipant, tags: ReadonlyMap<string, MatchTag>, allTagIds: readonly string[]): void {
  const style: ProfileStyle = pick(random, ['picks', 'picks', 'picks', 'picks', 'text', 'text', 'both', 'both'] as const);
  const offers = [...person.truth.offers];
  const seeks = [...person.truth.seeks];
  const pickedOffers = style === 'text' ? [] : style === 'both' ? sample(random, offers, Math.ceil(offers.length / 2)) : offers;
  const pickedSeeks = style === 'text' ? [] : style === 'both' ? sample(random, seeks, Math.ceil(seeks.length / 2)) : seeks;
  const stray = chance(random, 0.1) ? [pick(random, allTagIds)] : [];
  person.offerTags = [...new Set([...pickedOffers, ...stray])];
  person.requestTags = pickedSeeks;
  person.offer = style === 'picks' ? sentences[person.language].filler : describe(random, offers, tags, person.language, 'offer');
  person.request = style === 'picks' ? '' : describe(random, seeks, tags, person.language, 'request');
}

/** `count` participants in organisations of one to three people; `seed` makes it repeatable. */
export function syntheticMatchEvent(settings: MatchmakingSettings, count: number, seed: number): SyntheticMatchEvent {
  const random = seededRandom(seed);
  const sectorIds = [...new Set(settings.tags.flatMap((tag) => (tag.sectorId ? [tag.sectorId] : [])))];
  const tags = new Map(settings.tags.map((tag) => [tag.id, tag]));
  const participants: SyntheticParticipant[] = [];
  for (let orgIndex = 0; participants.length < count; orgIndex += 1) {
    const org = organisation(random, orgIndex, sectorIds);
    const size = pick(random, [1, 1, 1, 1, 1, 1, 2, 2, 2, 3]);
    for (let member = 0; member < size && participants.length < count; member += 1) {
      const registrationId = `P${String(participants.length).padStart(6, '0')}`;
      participants.push({
        registrationId,
        organisation: org.name,
        country: org.country,
        sectors: org.sectors,
        language: languageIn(random, org.region),
        inDirectory: chance(random, 0.93),
        truth: interests(random, org.sectors, settings.tags),
        offerTags: [],
        requestTags: [],
        offer: '',
        request: '',
      });
    }
  }
  plantPairs(random, participants);
  for (const person of participants) render(random, person, tags, [...tags.keys()]);
  return { settings, participants };
}
