import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { register } from '../support/registrations';
import { registrationKey } from '../../shared/storage/keys';
import { getItem } from '../support/table-reads';
import { startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

// Embeddings, overrides, isolates and the LRM/RLM/ALM marks.
const BIDI_CONTROL = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;
const contact = { name: 'Zineb Rharrasse', organisation: 'StartUp Maroc', email: `zineb.${Date.now()}@startupmaroc.example`, language: 'fr' as const };
const event = testEvent({ pressContacts: [contact] });
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([event]);
});
afterAll(() => app.stop());

/** The token in the fragment of the first link in an email's HTML whose URL matches `pattern`. */
function linkToken(html: string, pattern: RegExp): string {
  const href = [...html.matchAll(/href="([^"]+)"/g)].map((match) => match[1]!.replaceAll('&amp;', '&')).find((url) => pattern.test(url))!;
  return new URLSearchParams(new URL(href).hash.slice(1)).get('token')!;
}

describe('bidi controls in what people type', () => {
  it('are removed from names and profile text, in the store, the API and the email', async () => {
    const { response, json, body } = await register(app, event.id, {
      firstName: 'Amina\u202egnp.exe',
      lastName: '\u2067Benali\u2069\u200f',
      organisation: 'Maroc\u202d Numeric',
      profile: { offer: 'IoT\u202e\nlogistics', request: '\u061cPartners' },
    });
    expect(response.status).toBe(201);
    const stored = await getItem(app.tableNames.registrations, registrationKey(json.registrationId));
    expect(stored).toMatchObject({ firstName: 'Aminagnp.exe', lastName: 'Benali', organisation: 'Maroc Numeric' });
    expect(JSON.stringify(stored)).not.toMatch(BIDI_CONTROL);

    await app.drainStreams();
    const [mail] = await app.mailTo(body.email as string);
    const token = linkToken(mail!.body.html!, /\/registrations\/[^/#]+#token=/);
    const shown = await (await app.request('GET', `/registrations/${json.registrationId}`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(shown).toContain('Aminagnp.exe');
    expect(shown).not.toMatch(BIDI_CONTROL);
    expect(mail!.body.html).toContain('<bdi>Maroc Numeric</bdi>');
  });

  it('are removed from a portfolio URL, in the store and in what the decision link shows', async () => {
    const email = `jane.${Date.now()}@lematin.example`;
    const response = await app.request('POST', `/events/${event.id}/press-accreditations`, {
      body: {
        firstName: 'Jane\u202e',
        lastName: 'Doe',
        email,
        mediaOutlet: 'Le \u2066Matin',
        mediaType: 'print',
        country: 'MA',
        portfolioUrl: 'https://lematin.example/jane\u202e',
        coveragePlan: 'Interviews\u202b with cluster managers.',
        days: [event.startDate],
        language: 'en',
        consent: true,
      },
    });
    expect(response.status).toBe(201);
    const { accreditationId } = (await response.json()) as { accreditationId: string };
    const stored = await getItem(app.tableNames.registrations, { pk: `PRESS#${accreditationId}`, sk: 'PRESS' });
    expect(stored).toMatchObject({ portfolioUrl: 'https://lematin.example/jane', mediaOutlet: 'Le Matin', firstName: 'Jane' });
    expect(JSON.stringify(stored)).not.toMatch(BIDI_CONTROL);

    await app.drainStreams();
    const review = (await app.mailTo(contact.email)).find((mail) => mail.body.html?.includes(accreditationId))!;
    expect(review.body.html).not.toMatch(/[\u202a-\u202e]/);
    const token = linkToken(review.body.html!, /\/decision#token=/);
    const shown = await (await app.request('GET', `/press-accreditations/${accreditationId}/review`, { headers: { authorization: `Bearer ${token}` } })).text();
    expect(shown).toContain('https://lematin.example/jane');
    expect(shown).not.toMatch(BIDI_CONTROL);
    expect(review.body.html).toContain('<bdi>Jane Doe</bdi>');
  });
});
