import type { FunctionCompute, TableAccess } from '../http/route-definition';
import type { TableName } from '../storage/tables';

/** A function fed by a DynamoDB stream (Lambda event source mapping in AWS, the stream poller locally). */
export interface StreamWorkerDefinition {
  id: string;
  entry: string;
  sourceTable: TableName;
  batchSize: number;
  /** Lambda retries a failing batch this many times (bisecting it) before the on-failure queue. */
  retryAttempts: number;
  /**
   * Lambda waits up to this long to fill a batch (`MaximumBatchingWindowInSeconds`) before invoking
   * with fewer than `batchSize` records; absent: invoke as soon as records arrive.
   */
  batchingWindowSeconds?: number;
  maximumRecordAgeSeconds: number;
  tables: Partial<Record<TableName, TableAccess>>;
  sendsEmail: boolean;
  /** Whether it signs tokens (the mailer makes the links of the emails). */
  usesSigningSecret?: boolean;
  /**
   * Lambda event filter pattern (exact values only): records that do not match never reach the
   * function (in AWS the event source mapping drops them; locally the poller does).
   */
  filterPattern?: EventFilterPattern;
  compute?: FunctionCompute;
}

/** `{ dynamodb: { NewImage: { status: { S: ['publishing'] } } } }`: nested fields, each leaf a list of accepted values. */
export interface EventFilterPattern {
  readonly [field: string]: EventFilterPattern | readonly string[];
}

/** The worker's Lambda timeout: its own, else a minute. */
export const streamWorkerTimeoutSeconds = (worker: Pick<StreamWorkerDefinition, 'compute'>): number => worker.compute?.timeoutSeconds ?? 60;

/** A function run on a schedule (EventBridge Scheduler in AWS, a timer locally). */
export interface ScheduledWorkerDefinition {
  id: string;
  entry: string;
  /** EventBridge Scheduler expression, evaluated in `timeZone`. */
  scheduleExpression: string;
  timeZone: string;
  /** Interval of the local runner's timer. */
  localIntervalSeconds: number;
  tables: Partial<Record<TableName, TableAccess>>;
  sendsEmail: boolean;
  usesSigningSecret?: boolean;
  /**
   * `summarySchedules`: instead of `scheduleExpression`, one schedule per event and entry of its
   * `summarySchedules` (in the event's time zone), with input `{ eventId, scheduleId }`. Locally the
   * timer runs it once per seeded event.
   */
  perEventSchedules?: 'summarySchedules';
}

export const streamWorkers: readonly StreamWorkerDefinition[] = [
  {
    id: 'sendConfirmations',
    entry: 'functions/send-confirmations.ts',
    sourceTable: 'confirmations',
    batchSize: 10,
    retryAttempts: 8,
    maximumRecordAgeSeconds: 6 * 60 * 60,
    tables: { confirmations: 'readWrite', registrations: 'read' },
    sendsEmail: true,
    usesSigningSecret: true,
    // Emails only: their mention items (one or more per email, docs/data-model.md "Personal data"),
    // SES pointers and bounce records would each wake it for nothing.
    filterPattern: { dynamodb: { NewImage: { entityType: { S: ['confirmation'] } } } },
  },
  {
    id: 'publishScheduleRuns',
    entry: 'functions/publish-schedule-runs.ts',
    sourceTable: 'meetingRequests',
    // One run at a time; a run interrupted (timeout, crash) is retried and resumes where it stopped.
    batchSize: 1,
    retryAttempts: 5,
    maximumRecordAgeSeconds: 24 * 60 * 60,
    tables: { registrations: 'read', meetingRequests: 'readWrite', confirmations: 'readWrite' },
    sendsEmail: false,
    filterPattern: { dynamodb: { NewImage: { entityType: { S: ['schedule-run'] }, status: { S: ['publishing'] } } } },
    compute: { memoryMb: 1024, timeoutSeconds: 900 },
  },
  {
    id: 'updateRecommendations',
    entry: 'functions/update-recommendations.ts',
    sourceTable: 'registrations',
    // Many changes in one batch share one read of the directory and of the lists (docs/matchmaking.md);
    // the window gathers a burst into full batches instead of one refresh per trickle (docs/matchmaking.md, "Bursts").
    batchSize: 100,
    batchingWindowSeconds: 5,
    retryAttempts: 10,
    maximumRecordAgeSeconds: 24 * 60 * 60,
    // Meetings and the outbox: it also finishes erasures (cancels the person's meetings, scrubs the emails naming them).
    tables: { registrations: 'readWrite', meetingRequests: 'readWrite', confirmations: 'readWrite' },
    sendsEmail: false,
    filterPattern: { dynamodb: { NewImage: { entityType: { S: ['registration', 'event'] } } } },
    // Shorter than the lease (recommendation-lease.ts), so that a worker killed holding it is waited for at most that long.
    compute: { memoryMb: 1024, timeoutSeconds: 120 },
  },
];

export const scheduledWorkers: readonly ScheduledWorkerDefinition[] = [
  {
    id: 'sendSummaries',
    entry: 'functions/send-summaries.ts',
    scheduleExpression: 'cron(0 8 * * ? *)',
    timeZone: 'Africa/Casablanca',
    localIntervalSeconds: 24 * 60 * 60,
    tables: { registrations: 'readWrite', meetingRequests: 'read', confirmations: 'readWrite' },
    sendsEmail: false,
    perEventSchedules: 'summarySchedules',
  },
  {
    id: 'expireMeetingRequests',
    entry: 'functions/expire-meeting-requests.ts',
    scheduleExpression: 'rate(15 minutes)',
    timeZone: 'Africa/Casablanca',
    localIntervalSeconds: 60,
    tables: { registrations: 'read', meetingRequests: 'readWrite', confirmations: 'readWrite' },
    sendsEmail: false,
  },
  {
    id: 'sweepConfirmations',
    entry: 'functions/sweep-confirmations.ts',
    // Emails the stream gave up on (its retries spent, or a record it never saw) are tried again.
    scheduleExpression: 'rate(5 minutes)',
    timeZone: 'Africa/Casablanca',
    localIntervalSeconds: 60,
    tables: { confirmations: 'readWrite', registrations: 'read' },
    sendsEmail: true,
    usesSigningSecret: true,
  },
  {
    id: 'sendMeetingReminders',
    entry: 'functions/send-meeting-reminders.ts',
    scheduleExpression: 'cron(0 * * * ? *)',
    timeZone: 'Africa/Casablanca',
    localIntervalSeconds: 300,
    tables: { registrations: 'read', meetingRequests: 'readWrite', confirmations: 'readWrite' },
    sendsEmail: false,
  },
];
