/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { isBookable } from '../../shared/meetings/bookable-slots';
import { pressStatusTokenFor } from '../../shared/security/press-status-token';
import { ar } from '../../web/src/i18n/messages/ar';
import { en } from '../../web/src/i18n/messages/en';
import { fr } from '../../web/src/i18n/messages/fr';
import { bearer, register } from '../support/registrations';
import { testEvent } from '../support/test-event';
import { accessibilityViolations, emailedLink, newTestPage, screenshots, tabTo, webPathOf } from './support/browser';
import { startBrowserStack, type BrowserStack, type BrowserTestApp } from './support/browser-stack';

/**
 * The web app in a real Chromium against the real local stack (handlers, DynamoDB Local, local
 * SES): the paths of issue 20, axe on every page × language, screenshots at 360 and 1280 px.
 * One browser for the file; one context per person, so each has their own sessionStorage.
 */
const run = Date.now().toString(36);
const pressContact = { name: 'Zineb Rharrasse', organisation: 'StartUp Maroc', email: `zineb.${run}@startupmaroc.example`, language: 'fr' as const };
const event = testEvent({ pressContacts: [pressContact] });
const bookableSlots = event.meetings.slots.filter((slot) => isBookable(event, slot)).map((slot) => slot.id);
const languages = ['fr', 'en', 'ar'] as const;
/** expect.poll with room for the mailer's stream poller and a cold first page load. */
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });

let app: BrowserTestApp;
let web: BrowserStack['web'];
let browser: Browser;

beforeAll(async () => {
  ({ app, web, browser } = await startBrowserStack([event]));
});
afterAll(() => browser?.close());

/** Every page visited, by name, so the accessibility and screenshot pass can revisit each in each language. */
const visited = new Map<string, { page: Page; path: string }>();
const remember = (name: string, page: Page) => visited.set(name, { page, path: new URL(page.url()).pathname });

/** "#TechDays THE NEXT SOCIETY المغرب" as an Arabic heading must hold it: RLI, the brand in LRI…PDI, the rest, PDI. */
const arabicEventName = `\u2067\u2066#TechDays THE NEXT SOCIETY\u2069 ${event.name.ar.replace('#TechDays THE NEXT SOCIETY ', '')}\u2069`;

const amina = { firstName: 'أمينة', lastName: 'بنعلي', email: `amina.${run}@example.org`, organisation: 'Maroc Numeric Cluster' };
let aminaPage: Page;
let karimPage: Page;
/** Amina's registration and manage token, from her emailed link (the API calls of the test act as her). */
let aminaSession: { registrationId: string; manageToken: string };
let karimSession: { registrationId: string; manageToken: string };

