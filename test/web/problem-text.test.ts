import { describe, expect, it } from 'vitest';
import { PressAccreditationRequest } from '../../shared/api/press-api';
import { RegistrationRequest } from '../../shared/api/registration-api';
import { EventSettingsChange } from '../../shared/organisers/event-settings-schema';
import { safeValidate } from '../../shared/validation';
import { fieldErrorText } from '../../web/src/failures/field-error-text';
import type { Translates } from '../../web/src/failures/translates';
import { linkFailure, problemText } from '../../web/src/failures/problem-text';
import { ar } from '../../web/src/i18n/messages/ar';
import { en } from '../../web/src/i18n/messages/en';
import { fr } from '../../web/src/i18n/messages/fr';

/**
 * Pages never show the API's English problem text (issue 20): a problem type and a field rule map
 * to catalogue messages. A reader that names the key it was asked, so a test sees which message.
 */
const keyReader = { t: (key: string, params?: Record<string, unknown>) => (params && Object.keys(params).length ? `${key} ${JSON.stringify(params)}` : key) } as unknown as Translates;
const problem = (slug: string, status: number) => ({ type: `urn:rendezvous:problem:${slug}`, title: 'Whatever', status, detail: 'English detail' });

/** The field messages the API answers for a form's worst submission, read from its own schemas. */
const messagesOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) => result.error?.issues.map((issue) => issue.message) ?? [];

describe('field errors in the reader’s language', () => {
  it('maps every rule the registration and press forms can break to its own message, none to the catch-all', () => {
    const empty = { firstName: '', lastName: '', email: 'not-an-email', phone: '0612', organisation: ' ', country: '', sectors: [], language: 'fr', consent: false, directoryOptIn: true };
    const long = { ...empty, lastName: 'M\ufffdller', firstName: 'x'.repeat(101), sectors: ['a', 'a', 'b', 'c', 'd', 'e', 'f'], clusterId: 'Not An Id', organisation: 'line\u0007' };
    const press = { firstName: '', lastName: 'x', email: 'x', mediaOutlet: 'x', mediaType: 'online', country: 'ZZ', coveragePlan: '', days: [], language: 'ar', consent: false, portfolioUrl: 'ftp://x' };
    const messages = [...messagesOf(RegistrationRequest().safeParse(empty)), ...messagesOf(RegistrationRequest().safeParse(long)), ...messagesOf(PressAccreditationRequest().safeParse(press))];
    expect(messages.length).toBeGreaterThan(12);
    for (const message of messages) expect(fieldErrorText(keyReader, message), message).not.toBe('field.invalid');
  });

  it('maps every rule the console’s event settings can break (zod’s own English words) to its own message', () => {
    const slot = (start: string, end: string) => ({ id: 'd1-1400', start, end });
    const negative = { capacity: -5, programme: { visit: 0 }, meetings: { tablesPerSlot: null, slots: [slot('2026-11-10T15:00:00+01:00', '2026-11-10T14:00:00+01:00')] } };
    const garbled = { capacity: 1.5, programme: { visit: 'x' }, meetings: { slots: [slot('', 'tomorrow')] } };
    const messages = [...messagesOf(safeValidate(EventSettingsChange(), negative)), ...messagesOf(safeValidate(EventSettingsChange(), garbled))];
    expect(messages.length).toBeGreaterThan(6);
    for (const message of messages) expect(fieldErrorText(keyReader, message), message).not.toBe('field.invalid');
    expect(fieldErrorText(keyReader, 'Too small: expected number to be >0')).toBe('field.moreThan {"min":0}');
    expect(fieldErrorText(keyReader, 'Too small: expected number to be >=0')).toBe('field.atLeast {"min":0}');
    expect(fieldErrorText(keyReader, 'Invalid input: expected number, received null')).toBe('field.required');
    expect(fieldErrorText(keyReader, 'start must be before end')).toBe('field.order');
  });

  it('maps the domain’s own field rules: a full programme item, a mistyped ticket code', () => {
    // shared/registrations/create-registration.ts (programme.{i}) and shared/check-in/find-ticket.ts (code).
    expect(fieldErrorText(keyReader, 'has no seat left')).toBe('field.full');
    expect(fieldErrorText(keyReader, 'must be 8 letters and digits, e.g. ABCD-EFGH')).toBe('field.ticketCode');
    // shared/registrations/booked-slots.ts (programme.{i}, unavailableSlotIds.{i}) and shared/meetings/request-meeting.ts (proposedSlotIds.{i}).
    expect(fieldErrorText(keyReader, 'is at the time of your confirmed meeting 01ABC: reschedule or cancel it first')).toBe('field.meetingThen');
    expect(fieldErrorText(keyReader, 'holds your confirmed meeting 01ABC: reschedule or cancel it first')).toBe('field.meetingThen');
    expect(fieldErrorText(keyReader, 'holds your confirmed meeting 01ABC')).toBe('field.meetingThen');
    expect(fieldErrorText(keyReader, 'you are not available then (marked unavailable, or a programme item you chose)')).toBe('field.notAvailableThen');
  });

  it('keeps the number a rule carries, and falls back to a localised sentence for an unknown rule', () => {
    expect(fieldErrorText(keyReader, 'must be at most 100 characters')).toBe('field.tooLong {"max":100}');
    expect(fieldErrorText(keyReader, 'must list at least 1')).toBe('field.fewItems {"min":1}');
    expect(fieldErrorText(keyReader, 'slot s-3 (2026-04-09T09:00+01:00 to 2026-04-09T09:20+01:00) holds 2 placed meeting(s): cancel or move them before removing it')).toBe('field.slotHoldsMeetings {"slot":"s-3"}');
    // The console's settings name the slot by its day and times (pages/console/settings.tsx).
    expect(fieldErrorText(keyReader, 'slot Thursday 9 April, 09:00–09:20 (2026-04-09T09:00+01:00 to 2026-04-09T09:20+01:00) holds 2 placed meeting(s): cancel or move them before removing it')).toBe('field.slotHoldsMeetings {"slot":"Thursday 9 April, 09:00–09:20"}');
    expect(fieldErrorText(keyReader, 'must not be empty; must be at most 100 characters')).toBe('field.required field.tooLong {"max":100}');
    expect(fieldErrorText(keyReader, 'a rule written tomorrow')).toBe('field.invalid');
  });
});

