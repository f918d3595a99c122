/**
 * The visual order of one line (a reduced Unicode Bidirectional Algorithm, UAX #9, for a single line
 * without explicit embeddings): right-to-left letters, left-to-right letters, European and Arabic
 * digits, and neutrals (spaces, punctuation) that take the direction of their surroundings. Enough for
 * a name such as `محمد 2` or `Dr. أمينة` to read as a bidi-aware viewer shows it.
 */
export type BidiClass = 'L' | 'R' | 'EN' | 'AN' | 'N';

const rightToLeft = /[\u0590-\u05FF\u0600-\u065F\u066D-\u06EF\u06FA-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/;
const arabicDigit = /[\u0660-\u066C]/;
const europeanDigit = /[0-9\u06F0-\u06F9]/;
const letter = /\p{L}/u;

export function bidiClass(character: string): BidiClass {
  if (europeanDigit.test(character)) return 'EN';
  if (arabicDigit.test(character)) return 'AN';
  if (rightToLeft.test(character)) return 'R';
  return letter.test(character) ? 'L' : 'N';
}

/** Levels: even left to right, odd right to left (rules W7, N1, N2, I1, I2 of UAX #9). */
function levels(classes: readonly BidiClass[], rtl: boolean): number[] {
  const base = rtl ? 1 : 0;
  const baseStrong: BidiClass = rtl ? 'R' : 'L';
  // W7: European digits after a left-to-right letter (or at the start of a left-to-right line) are L.
  let lastStrong = baseStrong;
  const resolved = classes.map((kind) => {
    if (kind === 'L' || kind === 'R') lastStrong = kind;
    return kind === 'EN' && lastStrong === 'L' ? 'L' : kind;
  });
  // N1, N2: a run of neutrals between the same direction takes it (digits count as R); otherwise the line's.
  const strongOf = (kind: BidiClass | undefined) => (kind === undefined ? baseStrong : kind === 'L' ? 'L' : 'R');
  for (let start = 0; start < resolved.length; start += 1) {
    if (resolved[start] !== 'N') continue;
    let end = start;
    while (end < resolved.length && resolved[end] === 'N') end += 1;
    const before = strongOf(resolved[start - 1]);
    const direction = before === strongOf(resolved[end]) ? before : baseStrong;
    resolved.fill(direction, start, end);
    start = end;
  }
  return resolved.map((kind) => {
    if (base === 0) return kind === 'R' ? 1 : kind === 'L' ? 0 : 2;
    return kind === 'R' ? 1 : 2;
  });
}

/** `items` in the order they are drawn from left to right, each with whether it runs right to left (rule L2). */
export function visualOrder<T>(items: readonly T[], classOf: (item: T) => BidiClass, rtl: boolean): { item: T; rtl: boolean }[] {
  const itemLevels = levels(items.map(classOf), rtl);
  let order = items.map((item, index) => ({ item, level: itemLevels[index] ?? 0 }));
  for (let level = Math.max(0, ...itemLevels); level >= 1; level -= 1) order = reverseRuns(order, level);
  return order.map(({ item, level }) => ({ item, rtl: level % 2 === 1 }));
}

/** Every maximal run of entries at `level` or higher, reversed in place of itself. */
function reverseRuns<E extends { level: number }>(order: readonly E[], level: number): E[] {
  const result: E[] = [];
  let run: E[] = [];
  for (const entry of order) {
    if (entry.level >= level) {
      run.push(entry);
      continue;
    }
    result.push(...run.reverse(), entry);
    run = [];
  }
  return [...result, ...run.reverse()];
}

/** A line's direction from its first strong letter (rules P2, P3); left to right if it has none. */
export function lineIsRightToLeft(text: string): boolean {
  for (const character of text) {
    const kind = bidiClass(character);
    if (kind === 'L' || kind === 'R') return kind === 'R';
  }
  return false;
}
