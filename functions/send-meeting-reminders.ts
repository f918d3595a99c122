import middy from '@middy/core';
import { runtimeConfig } from '../shared/config/runtime-config';
import { sendDueDigest } from '../shared/matchmaking/digest/scheduled-digest';
import { remindAgendas, remindPendingAnswers } from '../shared/meetings/reminders';
import { forEachEvent } from '../shared/workers/for-each-event';

runtimeConfig();

/** Scheduled hourly: reminds people of requests awaiting their answer, sends agendas the day before, and the recommendation digest once its time has come. */
export const handler = middy().handler(() =>
  forEachEvent('sendMeetingReminders', async (event) => {
    const now = new Date();
    return (await remindPendingAnswers(event, now)) + (await remindAgendas(event, now)) + (await sendDueDigest(event, now));
  }),
);
