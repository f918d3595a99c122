import type { Template } from 'aws-cdk-lib/assertions';
import type { CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { techDaysEvent } from '../support/test-event';
import { flatten, resourcesOfType, synthesizeStack, type SynthesizedStack } from './support/synth-stack';

/** Issue 6 in the stack: the organiser authorizer, SES feedback and the per-event summary schedules. */
let synthesized: SynthesizedStack;
let template: Template;

beforeAll(() => {
  synthesized = synthesizeStack({ nag: true });
  template = synthesized.template;
}, 120_000);

const logicalIdOf = (construct: IConstruct): string => synthesized.stack.resolve((construct.node.defaultChild as CfnElement).logicalId) as string;

describe('organiser authorizer', () => {
  it('is a Lambda REQUEST authorizer on the Authorization header, cached 5 minutes', () => {
    const authorizers = resourcesOfType(template, 'AWS::ApiGateway::Authorizer');
    expect(authorizers).toHaveLength(1);
    expect(authorizers[0]![1].Properties).toMatchObject({ Type: 'REQUEST', IdentitySource: 'method.request.header.Authorization', AuthorizerResultTtlInSeconds: 300 });
    expect(flatten(authorizers[0]![1].Properties!.AuthorizerUri)).toContain(`<${logicalIdOf(synthesized.stack.organiserAuthorizer!.appFunction.function)}.Arn>`);
  });

  it('guards every admin route and no other', () => {
    const methods = resourcesOfType(template, 'AWS::ApiGateway::Method');
    for (const route of synthesized.included.routes) {
      const [, method] = methods.find(([, candidate]) => candidate.Properties?.OperationName === route.operationId)!;
      expect(method.Properties!.AuthorizationType, route.operationId).toBe(route.auth === 'organiserKey' ? 'CUSTOM' : 'NONE');
    }
  });

  it('answers an unauthorized request as a 401 problem', () => {
    const responses = resourcesOfType(template, 'AWS::ApiGateway::GatewayResponse').map(([, response]) => response.Properties!);
    expect(responses.find((response) => response.ResponseType === 'UNAUTHORIZED')).toMatchObject({ StatusCode: '401' });
    expect(responses.find((response) => response.ResponseType === 'ACCESS_DENIED')).toMatchObject({ StatusCode: '403' });
  });
});

describe('SES feedback', () => {
  it('publishes delivery, bounce and complaint events of the configuration set to EventBridge', () => {
    const [destination] = resourcesOfType(template, 'AWS::SES::ConfigurationSetEventDestination');
    const properties = destination![1].Properties as { EventDestination: { MatchingEventTypes: string[]; EventBridgeDestination: unknown; Enabled: boolean } };
    expect(properties.EventDestination.MatchingEventTypes.sort()).toEqual(['bounce', 'complaint', 'delivery']);
    expect(flatten(properties.EventDestination.EventBridgeDestination)).toContain('event-bus/default');
  });

  it('sends this configuration set\u2019s events to the feedback function, with retries and a dead-letter queue', () => {
    const [rule] = resourcesOfType(template, 'AWS::Events::Rule');
    const properties = rule![1].Properties as { EventPattern: Record<string, unknown>; Targets: { Arn: unknown; DeadLetterConfig: unknown; RetryPolicy: unknown }[] };
    expect(properties.EventPattern).toMatchObject({ source: ['aws.ses'], 'detail-type': expect.arrayContaining(['Email Bounced']) });
    expect(flatten(properties.EventPattern)).toContain(logicalIdOf(synthesized.stack.email.configurationSet));
    expect(flatten(properties.Targets[0]!.Arn)).toBe(`<${logicalIdOf(synthesized.stack.emailFeedback.appFunction.function)}.Arn>`);
    expect(flatten(properties.Targets[0]!.DeadLetterConfig)).toContain(logicalIdOf(synthesized.stack.emailFeedback.deadLetterQueue));
  });
});

describe('summary schedules', () => {
  it('makes one EventBridge Scheduler schedule per event and summarySchedules entry, in the event time zone, with { eventId, scheduleId }', () => {
    const event = techDaysEvent();
    const worker = synthesized.stack.scheduledWorkers.find((candidate) => candidate.node.id === 'SendSummariesScheduledWorker')!;
    const schedules = resourcesOfType(template, 'AWS::Scheduler::Schedule')
      .map(([, schedule]) => schedule.Properties as { ScheduleExpression: string; ScheduleExpressionTimezone: string; Target: { Arn: unknown; Input: string } })
      .filter((schedule) => flatten(schedule.Target.Arn) === `<${logicalIdOf(worker.appFunction.function)}.Arn>`);
    expect(schedules.map((schedule) => [schedule.ScheduleExpression, schedule.ScheduleExpressionTimezone, JSON.parse(schedule.Target.Input)])).toEqual(
      event.summarySchedules.map((entry) => [entry.cron, 'Africa/Casablanca', { eventId: event.id, scheduleId: entry.id }]),
    );
  });
});
