/**
 * Plurals, shared by the emails, the organiser summary and the web app: one text per CLDR plural
 * category the language uses (Arabic has six: zero, one, two, few, many, other), chosen with
 * `Intl.PluralRules`, never with `count === 1` (French "1 demande" but also "0 demande", Arabic
 * "طلبان" for two…).
 */
export type PluralCategory = Intl.LDMLPluralRule;

/** A message that depends on a count: `other` always, the other categories where the language has them. */
export type PluralMessage = { readonly other: string } & { readonly [C in PluralCategory]?: string };

/** The categories a catalogue may add to a plural message besides the reference's `one`/`other`. */
export const EXTRA_PLURAL_CATEGORIES = ['zero', 'two', 'few', 'many'] as const;

/**
 * The text for `count`: an explicit `zero` text wins for 0 in every language (a "no request yet"
 * sentence reads better than "0 requests"), else the language's category, else `other`.
 */
export function pluralForm(rules: Intl.PluralRules, forms: PluralMessage, count: number): string {
  const explicitZero = count === 0 ? forms.zero : undefined;
  return explicitZero ?? forms[rules.select(count)] ?? forms.other;
}
