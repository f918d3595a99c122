/**
 * Builds one date format of the page's locale while the page's chunks and the event are still on
 * their way (main.tsx). The first `Intl.DateTimeFormat` of a locale loads its ICU data and pattern
 * generator: about a quarter of a second at 4× CPU slowdown, the largest script cost of the
 * registration page's first render (docs/benchmarks.md part 9). Later formats of that locale,
 * whatever their options or time zone, reuse what it loaded and cost a fraction of a millisecond,
 * so the render that needs them no longer waits for it; the main thread was mostly idle meanwhile.
 */
export function prepareDateFormats(locale: string): void {
  new Intl.DateTimeFormat(locale, { timeZone: 'UTC', day: 'numeric', month: 'long', year: 'numeric' }).format(0);
}
