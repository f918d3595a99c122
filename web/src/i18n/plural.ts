/** A message that depends on a count: one text per CLDR plural category the language uses. */
export type PluralMessage = { readonly other: string } & { readonly [C in Intl.LDMLPluralRule]?: string };
