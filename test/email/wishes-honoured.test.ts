import { describe, expect, it } from 'vitest';
import type { EmailMessage } from '../../shared/email/email-message';
import { createTranslator } from '../../shared/email/i18n/create-translator';
import { loadEveryRendering, renderEmail } from '../../shared/email/render-email';
import type { Language } from '../../shared/events/event-definition';
import { event, meetingMessage, NOW } from './fixtures';
import { bare, visibleText } from './text-helpers';
import { wishesView } from '../../shared/schedule-runs/wishes-view';

// Rendering is synchronous once the kinds and catalogues are loaded (the mailer loads the one it sends).
await loadEveryRendering();

const withWishes = (language: Language, wishes?: { expressed: number; honoured: number }): EmailMessage => {
  const message = meetingMessage('schedule-published', language) as Extract<EmailMessage, { kind: 'schedule-published' }>;
  return { ...message, data: { ...message.data, ...(wishes ? { wishes } : {}) } };
};

describe('"n of m wishes honoured" (schedule-published, issue 22)', () => {
  it.each([
    ['en', { expressed: 3, honoured: 2 }, '2 of 3 wishes honoured'],
    ['en', { expressed: 1, honoured: 1 }, '1 of 1 wish honoured'],
    ['fr', { expressed: 1, honoured: 0 }, 'Souhait respecté\u00a0: 0 sur 1'],
    ['fr', { expressed: 4, honoured: 3 }, 'Souhaits respectés\u00a0: 3 sur 4'],
    ['ar', { expressed: 2, honoured: 1 }, 'تمت مراعاة 1 من أصل رغبتين'],
    ['ar', { expressed: 12, honoured: 11 }, 'تمت مراعاة 11 من أصل 12 رغبة'],
  ] as const)('%s: %o says "%s" in both parts', (language, wishes, expected) => {
    const rendered = renderEmail(withWishes(language, wishes), event, { now: NOW });
    expect(bare(rendered.text)).toContain(expected);
    expect(bare(visibleText(rendered.html))).toContain(expected);
  });

  it('says nothing about wishes to someone who had none', () => {
    for (const language of ['fr', 'en', 'ar'] as const) {
      const rendered = renderEmail(withWishes(language), event, { now: NOW });
      const zero = createTranslator(language).plural('wishes.honoured', 0, { honoured: 0 }).plain;
      expect(bare(rendered.text)).not.toContain(zero);
      expect(rendered.text).not.toMatch(/wish|souhait|رغب/i);
    }
  });

  it('picks the plural form with Intl.PluralRules, an explicit zero first', () => {
    const ar = createTranslator('ar');
    expect(ar.plural('wishes.honoured', 0, { honoured: 0 }).plain).toBe('لم يُعبَّر عن أي رغبة');
    expect(ar.plural('wishes.honoured', 5, { honoured: 5 }).plain).toBe('تمت مراعاة 5 من أصل 5 رغبات');
    expect(ar.plural('wishes.honoured', 100, { honoured: 7 }).plain).toBe('تمت مراعاة 7 من أصل 100 رغبة');
    expect(createTranslator('en').plural('wishes.honoured', 0, { honoured: 0 }).plain).toBe('No wishes expressed');
  });

  it('is said by the schedule run view as by the emails, from the sentence alone (no whole catalogue)', () => {
    for (const [expressed, honoured] of [[0, 0], [1, 1], [2, 1], [5, 3], [11, 11], [100, 7]] as const) {
      const { summary } = wishesView({ wishesExpressed: expressed, wishesHonoured: honoured });
      for (const language of ['fr', 'en', 'ar'] as const) {
        expect(summary[language]).toBe(createTranslator(language).plural('wishes.honoured', expressed, { honoured }).plain);
      }
    }
  });
});
