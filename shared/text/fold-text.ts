/**
 * Text as a search compares it: compatibility forms unified, every combining mark dropped, lower case. So
 * "elodie" finds "Élodie", "muller" finds "Müller" and "محمد" finds "مُحمّد" (Arabic vowel signs are marks).
 */
export const foldText = (text: string): string => text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
