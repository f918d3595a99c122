/// <reference lib="dom" />
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { organiserKey } from '../organisers/admin-support';
import { askMeeting, meetingAction, registerPeople } from '../support/meetings';
import { requestAccreditation } from '../support/press';
import { register } from '../support/registrations';
import { jsonOf } from '../support/test-app';
import { testEvent } from '../support/test-event';
import { accessibilityViolations, emailedLink, newTestPage, screenshots, tabTo, webPathOf } from './support/browser';
import { startBrowserStack, type BrowserStack, type BrowserTestApp } from './support/browser-stack';

/**
 * The organiser console (issue 21) in Chromium against the real local stack: sign in with the key
 * (keyboard only), the dashboard's figures against the API's (and a check-in appearing live), a
 * registration searched, opened and cancelled, a press request approved, the capacity and a programme
 * item's places changed (refused values shown at their fields), meeting slots shown and written in the
 * event's time (Europe/Paris across a change of offset), a schedule published and read per
 * participant, a slot holding meetings refused removal, sign-out; axe on every console page
 * in fr/en/ar, switched in-app so the in-memory session survives; screenshots at 360 and 1280 px.
 */
const run = Date.now().toString(36);
const pressContact = { name: 'Zineb Rharrasse', organisation: 'StartUp Maroc', email: `zineb.${run}@startupmaroc.example`, language: 'fr' as const };
const template = testEvent();
/** Organisers place the meetings (participants do not pick slots), 3 tables per slot. */
const event = testEvent({ pressContacts: [pressContact], capacity: 50, meetings: { ...template.meetings, tablesPerSlot: 3, participantsPickSlots: false } });
const poll = <T>(read: () => T | Promise<T>) => expect.poll(read, { timeout: 15_000, interval: 100 });
/**
 * The slot editor's times (docs/web.md, "Event times"): an event in Europe/Paris the night its clocks go
 * forward (28 March 2027, 02:00 → 03:00; every tz database agrees), one slot written in UTC and one
 * across the change. Its own event, so that its odd hours touch nothing the other tests read.
 */
const parisEvent = testEvent({
  timeZone: 'Europe/Paris',
  startDate: '2027-03-27',
  endDate: '2027-03-28',
  programme: [],
  meetings: {
    ...template.meetings,
    slots: [
      { id: 'utc', start: '2027-03-27T08:00:00Z', end: '2027-03-27T08:20:00Z' },
      { id: 'night', start: '2027-03-28T01:30:00+01:00', end: '2027-03-28T03:20:00+02:00' },
    ],
  },
});

let app: BrowserTestApp;
let web: BrowserStack['web'];
let browser: Browser;
let page: Page;
let key: string;
let sessionToken: string | undefined;
let manageOfFirst: { registrationId: string; token: string };
/** A registration whose detail page axe checks (a confirmed one, so its cancel button shows). */
/**
 * "Schedule all" where not everything fits: one person, free in a single slot, with three accepted meetings.
 * Its own event, so that the main event's schedule stays complete.
 */
const tightEvent = testEvent({ capacity: 20, meetings: { ...template.meetings, tablesPerSlot: 3, participantsPickSlots: false } });

let detailId: string;
/** `?run=<runId>` of the published schedule, which the axe walk opens again. */
let runQuery: string;

const api = async (method: string, path: string, body?: unknown) => jsonOf(await app.request(method, path, { headers: { authorization: `Bearer ${key}` }, ...(body === undefined ? {} : { body }) }));

beforeAll(async () => {
  ({ app, web, browser } = await startBrowserStack([event, parisEvent, tightEvent]));
  key = await organiserKey(event.id);
  const first = await register(app, event.id, { country: 'MA', sectors: ['ict'] });
  manageOfFirst = { registrationId: first.json.registrationId, token: first.json.manageToken };
  await register(app, event.id, { country: 'TN', sectors: ['ict'], participantType: 'company' });
  await register(app, event.id, { country: 'FR', sectors: ['ict'], firstName: 'فاطمة', lastName: 'الزهراء' });
  await requestAccreditation(app, event.id, event.startDate, `jane.${run}@lematin.example`);
  // Four people, each pair meeting: six accepted meetings for "Schedule all" to place.
  // Two sectors and a morning session (before every meeting slot): the detail names them in the console's language.
  const crowd = await registerPeople(app, event.id, 4, { lastName: 'Meeter', sectors: ['ict', 'mechatronics'], programme: ['opening-ceremony'] });
  detailId = crowd[0]!.registrationId;
  for (const [index, from] of crowd.entries()) {
    for (const to of crowd.slice(index + 1)) {
      const asked = await jsonOf(await askMeeting(app, event.id, from, to, [event.meetings.slots[0]!.id]));
      await meetingAction(app, to, asked.meetingRequestId, 'accept', {});
    }
  }
  page = await newTestPage(browser);
  // Every session token the console receives, to check what the browser keeps and that sign-out revokes it.
  page.on('response', async (response) => {
    if (response.url().endsWith('/sessions') && response.status() === 201) sessionToken = ((await response.json()) as { token: string }).token;
  });
}, 120_000);
afterAll(() => browser?.close());

