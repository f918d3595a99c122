import type { SNSEvent } from 'aws-lambda';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lambdaContext, loadHandler } from '../../local/load-handler';
import type { SesNotification } from '../../shared/organisers/ses-feedback';
import { askMeeting, meetingAction, registerPeople } from '../support/meetings';
import { bearer, register } from '../support/registrations';
import { getItem } from '../support/table-reads';
import { jsonOf, type TestApp } from '../support/test-app';
import { startOrganiserApp } from '../support/organiser-app';
import { testEvent } from '../support/test-event';

const event = testEvent();
let app: TestApp;
let key: string;
const people: { registrationId: string; email: string; confirmationId: string; sesMessageId: string }[] = [];

const snsEvent = (notification: SesNotification): SNSEvent =>
  ({ Records: [{ EventSource: 'aws:sns', Sns: { Message: JSON.stringify(notification) } }] }) as unknown as SNSEvent;

async function feedback(notification: SesNotification): Promise<void> {
  const handler = await loadHandler('functions/ses-feedback.ts');
  await handler(snsEvent(notification), lambdaContext('sesFeedback'));
}

const emailsOf = async (status: string) =>
  (await jsonOf(await app.request('GET', `/admin/events/${event.id}/confirmations?status=${status}`, { headers: bearer(key) }))).items as Record<string, string>[];

beforeAll(async () => {
  ({ app, key } = await startOrganiserApp([event]));
  for (let index = 0; index < 3; index += 1) {
    const { json, body } = await register(app, event.id);
    people.push({ registrationId: json.registrationId, email: body.email as string, confirmationId: '', sesMessageId: '' });
  }
  await app.drainStreams();
  for (const email of await emailsOf('sent')) {
    const person = people.find((candidate) => candidate.registrationId === email.subjectId)!;
    Object.assign(person, { confirmationId: email.confirmationId, sesMessageId: email.sesMessageId });
  }
});
afterAll(() => app?.stop());

describe('SES feedback', () => {
  it('records deliveries, bounces and complaints on the emails, found through the SES message id', async () => {
    const [delivered, bounced, complained] = people;
    await feedback({ eventType: 'Delivery', mail: { messageId: delivered!.sesMessageId } });
    await feedback({ eventType: 'Bounce', mail: { messageId: bounced!.sesMessageId }, bounce: { bounceType: 'Permanent', bounceSubType: 'General', bouncedRecipients: [{ emailAddress: bounced!.email }] } });
    await feedback({ eventType: 'Delivery', mail: { messageId: complained!.sesMessageId } });
    await feedback({ eventType: 'Complaint', mail: { messageId: complained!.sesMessageId }, complaint: { complaintFeedbackType: 'abuse' } });
    expect((await emailsOf('delivered')).map((email) => email.confirmationId)).toEqual([delivered!.confirmationId]);
    expect((await emailsOf('bounced'))[0]).toMatchObject({ confirmationId: bounced!.confirmationId, lastError: 'Bounce Permanent/General' });
    expect((await emailsOf('complained')).map((email) => email.confirmationId)).toEqual([complained!.confirmationId]);
  });

  it('marks a hard-bounced registration undeliverable; the list, the CSV and the summary show it', async () => {
    const bounced = people[1]!;
    const { items } = await jsonOf(await app.request('GET', `/admin/events/${event.id}/registrations`, { headers: bearer(key) }));
    expect(items.find((item: { registrationId: string }) => item.registrationId === bounced.registrationId).emailUndeliverableAt).toEqual(expect.any(String));
    const summary = await jsonOf(await app.request('GET', `/admin/events/${event.id}/summary`, { headers: bearer(key) }));
    expect(summary.figures.emails.undeliverable).toEqual([expect.objectContaining({ registrationId: bounced.registrationId, email: bounced.email })]);
    expect(summary.figures.emails.byStatus).toMatchObject({ delivered: 1, bounced: 1, complained: 1 });
  });

  it('ignores repeated or late feedback (a delivery after a bounce changes nothing)', async () => {
    const bounced = people[1]!;
    await feedback({ eventType: 'Delivery', mail: { messageId: bounced.sesMessageId } });
    await feedback({ eventType: 'Bounce', mail: { messageId: bounced.sesMessageId }, bounce: { bounceType: 'Permanent' } });
    expect((await emailsOf('bounced')).map((email) => email.confirmationId)).toEqual([bounced.confirmationId]);
  });

  it('fails (for Lambda to retry) on a message id it does not know', async () => {
    await expect(feedback({ eventType: 'Delivery', mail: { messageId: 'unknown-message' } })).rejects.toThrow(/No email recorded/);
  });
});

