import { Duration, Stack } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { PolicyStatement, Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { CfnSchedule } from 'aws-cdk-lib/aws-scheduler';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { EventDefinition } from '../../shared/events/event-definition';
import type { TableName } from '../../shared/storage/tables';
import type { ScheduledWorkerDefinition } from '../../shared/workers/index';
import { AppFunction } from './app-function';
import { createDeadLetterQueue } from './dead-letter-queue';
import type { EmailSending } from './email-sending';
import { grantTableAccess } from './table-access';

/** One EventBridge Scheduler schedule of a worker, and the input it sends. */
export interface WorkerSchedule {
  id: string;
  expression: string;
  timeZone: string;
  input: Record<string, string>;
}

/** The worker's own expression, or one schedule per event and `summarySchedules` entry (input `{ eventId, scheduleId }`). */
export function workerSchedules(definition: ScheduledWorkerDefinition, events: readonly EventDefinition[]): WorkerSchedule[] {
  if (!definition.perEventSchedules) {
    return [{ id: 'Schedule', expression: definition.scheduleExpression, timeZone: definition.timeZone, input: { worker: definition.id, scheduledTime: '<aws.scheduler.scheduled-time>' } }];
  }
  return events.flatMap((event) =>
    event.summarySchedules.map((schedule) => ({
      id: `Schedule-${event.id}-${schedule.id}`,
      expression: schedule.cron,
      timeZone: event.timeZone,
      input: { eventId: event.id, scheduleId: schedule.id },
    })),
  );
}

export interface ScheduledWorkerProps {
  definition: ScheduledWorkerDefinition;
  schedules: readonly WorkerSchedule[];
  tables: Record<TableName, Table>;
  environment: Record<string, string>;
  email: EmailSending;
}

/**
 * A function run by EventBridge Scheduler on its expression (or, for per-event workers, each
 * event's own expressions), in its time zone, exactly on time (no flexible window). Scheduler retries a failed delivery twice within an hour, then puts the
 * event in the worker's dead-letter queue.
 */
export class ScheduledWorker extends Construct {
  readonly appFunction: AppFunction;
  readonly deadLetterQueue: Queue;
  readonly schedules: CfnSchedule[];

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

    this.schedules = props.schedules.map(
      (schedule) =>
        new CfnSchedule(this, schedule.id, {
          description: `Runs ${definition.id}${schedule.id === 'Schedule' ? '' : ` (${schedule.id})`}`,
          scheduleExpression: schedule.expression,
          scheduleExpressionTimezone: schedule.timeZone,
          flexibleTimeWindow: { mode: 'OFF' },
          state: 'ENABLED',
          target: {
            arn: fn.functionArn,
            roleArn: role.roleArn,
            input: JSON.stringify(schedule.input),
            retryPolicy: { maximumRetryAttempts: 2, maximumEventAgeInSeconds: 3600 },
            deadLetterConfig: { arn: this.deadLetterQueue.queueArn },
          },
        }),
    );
  }
}
