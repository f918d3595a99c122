import ICAL from 'ical.js';
import { escapeHtml } from '../../shared/email/html';
import { linkMessages } from '../../shared/i18n/link-messages/index';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, register, registrationBody } from '../support/registrations';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

let app: TestApp;
const event = testEvent();
const closedEvent = testEvent({ registration: { closed: false, deadline: new Date(Date.now() - 60_000).toISOString() } });

beforeAll(async () => {
  app = await startTestApp([event, closedEvent]);
});
afterAll(() => app.stop());

const path = `/events/${event.id}/registrations`;

describe('registering', () => {
  it.each([
    ['fr', /Inscription confirmée/, 'ltr'],
    ['en', /Registration confirmed/, 'ltr'],
    ['ar', /تأكيد التسجيل/, 'rtl'],
  ] as const)('confirms in %s with an email in that language and a parseable .ics', async (language, subject, direction) => {
    const { response, json, body } = await register(app, event.id, { language, programme: ['visit-esith'] });
    expect(response.status).toBe(201);
    expect(json).toMatchObject({ status: 'confirmed', registrationId: expect.stringMatching(/^[0-9A-Z]{26}$/), manageToken: expect.any(String) });
    expect(json.waitlistPosition).toBeUndefined();
    await app.drainStreams();
    const mails = await app.mailTo(body.email as string);
    expect(mails).toHaveLength(1);
    const mail = mails[0]!;
    expect(mail.subject).toMatch(subject);
    expect(mail.subject.replace(/[\u2066-\u2069]/g, '')).toContain(event.name[language]); // without the renderer's bidi isolates
    expect(mail.body.html).toContain(`dir="${direction}"`);
    expect(mail.body.html).toContain(`/${language}/registrations/${json.registrationId}?event=${event.id}#token=${json.manageToken}`);
    expect(mail.body.text).toContain('Amina');
    const ics = mail.attachments.find((attachment) => attachment.filename.endsWith('.ics'));
    expect(ics).toBeDefined();
    const calendar = new ICAL.Component(ICAL.parse(Buffer.from(ics!.content, 'base64').toString('utf8')));
    const uids = calendar.getAllSubcomponents('vevent').map((vevent) => String(vevent.getFirstPropertyValue('uid')));
    expect(uids.some((uid) => uid.includes(json.registrationId))).toBe(true);
    const visit = calendar.getAllSubcomponents('vevent').find((vevent) => String(vevent.getFirstPropertyValue('uid')).includes('visit-esith'));
    const start = (visit!.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate();
    expect(start.toISOString()).toBe(new Date(event.programme.find((item) => item.id === 'visit-esith')!.start).toISOString());
  });

  it('names every invalid field in one 400 and writes nothing', async () => {
    const email = `invalid-${Date.now()}@example.org`;
    const response = await app.request('POST', path, {
      body: registrationBody({ email, firstName: '', country: 'XX', sectors: [], consent: false, phone: '0612', language: 'de', extra: 1 }),
    });
    expect(response.status).toBe(400);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const problem = await jsonOf(response);
    const paths = problem.errors.map((error: { path: string }) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['firstName', 'country', 'sectors', 'consent', 'phone', 'language']));
    expect(problem.errors).toContainEqual({ path: 'extra', message: 'is not a known field' });
    await app.drainStreams();
    expect(await app.mailTo(email)).toHaveLength(0);
    expect((await register(app, event.id, { email })).response.status).toBe(201);
  });

  it('refuses ids the event does not have', async () => {
    const response = await app.request('POST', path, { body: registrationBody({ sectors: ['space'], clusterId: 'nope', programme: ['moon-visit'] }) });
    expect(response.status).toBe(400);
    expect((await jsonOf(response)).errors.map((error: { path: string }) => error.path)).toEqual(['clusterId', 'sectors.0', 'programme.0']);
  });

  it('answers malformed JSON 400, a huge body 413 and a non-JSON body 415', async () => {
    const malformed = await app.request('POST', path, { rawBody: '{"firstName": ', headers: { 'content-type': 'application/json' } });
    expect(malformed.status).toBe(400);
    expect((await jsonOf(malformed)).type).toContain('malformed-json');
    const huge = await app.request('POST', path, {
      rawBody: JSON.stringify(registrationBody({ profile: { offer: 'x'.repeat(70_000), request: '' } })),
      headers: { 'content-type': 'application/json' },
    });
    expect(huge.status).toBe(413);
    const text = await app.request('POST', path, { rawBody: 'hello', headers: { 'content-type': 'text/plain' } });
    expect(text.status).toBe(415);
  });

  it('takes one registration per email, comparing the domain case-insensitively', async () => {
    const first = await register(app, event.id, { email: `  dup.${Date.now()}@Example.ORG ` });
    expect(first.response.status).toBe(201);
    const again = await app.request('POST', path, { body: registrationBody({ email: (first.body.email as string).trim().replace('Example.ORG', 'example.org') }) });
    expect(again.status).toBe(409);
    expect((await jsonOf(again)).detail).toBe('This email address is already registered for this event.');
  });

  it('replays a retried request with the same Idempotency-Key and refuses the key with another body', async () => {
    const key = `key-${Date.now()}-abcdef`;
    const body = registrationBody();
    const responses = await Promise.all(
      Array.from({ length: 5 }, () => app.request('POST', path, { body, headers: { 'idempotency-key': key } })),
    );
    const bodies = await Promise.all(responses.map(jsonOf));
    expect(responses.map((response) => response.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(bodies.map((created) => created.registrationId)).size).toBe(1);
    expect(new Set(bodies.map((created) => created.manageToken)).size).toBe(1);
    await app.drainStreams();
    expect(await app.mailTo(body.email as string)).toHaveLength(1);
    const reused = await app.request('POST', path, { body: { ...body, firstName: 'Other' }, headers: { 'idempotency-key': key } });
    expect(reused.status).toBe(422);
  });

  it('escapes HTML in names and refuses CR/LF that could add a header', async () => {
    const { json, body } = await register(app, event.id, { firstName: '<script>alert(1)</script>', lastName: 'O\'Neil & <b>Co</b>' });
    expect(json.status).toBe('confirmed');
    await app.drainStreams();
    const [mail] = await app.mailTo(body.email as string);
    expect(mail!.body.html).not.toContain('<script>alert(1)</script>');
    expect(mail!.body.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(mail!.body.html).not.toContain('<b>Co</b>');

    const victim = `victim-${Date.now()}@example.org`;
    const injected = await app.request('POST', path, { body: registrationBody({ lastName: `Eve\r\nBcc: ${victim}` }) });
    expect(injected.status).toBe(400);
    expect((await jsonOf(injected)).errors[0].path).toBe('lastName');
    await app.drainStreams();
    expect(await app.mailTo(victim)).toHaveLength(0);
  });

  it('refuses registrations after the deadline with 409', async () => {
    const response = await app.request('POST', `/events/${closedEvent.id}/registrations`, { body: registrationBody() });
    expect(response.status).toBe(409);
    expect((await jsonOf(response)).type).toContain('registration-closed');
  });
});

describe('managing a registration', () => {
  it('needs the registration’s own token', async () => {
    const mine = await register(app, event.id);
    const theirs = await register(app, event.id);
    const url = `/registrations/${mine.json.registrationId}`;
    expect((await app.request('GET', url)).status).toBe(401);
    expect((await app.request('GET', url, { headers: bearer('x'.repeat(43)) })).status).toBe(403);
    expect((await app.request('GET', url, { headers: bearer(theirs.json.manageToken) })).status).toBe(403);
    const tampered = mine.json.manageToken.slice(0, -1) + (mine.json.manageToken.endsWith('A') ? 'B' : 'A');
    const refused = await app.request('GET', url, { headers: bearer(tampered) });
    expect(refused.status).toBe(403);
    expect(JSON.stringify(await jsonOf(refused))).not.toContain(mine.body.email as string);
    const ok = await app.request('GET', url, { headers: bearer(mine.json.manageToken) });
    expect(ok.status).toBe(200);
    expect(await jsonOf(ok)).toMatchObject({ registrationId: mine.json.registrationId, status: 'confirmed', email: mine.body.email });
  });

  it('changes profile, language and programme, and refuses the email', async () => {
    const { json } = await register(app, event.id);
    const url = `/registrations/${json.registrationId}`;
    const changed = await app.request('PATCH', url, { headers: bearer(json.manageToken), body: { language: 'ar', profile: { offer: 'تمور' }, programme: ['visit-cti'] } });
    expect(changed.status).toBe(200);
    expect(await jsonOf(changed)).toMatchObject({ language: 'ar', profile: { offer: 'تمور', request: 'Partners in logistics' }, programme: ['visit-cti'] });
    const email = await app.request('PATCH', url, { headers: bearer(json.manageToken), body: { email: 'new@example.org' } });
    expect(email.status).toBe(400);
  });
});

describe('structured profiles (offer and request tags of the taxonomy)', () => {
  it('refuses tags the taxonomy lacks together with the other bad fields, in one answer', async () => {
    const { response, json } = await register(app, event.id, { sectors: ['space'], profile: { offerTags: ['iot', 'teleportation'], requestTags: ['investment', 'investment'] } });
    expect(response.status).toBe(400);
    const paths = (json.errors as { path: string }[]).map((error) => error.path);
    expect(paths).toEqual(expect.arrayContaining(['sectors.0', 'profile.offerTags.1', 'profile.requestTags']));
  });

  it('keeps the picks, shows them to the owner and in the directory, and changes one list without the others', async () => {
    const { json } = await register(app, event.id, { profile: { offer: 'Capteurs', request: '', offerTags: ['iot'], requestTags: ['investment'] } });
    const url = `/registrations/${json.registrationId}`;
    expect((await jsonOf(await app.request('GET', url, { headers: bearer(json.manageToken) }))).profile).toEqual({ offer: 'Capteurs', request: '', offerTags: ['iot'], requestTags: ['investment'] });
    const changed = await app.request('PATCH', url, { headers: bearer(json.manageToken), body: { profile: { requestTags: ['cold-chain', 'nowhere'] } } });
    expect(changed.status).toBe(400);
    expect((await jsonOf(changed)).errors).toEqual([expect.objectContaining({ path: 'profile.requestTags.1' })]);
    await app.request('PATCH', url, { headers: bearer(json.manageToken), body: { profile: { requestTags: ['cold-chain'] } } });
    const directory = await jsonOf(await app.request('GET', `/events/${event.id}/participants?limit=100`, { headers: bearer(json.manageToken) }));
    const listed = directory.participants.find((participant: { registrationId: string }) => participant.registrationId === json.registrationId);
    expect(listed).toMatchObject({ offer: 'Capteurs', offerTags: ['iot'], requestTags: ['cold-chain'] });
  });
});

describe('the manage link of the emails', () => {
  it('opens the web page with the token in the fragment; the link of older emails redirects there, changing nothing; other tokens get a plain page; the old form is gone', async () => {
    const { json, body } = await register(app, event.id, { language: 'ar', firstName: '<i>Salma</i>' });
    await app.drainStreams();
    const [mail] = await app.mailTo(body.email as string);
    const link = /href="([^"]*\/registrations\/[^"/#]+#token=[^"]+)"/.exec(mail!.body.html!)![1]!.replaceAll('&amp;', '&');
    // WEB_BASE_URL is unset here: the web app is taken to be served on PUBLIC_BASE_URL.
    // It names its event (no secret), for the page's "new link by email" when the link is refused.
    expect(link).toBe(`${app.apiUrl}/ar/registrations/${json.registrationId}?event=${event.id}#token=${json.manageToken}`);
    const linkPath = `/registrations/${json.registrationId}/manage?token=${json.manageToken}`;

    const moved = await fetch(`${app.apiUrl}${linkPath}`, { redirect: 'manual' });
    expect(moved.status).toBe(303);
    expect(moved.headers.get('location')).toBe(link);
    expect(moved.headers.get('referrer-policy')).toBe('no-referrer');
    expect((await jsonOf(await app.request('GET', `/registrations/${json.registrationId}`, { headers: bearer(json.manageToken) }))).status).toBe('confirmed');

    const forged = await app.request('GET', `/registrations/${json.registrationId}/manage?token=${'A'.repeat(43)}`);
    expect(forged.status).toBe(403);
    expect(forged.headers.get('content-type')).toContain('text/html');
    expect(forged.headers.get('content-security-policy')).toBe("default-src 'none'");
    expect(forged.headers.get('referrer-policy')).toBe('no-referrer');
    expect(await forged.text()).not.toContain('Salma');
    // The plain page speaks the reader's browser language (the old link carries none), right to left in Arabic, never the API's English.
    for (const [acceptLanguage, language, dir] of [['fr-FR,fr;q=0.9,en;q=0.8', 'fr', 'ltr'], ['de-DE, ar-MA;q=0.8, en;q=0.5', 'ar', 'rtl'], [undefined, 'en', 'ltr']] as const) {
      const page = await app.request('GET', `/registrations/${json.registrationId}/manage?token=${'A'.repeat(43)}`, { headers: acceptLanguage ? { 'accept-language': acceptLanguage } : {} });
      const text = await page.text();
      expect(page.status).toBe(403);
      expect(text).toContain(`<html lang="${language}" dir="${dir}">`);
      expect(text).toContain(escapeHtml(linkMessages[language]['link.invalid']));
      expect(text).toContain(escapeHtml(linkMessages[language]['link.todo.manage']));
      if (language !== 'en') expect(text).not.toMatch(/token|link|access/i);
      expect(page.headers.get('content-language')).toBe(language);
    }

    // The old page's cancel form is gone: its POST is refused (405, not a 500) and cancels nothing.
    const oldForm = await app.request('POST', linkPath, { rawBody: 'action=cancel', headers: { 'content-type': 'application/x-www-form-urlencoded' } });
    expect(oldForm.status).toBe(405);
    expect((await jsonOf(await app.request('GET', `/registrations/${json.registrationId}`, { headers: bearer(json.manageToken) }))).status).toBe('confirmed');
  });
});
