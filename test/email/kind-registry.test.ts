import { describe, expect, it } from 'vitest';
import { loadedLanguage } from '../../shared/email/i18n/load-language';
import { loadedEmailKind, loadEmailKind } from '../../shared/email/kind-registry';
import { EmailRenderError, loadRendering, renderEmail } from '../../shared/email/render-email';
import { event, message, NOW } from './fixtures';

// This file loads nothing up front: what the mailer's first email loads is what is under test.
describe('the kind registry', () => {
  it('loads the kind and the language of the email it renders, and nothing else', async () => {
    const confirmed = message('registration-confirmed', 'ar');
    expect(() => renderEmail(confirmed, event, { now: NOW })).toThrow(/not loaded/);

    await loadRendering(confirmed);
    expect(renderEmail(confirmed, event, { now: NOW }).attachments.map((file) => file.filename)).toEqual([expect.stringMatching(/\.ics$/)]);
    expect(() => loadedEmailKind('registration-cancelled')).toThrow(/not loaded/);
    expect(() => loadedLanguage('fr')).toThrow(/not loaded/);
    expect(() => renderEmail(message('registration-confirmed', 'fr'), event, { now: NOW })).toThrow(/not loaded/);
  });

  it('gives the registration kinds the ticket QR derivation, and a stored message of an unknown kind is a data error', async () => {
    expect((await loadEmailKind('registration-confirmed')).derivedData).toBeTypeOf('function');
    expect((await loadEmailKind('press-approved')).derivedData).toBeUndefined();
    await expect(loadEmailKind('no-such-kind' as never)).rejects.toThrow(EmailRenderError);
  });
});
