import { Match, type Template } from 'aws-cdk-lib/assertions';
import type { CfnElement } from 'aws-cdk-lib';
import type { IConstruct } from 'constructs';
import { beforeAll, describe, expect, it } from 'vitest';
import { tables } from '../../shared/storage/tables';
import { streamWorkerTimeoutSeconds } from '../../shared/workers/index';
import { deploymentUnits } from '../../functions/units/index';
import {
  apiBody,
  appFunctions,
  asArray,
  isCustomResourceProvider,
  flatten,
  resourcesOfType,
  singleResourceProperties,
  synthesizeStack,
  validationViolations,
  type SynthesizedStack,
} from './support/synth-stack';
import { eventDefinitionUpdate } from '../../shared/events/event-repository';
import { readEventFiles } from '../../shared/events/event-files';

const techDays = readEventFiles('data/events').find((event) => event.id === 'techdays-casablanca-2019')!;

/**
 * The stack as `cdk synth` builds it (real route and worker tables, default settings, cdk-nag on),
 * synthesized once. Bundling is skipped here (bundles.test.ts covers it), and so is aws-cdk-lib's
 * CloudFormation validation, whose engine takes 5-10 s to start: `npx cdk synth` runs it.
 */
let synthesized: SynthesizedStack;
let template: Template;

beforeAll(() => {
  synthesized = synthesizeStack({ nag: true });
  template = synthesized.template;
}, 120_000);

const logicalIdOf = (construct: IConstruct): string =>
  synthesized.stack.resolve((construct.node.defaultChild as CfnElement).logicalId) as string;

type Statement = { Effect: string; Action: string | string[]; Resource: unknown };

/** Statements of every AWS::IAM::Policy attached to a role. */
function statementsOfRole(roleLogicalId: string): Statement[] {
  return resourcesOfType(template, 'AWS::IAM::Policy')
    .filter(([, policy]) => asArray(policy.Properties?.Roles as unknown[]).some((role) => flatten(role) === `<${roleLogicalId}>`))
    .flatMap(([, policy]) => (policy.Properties?.PolicyDocument as { Statement: Statement[] }).Statement);
}

/** One dead-letter queue per stream and scheduled worker, and one for SES feedback. */
const deadLetterQueueCount = () => synthesized.included.streamWorkers.length + synthesized.included.scheduledWorkers.length + 1;

const roleOfFunction = (functionLogicalId: string): string => {
  const fn = template.toJSON().Resources[functionLogicalId] as { Properties: { Role: unknown } };
  return /^<(\w+)\.Arn>$/.exec(flatten(fn.Properties.Role))![1]!;
};

describe('synthesis', () => {
  it('has no unacknowledged cdk-nag (AwsSolutions) finding', () => {
    expect(validationViolations(synthesized.outdir)).toEqual([]);
  });
});

describe('DynamoDB tables', () => {
  it('creates the three tables on demand, with PITR, deletion protection and RETAIN', () => {
    const resources = resourcesOfType(template, 'AWS::DynamoDB::Table');
    expect(resources).toHaveLength(Object.keys(tables).length);
    for (const [, table] of resources) {
      expect(table).toMatchObject({
        DeletionPolicy: 'Retain',
        UpdateReplacePolicy: 'Retain',
        Properties: {
          BillingMode: 'PAY_PER_REQUEST',
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
          DeletionProtectionEnabled: true,
          TimeToLiveSpecification: { AttributeName: 'expiresAt', Enabled: true },
          KeySchema: [
            { AttributeName: 'pk', KeyType: 'HASH' },
            { AttributeName: 'sk', KeyType: 'RANGE' },
          ],
        },
      });
    }
  });

  it('creates each GSI with string keys and projection ALL, and the stream where defined', () => {
    for (const [name, definition] of Object.entries(tables)) {
      const table = synthesized.stack.tables.byName[name as keyof typeof tables];
      const properties = template.toJSON().Resources[logicalIdOf(table)].Properties;
      expect(properties.GlobalSecondaryIndexes).toEqual(
        definition.globalIndexes.map((index) => ({
          IndexName: index.indexName,
          KeySchema: [
            { AttributeName: index.partitionKey, KeyType: 'HASH' },
            { AttributeName: index.sortKey, KeyType: 'RANGE' },
          ],
          Projection: { ProjectionType: 'ALL' },
        })),
      );
      expect(properties.StreamSpecification).toEqual(definition.stream === null ? undefined : { StreamViewType: definition.stream });
    }
  });
});

