import type { EmailAttachment } from './email-message';
import { assertSafeUrl, html, joinHtml, type SafeHtml } from './html';
import type { LanguageSettings } from './i18n';
import type { Text } from './i18n/translator';

/**
 * The content of an email as a list of blocks. Templates build blocks from {@link Text}; the
 * layout turns the same blocks into the HTML part and the plain-text part, so both always carry
 * the same content.
 */
export type Block =
  | { type: 'paragraph'; text: Text }
  /** Smaller, muted text (explanations under a link, time-zone notes). */
  | { type: 'note'; text: Text }
  | { type: 'section'; heading: Text; blocks: readonly Block[] }
  /** Dated entries: when (muted) above what (bold). */
  | { type: 'schedule'; entries: readonly { when: Text; what: Text }[] }
  /** Label/value rows. */
  | { type: 'facts'; rows: readonly { label: Text; value: Text }[] }
  /** A bulleted list. */
  | { type: 'list'; items: readonly Text[] }
  /** Multi-line text someone typed (a coverage plan, a reason) under a label, its line breaks kept. */
  | { type: 'quote'; label: Text; lines: readonly Text[] }
  /**
   * A prominent link (button in HTML, label and URL on their own lines in text). With `urlHint`,
   * the HTML part also shows the URL as text under the button, after that sentence (for readers
   * whose client does not show buttons or who copy the link).
   */
  | { type: 'action'; label: Text; url: string; urlHint?: Text }
  /** An image attached inline (`contentId` of an attachment); the text part carries nothing for it, so `alt` must not be needed there. */
  | { type: 'image'; contentId: string; alt: Text; size: number };

export interface EmailContent {
  subject: Text;
  /** Banner at the top of the HTML part (usually the event name). */
  banner: Text;
  /** Hidden preview line many clients show next to the subject. */
  preheader?: Text;
  blocks: readonly Block[];
  footer: readonly Text[];
  attachments: readonly EmailAttachment[];
}

const COLOURS = {
  page: '#f3f4f6',
  card: '#ffffff',
  brand: '#123c69',
  onBrand: '#ffffff',
  text: '#1f2933',
  muted: '#52606d',
  rule: '#e4e7eb',
};

/** Renders the HTML part: table layout, inline styles, `lang`/`dir` on html, body and tables. */
export function renderHtml(content: EmailContent, language: LanguageSettings): string {
  const { dir } = language;
  const align = dir === 'rtl' ? 'right' : 'left';
  const font = language.fontFamily;
  const blocks = content.blocks.map((block) => renderBlockHtml(block, align));
  const footer = content.footer.map((line) => html`<p style="margin:0 0 6px;">${line.html}</p>`);
  const preheader = content.preheader
    ? html`<div style="display:none;max-height:0;overflow:hidden;mso-hide:all;">${content.preheader.html}</div>`
    : '';

  return html`<!DOCTYPE html>
<html lang="${language.language}" dir="${dir}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="x-apple-disable-message-reformatting">
<title>${content.subject.plain}</title>
</head>
<body dir="${dir}" style="margin:0;padding:0;background-color:${COLOURS.page};">
${preheader}
<table role="presentation" dir="${dir}" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:${COLOURS.page};">
<tr><td align="center" style="padding:24px 12px;">
<table role="presentation" dir="${dir}" width="600" cellpadding="0" cellspacing="0" border="0" style="width:100%;max-width:600px;background-color:${COLOURS.card};border-radius:6px;">
<tr><td dir="${dir}" style="padding:20px 28px;background-color:${COLOURS.brand};color:${COLOURS.onBrand};font-family:${font};font-size:18px;font-weight:bold;line-height:1.4;text-align:${align};border-radius:6px 6px 0 0;">${content.banner.html}</td></tr>
<tr><td dir="${dir}" style="padding:28px;font-family:${font};font-size:15px;line-height:1.6;color:${COLOURS.text};text-align:${align};">
${joinHtml(blocks, '\n')}
</td></tr>
<tr><td dir="${dir}" style="padding:16px 28px 24px;border-top:1px solid ${COLOURS.rule};font-family:${font};font-size:12px;line-height:1.5;color:${COLOURS.muted};text-align:${align};">
${footer}
</td></tr>
</table>
</td></tr>
</table>
</body>
</html>
`.toString();
}