describe('POST /admin/events/{eventId}/confirmations/{id}/resend', () => {
  it('sends the email again as a new record the registration keeps for erasure', async () => {
    const person = people[0]!;
    const before = (await app.mailTo(person.email)).length;
    const response = await app.request('POST', `/admin/events/${event.id}/confirmations/${person.confirmationId}/resend`, { headers: bearer(key) });
    expect(response.status).toBe(202);
    const { confirmationId } = await jsonOf(response);
    await app.drainStreams();
    const mails = await app.mailTo(person.email);
    expect(mails).toHaveLength(before + 1);
    expect(mails.at(-1)!.body.text).toMatch(/\/registrations\/[0-9A-Z]{26}\?event=[a-z0-9-]+#token=/);
    const registration = await getItem(app.tableNames.registrations, { pk: `REGISTRATION#${person.registrationId}`, sk: 'REGISTRATION' });
    expect(registration!.emailIds).toContain(confirmationId);
    expect((await emailsOf('delivered')).map((email) => email.confirmationId)).toContain(person.confirmationId);
  });

  it('refuses an address that hard-bounced (409) and an unknown email (404)', async () => {
    const bounced = await app.request('POST', `/admin/events/${event.id}/confirmations/${people[1]!.confirmationId}/resend`, { headers: bearer(key) });
    expect(bounced.status).toBe(409);
    const unknown = await app.request('POST', `/admin/events/${event.id}/confirmations/01ARZ3NDEKTSV4RRFFQ69G5FAV/resend`, { headers: bearer(key) });
    expect(unknown.status).toBe(404);
  });
});

describe('GET /admin/events/{eventId}/confirmations: which case of a kind', () => {
  it("names a withdrawn request's email `request-withdrawn`, and a cancelled meeting's email no variant", async () => {
    const [asker, asked] = await registerPeople(app, event.id, 2);
    const slot = event.meetings.slots[0]!.id;
    const withdrawn = await jsonOf(await askMeeting(app, event.id, asker!, asked!, [slot]));
    expect((await meetingAction(app, asker!, withdrawn.meetingRequestId, 'cancel')).status).toBe(200);
    const met = await jsonOf(await askMeeting(app, event.id, asked!, asker!, [slot]));
    expect((await meetingAction(app, asker!, met.meetingRequestId, 'accept', { slotId: slot })).status).toBe(200);
    expect((await meetingAction(app, asked!, met.meetingRequestId, 'cancel')).status).toBe(200);
    const all = (await jsonOf(await app.request('GET', `/admin/events/${event.id}/confirmations?limit=100`, { headers: bearer(key) }))).items as Record<string, string>[];
    const cancellations = all.filter((email) => email.kind === 'meeting-cancelled');
    const about = (id: string) => cancellations.filter((email) => email.subjectId === id).map((email) => email.variant ?? 'none');
    expect(about(withdrawn.meetingRequestId)).toEqual(['request-withdrawn']);
    expect(about(met.meetingRequestId)).toEqual(['none']);
  });
});

describe('SES feedback about an attendee\u2019s later emails', () => {
  it('marks the registration whose address hard-bounced on a later email (a meeting request), not only on its own emails', async () => {
    const [asker, asked] = await registerPeople(app, event.id, 2);
    await jsonOf(await askMeeting(app, event.id, asker!, asked!, [event.meetings.slots[0]!.id]));
    await app.drainStreams();
    const request = (await emailsOf('sent')).find((email) => email.kind === 'meeting-requested' && email.recipient === asked!.email)!;
    await feedback({ eventType: 'Bounce', mail: { messageId: request.sesMessageId! }, bounce: { bounceType: 'Permanent', bounceSubType: 'NoEmail', bouncedRecipients: [{ emailAddress: asked!.email }] } });
    const summary = await jsonOf(await app.request('GET', `/admin/events/${event.id}/summary`, { headers: bearer(key) }));
    expect(summary.figures.emails.undeliverable).toEqual(expect.arrayContaining([expect.objectContaining({ registrationId: asked!.registrationId, email: asked!.email })]));
    const registration = await jsonOf(await app.request('GET', `/admin/events/${event.id}/registrations/${asked!.registrationId}`, { headers: bearer(key) }));
    expect(registration.registration.emailUndeliverableAt).toEqual(expect.any(String));
    const requester = await jsonOf(await app.request('GET', `/admin/events/${event.id}/registrations/${asker!.registrationId}`, { headers: bearer(key) }));
    expect(requester.registration.emailUndeliverableAt).toBeUndefined();
  });
});

describe('re-sending an email its subject has moved past', () => {
  const resend = (confirmationId: string) => app.request('POST', `/admin/events/${event.id}/confirmations/${confirmationId}/resend`, { headers: bearer(key) });
  const emailAbout = async (subjectId: string, kind: string, recipient?: string) => {
    const all = (await jsonOf(await app.request('GET', `/admin/events/${event.id}/confirmations?limit=500`, { headers: bearer(key) }))).items as Record<string, string>[];
    return all.find((email) => email.subjectId === subjectId && email.kind === kind && (recipient === undefined || email.recipient === recipient))! as { confirmationId: string };
  };

  it("refuses a registration's confirmation once it was cancelled (409 email-superseded, nothing sent); its cancellation goes again", async () => {
    const [person] = await registerPeople(app, event.id, 1);
    expect((await app.request('DELETE', `/registrations/${person!.registrationId}`, { headers: bearer(person!.manageToken) })).status).toBe(200);
    await app.drainStreams();
    const before = (await app.mailTo(person!.email)).length;
    const refused = await resend((await emailAbout(person!.registrationId, 'registration-confirmed')).confirmationId);
    expect(refused.status).toBe(409);
    expect((await jsonOf(refused)).type).toMatch(/email-superseded$/);
    expect((await resend((await emailAbout(person!.registrationId, 'registration-cancelled')).confirmationId)).status).toBe(202);
    await app.drainStreams();
    expect((await app.mailTo(person!.email)).map((mail) => mail.subject).slice(before)).toEqual([expect.stringMatching(/cancelled|annulée|ألغي|إلغاء/i)]);
  });

  it("refuses a meeting's invitation once the meeting was moved or cancelled, and sends the current one again", async () => {
    const [asker, asked] = await registerPeople(app, event.id, 2);
    const [first, second] = event.meetings.slots;
    const { meetingRequestId } = await jsonOf(await askMeeting(app, event.id, asker!, asked!, [first!.id, second!.id]));
    expect((await meetingAction(app, asked!, meetingRequestId, 'accept', { slotId: first!.id })).status).toBe(200);
    await app.drainStreams();
    const firstInvitation = await emailAbout(meetingRequestId, 'meeting-confirmed', asker!.email);
    expect((await resend(firstInvitation.confirmationId)).status).toBe(202);
    expect((await meetingAction(app, asker!, meetingRequestId, 'reschedule', { slotId: second!.id })).status).toBe(200);
    await app.drainStreams();
    const old = await resend(firstInvitation.confirmationId);
    expect(old.status).toBe(409);
    expect((await jsonOf(old)).type).toMatch(/email-superseded$/);
    // The invitation at the new time is the current one: it goes again.
    const confirmations = (await jsonOf(await app.request('GET', `/admin/events/${event.id}/confirmations?limit=500`, { headers: bearer(key) }))).items as Record<string, string>[];
    // The newest of the asker's invitations (ids are ULIDs): the one the move wrote.
    const [moved] = confirmations
      .filter((email) => email.subjectId === meetingRequestId && email.kind === 'meeting-confirmed' && email.recipient === asker!.email)
      .sort((a, b) => b.confirmationId!.localeCompare(a.confirmationId!));
    expect(moved!.confirmationId).not.toBe(firstInvitation.confirmationId);
    expect((await resend(moved!.confirmationId!)).status).toBe(202);
    expect((await meetingAction(app, asker!, meetingRequestId, 'cancel')).status).toBe(200);
    await app.drainStreams();
    expect((await resend((await emailAbout(meetingRequestId, 'meeting-cancelled', asked!.email)).confirmationId)).status).toBe(202);
  });
});
