import { Duration, Stack } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { CfnSchedule } from 'aws-cdk-lib/aws-scheduler';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { TableName } from '../../shared/storage/tables';
import type { ScheduledWorkerDefinition } from '../../shared/workers/index';
import { AppFunction } from './app-function';
import { createDeadLetterQueue } from './dead-letter-queue';
import type { EmailSending } from './email-sending';
import { grantTableAccess } from './table-access';

export interface ScheduledWorkerProps {
  definition: ScheduledWorkerDefinition;
  tables: Record<TableName, Table>;
  environment: Record<string, string>;
  email: EmailSending;
}

/**
 * A function run by EventBridge Scheduler on its expression, in its time zone, exactly on time
 * (no flexible window). Scheduler retries a failed delivery twice within an hour, then puts the
 * event in the worker's dead-letter queue.
 */
export class ScheduledWorker extends Construct {
  readonly appFunction: AppFunction;
  readonly deadLetterQueue: Queue;
  readonly schedule: CfnSchedule;

  constructor(scope: Construct, id: string, props: ScheduledWorkerProps) {
    super(scope, id);
    const { definition } = props;
    this.appFunction = new AppFunction(this, 'Worker', {
      entry: definition.entry,
      description: `Scheduled worker ${definition.id} (${definition.scheduleExpression} ${definition.timeZone})`,
      environment: props.environment,
      timeout: Duration.minutes(5),
    });
    const fn = this.appFunction.function;
    grantTableAccess(fn, this.appFunction.role, definition.tables, props.tables);
    if (definition.sendsEmail) props.email.grantSend(fn);

    this.deadLetterQueue = createDeadLetterQueue(this, 'DeadLetterQueue', `runs of ${definition.id} the scheduler could not deliver`);
    const role = new Role(this, 'SchedulerRole', {
      assumedBy: new ServicePrincipal('scheduler.amazonaws.com', {
        conditions: { StringEquals: { 'aws:SourceAccount': Stack.of(this).account } },
      }),
      description: `EventBridge Scheduler: invoke ${definition.id} only`,
    });
    role.addToPolicy(new PolicyStatement({ actions: ['lambda:InvokeFunction'], resources: [fn.functionArn] }));
    role.addToPolicy(new PolicyStatement({ actions: ['sqs:SendMessage'], resources: [this.deadLetterQueue.queueArn] }));

    this.schedule = new CfnSchedule(this, 'Schedule', {
      description: `Runs ${definition.id}`,
      scheduleExpression: definition.scheduleExpression,
      scheduleExpressionTimezone: definition.timeZone,
      flexibleTimeWindow: { mode: 'OFF' },
      state: 'ENABLED',
      target: {
        arn: fn.functionArn,
        roleArn: role.roleArn,
        input: JSON.stringify({ worker: definition.id, scheduledTime: '<aws.scheduler.scheduled-time>' }),
        retryPolicy: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 3600 },
        deadLetterConfig: { arn: this.deadLetterQueue.queueArn },
      },
    });
  }
}