const base = () => `${web.url}/en/events/${event.id}/console`;
const figure = (group: string, label: string) => page.locator(`[data-figures="${group}"] [data-figure="${label}"] dd`).textContent();

describe('organiser console', () => {
  it('refuses a wrong key, then signs in with the key using the keyboard alone; the browser keeps neither key nor token', async () => {
    await page.goto(base());
    await poll(() => page.locator('h1').textContent()).toBe('Organiser console');
    await tabTo(page, '#organiser-key');
    await page.keyboard.type('rvo_this-is-not-a-key-of-this-event');
    // Sent from its button: the refusal leaves focus there (the button was disabled meanwhile, and focus fell to <body>).
    await tabTo(page, '.sign-in button[type=submit]');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.notice--error').textContent()).toContain('not valid');
    expect(await page.evaluate(() => document.activeElement?.matches('.sign-in button[type=submit]'))).toBe(true);
    await tabTo(page, '#organiser-key');
    await page.keyboard.type(key);
    await page.keyboard.press('Enter');
    await poll(() => page.locator('h1').textContent()).toBe('Dashboard');
    // The response listener reads the body asynchronously: wait for it.
    await poll(() => sessionToken).toMatch(/^rvs_/);
    const stored = await page.evaluate(() => JSON.stringify([{ ...localStorage }, { ...sessionStorage }, document.cookie]));
    expect(stored).not.toContain('rvs_');
    expect(stored).not.toContain(key);
  });

  it('shows the figures the API holds', async () => {
    const { figures } = await api('GET', `/admin/events/${event.id}/summary`);
    await poll(() => figure('registrations', 'console.status.confirmed')).toBe(String(figures.registrations.byStatus.confirmed));
    expect(figures.registrations.byStatus.confirmed).toBe(7);
    expect(await figure('meetings', 'console.meetings.accepted')).toBe('6');
    expect(await figure('press', 'console.press.pending')).toBe(String(figures.press.pending));
    expect(await figure('press', 'console.press.pending')).toBe('1');
    expect(await figure('emails', 'console.emails.failed')).toBe(String(figures.emails.byStatus.failed));
    const countries = await page.locator('table.counts').nth(1).locator('tbody th').allTextContents();
    expect(countries.sort()).toEqual(['France', 'Morocco', 'Tunisia']);
    expect(await page.locator('table.counts').nth(1).locator('tbody tr', { hasText: 'Morocco' }).locator('td').textContent()).toBe('5');
  });

  it('shows a check-in at the door without a reload (the dashboard asks again every 15 s while visible)', async () => {
    expect(await figure('registrations', 'console.dashboard.checkedIn')).toBe('0');
    const view = await jsonOf(await app.request('GET', `/registrations/${manageOfFirst.registrationId}`, { headers: { authorization: `Bearer ${manageOfFirst.token}` } }));
    expect((await api('POST', `/admin/events/${event.id}/check-ins`, { ticket: view.ticket.token })).outcome).toBe('checked-in');
    await expect.poll(() => figure('registrations', 'console.dashboard.checkedIn'), { timeout: 25_000, interval: 250 }).toBe('1');
    const { figures } = await api('GET', `/admin/events/${event.id}/summary`);
    expect(figures.registrations.checkedIn).toBe(1);
  });

  it('filters the registrations, exports them as CSV and as Excel, and each export appears in the log with its filter', async () => {
    await page.getByRole('link', { name: 'Registrations' }).click();
    await poll(() => page.locator('table.registrations tbody tr').count()).toBe(7);
    await page.selectOption('#filter-country', 'TN');
    await page.getByRole('button', { name: 'Apply the filters' }).click();
    await poll(() => page.locator('table.registrations tbody tr').count()).toBe(1);
    expect(await page.locator('table.registrations tbody th').textContent()).toContain('Amina');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as CSV (logged)' }).click()]);
    const csv = await (await download.createReadStream()).toArray();
    expect(Buffer.concat(csv).toString('utf8').trim().split('\n')).toHaveLength(2);
    await poll(() => page.locator('table.export-log tbody tr').count()).toBe(1);
    expect(await page.locator('table.export-log tbody td').nth(1).textContent()).toBe('Registrations · Country: Tunisia');
    expect(await page.locator('table.export-log tbody td').nth(2).textContent()).toMatch(/^[0-9a-f]{12} \(console\)$/);

    const [workbook] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Export as Excel (logged)' }).click()]);
    expect(workbook.suggestedFilename()).toBe(`registrations-${event.id}.xlsx`);
    expect(Buffer.concat(await (await workbook.createReadStream()).toArray()).subarray(0, 2).toString()).toBe('PK');
    await poll(() => page.locator('table.export-log tbody tr').count()).toBe(2);
    expect(await page.locator('table.export-log tbody td').nth(1).textContent()).toBe('Registrations (Excel) · Country: Tunisia');

    // The badges of every confirmed attendee, in the console's language (the API's default is French).
    const [badges] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Badges of the confirmed attendees (PDF)' }).click()]);
    expect(badges.suggestedFilename()).toBe(`badges-${event.id}-en.pdf`);
    const pdf = Buffer.concat(await (await badges.createReadStream()).toArray()).toString('latin1');
    expect(pdf.startsWith('%PDF-')).toBe(true);
    const title = /\/Title <FEFF([0-9A-F]*)>/.exec(pdf)?.[1] ?? '';
    expect(Buffer.from(title, 'hex').swap16().toString('utf16le')).toBe(`Badges – ${event.name.en}`);
    expect(pdf.match(/\/Type \/Page\b/g)).toHaveLength(7);
  });

  it('searches as one types (accents and case ignored), opens a registration, and cancels it in two steps with the keyboard', async () => {
    await page.selectOption('#filter-country', '');
    await page.getByRole('button', { name: 'Apply the filters' }).click();
    await poll(() => page.locator('table.registrations tbody tr').count()).toBe(7);
    await tabTo(page, '#search');
    await page.keyboard.type('فاطمة الزهراء');
    await poll(() => page.locator('table.registrations tbody tr').count()).toBe(1);
    const fatima = await page.locator('table.registrations tbody tr').getAttribute('data-registration');
    await tabTo(page, 'table.registrations tbody a');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('h1').textContent()).toBe('Registration');
    expect(await page.locator('#person').textContent()).toBe('فاطمة الزهراء');
    const facts = await page.locator('dl.facts').textContent();
    expect(facts).toContain('Confirmed');
    expect(facts).toContain('Sectors');
    expect(facts).toMatch(/Door ticketValid, typed code [A-Z0-9]{4}-[A-Z0-9]{4}/);
    expect(await page.locator('#emails-heading ~ .table-scroll tbody tr').first().textContent()).toContain('Registration confirmed');

    await tabTo(page, 'section[aria-labelledby=cancel-heading] button');
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('cancel-confirm');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.notice--success').textContent()).toBe('Cancelled: فاطمة الزهراء is emailed.');
    await poll(() => page.locator('dl.facts').textContent()).toContain('Revoked (cancelled)');
    expect(await page.locator('section[aria-labelledby=cancel-heading]').count()).toBe(0);
    const detail = await api('GET', `/admin/events/${event.id}/registrations/${fatima}`);
    expect(detail.registration.status).toBe('cancelled');
    await poll(async () => (await api('GET', `/admin/events/${event.id}/registrations/${fatima}`)).emails.map((email: { kind: string }) => email.kind)).toEqual(['registration-confirmed', 'registration-cancelled']);
    await screenshots(page, 'console-registration-cancelled-en');
    // Back to the list: the search as the organiser left it (it came back empty, the whole list shown).
    await page.goBack();
    await poll(() => page.locator('table.registrations tbody tr').count()).toBe(1);
    expect(await page.inputValue('#search')).toBe('فاطمة الزهراء');
    expect(await page.locator('table.registrations tbody tr').getAttribute('data-registration')).toBe(fatima);
    // Forward again: the next test starts from the detail page, as before.
    await page.goForward();
    await poll(() => page.locator('h1').textContent()).toBe('Registration');
  });

  it('shows a person who erased their data as erased in the registrations, their detail and the emails (words, not empty names; no resend)', async () => {
    const gone = (await register(app, event.id, { country: 'MA', sectors: ['ict'] })).json;
    const [confirmation] = (await api('GET', `/admin/events/${event.id}/registrations/${gone.registrationId}`)).emails;
    expect((await app.request('DELETE', `/registrations/${gone.registrationId}?erase=true`, { headers: { authorization: `Bearer ${gone.manageToken}` } })).status).toBe(200);
    await page.getByRole('link', { name: 'Registrations', exact: true }).click();
    const row = page.locator(`table.registrations tr[data-registration="${gone.registrationId}"]`);
    await poll(() => row.locator('th').textContent()).toBe('Data erased');
    expect(await row.locator('td').last().textContent()).toBe('Erased');
    await row.getByRole('link', { name: 'Data erased' }).click();
    await poll(() => page.locator('#person').textContent()).toBe('Data erased');
    expect(await page.locator('dl.facts').textContent()).toContain('Erased');
    expect(await page.locator('section[aria-labelledby=cancel-heading]').count()).toBe(0);
    await page.getByRole('link', { name: 'Emails', exact: true }).click();
    const email = page.locator(`table.emails tr[data-email="${confirmation.confirmationId}"]`);
    await poll(() => email.locator('th bdi').textContent()).toBe('Data erased');
    expect(await email.getByRole('button').count()).toBe(0);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshots(page, 'console-emails-erased-en');
  });

  it('shows each pending press request in full; approves one once, and rejects another only after a confirmation, with the reason typed', async () => {
    const second = await requestAccreditation(app, event.id, event.startDate, `jane.second.${run}@lematin.example`);
    await page.getByRole('link', { name: 'Press queue' }).click();
    await poll(() => page.locator('h1').textContent()).toBe('Press queue');
    await poll(() => page.locator('.cards li').count()).toBe(2);
    const first = page.locator('.cards li').first();
    // The request in full, as the press contact's decision page shows it: email, press card, days, coverage plan.
    const facts = await first.locator('dl.facts').textContent();
    expect(facts).toContain(`jane.${run}@lematin.example`);
    expect(facts).toContain('PC-2019-042');
    expect(facts).toContain('Interviews.');
    // Worded for the organiser reading it, not for the journalist ("Days you will attend").
    expect(await first.locator('dl.facts dt').allTextContents()).toContain('Days attending');
    await first.getByRole('button', { name: /Approve/ }).click();
    await poll(() => page.locator('.notice--success').textContent()).toContain('Jane Doe: approved');
    await poll(() => page.locator('.cards li').count()).toBe(1);
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('press-outcome');

    const card = page.locator(`.cards li[data-accreditation="${second}"]`);
    await card.locator('textarea').fill('Accreditations are for the regional press this year.');
    await card.getByRole('button', { name: /Reject/ }).click();
    // One click only asks: nothing is decided, no one emailed yet; focus is on the confirmation.
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe(`reject-confirm-${second}`);
    expect(await card.locator('[role=group] p').textContent()).toContain('with your reason');
    expect((await api('GET', `/admin/events/${event.id}/press-accreditations?status=pending`)).items).toHaveLength(1);
    await screenshots(page, 'console-press-reject-confirm-en');
    await page.keyboard.press('Enter');
    await poll(() => page.locator('.notice--success').textContent()).toContain('Jane Doe: rejected');
    await poll(() => page.locator('.cards li').count()).toBe(0);
    const { items } = await api('GET', `/admin/events/${event.id}/press-accreditations`);
    expect(items).toHaveLength(2);
    expect(items).toEqual(expect.arrayContaining([
      expect.objectContaining({ status: 'approved', decision: expect.objectContaining({ decidedBy: 'Organisers' }) }),
      expect.objectContaining({ accreditationId: second, status: 'rejected', decision: expect.objectContaining({ reason: 'Accreditations are for the regional press this year.' }) }),
    ]));
    // The press contact's decision link then says the organisers decided, in the contact's language (it read
    // "Décision de Organisers").
    const decisionLink = await emailedLink(app, pressContact.email, new RegExp(`/press-accreditations/${second}/decision#token=`));
    const contactPage = await newTestPage(browser);
    await contactPage.goto(web.url + webPathOf(decisionLink, 'fr'));
    await poll(() => contactPage.locator('main').textContent()).toContain('Décision des organisateurs le');
    await contactPage.close();
    // One left pending, so the accessibility walk below checks (and photographs) a request in full.
    await requestAccreditation(app, event.id, event.startDate, `jane.third.${run}@lematin.example`);
  });

  it("lists the event's emails with their delivery status, and sends one again", async () => {
    await page.getByRole('link', { name: 'Emails' }).click();
    await poll(() => page.locator('table.emails tbody tr').count()).toBeGreaterThan(0);
    const { items } = await api('GET', `/admin/events/${event.id}/confirmations?limit=100`);
    expect(await page.locator('table.emails tbody tr').count()).toBe(items.length);
    // The first email that can be sent again (an erased person's has nobody to send it to).
    await page.locator('table.emails tbody tr').filter({ has: page.getByRole('button') }).first().getByRole('button').click();
    await poll(() => page.locator('.notice--success').textContent()).toMatch(/^Sent again to /);
  });

  it('changes the capacity, and shows a value the API refuses at its field', async () => {
    await page.getByRole('link', { name: 'Event settings' }).click();
    await poll(() => page.locator('#capacity').inputValue()).toBe('50');
    await page.fill('#capacity', '120');
    await page.getByRole('button', { name: 'Save' }).click();
    await poll(() => page.locator('.notice--success').textContent()).toBe('Saved.');
    expect((await api('GET', `/admin/events/${event.id}`)).capacity).toBe(120);

    await page.fill('#capacity', '-3');
    await page.fill('#meetings-tablesPerSlot', '');
    await page.getByRole('button', { name: 'Save' }).click();
    await poll(() => page.locator('#capacity-error').count()).toBe(1);
    expect(await page.locator('#meetings-tablesPerSlot-error').count()).toBe(1);
    expect(await page.getAttribute('#capacity', 'aria-describedby')).toContain('capacity-error');
    expect((await api('GET', `/admin/events/${event.id}`)).capacity).toBe(120);
  });

  it("sets a programme item's places, and shows the API's refusal of a zero at that item's field", async () => {
    await page.fill('#capacity', '120');
    await page.fill('#meetings-tablesPerSlot', '3');
    await page.fill('#programme-visit-mascir', '30');
    // Each item's field is named apart from the others: the two days' "B2B meetings" were both "Places: B2B meetings".
    const placeLabels = await page.locator('label[for^="programme-"]').allTextContents();
    expect(placeLabels.length).toBeGreaterThan(1);
    expect(new Set(placeLabels).size).toBe(placeLabels.length);
    // After a save the page reads the definition again; that read is held here until the next edit is
    // typed, as a slow network would: the edit must survive the read landing (it was overwritten once).
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const definitionPath = `**/admin/events/${event.id}`;
    await page.route(definitionPath, async (route) => {
      if (route.request().method() === 'GET') await held;
      await route.continue();
    });
    const reread = page.waitForResponse((response) => response.url().endsWith(`/admin/events/${event.id}`) && response.request().method() === 'GET');
    await page.getByRole('button', { name: 'Save' }).click();
    await poll(() => page.locator('.notice--success').textContent()).toBe('Saved.');
    const programme = (await api('GET', `/admin/events/${event.id}`)).programme as { id: string; capacity?: number }[];
    expect(programme.find((item) => item.id === 'visit-mascir')?.capacity).toBe(30);
    await page.fill('#programme-visit-mascir', '0');
    release();
    await reread;
    await page.unroute(definitionPath);
    await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
    expect(await page.inputValue('#programme-visit-mascir')).toBe('0');
    await page.getByRole('button', { name: 'Save' }).click();
    await poll(() => page.locator('#programme-visit-mascir-error').count()).toBe(1);
    expect(await page.getAttribute('#programme-visit-mascir', 'aria-describedby')).toContain('programme-visit-mascir-error');
    expect(await page.locator('#error-summary a[href="#programme-visit-mascir"]').count()).toBe(1);
    await page.fill('#programme-visit-mascir', '30');
  });

  it("shows meeting slots in the event's time, one written in UTC too, and writes a typed end after the clocks changed with its own offset", async () => {
    const parisKey = await organiserKey(parisEvent.id);
    const parisPage = await newTestPage(browser);
    await parisPage.goto(`${web.url}/en/events/${parisEvent.id}/console/settings`);
    await parisPage.fill('#organiser-key', parisKey);
    await parisPage.keyboard.press('Enter');
    // 08:00Z is 09:00 in Paris (it showed 08:00, the UTC time); the night slot reads as written.
    await poll(() => parisPage.locator('#meetings-slots-0-start').inputValue()).toBe('2027-03-27T09:00');
    expect(await parisPage.inputValue('#meetings-slots-0-end')).toBe('2027-03-27T09:20');
    expect(await parisPage.inputValue('#meetings-slots-1-start')).toBe('2027-03-28T01:30');
    expect(await parisPage.inputValue('#meetings-slots-1-end')).toBe('2027-03-28T03:20');
    // Each row and field is named by its slot's day and times (it was "Start of utc"), the row's heading seen, the field's name heard.
    expect(await parisPage.locator('[data-slot="utc"] .slot-row__name').textContent()).toBe('Saturday 27 March, 09:00–09:20');
    expect(await parisPage.getByLabel('Start (Saturday 27 March, 09:00–09:20)').inputValue()).toBe('2027-03-27T09:00');
    expect(await parisPage.getByLabel('Remove this slot (Sunday 28 March, 01:30–03:20)').count()).toBe(1);
    await parisPage.fill('#meetings-slots-1-end', '2027-03-28T03:40');
    await parisPage.getByRole('button', { name: 'Save' }).click();
    await poll(() => parisPage.locator('.notice--success').textContent()).toBe('Saved.');
    // The typed end takes the summer offset (it took the start's, an hour later than typed); the untouched times are as written.
    const saved = await jsonOf(await app.request('GET', `/admin/events/${parisEvent.id}`, { headers: { authorization: `Bearer ${parisKey}` } }));
    expect(saved.meetings.slots).toEqual([
      { id: 'utc', start: '2027-03-27T08:00:00Z', end: '2027-03-27T08:20:00Z' },
      { id: 'night', start: '2027-03-28T01:30:00+01:00', end: '2027-03-28T03:40:00+02:00' },
    ]);
    await parisPage.context().close();
  });

  it('runs "Schedule all": previews the grid, then publishes from it with progress until every meeting is booked', async () => {
    await page.getByRole('link', { name: 'Schedule all' }).click();
    // With the keyboard: the button keeps focus while the preview is computed (it was disabled, and focus fell to
    // <body>), and Publish hands it to the progress that replaces the buttons.
    await page.getByRole('button', { name: 'Preview a schedule' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => page.locator('[data-figures="schedule"] div').first().locator('dd').textContent()).toBe('6');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Preview again');
    // Six meetings of four people: each person has three, so the grid shows them over at least three slots, never twice in one slot.
    const cells = await page.locator('.schedule-grid td .pair').allTextContents();
    expect(cells).toHaveLength(6);
    expect(await page.getByText('Every accepted meeting has a place.').count()).toBe(1);
    await page.getByRole('button', { name: 'Publish this schedule' }).focus();
    await page.keyboard.press('Enter');
    await poll(() => page.evaluate(() => document.activeElement?.id)).toBe('publish-progress-region');
    await poll(() => page.locator('.publish-progress [role=status]').textContent()).toMatch(/^Published\. 6 meetings booked\. 0 changed meanwhile\. \d participants? emailed\.$/);
    expect(await page.locator('progress').getAttribute('value')).toBe('6');
    const { items } = await api('GET', `/admin/events/${event.id}/meetings?status=confirmed`);
    expect(items).toHaveLength(6);

    runQuery = new URL(page.url()).search;

    // Per participant: each of the four meets the three others, in time order, breaks between.
    const options = await page.locator('#participant option').count();
    expect(options).toBe(5);
    await page.selectOption('#participant', { index: 1 });
    await poll(() => page.locator('[data-line=meeting]').count()).toBe(3);
    const times = await page.locator('[data-line] .agenda-line__time').allTextContents();
    expect(times.length).toBeGreaterThanOrEqual(3);
    expect(await page.locator('[data-line=meeting]').first().textContent()).toMatch(/Table [1-3], with P\d Meeter/);
  }, 120_000);

  it("says why meetings are not placed in the organiser's language, and that no schedule places more", async () => {
    const [busy, ...others] = await registerPeople(app, tightEvent.id, 4, { lastName: 'Tight' });
    for (const other of others) {
      const asked = await jsonOf(await askMeeting(app, tightEvent.id, busy!, other, [tightEvent.meetings.slots[0]!.id]));
      await meetingAction(app, other, asked.meetingRequestId, 'accept', {});
    }
    const free = tightEvent.meetings.slots[0]!.id;
    const away = tightEvent.meetings.slots.map((slot) => slot.id).filter((id) => id !== free);
    await app.request('PATCH', `/registrations/${busy!.registrationId}`, { headers: { authorization: `Bearer ${busy!.manageToken}` }, body: { unavailableSlotIds: away } });
    const tightPage = await newTestPage(browser);
    await tightPage.goto(`${web.url}/fr/events/${tightEvent.id}/console/schedule`);
    await tightPage.fill('#organiser-key', await organiserKey(tightEvent.id));
    await tightPage.keyboard.press('Enter');
    await tightPage.getByRole('button', { name: 'Voir un aperçu' }).click();
    await poll(() => tightPage.locator('[data-coverage]').textContent()).toBe('Aucun planning ne peut placer plus de ces rendez-vous\u00a0: c’est démontré.');
    expect(await tightPage.getAttribute('[data-coverage]', 'data-coverage')).toBe('proven');
    // Both unplaced meetings say it in French with the person's name (it was an English sentence with a registration id).
    const reasons = await tightPage.locator('ul[aria-labelledby=unplaced] .card p:last-child').allTextContents();
    expect(reasons).toHaveLength(2);
    for (const reason of reasons) {
      expect(reason).toMatch(/^2 rendez-vous ne peuvent pas avoir lieu pour P\d Tight — rendez-vous acceptés\u00a0: 3\u00a0; créneaux libres pour se rencontrer\u00a0: 1\.$/);
    }
    const failures = (await accessibilityViolations(tightPage)).map((violation) => `schedule/fr: ${violation}`);
    await screenshots(tightPage, 'console-schedule-unplaced-fr');
    // In Arabic, right to left, the same facts in its words.
    await tightPage.evaluate((path) => {
      history.pushState(null, '', path);
      window.dispatchEvent(new Event('rendezvous:navigate'));
    }, `/ar/events/${tightEvent.id}/console/schedule${new URL(tightPage.url()).search}`);
    await poll(() => tightPage.locator('[data-coverage]').textContent()).toBe('لا يمكن لأي جدول أن يضع عددًا أكبر من هذه اللقاءات: هذا مُثبت.');
    expect(await tightPage.locator('ul[aria-labelledby=unplaced] .card p:last-child').first().textContent()).toMatch(/^لا يمكن عقد اثنين من لقاءات P\d Tight — اللقاءات المقبولة: 3؛ الفترات المتاحة للقاء: 1\.$/);
    failures.push(...(await accessibilityViolations(tightPage)).map((violation) => `schedule/ar: ${violation}`));
    await screenshots(tightPage, 'console-schedule-unplaced-ar');
    expect(failures).toEqual([]);
    await tightPage.context().close();
  }, 120_000);

  it('refuses removing a slot that holds published meetings, and says so at the slots', async () => {
    const { items } = await api('GET', `/admin/events/${event.id}/meetings?status=confirmed`);
    const booked = items[0].slotId as string;
    const row = event.meetings.slots.findIndex((slot) => slot.id === booked);
    await page.getByRole('link', { name: 'Event settings' }).click();
    await poll(() => page.locator('#capacity').inputValue()).toBe('120');
    await page.check(`#meetings-slots-${row}-remove`);
    await page.getByRole('button', { name: 'Save' }).click();
    // Named as the row names it (its day and times in the event's time), never by its id.
    const name = await page.locator(`[data-slot="${booked}"] .slot-row__name`).textContent();
    expect(name).toMatch(/^\w+day \d+ \w+, \d\d:\d\d\s?–\s?\d\d:\d\d$/);
    await poll(() => page.locator('#meetings-slots-error').textContent()).toContain(`The slot ${name} holds placed meetings`);
    expect(await page.locator('#meetings-slots-error').textContent()).not.toContain(booked);
    expect(await page.getAttribute('#meetings-slots', 'aria-describedby')).toBe('meetings-slots-error');
    expect(await page.locator('#error-summary a[href="#meetings-slots"]').count()).toBe(1);
    expect((await api('GET', `/admin/events/${event.id}`)).meetings.slots).toHaveLength(event.meetings.slots.length);
    await screenshots(page, 'console-settings-refused-slot-en');
  });

  it('has no WCAG 2.2 AA violation on any console page (a registration’s detail and the per-participant schedule included) in fr, en and ar (switched in-app: the session stays)', async () => {
    const failures: string[] = [];
    expect(runQuery).toMatch(/^\?run=[0-9A-Z]{26}$/);
    for (const section of ['', '/registrations', `/registrations/${detailId}`, '/press', '/emails', '/settings', '/schedule']) {
      for (const language of ['fr', 'ar', 'en'] as const) {
        // The language switcher is an in-app link: no reload, so the in-memory session is kept.
        await page.evaluate((path) => {
          history.pushState(null, '', path);
          window.dispatchEvent(new Event('rendezvous:navigate'));
        }, `/${language}/events/${event.id}/console${section}${section === '/schedule' ? runQuery : ''}`);
        await page.waitForFunction(() => !document.querySelector('main [role=status]')?.textContent?.endsWith('…'));
        await poll(() => page.getAttribute('html', 'dir')).toBe(language === 'ar' ? 'rtl' : 'ltr');
        expect(await page.locator('#organiser-key').count()).toBe(0);
        // The published run stays in the address (?run=), so its grid and progress are what axe checks.
        if (section === '/schedule') {
          await page.waitForSelector('.schedule-grid .pair');
          await page.selectOption('#participant', { index: 1 });
          await page.waitForSelector('[data-line=meeting]');
        }
        if (section.startsWith('/registrations/')) {
          await page.waitForSelector('dl.facts');
          // Sectors as the language lists them, the session's title in the language (it was the French one in Arabic, joined with ", ").
          const listed = { fr: ['Technologies de l\'information et de la communication (TIC) et Mécatronique', 'Cérémonie d\'ouverture'], en: ['Information and communication technologies (ICT) and Mechatronics', 'Opening ceremony'], ar: ['تكنولوجيا المعلومات والاتصال والميكاترونيك', 'حفل الافتتاح'] }[language];
          const facts = await page.locator('dl.facts dd').allTextContents();
          expect(facts).toEqual(expect.arrayContaining(listed));
        }
        if (section === '/registrations' && language !== 'en') {
          // One registration's status, as its detail page says it (not the dashboard's plural group names); the export log in the page's words.
          await page.waitForSelector('table.export-log');
          const wording = { fr: { statuses: ['Confirmée', 'Annulée', 'Effacée'], log: 'Inscriptions (Excel) · Pays\u00a0: Tunisie' }, ar: { statuses: ['مؤكَّد', 'ملغى', 'محو البيانات'], log: 'التسجيلات (Excel) · البلد: تونس' } }[language];
          expect(new Set(await page.locator('table.registrations tbody td:last-child').allTextContents())).toEqual(new Set(wording.statuses));
          expect(await page.locator('table.export-log tbody td').nth(1).textContent()).toBe(wording.log);
        }
        failures.push(...(await accessibilityViolations(page)).map((violation) => `console${section}/${language}: ${violation}`));
        if (language !== 'en') await screenshots(page, `console${section.replace(/^\/registrations\/.*/, '/registration').replace('/', '-')}-${language}`);
      }
    }
    expect(failures).toEqual([]);
  }, 420_000);

  it('says a schedule run in the address does not exist (unknown or malformed id) in en, fr and ar, and offers a new preview by keyboard', async () => {
    const own = await newTestPage(browser);
    const failures: string[] = [];
    const cases = [
      { language: 'en', runId: '01ARZ3NDEKTSV4RRFFQ69G5FAV', says: 'This schedule preview does not exist', preview: 'Preview a schedule' },
      { language: 'fr', runId: 'nope', says: 'Cet aperçu de planning n’existe pas', preview: 'Voir un aperçu' },
      { language: 'ar', runId: '01ARZ3NDEKTSV4RRFFQ69G5FAV', says: 'معاينة الجدول هذه غير موجودة', preview: 'معاينة جدول' },
    ] as const;
    // Opened from the address (signing in there), then in-app by way of another page, as a bookmark or a pasted link would be.
    await own.goto(`${web.url}/en/events/${event.id}/console/schedule?run=${cases[0].runId}`);
    await own.fill('#organiser-key', key);
    await own.keyboard.press('Enter');
    // Signed in before going anywhere: a navigation while the key is being exchanged is not this test's subject.
    await own.waitForSelector('.site-nav a', { timeout: 30_000 });
    for (const { language, runId, says, preview } of cases) {
      for (const path of [`/${language}/events/${event.id}/console`, `/${language}/events/${event.id}/console/schedule?run=${runId}`]) {
        await own.evaluate((to) => {
          history.pushState(null, '', to);
          window.dispatchEvent(new Event('rendezvous:navigate'));
        }, path);
      }
      // It showed an empty page: the API's 404 (or an id no run can have) was not said.
      // Among the page's alerts (an earlier test's state can add its own), the one that says so.
      await poll(() => own.locator('main [role=alert]', { hasText: says }).count()).toBe(1);
      expect(await own.locator('.schedule-grid').count()).toBe(0);
      failures.push(...(await accessibilityViolations(own)).map((violation) => `schedule?run=${runId}/${language}: ${violation}`));
      await screenshots(own, `console-schedule-unknown-run-${language}`);
      await tabTo(own, 'main button.button--secondary');
      expect(await own.evaluate(() => document.activeElement?.textContent)).toBe(preview);
    }
    expect(failures).toEqual([]);
    // A new preview from there (every meeting is booked by now, so there is nothing to place): the failure goes.
    await own.keyboard.press('Enter');
    await poll(() => own.locator('main').textContent()).not.toContain('معاينة الجدول هذه غير موجودة');
    await own.context().close();
  });

  it('signs out: back to the sign-in form, and the token is refused by the API', async () => {
    await page.getByRole('button', { name: 'Sign out' }).click();
    await poll(() => page.locator('#organiser-key').count()).toBe(1);
    await poll(async () => (await app.request('GET', `/admin/events/${event.id}`, { headers: { authorization: `Bearer ${sessionToken}` } })).status).toBe(401);
    expect(await accessibilityViolations(page)).toEqual([]);
    await screenshots(page, 'console-sign-in-en');
  });
});
