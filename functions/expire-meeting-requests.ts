import middy from '@middy/core';
import { runtimeConfig } from '../shared/config/runtime-config';
import { expireRequests } from '../shared/meetings/expire-requests';
import { forEachEvent } from '../shared/workers/for-each-event';

runtimeConfig();

/** Scheduled: expires unanswered meeting requests whose event-set deadline has passed. */
export const handler = middy().handler(() => forEachEvent('expireMeetingRequests', (event) => expireRequests(event, new Date())));
