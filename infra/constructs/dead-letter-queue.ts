import { Duration, Validations } from 'aws-cdk-lib';
import { Queue, QueueEncryption } from 'aws-cdk-lib/aws-sqs';
import type { Construct } from 'constructs';

/**
 * Where failed asynchronous work ends up (stream records Lambda gave up on, schedule runs that
 * could not be delivered): SQS-managed encryption, TLS only, kept the SQS maximum of 14 days.
 */
export function createDeadLetterQueue(scope: Construct, id: string, purpose: string): Queue {
  const queue = new Queue(scope, id, {
    encryption: QueueEncryption.SQS_MANAGED,
    enforceSSL: true,
    retentionPeriod: Duration.days(14),
  });
  Validations.of(queue).acknowledge({
    id: 'AwsSolutions-SQS3',
    reason: `This queue is itself a dead-letter destination (${purpose}); a DLQ of a DLQ would only move the same messages again. Messages in it raise an alarm.`,
  });
  return queue;
}
