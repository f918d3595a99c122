import { describe, expect, it } from 'vitest';
import { assertSafeUrl, escapeHtml, html, isSafeHtml, joinHtml, trustedHtml, UnsafeUrlError, type HtmlValue } from '../../shared/email/html';

describe('escapeHtml', () => {
  it('escapes the five HTML-significant characters', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });
  it('leaves other text alone, Arabic included', () => {
    expect(escapeHtml('مرحبًا Amina – 09:00')).toBe('مرحبًا Amina – 09:00');
  });
});

describe('html tagged template', () => {
  it('escapes interpolated strings by default', () => {
    const name = '<script>alert("x")</script>';
    expect(html`<p>${name}</p>`.toString()).toBe('<p>&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;</p>');
  });

  it('escapes in attribute values, so quotes cannot break out', () => {
    const title = '" onmouseover="alert(1)';
    expect(html`<span title="${title}">x</span>`.toString()).toBe('<span title="&quot; onmouseover=&quot;alert(1)">x</span>');
  });

  it('inserts SafeHtml as is: nested templates and explicit trustedHtml', () => {
    const inner = html`<b>${'<i>'}</b>`;
    expect(html`<p>${inner}${trustedHtml('<br>')}</p>`.toString()).toBe('<p><b>&lt;i&gt;</b><br></p>');
  });

  it('escapes each element of arrays and skips null, undefined and false', () => {
    const items: HtmlValue[] = ['<a>', html`<li>ok</li>`, null, undefined, false, 3];
    expect(html`<ul>${items}</ul>`.toString()).toBe('<ul>&lt;a&gt;<li>ok</li>3</ul>');
  });

  it('does not take look-alike objects for markup', () => {
    const forged = { toString: () => '<script>' } as unknown as HtmlValue;
    expect(() => html`${forged}`).toThrow(TypeError);
    expect(isSafeHtml(forged)).toBe(false);
    expect(isSafeHtml(html`x`)).toBe(true);
  });

  it('joins fragments, escaping a text separator', () => {
    expect(joinHtml(['a<', html`<b>b</b>`, ''], ' & ').toString()).toBe('a&lt; &amp; <b>b</b>');
  });
});

describe('assertSafeUrl', () => {
  it('accepts absolute http(s) URLs', () => {
    expect(assertSafeUrl('https://example.org/manage?token=a&b=c')).toBe('https://example.org/manage?token=a&b=c');
  });
  it.each(['javascript:alert(1)', 'data:text/html,<script>', '/relative', 'https://example.org/\nx', 'mailto:a@b.c'])(
    'rejects %j',
    (url) => {
      expect(() => assertSafeUrl(url)).toThrow(UnsafeUrlError);
    },
  );
});
