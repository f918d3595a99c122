import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { repositoryRoot } from '../../local/load-handler';
import { createOrganiserKey } from '../../shared/organisers/organiser-key-store';
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
const scratch = mkdtempSync(join(tmpdir(), 'rendezvous-badges-'));
let app: TestApp;
let key: string;
let pdfFile: string;

beforeAll(async () => {
  ({ app, key } = await startOrganiserApp([event]));
  await register(app, event.id, { firstName: 'أمينة', lastName: 'بنعلي', organisation: 'مجموعة المغرب الرقمي', country: 'MA', language: 'ar' });
  await register(app, event.id, { firstName: 'Omar', lastName: 'Tazi', organisation: 'Logismed', country: 'MA' });
  await register(app, event.id, { firstName: 'Élodie', lastName: 'Durand', organisation: 'Pôle SCS', country: 'FR', participantType: 'company' });
  await register(app, event.id, { firstName: 'Waiting', lastName: 'Person' });
  const response = await app.request('GET', `/admin/events/${event.id}/badges.pdf`, { headers: bearer(key) });
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe('application/pdf');
  pdfFile = join(scratch, 'badges.pdf');
  writeFileSync(pdfFile, Buffer.from(await response.arrayBuffer()));
}, 60_000);
afterAll(() => app?.stop());

const poppler = (tool: string, ...args: string[]) => execFileSync(tool, args, { encoding: 'utf8' });
/** pdftotext marks right-to-left runs with embedding controls; the words are what a reader sees. */
const pageText = (page: number) => poppler('pdftotext', '-f', String(page), '-l', String(page), '-layout', pdfFile, '-').replace(/[\u202A-\u202E]/g, '');

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

  it('is for organiser keys only: a door-staff key cannot print the attendee list', async () => {
    const door = (await createOrganiserKey({ eventId: event.id, label: 'door', role: 'door-staff' })).key;
    expect((await app.request('GET', `/admin/events/${event.id}/badges.pdf`, { headers: bearer(door) })).status).toBe(403);
  });
});
