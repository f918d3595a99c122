import type { Template } from 'aws-cdk-lib/assertions';
import type { CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { behindOrganiserAuthorizer } from '../../shared/http/route-definition';
import { techDaysEvent } from '../support/test-event';
import { apiBody, flatten, resourcesOfType, synthesizeStack, type SynthesizedStack } from './support/synth-stack';

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
    const scheme = apiBody(template).components.securitySchemes.organiserKey;
    expect(scheme['x-amazon-apigateway-authorizer']).toMatchObject({ type: 'request', identitySource: 'method.request.header.Authorization', authorizerResultTtlInSeconds: 300 });
    expect(flatten(scheme['x-amazon-apigateway-authorizer'].authorizerUri)).toContain(`<${logicalIdOf(synthesized.stack.organiserAuthorizer!.appFunction.function)}.Arn>`);
  });

  it('guards every admin route and no other', () => {
    const { paths } = apiBody(template);
    for (const route of synthesized.included.routes) {
      const operation = paths[route.path]![route.method.toLowerCase()]!;
      expect(operation.security, route.operationId).toEqual(behindOrganiserAuthorizer(route.auth) ? [{ organiserKey: [] }] : undefined);
    }
  });

  it('answers an unauthorized request as a 401 problem', () => {
    const responses = apiBody(template)['x-amazon-apigateway-gateway-responses'];
    expect(responses.UNAUTHORIZED).toMatchObject({ statusCode: '401' });
    expect(responses.ACCESS_DENIED).toMatchObject({ statusCode: '403' });
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