describe('attendees', () => {
  it('registers in Arabic with the keyboard alone, sees right-to-left, and server errors next to their fields', async () => {
    aminaPage = await newTestPage(browser);
    const page = aminaPage;
    await page.goto(`${web.url}/ar/events/${event.id}`);
    await poll(() => page.locator('h1').textContent()).toContain('TechDays');
    // The Arabic name, brand isolated left to right inside a right-to-left isolate (as the emails do), in the heading and the title.
    expect(await page.locator('h1').textContent()).toBe(arabicEventName);
    await poll(() => page.title()).toBe(`${arabicEventName} – Rendezvous`);
    expect(await page.locator('.programme').textContent()).toContain(event.programme[0]!.title.ar);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('ar');
    expect(await page.locator('.clusters li').count()).toBe(event.clusters.length);
    remember('home', page);

    await tabTo(page, 'a.button--primary');
    await page.keyboard.press('Enter');
    await page.waitForSelector('form');
    remember('register', page);
    // Remaining places per programme item (the site visits have 25 each), in Arabic plural forms.
    await poll(() => page.locator('#programme').textContent()).toContain('بقي');

    // Submitting the empty form: the API's errors[] appear next to their fields.
    await tabTo(page, 'button[type=submit]');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#email-error').isVisible()).toBe(true);
    expect(await page.getAttribute('#email', 'aria-invalid')).toBe('true');
    expect(await page.locator('#consent-error').isVisible()).toBe(true);
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('error-summary');

    const type = async (id: string, text: string) => {
      await tabTo(page, `#${id}`);
      await page.keyboard.type(text);
    };
    await type('firstName', amina.firstName);
    await type('lastName', amina.lastName);
    await type('email', amina.email);
    await type('organisation', amina.organisation);
    await tabTo(page, '#country');
    // Arabic letters reach the page as text input, which a closed <select> does not search: arrow down.
    const morocco = await page.$eval('#country', (select) => [...(select as HTMLSelectElement).options].findIndex((option) => option.value === 'MA'));
    for (let step = 0; step < morocco; step += 1) await page.keyboard.press('ArrowDown');
    expect(await page.inputValue('#country')).toBe('MA');
    await tabTo(page, '#language');
    expect(await page.inputValue('#language')).toBe('ar');
    await tabTo(page, '#sectors-ict');
    await page.keyboard.press('Space');
    await type('profile-offer', 'منصات إنترنت الأشياء');
    await tabTo(page, '#consent');
    await page.keyboard.press('Space');
    await tabTo(page, 'button[type=submit]');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.notice--success').textContent()).toContain('تم تسجيلك');

    // The confirmation email (local SES store) carries the manage link; it opens the web page.
    const manageLink = await emailedLink(app, amina.email, /\/registrations\/[^/#]+#token=/);
    aminaSession = { registrationId: new URL(manageLink).pathname.split('/').at(-1)!, manageToken: decodeURIComponent(new URL(manageLink).hash.slice('#token='.length)) };
    // The form sent the version of the consent text it showed.
    const stored = await app.request('GET', `/registrations/${aminaSession.registrationId}`, { headers: bearer(aminaSession.manageToken) });
    expect((await stored.json()).consentVersion).toBe('2019-01');
    await page.goto(web.url + webPathOf(manageLink, 'ar'));
    await poll(() => page.locator('main').textContent()).toContain(amina.organisation);
    expect(page.url()).not.toContain('token='); // the token left the address bar for sessionStorage
    await poll(() => page.locator('main').textContent()).toContain('المغرب'); // "Maroc" localised, never "MA"
    remember('manage', page);
  }, 120_000);

  it('a second participant finds the first in the directory and asks for a meeting in a slot free for both; accepted from the email, it shows in both agendas', async () => {
    const karim = await register(app, event.id, { firstName: 'Karim', lastName: 'Alaoui', email: `karim.${run}@example.org`, organisation: 'Cluster Solaire', country: 'FR', language: 'fr', sectors: ['ict'] });
    expect(karim.response.status).toBe(201);
    karimSession = { registrationId: karim.json.registrationId, manageToken: karim.json.manageToken };
    // Amina cannot meet in the first two bookable slots: Karim is offered only the others.
    const [away, alsoAway] = bookableSlots as [string, string];
    const marked = await app.request('PATCH', `/registrations/${aminaSession.registrationId}`, { headers: bearer(aminaSession.manageToken), body: { unavailableSlotIds: [away, alsoAway] } });
    expect(marked.status).toBe(200);
    karimPage = await newTestPage(browser);
    const page = karimPage;
    await page.goto(web.url + webPathOf(await emailedLink(app, karim.body.email as string, /\/registrations\/[^/#]+#token=/), 'fr'));
    await page.getByRole('link', { name: 'Trouver des participants' }).click();
    await page.fill('#q', 'Numeric');
    await page.getByRole('button', { name: 'Rechercher', exact: true }).click();
    const card = page.locator('.cards > li', { hasText: amina.organisation });
    await poll(() => card.count()).toBe(1);
    remember('directory', page);
    await card.getByRole('button', { name: 'Demander un rendez-vous' }).click();
    const offered = card.locator('.ask input[type=checkbox]');
    await poll(() => offered.count()).toBeGreaterThan(0);
    const offeredIds = await offered.evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));
    expect(offeredIds).toEqual(bookableSlots.filter((id) => id !== away && id !== alsoAway));
    expect(await accessibilityViolations(page)).toEqual([]);
    await card.locator('input[type=checkbox]').first().check();
    await card.locator('textarea').fill('Parlons logistique.');
    await card.getByRole('button', { name: 'Envoyer' }).click();
    await poll(() => card.locator('.notice--success').textContent()).toContain('Demande envoyée');

    // Amina answers from the emailed link: accept in the first proposed slot.
    const answerLink = await emailedLink(app, amina.email, /\/answer#token=/);
    await aminaPage.goto(web.url + webPathOf(answerLink, 'ar'));
    await aminaPage.waitForSelector('input[type=radio]');
    remember('answer', aminaPage);
    // Who asks and what they wrote, where the choice is made (the page showed only the slots).
    const asker = await aminaPage.locator('.facts').textContent();
    expect(asker).toContain('Karim Alaoui');
    expect(asker).toContain('Parlons logistique.');
    await aminaPage.getByRole('button', { name: 'قبول' }).click();
    await poll(() => aminaPage.locator('.notice--success').textContent()).toContain('مؤكَّد');
    // Opened again, the page says the same: the time and table of the confirmed meeting.
    const confirmed = await aminaPage.locator('.notice--success').textContent();
    await aminaPage.reload();
    await poll(() => aminaPage.locator('.notice--success').textContent()).toBe(confirmed);

    await aminaPage.goto(`${web.url}${visited.get('manage')!.path}`);
    await poll(() => aminaPage.locator('.agenda').textContent()).toContain('Karim Alaoui');
    await page.goto(`${web.url}/fr/registrations/${karim.json.registrationId}`);
    await poll(() => page.locator('.agenda').textContent()).toContain(amina.organisation);
  }, 120_000);

  it('lists incoming and outgoing requests in "My meetings"; a pending incoming one is accepted there with the keyboard alone', async () => {
    const leila = await register(app, event.id, { firstName: 'Leïla', lastName: 'Haddad', email: `leila.${run}@example.org`, organisation: 'Tunisia ICT', country: 'TN', language: 'fr', sectors: ['ict'] });
    const sofia = await register(app, event.id, { firstName: 'Sofia', lastName: 'Mansouri', email: `sofia.${run}@example.org`, organisation: 'Lyon Med Tech', country: 'FR', language: 'fr', sectors: ['ict'] });
    const common = await app.request('GET', `/registrations/${leila.json.registrationId}/meeting-slots?with=${karimSession.registrationId}`, { headers: bearer(leila.json.manageToken) });
    const [first, second] = (await common.json()).slots.map((slot: { id: string }) => slot.id) as [string, string];
    const ask = (fromToken: string, toRegistrationId: string, proposedSlotIds: string[]) =>
      app.request('POST', `/events/${event.id}/meeting-requests`, { headers: bearer(fromToken), body: { toRegistrationId, message: 'Coopération Tunis–Casablanca ?', proposedSlotIds } });
    const incoming = await (await ask(leila.json.manageToken, karimSession.registrationId, [first, second])).json();
    expect((await ask(karimSession.manageToken, sofia.json.registrationId, [first])).status).toBe(201);
    // Omar's request stays pending: the pages revisited below show an incoming request in every language.
    const omar = await register(app, event.id, { firstName: 'عمر', lastName: 'الفاسي', email: `omar.${run}@example.org`, organisation: 'Agadir Agri Cluster', country: 'MA', language: 'ar', sectors: ['ict'] });
    expect((await ask(omar.json.manageToken, karimSession.registrationId, [second])).status).toBe(201);

    const page = karimPage;
    await page.goto(`${web.url}/fr/events/${event.id}`);
    await page.getByRole('link', { name: 'Mes rendez-vous' }).click();
    await poll(() => page.locator('section[aria-labelledby=incoming]').textContent()).toContain('Leïla Haddad');
    expect(await page.locator('section[aria-labelledby=incoming]').textContent()).toContain('عمر');
    expect(await page.locator('section[aria-labelledby=outgoing]').textContent()).toContain('Sofia Mansouri');
    expect(await page.locator('section[aria-labelledby=confirmed]').textContent()).toContain(amina.organisation);
    remember('meetings', page);

    // Keyboard only: to the first proposed slot, arrow to the second, then Accept.
    await tabTo(page, `#answer-${incoming.meetingRequestId}-${first}`);
    await page.keyboard.press('ArrowDown');
    expect(await page.isChecked(`#answer-${incoming.meetingRequestId}-${second}`)).toBe(true);
    await tabTo(page, 'section[aria-labelledby=incoming] button[type=submit]');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.notice--success').textContent()).toContain('Confirmé');
    await poll(() => page.locator('section[aria-labelledby=confirmed]').textContent()).toContain('Leïla Haddad');
    const meetingSlotsOf = async (registration: { registrationId: string; manageToken: string }) => {
      const agenda = await (await app.request('GET', `/registrations/${registration.registrationId}/agenda`, { headers: bearer(registration.manageToken) })).json();
      return agenda.entries.filter((entry: { kind: string }) => entry.kind === 'meeting').map((entry: { slotId: string }) => entry.slotId) as string[];
    };
    expect(await meetingSlotsOf(leila.json)).toEqual([second]);

    // Keyboard only: move the confirmed meeting with Leïla to another slot free for both; focus follows the controls that replace each other.
    const move = `move-${incoming.meetingRequestId}`;
    await tabTo(page, `#${move}-find`);
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe(move);
    await page.keyboard.press('ArrowDown');
    const target = await page.inputValue(`#${move}`);
    const freeForBoth = (await (await app.request('GET', `/registrations/${karimSession.registrationId}/meeting-slots?with=${leila.json.registrationId}`, { headers: bearer(karimSession.manageToken) })).json()).slots.map((slot: { id: string }) => slot.id);
    expect(freeForBoth).toContain(target);
    expect(target).not.toBe(second);
    await tabTo(page, `#${move}-submit`);
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.notice--success').textContent()).toContain(fr['meetings.moved']);
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`${move}-find`);
    // In both agendas: Leïla's (API) and Karim's manage page.
    expect(await meetingSlotsOf(leila.json)).toEqual([target]);
    expect(await meetingSlotsOf(karimSession)).toContain(target);
    const movedTo = event.meetings.slots.find((slot) => slot.id === target)!;
    await page.goto(`${web.url}/fr/registrations/${karimSession.registrationId}`);
    const leilaEntry = page.locator('.agenda > li', { hasText: 'Leïla Haddad' });
    await poll(() => leilaEntry.count()).toBe(1);
    expect(await leilaEntry.locator('.agenda__time').textContent()).toContain(new Intl.DateTimeFormat('fr', { hour: '2-digit', minute: '2-digit', timeZone: event.timeZone }).format(new Date(movedTo.start)));
  }, 120_000);

  it('shows an agenda\'s programme items in the page\'s language, not the registration\'s', async () => {
    const item = event.programme.find((candidate) => candidate.title.fr !== candidate.title.ar)!;
    const { json } = await register(app, event.id, { email: `nadia.${run}@example.org`, language: 'ar', programme: [item.id] });
    const page = await newTestPage(browser);
    await page.goto(`${web.url}/fr/registrations/${json.registrationId}#token=${encodeURIComponent(json.manageToken)}`);
    const entry = page.locator('.agenda > li', { hasText: item.title.fr });
    await poll(() => entry.count()).toBe(1);
    expect(await page.locator('.agenda').textContent()).not.toContain(item.title.ar);
    await page.context().close();
  }, 60_000);
});

describe('press', () => {
  it('a journalist requests accreditation and the press contact approves it from the emailed link', async () => {
    const page = await newTestPage(browser);
    await page.goto(`${web.url}/fr/events/${event.id}/press`);
    remember('press', page);
    const journalist = `jane.${run}@lematin.example`;
    await page.fill('#firstName', 'Jane');
    await page.fill('#lastName', 'Doe');
    await page.fill('#email', journalist);
    await page.fill('#mediaOutlet', 'Le Matin');
    // No type chosen for the journalist (it was pre-set to "online"): a print one says so.
    await page.selectOption('#mediaType', 'print');
    await page.selectOption('#country', 'MA');
    await page.fill('#coveragePlan', 'Interviews avec les gestionnaires de clusters.');
    await page.locator('#days input').first().check();
    await page.check('#consent');
    await page.getByRole('button', { name: 'Demander l’accréditation' }).click();
    await poll(() => page.locator('main').textContent()).toContain('En attente');
    await screenshots(page, 'press-status-fr');
    expect(await accessibilityViolations(page)).toEqual([]);

    const decisionLink = await emailedLink(app, pressContact.email, /\/decision#token=/);
    const contactPage = await newTestPage(browser);
    await contactPage.goto(web.url + webPathOf(decisionLink, 'fr'));
    remember('decision', contactPage);
    // The request in full, values localised: the country's name, the coverage plan as written.
    await poll(() => contactPage.locator('.facts').textContent()).toContain('Maroc');
    expect(await contactPage.locator('.facts').textContent()).toContain('Presse écrite');
    expect(await contactPage.locator('.facts').textContent()).toContain('Interviews avec les gestionnaires de clusters.');
    // The form sent the version of the consent text it showed; the request keeps it and the page shows it.
    const review = await app.request('GET', `${new URL(decisionLink).pathname.replace(/^\/fr/, '').replace(/\/decision$/, '/review')}`, { headers: bearer(decodeURIComponent(new URL(decisionLink).hash.slice('#token='.length))) });
    expect((await review.json()).request.consentVersion).toBe('2019-01');
    expect(await contactPage.locator('.facts').textContent()).toContain('2019-01');
    await contactPage.getByRole('button', { name: 'Accepter' }).click();
    await poll(() => contactPage.locator('.notice--success').textContent()).toContain('Acceptée');
    await poll(async () => (await app.mailTo(journalist)).some((mail) => /accordée/.test(mail.subject))).toBe(true);

    // The journalist opens the status page from the approval email, with the keyboard only: approved, the request as sent.
    const statusLink = await emailedLink(app, journalist, /\/press-accreditations\/[0-9A-Z]{26}#token=/);
    const statusPage = await newTestPage(browser);
    await statusPage.goto(web.url + webPathOf(statusLink, 'fr'));
    remember('press-status-page', statusPage);
    await poll(() => statusPage.locator('.notice--success').textContent()).toContain('acceptée le');
    expect(await statusPage.locator('.facts').textContent()).toContain('Acceptée');
    expect(await statusPage.locator('.facts').textContent()).toContain('Interviews avec les gestionnaires de clusters.');
    expect(await statusPage.locator('main').textContent()).not.toContain(pressContact.name);
    // Reloading keeps it (the token moved from the fragment to the tab's session).
    await statusPage.reload();
    await poll(() => statusPage.locator('.notice--success').count()).toBe(1);

    // A request that no longer exists (erased after the retention period) says so in words, never a 500.
    const goneId = '01ARZ3NDEKTSV4RRFFQ69G5FAV';
    const goneToken = await pressStatusTokenFor({ accreditationId: goneId, expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    const gonePage = await newTestPage(browser);
    await gonePage.goto(`${web.url}/fr/press-accreditations/${goneId}#token=${encodeURIComponent(goneToken)}`);
    await poll(() => gonePage.locator('.notice--error').textContent()).toContain(fr['press.statusPage.gone']);
  }, 180_000);

  it('shows the request status in Arabic, right to left, after a journalist applies with the keyboard', async () => {
    const page = await newTestPage(browser);
    await page.goto(`${web.url}/ar/events/${event.id}/press`);
    await page.waitForSelector('#firstName');
    await page.fill('#firstName', 'ليلى');
    await page.fill('#lastName', 'بنسعيد');
    await page.fill('#email', `leila.press.${run}@hespress.example`);
    await page.fill('#mediaOutlet', 'هسبريس');
    await page.selectOption('#mediaType', 'online');
    await page.selectOption('#country', 'MA');
    await page.fill('#coveragePlan', 'مقابلات مع مديري التجمعات.');
    await page.locator('#days input').first().check();
    await page.check('#consent');
    await tabTo(page, 'button[type=submit]');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.notice--success').count()).toBe(1);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await screenshots(page, 'press-status-ar');
    expect(await accessibilityViolations(page)).toEqual([]);
  }, 120_000);
});

describe('a lost link', () => {
  it('sends the registration email again from the event page, keyboard only, and says so in words that do not tell who registered', async () => {
    const { body, json } = await register(app, event.id, { email: `lost.link.${run}@example.org`, language: 'fr' });
    const address = body.email as string;
    const page = await newTestPage(browser);
    await page.goto(`${web.url}/fr/events/${event.id}`);
    await page.waitForSelector('main h1');
    await tabTo(page, 'main a[href$="/lost-link"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#email');
    remember('lost-link', page);
    await tabTo(page, '#email');
    await page.keyboard.type(address);
    await tabTo(page, 'button[type=submit]');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('#lost-link-sent').textContent()).toContain(address);
    // Focus moves in the frame after the notice renders (focusAfterRender): polled, not read at once.
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('lost-link-sent');
    await poll(async () => (await app.mailTo(address)).length).toBe(2);
    expect(await emailedLink(app, address, /\/registrations\/[0-9A-Z]{26}\?event=[a-z0-9-]+#token=/)).toContain(`/fr/registrations/${json.registrationId}?event=${event.id}#token=`);
    // The page stays open: the every-page pass below visits it again in each language.
  }, 120_000);
});

describe('every page in every language', () => {
  it('has no WCAG 2.2 AA violation (axe) and is photographed in ar and fr at 360 and 1280 px', async () => {
    expect([...visited.keys()].sort()).toEqual(['answer', 'decision', 'directory', 'home', 'lost-link', 'manage', 'meetings', 'press', 'press-status-page', 'register']);
    const failures: string[] = [];
    for (const [name, { page, path }] of visited) {
      for (const language of languages) {
        await page.goto(`${web.url}${path.replace(/^\/[a-z]{2}/, `/${language}`)}`);
        await page.waitForSelector('main h1');
        await page.waitForFunction(() => !document.querySelector('main [role=status]')?.textContent?.endsWith('…'));
        // The marker npm run bench times "interactive" by: set once nothing is loading any more.
        await page.waitForSelector('html[data-ready]', { state: 'attached', timeout: 15_000 });
        expect(await page.locator('main [role=status]', { hasText: '…' }).count(), `${name}/${language}`).toBe(0);
        expect(await page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
        // The document title is the page's heading; the event's name is the reader's language's, never French elsewhere.
        const heading = (await page.locator('main h1').textContent())!;
        expect(await page.title(), `${name}/${language}`).toBe(`${heading} – Rendezvous`);
        if (language !== 'fr') expect(heading, `${name}/${language}`).not.toContain(event.name.fr);
        if (name === 'home' || name === 'register') expect(heading, `${name}/${language}`).toContain(language === 'ar' ? arabicEventName : event.name[language]);
        // Switching language keeps the page's session or link token: no "open the link in your email".
        expect(await page.locator('main').textContent(), `${name}/${language}`).not.toContain({ fr, en, ar }[language]['common.sessionMissing']);
        failures.push(...(await accessibilityViolations(page)).map((violation) => `${name}/${language}: ${violation}`));
        if (language !== 'en') await screenshots(page, `${name}-${language}`);
        // Nothing wider than a 360 px phone (the page would scroll sideways).
        await page.setViewportSize({ width: 360, height: 800 });
        expect(await page.evaluate(() => document.documentElement.scrollWidth), `${name}/${language} at 360 px`).toBeLessThanOrEqual(360);
        await page.setViewportSize({ width: 1280, height: 800 });
        // Version numbers and the like keep their order in Arabic ("2019-01", never "01-2019").
        if (name === 'decision' && language === 'ar') expect(await page.locator('.facts').textContent()).toContain('\u20662019-01\u2069');
      }
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
