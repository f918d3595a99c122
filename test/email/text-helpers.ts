import { expect } from 'vitest';
/** LRI, RLI, FSI and PDI: the isolates the renderer puts around values and phrases. */
const ISOLATES = /[\u2066-\u2069]/g;

/** Plain text without the bidi isolates of the Arabic rendering, and with Intl's thin spaces as spaces. */
export const bare = (text: string) => text.replace(ISOLATES, '').replace(/[\u2009\u202f]/g, ' ');

/** Visible text of an HTML part, close enough for assertions: tags dropped, entities decoded. */
export function visibleText(markup: string): string {
  return markup
    .replace(/<head>[\s\S]*?<\/head>/, '')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The HTML part is in `language` and laid out in its direction (right to left for Arabic) throughout. */
export function expectDocumentDirection(markup: string, language: string): void {
  const rtl = language === 'ar';
  const dir = rtl ? 'rtl' : 'ltr';
  expect(markup).toContain(`<html lang="${language}" dir="${dir}">`);
  expect(markup).toContain(`<body dir="${dir}"`);
  expect(markup).toContain(`text-align:${rtl ? 'right' : 'left'}`);
  expect(markup).not.toContain(`text-align:${rtl ? 'left' : 'right'}`);
}