describe('functions', () => {
  it('runs every function on Node.js 24, arm64, 512 MB (unless it declares its compute), with its own log group and the runtime configuration', () => {
    const functions = appFunctions(template);
    const { included } = synthesized;
    // one per deployment unit (the catch-all is the events unit's) + the organiser authorizer and the SES feedback function
    expect(functions).toHaveLength(synthesized.stack.unitFunctions.size + included.streamWorkers.length + included.scheduledWorkers.length + 2);
    for (const [, fn] of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: 'nodejs24.x',
        Architectures: ['arm64'],
        Handler: 'index.handler',
        LoggingConfig: { LogGroup: { Ref: expect.any(String) } },
        Environment: {
          Variables: expect.objectContaining({
            REGISTRATIONS_TABLE: expect.anything(),
            MEETING_REQUESTS_TABLE: expect.anything(),
            CONFIRMATIONS_TABLE: expect.anything(),
            PUBLIC_BASE_URL: 'https://api.example.com',
            SENDER_EMAIL: 'no-reply@example.com',
            SES_CONFIGURATION_SET: expect.anything(),
            LOG_LEVEL: 'info',
            ALLOWED_ORIGINS: 'https://app.example.com',
          }),
        },
      });
    }
    const declared = [...included.routes, ...included.streamWorkers].flatMap((definition) => (definition.compute ? [definition.compute.memoryMb] : []));
    // (one computing route per unit: the scheduler and the badges PDF each alone; a unit takes its route's compute)
    const bigger = functions.map(([, fn]) => fn.Properties?.MemorySize as number).filter((memory) => memory !== 512);
    expect(bigger.sort()).toEqual(declared.sort());
  });

  it('gives every log group a retention', () => {
    for (const [, logGroup] of resourcesOfType(template, 'AWS::Logs::LogGroup')) {
      expect(logGroup.Properties?.RetentionInDays).toBeGreaterThan(0);
    }
  });

  it('defines every route in the API definition, integrated with the function of its unit', () => {
    const { paths } = apiBody(template);
    for (const route of synthesized.included.routes) {
      const fn = synthesized.stack.routeFunctions.get(route.operationId)!.function;
      const operation = paths[route.path]?.[route.method.toLowerCase()];
      expect(operation, route.operationId).toMatchObject({
        operationId: route.operationId,
        'x-amazon-apigateway-integration': { type: 'aws_proxy', httpMethod: 'POST' },
      });
      expect(flatten(operation!['x-amazon-apigateway-integration'].uri)).toContain(`<${logicalIdOf(fn)}.Arn>`);
    }
  });

  it('answers HEAD on every GET route with the function and auth of its GET, and on no other route', () => {
    const { paths } = apiBody(template);
    for (const route of synthesized.included.routes) {
      const head = paths[route.path]?.head;
      if (route.method !== 'GET') continue;
      const get = paths[route.path]!.get!;
      expect(head, route.operationId).toMatchObject({ operationId: `${route.operationId}Head` });
      expect(flatten(head!['x-amazon-apigateway-integration'])).toBe(flatten(get['x-amazon-apigateway-integration']));
      expect(head!.security).toEqual(get.security);
    }
    const headless = Object.entries(paths).filter(([, methods]) => methods.head !== undefined && methods.get === undefined);
    expect(headless.map(([path]) => path)).toEqual([]);
  });

  it('serves each feature area from one function, the scheduler and the badges PDF from their own', () => {
    const unitOf = (operationId: string) => synthesized.stack.routeFunctions.get(operationId);
    expect(unitOf('getRegistration')).toBe(unitOf('createRegistration'));
    expect(unitOf('getMeetingRequest')).toBe(unitOf('acceptMeetingRequest'));
    expect(unitOf('getRegistration')).not.toBe(unitOf('getMeetingRequest'));
    expect(unitOf('createScheduleRun')).not.toBe(unitOf('getScheduleRun'));
    expect(unitOf('getBadges')).not.toBe(unitOf('getAdminEvent'));
    expect(synthesized.stack.unitFunctions.size).toBeLessThanOrEqual(8);
  });

  it('sends unknown paths and methods to the events unit, the catch-all (ANY /, ANY /{proxy+} and ANY on every known path)', () => {
    const { paths } = apiBody(template);
    expect(synthesized.stack.notFoundFunction).toBe(synthesized.stack.unitFunctions.get('events'));
    const catchAll = logicalIdOf(synthesized.stack.notFoundFunction!.function);
    for (const path of ['/', '/{proxy+}', ...synthesized.included.routes.map((route) => route.path)]) {
      const any = paths[path]?.['x-amazon-apigateway-any-method'];
      expect(any, path).toBeDefined();
      expect(flatten(any!['x-amazon-apigateway-integration'].uri)).toContain(`<${catchAll}.Arn>`);
    }
  });

  it('lets API Gateway invoke each API function through one permission scoped to this API', () => {
    const permissions = resourcesOfType(template, 'AWS::Lambda::Permission').map(([, permission]) => permission.Properties!);
    const api = resourcesOfType(template, 'AWS::ApiGateway::RestApi')[0]![0];
    for (const { function: fn } of synthesized.stack.unitFunctions.values()) {
      const own = permissions.filter((permission) => flatten(permission.FunctionName) === `<${logicalIdOf(fn)}.Arn>`);
      expect(own).toHaveLength(1);
      expect(own[0]).toMatchObject({ Principal: 'apigateway.amazonaws.com', Action: 'lambda:InvokeFunction' });
      expect(flatten(own[0]!.SourceArn)).toContain(`<${api}>/*/*/*`);
    }
  });
});

