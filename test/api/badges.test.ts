import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareZXingModule, readBarcodes } from 'zxing-wasm/reader';
import { repositoryRoot } from '../../local/load-handler';
import { createOrganiserKey } from '../../shared/organisers/organiser-key-store';
import { ticketTokenFor } from '../../shared/security/ticket-token';
import { organiserKey } from '../organisers/admin-support';
import { bearer, register } from '../support/registrations';
import { type TestApp } from '../support/test-app';
import { startOrganiserApp } from '../support/organiser-app';
import { testEvent } from '../support/test-event';

/**
 * The badges PDF rendered the way a printer sees it (poppler's pdftotext and pdftoppm): one A6 page per
 * confirmed attendee, names readable, the Arabic one shaped and in reading order. The page images go to
 * .screenshots/ (git-ignored) for a person to look at.
 */
const event = testEvent({ capacity: 3 });
/** Names that test the text layout: ligatures, digits in Arabic, a name too long for one line, a script the fonts lack. */
const edgeEvent = testEvent({ capacity: 4 });
const scratch = mkdtempSync(join(tmpdir(), 'rendezvous-badges-'));
let app: TestApp;
let key: string;
let pdfFile: string;
let omarRegistrationId: string;
const edgePdfFile = join(scratch, 'edge-badges.pdf');

async function downloadBadges(eventId: string, organiser: string, file: string): Promise<void> {
  const response = await app.request('GET', `/admin/events/${eventId}/badges.pdf`, { headers: bearer(organiser) });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  writeFileSync(file, Buffer.from(await response.arrayBuffer()));
}

beforeAll(async () => {
  ({ app, key } = await startOrganiserApp([event, edgeEvent]));
  await register(app, event.id, { firstName: 'أمينة', lastName: 'بنعلي', organisation: 'مجموعة المغرب الرقمي', country: 'MA', language: 'ar' });
  omarRegistrationId = (await register(app, event.id, { firstName: 'Omar', lastName: 'Tazi', organisation: 'Logismed', country: 'MA' })).json.registrationId;
  await register(app, event.id, { firstName: 'Élodie', lastName: 'Durand', organisation: 'Pôle SCS', country: 'FR', participantType: 'company' });
  await register(app, event.id, { firstName: 'Waiting', lastName: 'Person' });
  pdfFile = join(scratch, 'badges.pdf');
  await downloadBadges(event.id, key, pdfFile);
  await register(app, edgeEvent.id, { firstName: 'علاء', lastName: 'السلامي', organisation: 'شركة 3M المغرب 2024', country: 'MA', language: 'ar' });
  await register(app, edgeEvent.id, { firstName: 'محمد', lastName: 'بن علي 2', organisation: 'Atlas', country: 'MA', language: 'ar' });
  await register(app, edgeEvent.id, { firstName: 'Maximilian-Alexander', lastName: 'von Hohenzollern-Sigmaringen de la Tour d’Auvergne', organisation: 'Organisation internationale', country: 'FR' });
  await register(app, edgeEvent.id, { firstName: '王', lastName: '小明', organisation: '株式会社テスト', country: 'FR' });
  await downloadBadges(edgeEvent.id, await organiserKey(edgeEvent.id), edgePdfFile);
}, 90_000);
afterAll(() => app?.stop());

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
/** pdftotext marks right-to-left runs with embedding controls; the words are what a reader sees. */
const pageText = (page: number, file = pdfFile) => poppler('pdftotext', '-f', String(page), '-l', String(page), '-layout', file, '-').replace(/[\u202A-\u202E]/g, '');
/** The edge event's page that shows `marker` (their order is the collation's of four scripts). */
const edgePage = (marker: string) => [1, 2, 3, 4].map((page) => pageText(page, edgePdfFile)).find((text) => text.includes(marker)) ?? '';

