import { Duration, Validations } from 'aws-cdk-lib';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { FilterCriteria, StartingPosition } from 'aws-cdk-lib/aws-lambda';
import { DynamoEventSource, SqsDlq } from 'aws-cdk-lib/aws-lambda-event-sources';
import type { Queue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';
import type { TableName } from '../../shared/storage/tables';
import { streamWorkerTimeoutSeconds, type StreamWorkerDefinition } from '../../shared/workers/index';
import { AppFunction } from './app-function';
import { createDeadLetterQueue } from './dead-letter-queue';
import type { EmailSending } from './email-sending';
import { grantTableAccess } from './table-access';

export interface StreamWorkerProps {
  definition: StreamWorkerDefinition;
  tables: Record<TableName, Table>;
  environment: Record<string, string>;
  email: EmailSending;
}

/**
 * A DynamoDB-stream consumer: reads from the start of the retained stream, bisects failing
 * batches, reports partial failures, and sends what it finally gives up on to its own queue
 * (which the function may also write to itself, e.g. for a confirmation it cannot deliver).
 */
export class StreamWorker extends Construct {
  readonly appFunction: AppFunction;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: StreamWorkerProps) {
    super(scope, id);
    const { definition } = props;
    this.deadLetterQueue = createDeadLetterQueue(this, 'DeadLetterQueue', `records of the ${definition.sourceTable} stream that ${definition.id} failed on`);
    this.appFunction = new AppFunction(this, 'Worker', {
      entry: definition.entry,
      description: `Stream worker ${definition.id} (${definition.sourceTable} table stream)`,
      environment: { ...props.environment, DEAD_LETTER_QUEUE_URL: this.deadLetterQueue.queueUrl },
      timeout: Duration.seconds(streamWorkerTimeoutSeconds(definition)),
      ...(definition.compute ? { memorySize: definition.compute.memoryMb } : {}),
    });
    const fn = this.appFunction.function;
    grantTableAccess(fn, this.appFunction.role, definition.tables, props.tables);
    this.deadLetterQueue.grantSendMessages(fn);
    if (definition.sendsEmail) props.email.grantSend(fn);
    fn.addEventSource(
      new DynamoEventSource(props.tables[definition.sourceTable], {
        startingPosition: StartingPosition.TRIM_HORIZON,
        batchSize: definition.batchSize,
        ...(definition.batchingWindowSeconds ? { maxBatchingWindow: Duration.seconds(definition.batchingWindowSeconds) } : {}),
        bisectBatchOnError: true,
        retryAttempts: definition.retryAttempts,
        maxRecordAge: Duration.seconds(definition.maximumRecordAgeSeconds),
        reportBatchItemFailures: true,
        onFailure: new SqsDlq(this.deadLetterQueue),
        ...(definition.filterPattern ? { filters: [FilterCriteria.filter(definition.filterPattern)] } : {}),
      }),
    );
    Validations.of(this.appFunction.role).acknowledge({
      id: 'AwsSolutions-IAM5[Resource::*]',
      reason:
        'dynamodb:ListStreams (added by the DynamoDB event source) does not support resource-level permissions; reading the records is scoped to the stream ARN.',
    });
  }
}