describe('problems in the reader’s language', () => {
  it('reads the type, never the detail; unknown types and network failures get the generic message', () => {
    expect(problemText(keyReader, problem('registration-closed', 409))).toBe('problem.registration-closed');
    expect(problemText(keyReader, problem('recipient-booked', 409))).toBe('problem.slot-unavailable');
    expect(problemText(keyReader, problem('invalid-ticket-code', 400))).toBe('problem.invalid-ticket-code');
    expect(problemText(keyReader, problem('too-many-searches', 429))).toBe('problem.too-many-searches');
    expect(problemText(keyReader, problem('meeting-not-found', 404))).toBe('problem.not-found');
    expect(problemText(keyReader, problem('invented-tomorrow', 409))).toBe('problem.generic');
    expect(problemText(keyReader, { type: 'about:blank', title: 'Error', status: 0 })).toBe('problem.generic');
  });

  it('tells an expired link from a tampered one, one for another request and a gone resource', () => {
    expect(linkFailure(problem('expired-status-link', 401))).toBe('expired');
    expect(linkFailure(problem('expired-answer-link', 401))).toBe('expired');
    expect(linkFailure(problem('invalid-decision-link', 401))).toBe('invalid');
    expect(linkFailure(problem('invalid-manage-token', 403))).toBe('invalid');
    expect(linkFailure(problem('unauthorized', 401))).toBe('invalid');
    expect(linkFailure(problem('foreign-answer-link', 403))).toBe('foreign');
    expect(linkFailure(problem('outdated-answer-link', 401))).toBe('outdated');
    expect(linkFailure(problem('registration-not-found', 404))).toBe('gone');
    expect(linkFailure(problem('busy', 503))).toBeUndefined();
  });

  it('has every message in French and Arabic, none of them the English text', () => {
    const keys = Object.keys(en).filter((key) => /^(problem|link|field)\./.test(key));
    expect(keys.length).toBeGreaterThan(50);
    for (const key of keys) {
      for (const catalogue of [fr, ar] as Record<string, unknown>[]) {
        expect(catalogue[key], key).toBeTypeOf('string');
        expect(catalogue[key], key).not.toBe(en[key as keyof typeof en]);
      }
    }
  });
});