describe('limits', () => {
  it('stays within its budget of 170 resources, a third of CloudFormation’s 500 (docs/deployment.md)', () => {
    expect(Object.keys(template.toJSON().Resources).length).toBeLessThanOrEqual(170);
  });

  it('costs no resource per route: a new route in an existing unit changes the definition only', () => {
    const extra = { ...synthesized.included.routes.find((route) => route.operationId === 'getEvent')!, operationId: 'getEventAgain', path: '/events/{eventId}/again' };
    const units = [...deploymentUnits.filter((unit) => unit.id !== 'events'), { ...deploymentUnits.find((unit) => unit.id === 'events')!, routes: { ...deploymentUnits.find((unit) => unit.id === 'events')!.routes, 'GET /events/{eventId}/again': async () => ({ handler: async () => ({ statusCode: 200, body: '' }) }) } }];
    const bigger = synthesizeStack({ nag: false, routes: [...synthesized.included.routes, extra], extraProps: { units } });
    expect(Object.keys(bigger.template.toJSON().Resources).length).toBe(Object.keys(template.toJSON().Resources).length);
  }, 120_000);
});

describe('stream workers', () => {
  it('maps each stream to its worker with bisection, retries, partial failures and an on-failure queue', () => {
    for (const [index, definition] of synthesized.included.streamWorkers.entries()) {
      const worker = synthesized.stack.streamWorkers[index]!;
      template.hasResourceProperties('AWS::Lambda::EventSourceMapping', {
        FunctionName: { Ref: logicalIdOf(worker.appFunction.function) },
        EventSourceArn: { 'Fn::GetAtt': [logicalIdOf(synthesized.stack.tables.byName[definition.sourceTable]), 'StreamArn'] },
        StartingPosition: 'TRIM_HORIZON',
        BatchSize: definition.batchSize,
        ...(definition.batchingWindowSeconds ? { MaximumBatchingWindowInSeconds: definition.batchingWindowSeconds } : {}),
        BisectBatchOnFunctionError: true,
        MaximumRetryAttempts: definition.retryAttempts,
        MaximumRecordAgeInSeconds: definition.maximumRecordAgeSeconds,
        FunctionResponseTypes: ['ReportBatchItemFailures'],
        DestinationConfig: { OnFailure: { Destination: { 'Fn::GetAtt': [logicalIdOf(worker.deadLetterQueue), 'Arn'] } } },
      });
      const variables = template.toJSON().Resources[logicalIdOf(worker.appFunction.function)].Properties.Environment.Variables;
      expect(variables.DEAD_LETTER_QUEUE_URL).toEqual({ Ref: logicalIdOf(worker.deadLetterQueue) });
    }
  });

  it('passes only what a worker filters for (the schedule publisher sees run items being published) and gives it its compute', () => {
    for (const [index, definition] of synthesized.included.streamWorkers.entries()) {
      const worker = synthesized.stack.streamWorkers[index]!;
      const mapping = resourcesOfType(template, 'AWS::Lambda::EventSourceMapping').find(
        ([, resource]) => flatten(resource.Properties?.FunctionName) === `<${logicalIdOf(worker.appFunction.function)}>`,
      )![1];
      const filters = (mapping.Properties?.FilterCriteria as { Filters: { Pattern: string }[] } | undefined)?.Filters ?? [];
      expect(filters.map((filter) => JSON.parse(filter.Pattern))).toEqual(definition.filterPattern ? [definition.filterPattern] : []);
      const properties = template.toJSON().Resources[logicalIdOf(worker.appFunction.function)].Properties;
      expect(properties.Timeout).toBe(streamWorkerTimeoutSeconds(definition));
      expect(properties.MemorySize).toBe(definition.compute?.memoryMb ?? 512);
    }
    expect(synthesized.included.streamWorkers.some((definition) => definition.filterPattern !== undefined)).toBe(true);
  });

  it('encrypts dead-letter queues, keeps messages 14 days and refuses plain HTTP', () => {
    const queues = resourcesOfType(template, 'AWS::SQS::Queue');
    expect(queues.length).toBe(deadLetterQueueCount());
    for (const [, queue] of queues) {
      expect(queue.Properties).toMatchObject({ SqsManagedSseEnabled: true, MessageRetentionPeriod: 14 * 24 * 3600 });
    }
    template.resourceCountIs('AWS::SQS::QueuePolicy', queues.length);
    template.hasResourceProperties('AWS::SQS::QueuePolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({ Effect: 'Deny', Condition: { Bool: { 'aws:SecureTransport': 'false' } } }),
        ]),
      },
    });
  });
});