describe('GET /admin/events/{id}/badges.pdf', () => {
  it('prints one A6 page per confirmed attendee, sorted by last name, waitlisted people left out', () => {
    const info = poppler('pdfinfo', pdfFile);
    expect(info).toMatch(/Pages:\s+3\n/);
    expect(info).toMatch(/Page size:\s+297\.64 x 419\.53 pts/);
    expect(poppler('pdftotext', pdfFile, '-')).not.toContain('Waiting');
    expect(pageText(1)).toContain('Élodie Durand');
    expect(pageText(2)).toContain('Omar Tazi');
    expect(pageText(3)).toContain('أمينة بنعلي');
  });

  it('shows name, organisation, country, type and the ticket code; the Arabic name shaped right to left', () => {
    const arabic = pageText(3);
    expect(arabic).toContain('أمينة بنعلي');
    expect(arabic).toContain('مجموعة المغرب الرقمي');
    expect(arabic).toMatch(/[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}/);
    const french = pageText(1);
    expect(french).toContain('Pôle SCS');
    expect(french).toContain('France');
    mkdirSync(join(repositoryRoot, '.screenshots'), { recursive: true });
    poppler('pdftoppm', '-png', '-r', '110', '-f', '1', '-l', '3', pdfFile, join(repositoryRoot, '.screenshots', 'badges'));
  });

  it('prints the QR code that door staff scan: it reads as the attendee ticket token', async () => {
    const image = join(scratch, 'omar');
    poppler('pdftoppm', '-png', '-r', '110', '-f', '2', '-l', '2', '-singlefile', pdfFile, image);
    prepareZXingModule({ overrides: { wasmBinary: readFileSync(join(repositoryRoot, 'node_modules/zxing-wasm/dist/reader/zxing_reader.wasm')).buffer } });
    const [code] = await readBarcodes(new Blob([readFileSync(`${image}.png`)]), { formats: ['QRCode'] });
    expect(code?.text).toBe(await ticketTokenFor(event.id, { registrationId: omarRegistrationId, ticketVersion: 0 }));
  });

  it('joins lam and alef in their ligature, which reads back as the two letters', () => {
    const page = edgePage('علاء');
    expect(page).toContain('علاء السلامي');
    expect(page).not.toContain('عالء'); // the ligature's letters swapped by the reader's right-to-left reordering
  });

  it('keeps digits left to right inside an Arabic line', () => {
    const page = edgePage('شركة');
    expect(page).toContain('2024');
    expect(page).not.toContain('4202');
    expect(page).toContain('3M');
    expect(edgePage('محمد')).toMatch(/بن علي/);
  });

  it('shrinks a long name down to its minimum size, then ends it with an ellipsis on the one line', () => {
    const page = edgePage('Maximilian');
    expect(page).toMatch(/Maximilian-Alexander von Hohenzollern[^\n]*…/);
    expect(page).not.toContain('Auvergne');
  });

  it('prints a name in a script the fonts lack as boxes that still read as the name', () => {
    expect(poppler('pdfinfo', edgePdfFile)).toMatch(/Pages:\s+4\n/);
    expect(edgePage('王')).toContain('王 小明');
    expect(edgePage('王')).toContain('株式会社テスト');
    mkdirSync(join(repositoryRoot, '.screenshots'), { recursive: true });
    poppler('pdftoppm', '-png', '-r', '110', edgePdfFile, join(repositoryRoot, '.screenshots', 'badges-edge'));
  });

  it('embeds subsets of the fonts, each with a ToUnicode map', () => {
    const fonts = poppler('pdffonts', edgePdfFile);
    for (const name of ['NotoSans-Bold', 'NotoSans-Regular', 'NotoSansArabic-Bold', 'NotoSansArabic-Regular']) {
      expect(fonts).toMatch(new RegExp(`[A-Z]{6}\\+${name}\\s+CID TrueType\\s+Identity-H\\s+yes yes yes`));
    }
  });

  it('is for organiser keys only: a door-staff key cannot print the attendee list', async () => {
    const door = (await createOrganiserKey({ eventId: event.id, label: 'door', role: 'door-staff' })).key;
    expect((await app.request('GET', `/admin/events/${event.id}/badges.pdf`, { headers: bearer(door) })).status).toBe(403);
  });
});
