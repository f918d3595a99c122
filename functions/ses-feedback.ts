import middy from '@middy/core';
import type { SNSEvent } from 'aws-lambda';
import { runtimeConfig } from '../shared/config/runtime-config';
import { log } from '../shared/logging/logger';
import { applySesFeedback, type SesNotification } from '../shared/organisers/ses-feedback';

runtimeConfig();

/**
 * SES delivery, bounce and complaint events of the configuration set, through SNS. A failure
 * throws, so Lambda's asynchronous retries (and then the on-failure queue) take over.
 */
export const handler = middy<SNSEvent, void>().handler(async (event) => {
  for (const record of event.Records) {
    const notification = JSON.parse(record.Sns.Message) as SesNotification;
    const outcome = await applySesFeedback(notification);
    log.info('ses feedback', { eventType: notification.eventType, sesMessageId: notification.mail?.messageId, outcome });
  }
});
