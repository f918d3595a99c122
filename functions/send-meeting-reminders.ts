import middy from '@middy/core';
import { runtimeConfig } from '../shared/config/runtime-config';
import { remindAgendas, remindPendingAnswers } from '../shared/meetings/reminders';
import { forEachEvent } from '../shared/workers/for-each-event';

runtimeConfig();

/** Scheduled hourly: reminds people of requests awaiting their answer, and sends agendas the day before. */
export const handler = middy().handler(() =>
  forEachEvent('sendMeetingReminders', async (event) => {
    const now = new Date();
    return (await remindPendingAnswers(event, now)) + (await remindAgendas(event, now));
  }),
);