describe('API Gateway', () => {
  it('throttles the stage and writes JSON access logs to a log group with retention', () => {
    const stage = resourcesOfType(template, 'AWS::ApiGateway::Stage');
    expect(stage).toHaveLength(1);
    const properties = stage[0]![1].Properties as {
      StageName: string;
      MethodSettings: unknown[];
      AccessLogSetting: { DestinationArn: unknown; Format: string };
    };
    expect(properties.StageName).toBe('prod');
    expect(properties.MethodSettings).toContainEqual(
      expect.objectContaining({ HttpMethod: '*', ResourcePath: '/*', ThrottlingRateLimit: 50, ThrottlingBurstLimit: 100 }),
    );
    expect(JSON.parse(properties.AccessLogSetting.Format)).toMatchObject({ requestId: '$context.requestId', status: '$context.status' });
    expect(flatten(properties.AccessLogSetting.DestinationArn)).toBe(`<${logicalIdOf(synthesized.stack.restApi.accessLogs)}.Arn>`);
  });

  it('is regional', () => {
    template.hasResourceProperties('AWS::ApiGateway::RestApi', { EndpointConfiguration: { Types: ['REGIONAL'] } });
  });

  it('associates a regional WAF web ACL with a per-IP rate rule with the stage', () => {
    template.hasResourceProperties('AWS::WAFv2::WebACL', {
      Scope: 'REGIONAL',
      DefaultAction: { Allow: {} },
      Rules: [
        Match.objectLike({
          Action: { Block: {} },
          Statement: { RateBasedStatement: { Limit: 1000, AggregateKeyType: 'IP', EvaluationWindowSec: 300 } },
        }),
      ],
    });
    const association = { Properties: singleResourceProperties(template, 'AWS::WAFv2::WebACLAssociation') };
    const stageLogicalId = logicalIdOf(synthesized.stack.restApi.api.deploymentStage);
    expect(flatten(association.Properties.ResourceArn)).toMatch(new RegExp(`:apigateway:.*::/restapis/<\\w+>/stages/<${stageLogicalId}>$`));
    expect(flatten(association.Properties.WebACLArn)).toMatch(/^<FirewallWebAcl\w+\.Arn>$/);
  });

  it('answers its own errors (throttling, WAF, unknown paths, default 4XX/5XX) as problem+json', () => {
    const responses = apiBody(template)['x-amazon-apigateway-gateway-responses'] as Record<string, { statusCode: string; responseParameters: Record<string, string>; responseTemplates: Record<string, string> }>;
    for (const [type, status] of [['THROTTLED', '429'], ['WAF_FILTERED', '403'], ['MISSING_AUTHENTICATION_TOKEN', '404'], ['DEFAULT_4XX', '400'], ['DEFAULT_5XX', '500']] as const) {
      const response = responses[type]!;
      expect(response, type).toBeDefined();
      expect(response.statusCode).toBe(status);
      expect(response.responseParameters['gatewayresponse.header.Content-Type']).toBe("'application/problem+json'");
      // With the Velocity variables filled in, the body is an RFC 9457 problem.
      const body = response.responseTemplates['application/json']!.replaceAll('$context.error.messageString', '"message"').replaceAll('$context.requestId', 'id');
      expect(JSON.parse(body)).toMatchObject({ type: expect.stringMatching(/^urn:rendezvous:problem:/), title: expect.any(String), status: Number(status) });
    }
  });

  it('answers CORS preflight for the allowed origins only, on every route path', () => {
    const { paths } = apiBody(template);
    for (const route of synthesized.included.routes) {
      const text = JSON.stringify(paths[route.path]!.options);
      expect(text, route.path).toContain('https://app.example.com');
      expect(text).toContain(route.method);
      expect(text).not.toContain("'*'");
    }
  });
});

