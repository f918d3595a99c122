/** Arabic script (and its presentation forms): such a line is laid out right to left. */
const arabic = /[\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;
const strong = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF\u0600-\u06FF\u0750-\u077F\u08A0-\u08FF\uFB50-\uFDFF\uFE70-\uFEFF]/;

/**
 * The direction of a line from its first strong character (the paragraph rule of Unicode's bidi
 * algorithm). A line mixing Arabic and Latin words is not reordered word by word: names and
 * organisations are written in one script in practice, and the limitation is in docs/check-in.md.
 */
export function lineDirection(text: string): 'ltr' | 'rtl' {
  const first = strong.exec(text)?.[0];
  return first !== undefined && arabic.test(first) ? 'rtl' : 'ltr';
}

/** The largest size from `max` down to `min` at which `text` fits `width` on one line (wrapping would break RTL order). */
export function fittingSize(text: string, width: number, max: number, min: number, widthAt: (size: number) => number): number {
  for (let size = max; size > min; size -= 1) if (widthAt(size) <= width) return size;
  return min;
}
