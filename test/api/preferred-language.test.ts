import { describe, expect, it } from 'vitest';
import { preferredLanguage } from '../../shared/http/preferred-language';

describe('the reader’s language from Accept-Language', () => {
  it.each([
    ['fr-FR,fr;q=0.9,en-US;q=0.8,en;q=0.7', 'fr'],
    ['ar-MA', 'ar'],
    ['de-DE,de;q=0.9,en;q=0.8', 'en'],
    ['en;q=0.5, ar;q=0.8', 'ar'],
    ['ar;q=0, fr;q=0.1', 'fr'],
    ['EN-gb', 'en'],
    ['fr, ar', 'fr'],
  ] as const)('%s → %s', (header, language) => {
    expect(preferredLanguage(header, 'en')).toBe(language);
  });

  it('falls back when there is no header or none of ours', () => {
    expect(preferredLanguage(undefined, 'fr')).toBe('fr');
    expect(preferredLanguage('de, es;q=0.5, *;q=0.1', 'fr')).toBe('fr');
    expect(preferredLanguage('garbage;;;', 'en')).toBe('en');
  });
});
