import { html, trustedHtml, type SafeHtml } from '../email/html';
import type { Language } from '../events/event-definition';
import { languageLayouts } from '../email/i18n/language-settings';

/** A small standalone HTML page in the reader's language and direction (no scripts, no external assets). */
export function page(language: Language, title: string, body: SafeHtml): string {
  const { dir, fontFamily } = languageLayouts[language];
  return html`<!doctype html>
<html lang="${language}" dir="${dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex"><title>${title}</title>
<style>body{font-family:${trustedHtml(fontFamily)};max-width:40rem;margin:2rem auto;padding:0 1rem;line-height:1.5;color:#1f2933}
dt{font-weight:600}dd{margin:0 0 .6rem}button{font:inherit;padding:.5rem 1rem;margin-inline-end:.5rem}
.notice{background:#f1f5f9;padding:.75rem 1rem;border-radius:.4rem}</style></head>
<body>${body}</body></html>`.toString();
}
