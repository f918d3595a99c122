import { arabicLetterForms, lamAlefLigatures } from './arabic-forms';

/** One shaped character: the code point to draw and the logical text it stands for. */
export interface ShapedCharacter {
  codePoint: number;
  text: string;
}

/**
 * Joining types (Unicode's ArabicShaping.txt): D joins on both sides, R on its right (previous) side
 * only, C causes joining (tatweel, ZWJ), T is transparent (marks, skipped when looking for
 * neighbours), U does not join.
 */
type JoiningType = 'D' | 'R' | 'C' | 'T' | 'U';
type Form = 0 | 1 | 2 | 3; // isolated, final, initial, medial: the order of arabicLetterForms

const transparent = /^[\p{Mn}\p{Me}\p{Cf}]$/u;
const TATWEEL = 0x0640;
const ZWJ = 0x200d;
const ZWNJ = 0x200c;

let formsByLetter: Map<number, readonly number[]> | undefined;
let ligaturesByPair: Map<string, readonly [isolated: number, final: number]> | undefined;

/** The tables as maps, built on first use (nothing at module load). */
function tables() {
  formsByLetter ??= new Map(arabicLetterForms.map(([letter, ...forms]) => [letter, forms]));
  ligaturesByPair ??= new Map(lamAlefLigatures.map(([lam, alef, isolated, final]) => [`${lam} ${alef}`, [isolated, final]]));
  return { formsByLetter, ligaturesByPair };
}

function joiningType(codePoint: number): JoiningType {
  if (codePoint === TATWEEL || codePoint === ZWJ) return 'C';
  if (codePoint === ZWNJ) return 'U';
  const forms = tables().formsByLetter.get(codePoint);
  if (forms !== undefined) return forms.length === 4 ? 'D' : forms.length === 2 ? 'R' : 'U';
  return transparent.test(String.fromCodePoint(codePoint)) ? 'T' : 'U';
}

const joinsForward = (type: JoiningType | undefined) => type === 'D' || type === 'C';
const joinsBackward = (type: JoiningType | undefined) => type === 'D' || type === 'R' || type === 'C';

/**
 * Arabic letters in their contextual forms (Unicode's joining rules, The Unicode Standard 9.2), drawn
 * through the Presentation Forms code points that Noto Sans Arabic maps in its cmap, and lam followed
 * by alef as the mandatory lam-alef ligature. Other characters pass unchanged. The order stays
 * logical; the line is put in visual order afterwards.
 */
export function shapeArabic(text: string): ShapedCharacter[] {
  const codePoints = Array.from(text, (character) => character.codePointAt(0)!);
  const types = codePoints.map(joiningType);
  const neighbour = (index: number, step: 1 | -1) => {
    let at = index + step;
    while (types[at] === 'T') at += step;
    return types[at];
  };
  const shaped: ShapedCharacter[] = [];
  for (let index = 0; index < codePoints.length; index += 1) {
    const codePoint = codePoints[index]!;
    const next = codePoints[index + 1];
    const joinsPrevious = joinsBackward(types[index]) && joinsForward(neighbour(index, -1));
    const ligature = tables().ligaturesByPair.get(`${codePoint} ${next}`);
    if (ligature !== undefined && next !== undefined) {
      shaped.push({ codePoint: ligature[joinsPrevious ? 1 : 0], text: String.fromCodePoint(codePoint, next) });
      index += 1;
      continue;
    }
    const joinsNext = joinsForward(types[index]) && joinsBackward(neighbour(index, 1));
    const form: Form = joinsPrevious ? (joinsNext ? 3 : 1) : joinsNext ? 2 : 0;
    const forms = tables().formsByLetter.get(codePoint);
    shaped.push({ codePoint: forms?.[form] ?? codePoint, text: String.fromCodePoint(codePoint) });
  }
  return shaped;
}
