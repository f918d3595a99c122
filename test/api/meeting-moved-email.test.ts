import ICAL from 'ical.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { askMeeting, meetingAction, registerPeople } from '../support/meetings';
import { jsonOf, startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/*
 * A rescheduled meeting reaches both sides as an email of its own (audit of issue 4): before, it was
 * the first confirmation again ("B2B meeting confirmed", "is confirmed") with another time and no word
 * of the old one, which a reader takes for a second meeting or cannot tell from the first.
 */
const event = testEvent({ capacity: 500 });
const slots = event.meetings.slots;
let app: TestApp;

beforeAll(async () => {
  app = await startTestApp([event]);
});
afterAll(() => app.stop());

const invitationOf = (mail: { attachments: { content: string }[] }) =>
  new ICAL.Component(ICAL.parse(Buffer.from(mail.attachments.find((file) => Buffer.from(file.content, 'base64').toString().includes('METHOD:REQUEST'))!.content, 'base64').toString('utf8')));

describe('a rescheduled meeting', () => {
  it('tells both sides, in their language, that it moved, from which time to which, with a higher SEQUENCE', async () => {
    const [requester] = await registerPeople(app, event.id, 1, { language: 'en' });
    const [recipient] = await registerPeople(app, event.id, 1, { language: 'fr' });
    const [third] = await registerPeople(app, event.id, 1, { language: 'ar' });
    const asked = await jsonOf(await askMeeting(app, event.id, requester!, recipient!, [slots[0]!.id]));
    expect((await meetingAction(app, recipient!, asked.meetingRequestId, 'accept', { slotId: slots[0]!.id })).status).toBe(200);
    expect(await jsonOf(await meetingAction(app, requester!, asked.meetingRequestId, 'reschedule', { slotId: slots[5]!.id }))).toMatchObject({ slotId: slots[5]!.id });
    await app.drainStreams();

    const expected = {
      en: { subject: 'B2B meeting moved', first: 'B2B meeting confirmed', moved: 'has moved to a new time', previous: 'It was planned for Thursday', calendar: 'moves the meeting in your calendar' },
      fr: { subject: 'Rendez-vous B2B déplacé', first: 'Rendez-vous B2B confirmé', moved: 'a été déplacé', previous: 'Il était prévu le jeudi', calendar: 'déplace le rendez-vous' },
    };
    for (const [person, words] of [[requester!, expected.en], [recipient!, expected.fr]] as const) {
      // The emails with this meeting's invitation: the first confirmation and the move.
      const mails = (await app.mailTo(person.email)).filter((mail) => mail.attachments.some((file) => Buffer.from(file.content, 'base64').toString().includes(asked.meetingRequestId)));
      expect(mails.map((mail) => mail.subject.split(/\s?:/)[0]).sort()).toEqual([words.first, words.subject].sort());
      const moved = mails.find((mail) => mail.subject.startsWith(words.subject))!;
      const first = mails.find((mail) => mail.subject.startsWith(words.first))!;
      const text = moved.body.text!.replace(/\s+/g, ' ');
      expect(text).toContain(words.moved);
      // The old time in the status paragraph, the new one in "When".
      expect(text).toContain(`${words.previous}`);
      expect(text).toMatch(/14:00\s?–\s?14:20/);
      expect(text).toMatch(/15:40\s?–\s?16:00/);
      expect(text).toContain(words.calendar);
      expect(first.body.text).not.toContain(words.moved);
      const movedEvent = invitationOf(moved).getFirstSubcomponent('vevent')!;
      const firstEvent = invitationOf(first).getFirstSubcomponent('vevent')!;
      expect(movedEvent.getFirstPropertyValue('uid')).toBe(firstEvent.getFirstPropertyValue('uid'));
      expect(Number(movedEvent.getFirstPropertyValue('sequence'))).toBeGreaterThan(Number(firstEvent.getFirstPropertyValue('sequence')));
      expect((movedEvent.getFirstPropertyValue('dtstart') as ICAL.Time).toJSDate().toISOString()).toBe(new Date(slots[5]!.start).toISOString());
    }

    // Arabic: the same email, right to left.
    const arabic = await jsonOf(await askMeeting(app, event.id, requester!, third!, [slots[1]!.id]));
    expect((await meetingAction(app, third!, arabic.meetingRequestId, 'accept', { slotId: slots[1]!.id })).status).toBe(200);
    expect((await meetingAction(app, third!, arabic.meetingRequestId, 'reschedule', { slotId: slots[6]!.id })).status).toBe(200);
    await app.drainStreams();
    const movedArabic = (await app.mailTo(third!.email)).find((mail) => mail.subject.startsWith('تغيير موعد لقاء'))!;
    expect(movedArabic.body.html).toContain('dir="rtl"');
    expect(movedArabic.body.text).toContain('كان اللقاء مقرّرًا في');
  });
});
