import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import type { RestApiBase } from 'aws-cdk-lib/aws-apigateway';
import { Alarm, ComparisonOperator, MathExpression, TreatMissingData, type IMetric } from 'aws-cdk-lib/aws-cloudwatch';
import { SnsAction } from 'aws-cdk-lib/aws-cloudwatch-actions';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Key } from 'aws-cdk-lib/aws-kms';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import { Topic } from 'aws-cdk-lib/aws-sns';
import { EmailSubscription } from 'aws-cdk-lib/aws-sns-subscriptions';
import type { IQueue } from 'aws-cdk-lib/aws-sqs';
import { Construct } from 'constructs';

export interface OperationalAlarmsProps {
  api: RestApiBase;
  functions: readonly { name: string; fn: IFunction }[];
  deadLetterQueues: readonly { name: string; queue: IQueue }[];
  streamConsumers: readonly { name: string; fn: IFunction }[];
  /** Alarms notify this address through an SNS topic; without it they only show in CloudWatch. */
  alarmEmail: string | undefined;
}

const fiveMinutes = Duration.minutes(5);
/** A stream record older than this has waited through many retries: the mailer is stuck. */
const maxIteratorAge = Duration.minutes(15);

/**
 * Function errors are alarmed in groups: one alarm per function would cost a CloudFormation resource
 * each (the stack is near the 500 limit), and a metric-math alarm may combine at most 10 metrics.
 */
const functionsPerAlarm = 10;

const chunks = <T>(items: readonly T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, index) => items.slice(index * size, (index + 1) * size));

/** The errors of several functions summed; a function without data counts 0 rather than hiding the others. */
function errorsOf(group: readonly { fn: IFunction }[]): IMetric {
  return new MathExpression({
    expression: group.map((_, index) => `FILL(e${index}, 0)`).join(' + '),
    usingMetrics: Object.fromEntries(group.map(({ fn }, index) => [`e${index}`, fn.metricErrors({ period: fiveMinutes, statistic: 'Sum' })])),
    period: fiveMinutes,
    label: 'Function errors',
  });
}

/**
 * Alarms on what needs a human: anything in a dead-letter queue, any function error, API 5XX,
 * and a stream consumer falling behind. Optionally mailed through an encrypted SNS topic.
 */
export class OperationalAlarms extends Construct {
  readonly alarms: Alarm[] = [];
  readonly topic: Topic | undefined;

  constructor(scope: Construct, id: string, props: OperationalAlarmsProps) {
    super(scope, id);
    this.topic = props.alarmEmail === undefined ? undefined : this.createTopic(props.alarmEmail);
    for (const { name, queue } of props.deadLetterQueues) {
      this.alarmAtLeastOne(`${name}DeadLetters`, `Messages in the dead-letter queue of ${name}`, queue.metricApproximateNumberOfMessagesVisible({ period: fiveMinutes, statistic: 'Maximum' }));
    }
    for (const [index, group] of chunks(props.functions, functionsPerAlarm).entries()) {
      this.alarmAtLeastOne(`FunctionErrors${index + 1}`, `Errors in one of the functions ${group.map(({ name }) => name).join(', ')}`, errorsOf(group));
    }
    this.alarmAtLeastOne('Api5xx', 'API answered 5XX', props.api.metricServerError({ period: fiveMinutes, statistic: 'Sum' }));
    for (const { name, fn } of props.streamConsumers) {
      this.addAlarm(`${name}IteratorAge`, `${name} is more than ${maxIteratorAge.toMinutes()} minutes behind its stream`, {
        metric: fn.metric('IteratorAge', { period: fiveMinutes, statistic: 'Maximum' }),
        threshold: maxIteratorAge.toMilliseconds(),
        comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
      });
    }
  }

  private createTopic(email: string): Topic {
    const key = new Key(this, 'AlarmTopicKey', {
      description: 'Encrypts the Rendezvous alarm topic; CloudWatch alarms may use it to publish',
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    key.grant(new ServicePrincipal('cloudwatch.amazonaws.com'), 'kms:Decrypt', 'kms:GenerateDataKey*');
    const topic = new Topic(this, 'AlarmTopic', { masterKey: key, enforceSSL: true, displayName: 'Rendezvous alarms' });
    topic.addSubscription(new EmailSubscription(email));
    return topic;
  }

  private alarmAtLeastOne(id: string, description: string, metric: IMetric): void {
    this.addAlarm(id, description, { metric, threshold: 1, comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD });
  }

  private addAlarm(
    id: string,
    description: string,
    options: { metric: IMetric; threshold: number; comparisonOperator: ComparisonOperator },
  ): void {
    const alarm = new Alarm(this, id, {
      ...options,
      alarmDescription: description,
      evaluationPeriods: 1,
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    if (this.topic !== undefined) {
      alarm.addAlarmAction(new SnsAction(this.topic));
      alarm.addOkAction(new SnsAction(this.topic));
    }
    this.alarms.push(alarm);
  }
}