function renderBlockHtml(block: Block, align: 'left' | 'right'): SafeHtml {
  switch (block.type) {
    case 'paragraph':
      return html`<p style="margin:0 0 16px;text-align:${align};">${block.text.html}</p>`;
    case 'note':
      return html`<p style="margin:0 0 16px;font-size:13px;color:${COLOURS.muted};text-align:${align};">${block.text.html}</p>`;
    case 'section':
      return html`<h2 style="margin:28px 0 10px;font-size:16px;line-height:1.4;color:${COLOURS.brand};text-align:${align};">${block.heading.html}</h2>
${joinHtml(
  block.blocks.map((inner) => renderBlockHtml(inner, align)),
  '\n',
)}`;
    case 'schedule':
      return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px;">
${block.entries.map(
  (entry) => html`<tr><td style="padding:8px 0;border-bottom:1px solid ${COLOURS.rule};text-align:${align};">
<div style="font-size:13px;color:${COLOURS.muted};">${entry.when.html}</div>
<div style="font-weight:bold;">${entry.what.html}</div>
</td></tr>
`,
)}</table>`;
    case 'facts': {
      // A gap on the label's inner side: "Organisation" is wider than 30% of a 360 px screen.
      const labelPadding = align === 'right' ? '4px 0 4px 12px' : '4px 12px 4px 0';
      return html`<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="margin:0 0 16px;">
${block.rows.map(
  (row) => html`<tr><td valign="top" style="padding:${labelPadding};width:30%;color:${COLOURS.muted};text-align:${align};">${row.label.html}</td><td valign="top" style="padding:4px 0;text-align:${align};">${row.value.html}</td></tr>
`,
)}</table>`;
    }
    case 'list': {
      const padding = align === 'right' ? '0 20px 0 0' : '0 0 0 20px';
      return html`<ul style="margin:0 0 16px;padding:${padding};text-align:${align};">
${block.items.map((item) => html`<li style="margin:0 0 6px;text-align:${align};">${item.html}</li>
`)}</ul>`;
    }
    case 'quote':
      // The rule on the side the text starts from: left, or right in Arabic.
      return html`<p style="margin:0 0 4px;color:${COLOURS.muted};text-align:${align};">${block.label.html}</p>
<div style="margin:0 0 16px;padding:8px 12px;border-${align}:3px solid ${COLOURS.rule};text-align:${align};">${joinHtml(
        block.lines.map((line) => line.html),
        html`<br>\n`,
      )}</div>`;
    case 'image':
      if (!/^[a-z0-9-]{1,40}$/.test(block.contentId)) throw new Error(`Invalid content id ${block.contentId}`);
      return html`<img src="cid:${block.contentId}" alt="${block.alt.plain}" width="${block.size}" height="${block.size}" style="display:block;margin:0 0 16px;border:0;">`;
    case 'action': {
      const url = assertSafeUrl(block.url);
      const button = html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:4px 0 16px;"><tr><td style="background-color:${COLOURS.brand};border-radius:4px;"><a href="${url}" target="_blank" style="display:inline-block;padding:12px 22px;color:${COLOURS.onBrand};font-weight:bold;text-decoration:none;">${block.label.html}</a></td></tr></table>`;
      if (!block.urlHint) return button;
      // The URL as text, not as a second link: one href per secret link.
      return html`${button}
<p style="margin:0 0 16px;font-size:13px;color:${COLOURS.muted};text-align:${align};">${block.urlHint.html}<br><span dir="ltr" style="word-break:break-all;">${url}</span></p>`;
    }
  }
}

/** Renders the plain-text part: the same blocks, headings underlined, links on their own line. */
export function renderText(content: EmailContent, language: LanguageSettings): string {
  const separator = language.catalogue['format.labelSeparator'];
  const chunks = content.blocks.flatMap((block) => renderBlockText(block, language.locale, separator));
  const footer = content.footer.map((line) => line.plain).join('\n');
  return `${chunks.join('\n\n')}\n\n${'—'.repeat(24)}\n${footer}\n`;
}

function renderBlockText(block: Block, locale: string, separator: string): string[] {
  switch (block.type) {
    case 'paragraph':
    case 'note':
      return [block.text.plain];
    case 'section': {
      const heading = block.heading.plain.toLocaleUpperCase(locale);
      const underline = '='.repeat(Math.min(Array.from(block.heading.plain).length, 60));
      return [`${heading}\n${underline}`, ...block.blocks.flatMap((inner) => renderBlockText(inner, locale, separator))];
    }
    case 'schedule':
      return [block.entries.map((entry) => `• ${entry.when.plain}\n  ${entry.what.plain}`).join('\n')];
    case 'facts':
      return [block.rows.map((row) => `${row.label.plain}${separator}${row.value.plain}`).join('\n')];
    case 'list':
      return [block.items.map((item) => `• ${item.plain}`).join('\n')];
    case 'quote':
      return [`${block.label.plain}${separator.trimEnd()}\n${block.lines.map((line) => line.plain).join('\n')}`];
    case 'image':
      return [];
    case 'action':
      return [`${block.label.plain}${separator.trimEnd()}\n${assertSafeUrl(block.url)}`];
  }
}
