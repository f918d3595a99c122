import type { CfnElement } from 'aws-cdk-lib';
import { Match, type Template } from 'aws-cdk-lib/assertions';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ScheduledWorkerDefinition } from '../../shared/workers/index';
import {
  asArray,
  flatten,
  apiBody,
  resourcesOfType,
  singleResourceProperties,
  synthesizeStack,
  testSettings,
  validationViolations,
  type SynthesizedStack,
} from './support/synth-stack';

/**
 * The optional parts, all switched on in one synth (cdk-nag on): an alarm e-mail, a domain
 * sender identity, several allowed origins, recipient overrides, and a scheduled worker (the
 * application has none yet, so a test one runs the health handler).
 */
const dailySummary: ScheduledWorkerDefinition = {
  id: 'dailySummary',
  entry: 'functions/get-health.ts',
  scheduleExpression: 'cron(0 7 * * ? *)',
  timeZone: 'Africa/Casablanca',
  localIntervalSeconds: 60,
  tables: { registrations: 'read' },
  sendsEmail: true,
};

const organiserRecipients = [{ email: 'staging-organisers@example.com', language: 'fr' }];
const pressContacts = [{ name: 'Test Press', organisation: 'Staging', email: 'press@example.com', language: 'en' }];

let synthesized: SynthesizedStack;
let template: Template;

beforeAll(() => {
  synthesized = synthesizeStack({
    nag: true,
    settings: testSettings({
      sender: 'rendezvous@mail.example.com',
      senderIdentity: 'example.com',
      alarmEmail: 'ops@example.com',
      allowedOrigins: 'https://app.example.com,https://admin.example.com',
      organiserRecipients: JSON.stringify(organiserRecipients),
      pressContacts: JSON.stringify(pressContacts),
      stageName: 'staging',
      wafRateLimitPer5Min: '300',
    }),
    scheduledWorkers: [dailySummary],
  });
  template = synthesized.template;
}, 120_000);

const logicalIdOf = (construct: IConstruct): string =>
  synthesized.stack.resolve((construct.node.defaultChild as CfnElement).logicalId) as string;

describe('optional settings', () => {
  it('passes cdk-nag with every option on', () => {
    expect(validationViolations(synthesized.outdir)).toEqual([]);
  });

  it('mails alarms through an SNS topic encrypted with a rotating key and TLS-only publishing', () => {
    template.hasResourceProperties('AWS::SNS::Subscription', { Protocol: 'email', Endpoint: 'ops@example.com' });
    template.hasResourceProperties('AWS::KMS::Key', { EnableKeyRotation: true });
    template.hasResourceProperties('AWS::SNS::Topic', { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties('AWS::SNS::TopicPolicy', {
      PolicyDocument: { Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]) },
    });
    const topic = logicalIdOf(synthesized.stack.alarms.topic!);
    for (const [, alarm] of resourcesOfType(template, 'AWS::CloudWatch::Alarm')) {
      expect(alarm.Properties?.AlarmActions).toEqual([{ Ref: topic }]);
    }
  });

  it('verifies the sender domain with Easy DKIM and outputs the DNS records', () => {
    template.hasResourceProperties('AWS::SES::EmailIdentity', { EmailIdentity: 'example.com' });
    expect(Object.keys(template.toJSON().Outputs as object)).toEqual(expect.arrayContaining(['DkimRecord1', 'DkimRecord2', 'DkimRecord3']));
  });

  it('names the stage and sets the WAF rate limit from the settings', () => {
    template.hasResourceProperties('AWS::ApiGateway::Stage', { StageName: 'staging' });
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Rules: [Match.objectLike({ Statement: { RateBasedStatement: Match.objectLike({ Limit: 300 }) } })],
    });
  });

  it('echoes only listed origins in preflight answers when there are several', () => {
    const text = JSON.stringify(apiBody(template).paths['/events/{eventId}']!.options);
    expect(text).toContain('https://app.example.com');
    expect(text).toContain('https://admin.example.com');
  });

  it('seeds the events with the recipient overrides', () => {
    const seed = { Properties: singleResourceProperties(template, 'Custom::AWS') };
    const call = JSON.parse(flatten(seed.Properties.Create)) as {
      parameters: { ExpressionAttributeValues: { ':definition': { M: Record<string, unknown> } } };
    };
    const definition = call.parameters.ExpressionAttributeValues[':definition'].M;
    expect(definition.organiserRecipients).toEqual({
      L: [{ M: { email: { S: 'staging-organisers@example.com' }, language: { S: 'fr' } } }],
    });
    expect(definition.pressContacts).toEqual({
      L: [{ M: { name: { S: 'Test Press' }, organisation: { S: 'Staging' }, email: { S: 'press@example.com' }, language: { S: 'en' } } }],
    });
  });
});

describe('scheduled workers', () => {
  it('runs the worker on its EventBridge Scheduler expression and time zone, on time, with a dead-letter queue', () => {
    const worker = synthesized.stack.scheduledWorkers[0]!;
    const schedule = { Properties: singleResourceProperties(template, 'AWS::Scheduler::Schedule') };
    expect(schedule.Properties).toMatchObject({
      ScheduleExpression: dailySummary.scheduleExpression,
      ScheduleExpressionTimezone: dailySummary.timeZone,
      FlexibleTimeWindow: { Mode: 'OFF' },
      State: 'ENABLED',
    });
    expect(flatten(schedule.Properties.Target.Arn)).toBe(`<${logicalIdOf(worker.appFunction.function)}.Arn>`);
    expect(flatten(schedule.Properties.Target.DeadLetterConfig.Arn)).toBe(`<${logicalIdOf(worker.deadLetterQueue)}.Arn>`);
  });

  it('gives the scheduler a role that may invoke only that function (and write its dead-letter queue)', () => {
    const worker = synthesized.stack.scheduledWorkers[0]!;
    const schedule = { Properties: singleResourceProperties(template, 'AWS::Scheduler::Schedule') };
    const role = /^<(\w+)\.Arn>$/.exec(flatten(schedule.Properties.Target.RoleArn))![1]!;
    expect(template.toJSON().Resources[role].Properties.AssumeRolePolicyDocument.Statement).toEqual([
      expect.objectContaining({ Principal: { Service: 'scheduler.amazonaws.com' }, Condition: { StringEquals: { 'aws:SourceAccount': { Ref: 'AWS::AccountId' } } } }),
    ]);
    const statements = resourcesOfType(template, 'AWS::IAM::Policy')
      .filter(([, policy]) => asArray(policy.Properties?.Roles as unknown[]).some((candidate) => flatten(candidate) === `<${role}>`))
      .flatMap(([, policy]) => (policy.Properties!.PolicyDocument as { Statement: { Action: string; Resource: unknown }[] }).Statement);
    expect(statements.map((statement) => [statement.Action, flatten(statement.Resource)])).toEqual([
      ['lambda:InvokeFunction', `<${logicalIdOf(worker.appFunction.function)}.Arn>`],
      ['sqs:SendMessage', `<${logicalIdOf(worker.deadLetterQueue)}.Arn>`],
    ]);
  });

  it('alarms on the schedule dead-letter queue', () => {
    template.hasResourceProperties('AWS::CloudWatch::Alarm', {
      MetricName: 'ApproximateNumberOfMessagesVisible',
      Dimensions: [{ Name: 'QueueName', Value: { 'Fn::GetAtt': [logicalIdOf(synthesized.stack.scheduledWorkers[0]!.deadLetterQueue), 'QueueName'] } }],
    });
  });
});
