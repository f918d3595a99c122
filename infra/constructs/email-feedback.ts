import { Duration } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { EventBus, Rule } from 'aws-cdk-lib/aws-events';
import { LambdaFunction } from 'aws-cdk-lib/aws-events-targets';
import { EmailSendingEvent, EventDestination } from 'aws-cdk-lib/aws-ses';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { TableName } from '../../shared/storage/tables';
import { AppFunction } from './app-function';
import { createDeadLetterQueue } from './dead-letter-queue';
import type { EmailSending } from './email-sending';
import { grantTableAccess } from './table-access';

export const sesFeedbackEntry = 'functions/ses-feedback.ts';

export interface EmailFeedbackProps {
  email: EmailSending;
  tables: Record<TableName, Table>;
  environment: Record<string, string>;
}

/**
 * SES feedback: the configuration set publishes delivery, bounce and complaint events to the
 * default EventBridge bus; a rule for this configuration set's events invokes the feedback
 * function, which updates the emails (docs/organisers.md). Failed invocations are retried, then
 * kept in a dead-letter queue.
 */
export class EmailFeedback extends Construct {
  readonly appFunction: AppFunction;
  readonly deadLetterQueue: Queue;
  readonly rule: Rule;

  constructor(scope: Construct, id: string, props: EmailFeedbackProps) {
    super(scope, id);
    const bus = EventBus.fromEventBusName(this, 'DefaultBus', 'default');
    props.email.configurationSet.addEventDestination('Feedback', {
      destination: EventDestination.eventBus(bus),
      events: [EmailSendingEvent.DELIVERY, EmailSendingEvent.BOUNCE, EmailSendingEvent.COMPLAINT],
    });
    this.appFunction = new AppFunction(this, 'Handler', {
      entry: sesFeedbackEntry,
      description: 'SES delivery, bounce and complaint events: email statuses, undeliverable addresses',
      environment: props.environment,
      timeout: Duration.seconds(30),
    });
    grantTableAccess(this.appFunction.function, this.appFunction.role, { confirmations: 'readWrite', registrations: 'readWrite' }, props.tables);
    this.deadLetterQueue = createDeadLetterQueue(this, 'DeadLetterQueue', 'SES feedback events the function could not record');
    this.rule = new Rule(this, 'Rule', {
      description: 'SES feedback of the Rendezvous configuration set',
      eventBus: bus,
      eventPattern: {
        source: ['aws.ses'],
        detailType: ['Email Delivered', 'Email Bounced', 'Email Complaint Received'],
        detail: { mail: { tags: { 'ses:configuration-set': [props.email.configurationSet.configurationSetName] } } },
      },
      targets: [new LambdaFunction(this.appFunction.function, { deadLetterQueue: this.deadLetterQueue, retryAttempts: 8, maxEventAge: Duration.hours(6) })],
    });
  }
}
