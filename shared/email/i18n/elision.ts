import type { MessagePart } from './catalogue';

/** A catalogue literal that ends with the French preposition "de" and a space (after a space, a bracket or at the start). */
const BEFORE_VALUE = /(^|[\s\u00a0(«“])([dD])e $/;

/**
 * A value French reads with a vowel first: a vowel, a mute "h" (names: "Hélène", "Hugo"), or a "y"
 * before a consonant ("Yves"; "Yasmine" keeps "de"). Aspirated-h names ("de Hollande") are elided
 * too: the rule cannot know them, and they are rarer in first names than the mute ones.
 */
const VOWEL_SOUND = /^(?:[aeiouàâäæéèêëîïôöœùûü]|h|y(?![aeiouàâäéèêëîïôöœùûü]))/i;

/** Bidi isolates and marks a value may start with (they are not read). */
const INVISIBLE_START = /^[\u2066-\u2069\u200e\u200f\u061c]+/;

/** Whether French elides "de" before `value` ("de Amina" → "d’Amina"). */
export function elidesDe(value: string): boolean {
  return VOWEL_SOUND.test(value.replace(INVISIBLE_START, '').normalize('NFC'));
}

/**
 * The message's parts with French "de {name}" elided where the value calls for it: "Demande de
 * rendez-vous d’Amina Benali". Values are people's names and the event's, so the catalogue cannot
 * spell the elision; other languages' parts come back unchanged. `valueOf` gives a placeholder's text.
 */
export function withElision(parts: readonly MessagePart[], valueOf: (placeholder: string) => string | undefined, language: string): readonly MessagePart[] {
  if (language !== 'fr') return parts;
  return parts.map((part, index) => {
    const next = parts[index + 1];
    if (!('literal' in part) || next === undefined || !('placeholder' in next)) return part;
    const value = valueOf(next.placeholder);
    if (value === undefined || !elidesDe(value) || !BEFORE_VALUE.test(part.literal)) return part;
    return { literal: part.literal.replace(BEFORE_VALUE, (_whole, before: string, d: string) => `${before}${d}’`) };
  });
}
