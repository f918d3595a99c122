/**
 * Language-aware word tokens for free-text matching in French, English and Arabic: words are split
 * by the ICU word segmenter (it knows Arabic script), then folded so that spelling variants meet:
 * case and Latin accents, Arabic diacritics, tatweel, hamza-carrying alefs, tā' marbūṭa and alif
 * maqṣūra, the Arabic article and its attached prepositions, and a light plural strip for Latin words.
 */

const arabicDiacritics = /[\u064B-\u065F\u0670\u06D6-\u06ED]/g;
const tatweel = /\u0640/g;
const arabicLetter = /[\u0600-\u06FF]/;
/**
 * What Arabic writes joined to the front of a word: the conjunctions و and ف, the prepositions ب، ك، ل
 * and the article ال, alone or combined (والري، بالتنقيط، للطاقة، وتتبع).
 */
const arabicClitics = /^(?:[وف]?(?:[بكل]?ال|لل)|[وف](?=[^\s]{3,}))/;
const latinCombiningMarks = /\p{M}/gu;

const stopWords = new Set(
  [
    // English
    'a an and are as at be by for from has have in is it of on or our the their to we with you your this that these those who which will can looking look offer offers seek seeking',
    // French
    'au aux avec ce ces dans de des du elle en et il ils je la le les leur leurs nos notre nous ou par pour qui que sa se ses son sur un une vos votre vous est sont recherchons cherchons proposons offrons',
    // Arabic (already folded: no diacritics, ة→ه, ى→ي, article stripped)
    'في من علي الي عن مع هذا هذه ذلك التي الذي و او ثم نحن نبحث نقدم نوفر لدينا ل ب',
  ]
    .join(' ')
    .split(' '),
);

let segmenter: Intl.Segmenter | undefined;

function foldArabic(word: string): string {
  let folded = word.replace(arabicDiacritics, '').replace(tatweel, '');
  folded = folded.replace(/[أإآٱ]/g, 'ا').replace(/ى/g, 'ي').replace(/ة/g, 'ه');
  const withoutClitics = folded.replace(arabicClitics, '');
  return withoutClitics.length >= 2 ? withoutClitics : folded;
}

/** French elision: l'énergie, d'eau, qu'un (straight or typographic apostrophe). */
const elision = /^(?:[cdjlmnst]|qu)['’]/;

function foldLatin(word: string): string | undefined {
  const folded = word.normalize('NFKD').replace(latinCombiningMarks, '').toLowerCase().replace(elision, '');
  if (stopWords.has(folded)) return undefined;
  return folded.length > 3 && /[sx]$/.test(folded) && !/ss$/.test(folded) ? folded.slice(0, -1) : folded;
}

/** One word, folded; `undefined` for stop words and single characters. */
export function foldWord(word: string): string | undefined {
  const folded = arabicLetter.test(word) ? foldArabic(word) : foldLatin(word);
  return folded === undefined || folded.length < 2 || stopWords.has(folded) ? undefined : folded;
}

/** The folded words of a text, in order (stop words dropped). */
export function wordTokens(text: string): string[] {
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' });
  const words: string[] = [];
  for (const { segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue;
    const folded = foldWord(segment);
    if (folded !== undefined) words.push(folded);
  }
  return words;
}
