import middy from '@middy/core';
import type { EventBridgeEvent, SNSEvent } from 'aws-lambda';
import { runtimeConfig } from '../shared/config/runtime-config';
import { log } from '../shared/logging/logger';
import { applySesFeedback, type SesNotification } from '../shared/organisers/ses-feedback';

runtimeConfig();

type FeedbackEvent = EventBridgeEvent<string, SesNotification> | SNSEvent;

/** The SES events in an invocation: one from EventBridge (the stack's wiring), or each of an SNS batch. */
function notificationsOf(event: FeedbackEvent): SesNotification[] {
  if ('Records' in event) return event.Records.map((record) => JSON.parse(record.Sns.Message) as SesNotification);
  return [event.detail];
}

/**
 * SES delivery, bounce and complaint events of the configuration set (EventBridge; an SNS
 * destination works too). A failure throws, so the retries and then the dead-letter queue take over.
 */
export const handler = middy<FeedbackEvent, void>().handler(async (event) => {
  for (const notification of notificationsOf(event)) {
    const outcome = await applySesFeedback(notification);
    log.info('ses feedback', { eventType: notification.eventType, sesMessageId: notification.mail?.messageId, outcome });
  }
});
