import { describe, expect, it } from 'vitest';
import type { StoredEmailMessage } from '../../shared/confirmations/confirmation-record';
import { scrubMention } from '../../shared/confirmations/mentions';
import type { EmailMessage, ParticipantProfile, RecommendationDigestData } from '../../shared/email/email-message';
import { UnsafeUrlError } from '../../shared/email/html';
import { loadEveryRendering, renderEmail } from '../../shared/email/render-email';
import { EmailRenderError } from '../../shared/email/template';
import { event, LANGUAGES, NOW } from './fixtures';
import { bare, expectDocumentDirection, visibleText } from './text-helpers';

// Rendering is synchronous once the kinds and catalogues are loaded (the mailer loads the one it sends).
await loadEveryRendering();

const READER_ID = '01HV8Z6Q3K4M5N6P7Q8R9S0T1V';
const DIRECTORY_URL = `https://rendezvous.example/fr/events/${event.id}/participants?as=${READER_ID}#token=eyJyIjoiMDEifQ.s1gn`;
const MANAGE_URL = `https://rendezvous.example/fr/registrations/${READER_ID}#token=${READER_ID}.m4nage`;

const person = (registrationId: string, overrides: Partial<ParticipantProfile> = {}): ParticipantProfile => ({
  registrationId,
  firstName: 'Lucie',
  lastName: 'Martin',
  organisation: 'Froid Lyonnais',
  country: 'FR',
  participantType: 'company',
  sectors: ['transport-logistics'],
  offer: 'Cold rooms',
  request: 'IoT sensors',
  ...overrides,
});

function digest(language: (typeof LANGUAGES)[number], data: Partial<RecommendationDigestData> = {}): EmailMessage {
  return {
    kind: 'recommendation-digest',
    recipient: { email: 'amina@example.org', name: 'أمينة بنعلي', language },
    eventId: event.id,
    data: {
      registrationId: READER_ID,
      round: 'before-event',
      people: [
        {
          profile: person('01HVPARTNER0000000000000001'),
          reasons: [{ kind: 'offersWhatYouSeek', tagId: 'cold-chain', inText: false }, { kind: 'sharedSector', sectorId: 'transport-logistics' }, { kind: 'crossRegion' }],
        },
        { profile: person('01HVPARTNER0000000000000002', { firstName: 'Karim', lastName: 'بنعلي', organisation: 'Atlas <Robotics>' }), reasons: [{ kind: 'seeksWhatYouOffer', tagId: 'no-such-tag' }, { kind: 'similarWords' }] },
      ],
      directoryUrl: DIRECTORY_URL,
      manageUrl: MANAGE_URL,
      ...data,
    },
  };
}

const hrefs = (html: string) => [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&'));

describe('recommendation-digest', () => {
  for (const language of LANGUAGES) {
    it(`lists each person with reasons and one link of their own (${language})`, () => {
      const rendered = renderEmail(digest(language), event, { now: NOW });
      expectDocumentDirection(rendered.html, language);
      const asks = hrefs(rendered.html).filter((href) => href.includes('ask='));
      expect(asks.map((href) => new URL(href).searchParams.get('ask'))).toEqual(['01HVPARTNER0000000000000001', '01HVPARTNER0000000000000002']);
      for (const href of asks) expect(new URL(href).hash).toBe('#token=eyJyIjoiMDEifQ.s1gn');
      expect(hrefs(rendered.html)).toContain(MANAGE_URL);
      expect(rendered.text).toContain(asks[0]!);
      expect(rendered.attachments).toEqual([]);
    });
  }

  it('says why in the reader’s language with the event’s labels, and leaves out a tag the taxonomy lost', () => {
    const english = bare(renderEmail(digest('en'), event, { now: NOW }).text);
    expect(english).toContain('offers Cold chain, which you look for');
    expect(english).toContain('same sector: Transport and logistics');
    expect(english).toContain('your profiles use similar words');
    expect(english).not.toContain('no-such-tag');
    expect(bare(renderEmail(digest('fr'), event, { now: NOW }).text)).toContain('propose Chaîne du froid, que vous recherchez');
    expect(bare(renderEmail(digest('ar'), event, { now: NOW }).text)).toContain('يقدّم سلسلة التبريد، وهو ما تبحث عنه');
  });

  it('escapes and isolates names, and shows no address', () => {
    const rendered = renderEmail(digest('ar'), event, { now: NOW });
    expect(rendered.html).toContain('Atlas &lt;Robotics&gt;');
    expect(rendered.html).not.toContain('<Robotics>');
    expect(rendered.html).toContain('<bdi>Karim بنعلي</bdi>');
    expect(rendered.text).toMatch(/\u2068Karim بنعلي\u2069/);
    expect(visibleText(rendered.html)).not.toMatch(/@example|\+\d{6,}/);
    expect(bare(rendered.subject)).toContain('أشخاص ينبغي أن تلتقي بهم');
  });

  it('refuses a digest with nobody in it, a person id that is not an id, and a link that is not http(s)', () => {
    expect(() => renderEmail(digest('en', { people: [] }), event, { now: NOW })).toThrow(EmailRenderError);
    expect(() => renderEmail(digest('en', { people: [{ profile: person('x"><script>'), reasons: [] }] }), event, { now: NOW })).toThrow(EmailRenderError);
    expect(() => renderEmail(digest('en', { manageUrl: 'javascript:alert(1)' }), event, { now: NOW })).toThrow(UnsafeUrlError);
  });

  it('leaves out someone who erased their data since it was written (no blank heading, no link to them)', () => {
    const message = digest('fr');
    const scrubbed = scrubMention(message as unknown as StoredEmailMessage, '01HVPARTNER0000000000000002').message as unknown as EmailMessage;
    const rendered = renderEmail(scrubbed, event, { now: NOW });
    expect(hrefs(rendered.html).filter((href) => href.includes('ask=')).map((href) => new URL(href).searchParams.get('ask'))).toEqual(['01HVPARTNER0000000000000001']);
    expect(bare(rendered.text)).toContain('Lucie Martin');
  });
});
