/**
 * Arabic letters typed one way or the other for the same name: a final ة written ه ("سارة" / "ساره"), ى for
 * ي ("مصطفى" / "مصطفي"), the Persian/Urdu yeh and keheh of such keyboards for ي and ك, alef wasla for alef.
 * The hamza forms (أ إ آ ؤ ئ) need nothing here: NFKD splits off their hamza or madda as a mark.
 */
const arabicSpellings: Readonly<Record<string, string>> = { 'ة': 'ه', 'ى': 'ي', 'ی': 'ي', 'ک': 'ك', 'ٱ': 'ا' };
const arabicSpelling = /[ةىیکٱ]/g;
/** The tatweel stretches a word for looks ("محـــمد"); it is not a letter. */
const tatweel = /\u0640/g;

/**
 * Text as a search compares it: compatibility forms unified, every combining mark dropped, lower case, and
 * Arabic spelling variants made one. So "elodie" finds "Élodie", "muller" finds "Müller", "محمد" finds
 * "مُحمّد" (Arabic vowel signs are marks) and "ساره" finds "سارة".
 */
export const foldText = (text: string): string =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(tatweel, '')
    .replace(arabicSpelling, (letter) => arabicSpellings[letter]!)
    .toLowerCase();