/**
 * Every `*` an IAM policy may hold, with the reason. Anything else with a wildcard fails the test.
 */
const wildcardAllowList: { resource: RegExp; actions: RegExp; reason: string }[] = [
  {
    resource: /^\*$/,
    actions: /^dynamodb:ListStreams$/,
    reason: 'ListStreams (added by the DynamoDB event source) has no resource-level permissions',
  },
  {
    resource: /^<Tables\w+\.Arn>\/index\/\*$/,
    actions: /^dynamodb:(BatchGetItem|Query|GetItem|Scan|ConditionCheckItem|DescribeTable|GetRecords|GetShardIterator|BatchWriteItem|PutItem|UpdateItem|DeleteItem)$/,
    reason: "table grants cover that one table's GSIs",
  },
];

describe('IAM', () => {
  const allStatements = () =>
    resourcesOfType(template, 'AWS::IAM::Policy').filter(([logicalId]) => !isCustomResourceProvider(logicalId)).flatMap(([logicalId, policy]) =>
      (policy.Properties!.PolicyDocument as { Statement: Statement[] }).Statement.map((statement) => ({ logicalId, statement })),
    );

  it('scopes every action and resource (wildcards only where the allow-list says why)', () => {
    for (const { logicalId, statement } of allStatements()) {
      expect(statement.Effect).toBe('Allow');
      const actions = asArray(statement.Action);
      for (const action of actions) expect(action, `${logicalId}: action ${action}`).not.toContain('*');
      for (const resource of asArray(statement.Resource as unknown[]).map(flatten)) {
        if (!resource.includes('*')) continue;
        const allowed = wildcardAllowList.find((entry) => entry.resource.test(resource) && actions.every((action) => entry.actions.test(action)));
        expect(allowed, `${logicalId}: ${actions.join(',')} on ${resource}`).toBeDefined();
      }
    }
  });

  it('attaches no managed policies and no inline role policies (everything is in the AWS::IAM::Policy resources checked above)', () => {
    for (const [logicalId, role] of resourcesOfType(template, 'AWS::IAM::Role').filter(([id]) => !isCustomResourceProvider(id))) {
      expect(role.Properties?.ManagedPolicyArns, logicalId).toBeUndefined();
      expect(role.Properties?.Policies, logicalId).toBeUndefined();
    }
    template.resourceCountIs('AWS::IAM::ManagedPolicy', 0);
  });

  it('lets the get-event function read the Registrations table and nothing else', () => {
    const fn = synthesized.stack.routeFunctions.get('getEvent')!.function;
    const statements = statementsOfRole(roleOfFunction(logicalIdOf(fn)));
    const actions = statements.flatMap((statement) => asArray(statement.Action));
    expect(actions.filter((action) => /^dynamodb:(Put|Update|Delete|BatchWrite|TransactWrite)/.test(action))).toEqual([]);
    expect(actions.filter((action) => /^(ses|sqs|sns|lambda|iam):/.test(action))).toEqual([]);
    const tableResources = statements
      .filter((statement) => asArray(statement.Action).some((action) => action.startsWith('dynamodb:')))
      .flatMap((statement) => asArray(statement.Resource as unknown[]).map(flatten));
    const registrations = logicalIdOf(synthesized.stack.tables.byName.registrations);
    for (const resource of tableResources) expect(resource.startsWith(`<${registrations}.Arn>`), resource).toBe(true);
  });

  it('grants each unit exactly the table access its routes declare together', () => {
    for (const route of synthesized.included.routes) {
      const appFunction = synthesized.stack.routeFunctions.get(route.operationId)!;
      const unitRoutes = synthesized.included.routes.filter((other) => synthesized.stack.routeFunctions.get(other.operationId) === appFunction);
      const statements = statementsOfRole(roleOfFunction(logicalIdOf(appFunction.function)));
      for (const [name, table] of Object.entries(synthesized.stack.tables.byName)) {
        const onTable = statements.filter((statement) => asArray(statement.Resource as unknown[]).map(flatten).some((resource) => resource.startsWith(`<${logicalIdOf(table)}.Arn>`)));
        const actions = onTable.flatMap((statement) => asArray(statement.Action));
        const declared = unitRoutes.map((other) => other.tables[name as keyof typeof other.tables]);
        expect(actions.length > 0, `${route.operationId}'s unit on ${name}`).toBe(declared.some((level) => level !== undefined));
        expect(actions.includes('dynamodb:PutItem'), `${route.operationId}'s unit writes ${name}`).toBe(declared.includes('readWrite'));
      }
    }
  });

  it('lets only e-mail sending workers call SES, on the sender identity and the configuration set', () => {
    const sendingRoles = new Set(
      [...synthesized.stack.streamWorkers, ...synthesized.stack.scheduledWorkers]
        .filter((worker, index) => [...synthesized.included.streamWorkers, ...synthesized.included.scheduledWorkers][index]!.sendsEmail)
        .map((worker) => roleOfFunction(logicalIdOf(worker.appFunction.function))),
    );
    const identity = logicalIdOf(synthesized.stack.email.identity);
    const configurationSet = logicalIdOf(synthesized.stack.email.configurationSet);
    for (const [logicalId, policy] of resourcesOfType(template, 'AWS::IAM::Policy')) {
      const roles = asArray(policy.Properties?.Roles as unknown[]).map((role) => flatten(role).slice(1, -1));
      for (const statement of (policy.Properties!.PolicyDocument as { Statement: Statement[] }).Statement) {
        if (!asArray(statement.Action).some((action) => action.startsWith('ses:'))) continue;
        expect(roles.every((role) => sendingRoles.has(role)), logicalId).toBe(true);
        expect(asArray(statement.Action).sort()).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
        const resources = asArray(statement.Resource as unknown[]).map(flatten);
        expect(resources).toHaveLength(2);
        expect(resources[0]).toMatch(new RegExp(`:identity/<${identity}>$`));
        expect(resources[1]).toMatch(new RegExp(`:configuration-set/<${configurationSet}>$`));
      }
    }
  });
});

