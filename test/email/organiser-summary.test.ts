import { describe, expect, it } from 'vitest';
import { loadEveryRendering, renderEmail } from '../../shared/email/render-email';
import { computeSummary } from '../../shared/organisers/compute-summary';
import type { OrganiserSummaryFigures } from '../../shared/organisers/summary-figures';
import { summaryStrings } from '../../shared/organisers/summary-strings';
import { en } from '../../web/src/i18n/messages/en';
import { fr } from '../../web/src/i18n/messages/fr';
import { event, NOW } from './fixtures';
import { bare, visibleText } from './text-helpers';

await loadEveryRendering();

/** The summary of the seeded event with nobody registered yet, as the organisers receive it. */
function renderSummary(language: 'fr' | 'en', change: (figures: OrganiserSummaryFigures) => void = () => {}) {
  const figures = computeSummary(event, { registrations: [], meetings: [], press: [], confirmations: [] }, undefined, NOW);
  change(figures);
  const message = {
    kind: 'organiser-summary' as const,
    recipient: { email: `summary.${language}@organisers.example`, name: '', language },
    eventId: event.id,
    data: { summaryId: '01HV8Z6Q3K4M5N6P7Q8R9S0T1V', generatedAt: NOW.toISOString(), figures },
  };
  const rendered = renderEmail(message, event, { now: NOW });
  return [bare(rendered.text), bare(visibleText(rendered.html))];
}

describe('the organiser summary email', () => {
  it.each([
    ['en', ['Bilateral (B2B) meetings, 9 April 2019: 0', 'Bilateral (B2B) meetings, 10 April 2019: 0', 'Site visit: MAScIR Foundation, 11 April 2019: 0 / 25 (0%)']],
    ['fr', ['Rencontres bilatérales (B2B), 9 avril 2019\u00a0: 0', 'Rencontres bilatérales (B2B), 10 avril 2019\u00a0: 0']],
  ] as const)('tells programme items of the same title apart by their day (%s)', (language, lines) => {
    for (const part of renderSummary(language)) {
      for (const line of lines) expect(part).toContain(line);
    }
  });

  it.each([
    ['en', 'amina@cluster.example — Meeting request — Bounced'],
    ['fr', 'amina@cluster.example — Demande de rendez-vous — Rejetés (bounce)'],
  ] as const)('names the kind of each email that failed or bounced in words, not by its id (%s)', (language, line) => {
    const bounced = (figures: OrganiserSummaryFigures) => {
      figures.emails.problems = [{ confirmationId: '01HV8Z6Q3K4M5N6P7Q8R9S0T1W', kind: 'meeting-requested', recipient: 'amina@cluster.example', status: 'bounced', at: NOW.toISOString() }];
      figures.emails.problemCount = 1;
    };
    for (const part of renderSummary(language, bounced)) {
      expect(part).toContain(line);
      expect(part).not.toContain('meeting-requested');
    }
  });

  it('names the kinds of email as the console does', () => {
    for (const [language, catalogue] of [['en', en], ['fr', fr]] as const) {
      for (const [kind, label] of Object.entries(summaryStrings[language].emailKind)) expect(label).toBe((catalogue as unknown as Record<string, unknown>)[`console.emailKind.${kind}`]);
    }
  });

  it.each([
    ['en', ['Jane Doe (Le Matin), pending for 5 h', 'Karim Alami (هسبريس), pending for 10 days']],
    ['fr', ['Jane Doe (Le Matin), en attente depuis 5 h', 'Karim Alami (هسبريس), en attente depuis 10 jours']],
  ] as const)('gives a pending press request its age in hours, then in days (%s)', (language, lines) => {
    const waiting = (figures: OrganiserSummaryFigures) => {
      figures.press.pending = 2;
      figures.press.pendingRequests = [
        { accreditationId: '01HV8Z6Q3K4M5N6P7Q8R9S0T1X', name: 'Karim Alami', mediaOutlet: 'هسبريس', requestedAt: NOW.toISOString(), ageHours: 247 },
        { accreditationId: '01HV8Z6Q3K4M5N6P7Q8R9S0T1Y', name: 'Jane Doe', mediaOutlet: 'Le Matin', requestedAt: NOW.toISOString(), ageHours: 5 },
      ];
    };
    for (const part of renderSummary(language, waiting)) {
      for (const line of lines) expect(part).toContain(line);
    }
  });

  it.each([
    ['en', '… and 40 more: see the Emails page of the organiser console.'],
    ['fr', '… et 40 de plus\u00a0: voir la page E-mails de la console des organisateurs.'],
  ] as const)('sends organisers to the console for the emails it does not list, not to an API (%s)', (language, note) => {
    const many = (figures: OrganiserSummaryFigures) => {
      figures.emails.problems = [{ confirmationId: '01HV8Z6Q3K4M5N6P7Q8R9S0T1W', kind: 'meeting-requested', recipient: 'amina@cluster.example', status: 'bounced', at: NOW.toISOString() }];
      figures.emails.problemCount = 41;
    };
    for (const part of renderSummary(language, many)) {
      expect(part).toContain(note);
      expect(part).not.toMatch(/API/);
    }
  });
});
