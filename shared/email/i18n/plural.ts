/** A message that depends on a count: one text per CLDR plural category the language uses. */
export type PluralMessage = { readonly other: string } & { readonly [C in Intl.LDMLPluralRule]?: string };

/** The form of `message` for `count` (CLDR categories; an explicit `zero` text wins for 0 in every language). */
export function pluralForm(rules: Intl.PluralRules, message: PluralMessage, count: number): string {
  const explicitZero = count === 0 ? message.zero : undefined;
  return explicitZero ?? message[rules.select(count)] ?? message.other;
}
