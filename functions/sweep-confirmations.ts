import middy from '@middy/core';
import { runtimeConfig } from '../shared/config/runtime-config';
import { sweepStaleConfirmations } from '../shared/confirmations/sweep';

runtimeConfig();

/** Scheduled: re-drives emails the stream left pending or retrying (docs/emails.md, "Lifecycle"). */
export const handler = middy().handler(async () => {
  await sweepStaleConfirmations();
});