describe('seeding and outputs', () => {
  it('writes each event definition with the UpdateItem of saveEventDefinition', () => {
    const seed = { Properties: singleResourceProperties(template, 'Custom::AWS') };
    const call = JSON.parse(flatten(seed.Properties.Create)) as { action: string; parameters: Record<string, unknown> };
    expect(call.action).toBe('updateItem');
    expect(call.parameters).toMatchObject({
      TableName: `<${logicalIdOf(synthesized.stack.tables.byName.registrations)}>`,
      Key: { pk: { S: 'EVENT#techdays-casablanca-2019' }, sk: { S: 'EVENT' } },
      UpdateExpression: eventDefinitionUpdate(techDays, new Date(0)).UpdateExpression,
      ExpressionAttributeNames: { '#definition': 'definition' },
      ExpressionAttributeValues: {
        ':definition': { M: expect.objectContaining({ id: { S: 'techdays-casablanca-2019' } }) },
        ':now': { S: '2026-01-01T00:00:00.000Z' },
        ':type': { S: 'event' },
        ':events': { S: 'EVENTS' },
        ':id': { S: 'techdays-casablanca-2019' },
      },
    });
    expect(flatten(seed.Properties.Update)).toBe(flatten(seed.Properties.Create));
  });

  it('outputs the API URL, table names, dead-letter queue URLs and configuration set name', () => {
    const outputs = Object.keys(template.toJSON().Outputs as object);
    expect(outputs).toEqual(
      expect.arrayContaining(['ApiUrl', 'RegistrationsTableName', 'MeetingRequestsTableName', 'ConfirmationsTableName', 'ConfigurationSetName']),
    );
    expect(outputs.filter((output) => output.endsWith('DeadLetterQueueUrl'))).toHaveLength(deadLetterQueueCount());
  });

  it('alarms on dead letters, function errors, API 5XX and stream iterator age', () => {
    const alarms = resourcesOfType(template, 'AWS::CloudWatch::Alarm').map(([, alarm]) => alarm.Properties!);
    const metrics = alarms.map((alarm) => `${String(alarm.Namespace)}/${String(alarm.MetricName)}`);
    // Function errors: metric-math alarms of at most 10 functions each, every function in exactly one.
    const errorMetrics = alarms.flatMap((alarm) => ((alarm.Metrics as { MetricStat?: { Metric: { MetricName: string; Dimensions: { Value: unknown }[] } } }[] | undefined) ?? []))
      .flatMap((query) => (query.MetricStat?.Metric.MetricName === 'Errors' ? [flatten(query.MetricStat.Metric.Dimensions[0]!.Value)] : []));
    expect(errorMetrics.sort()).toEqual(appFunctions(template).map(([logicalId]) => `<${logicalId}>`).sort());
    for (const alarm of alarms) expect(((alarm.Metrics as unknown[] | undefined) ?? []).length).toBeLessThanOrEqual(11);
    expect(metrics).toContain('AWS/ApiGateway/5XXError');
    expect(metrics.filter((metric) => metric === 'AWS/SQS/ApproximateNumberOfMessagesVisible')).toHaveLength(deadLetterQueueCount());
    expect(metrics.filter((metric) => metric === 'AWS/Lambda/IteratorAge')).toHaveLength(synthesized.included.streamWorkers.length);
    for (const alarm of alarms) expect(alarm.AlarmActions).toBeUndefined();
  });
});
