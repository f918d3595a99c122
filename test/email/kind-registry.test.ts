import { describe, expect, it } from 'vitest';
import { loadedLanguage } from '../../shared/email/i18n/load-language';
import { emailKindDefinition, emailKinds } from '../../shared/email/kind-registry';
import { EmailRenderError, loadRendering, renderEmail } from '../../shared/email/render-email';
import { event, message, NOW } from './fixtures';

// This file loads no language up front: what the mailer's first email loads is what is under test.
describe('the kind registry', () => {
  it("loads the reader's language of the email it renders, and no other", async () => {
    const confirmed = message('registration-confirmed', 'ar');
    expect(() => renderEmail(confirmed, event, { now: NOW })).toThrow(/not loaded/);

    await loadRendering(confirmed);
    expect(renderEmail(confirmed, event, { now: NOW }).attachments.map((file) => file.filename)).toEqual([expect.stringMatching(/\.ics$/)]);
    expect(() => loadedLanguage('fr')).toThrow(/not loaded/);
    expect(() => renderEmail(message('registration-cancelled', 'fr'), event, { now: NOW })).toThrow(/not loaded/);
  });

  it('gives the seat kinds, and only them, the ticket QR derivation; a stored message of an unknown kind is a data error', () => {
    const deriving = emailKinds.filter((kind) => emailKindDefinition(kind).derivedData !== undefined);
    expect(deriving.sort()).toEqual(['registration-confirmed', 'registration-promoted', 'registration-waitlisted']);
    expect(() => emailKindDefinition('no-such-kind' as never)).toThrow(EmailRenderError);
  });
});
