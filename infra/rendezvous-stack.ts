import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import type { Construct } from 'constructs';
import { routes as routeTable } from '../shared/api/routes/index';
import type { EventDefinition } from '../shared/events/event-definition';
import { behindOrganiserAuthorizer, type FunctionCompute, type RouteDefinition, type TableAccess } from '../shared/http/route-definition';
import type { TableName } from '../shared/storage/tables';
import { tableNames } from '../shared/storage/tables';
import {
  scheduledWorkers as scheduledWorkerTable,
  streamWorkers as streamWorkerTable,
  type ScheduledWorkerDefinition,
  type StreamWorkerDefinition,
} from '../shared/workers/index';
import { deploymentUnits as unitTable, unitsOf, type DeploymentUnit } from '../functions/units/index';
import { apiDefinition } from './constructs/api-definition';
import { AppFunction } from './constructs/app-function';
import { DataTables } from './constructs/data-tables';
import { EmailFeedback } from './constructs/email-feedback';
import { EmailSending } from './constructs/email-sending';
import { EventSeeding } from './constructs/event-seeding';
import { pascalCase } from './constructs/function-naming';
import { OperationalAlarms } from './constructs/operational-alarms';
import { PublicRestApi } from './constructs/rest-api';
import { OrganiserAuthorizer } from './constructs/organiser-authorizer';
import { ScheduledWorker, workerSchedules } from './constructs/scheduled-worker';
import { TokenSigningSecret } from './constructs/signing-secret';
import { StreamWorker } from './constructs/stream-worker';
import { grantTableAccess } from './constructs/table-access';
import { RegionalWebAcl } from './constructs/web-acl';
import { WebDistribution } from './constructs/web-distribution';
import { loadEventDefinitions } from './seeding/event-files';
import type { Settings } from './settings';

export interface RendezvousStackProps extends StackProps {
  settings: Settings;
  /** The application's tables of routes and workers; the real ones unless a test narrows them. */
  routes?: readonly RouteDefinition[];
  /** The functions serving the routes (functions/units/index.ts). */
  units?: readonly DeploymentUnit[];
  streamWorkers?: readonly StreamWorkerDefinition[];
  scheduledWorkers?: readonly ScheduledWorkerDefinition[];
  /** Event definitions to seed; by default data/events/*.json with the settings' overrides. */
  events?: readonly EventDefinition[];
  /** `updatedAt` of the seeded definitions; by default the synth time. */
  seededAt?: Date;
}

/** Rendezvous: DynamoDB tables, the REST API with one function per feature area, workers, mail, alarms and seed data. */
export class RendezvousStack extends Stack {
  readonly tables: DataTables;
  readonly email: EmailSending;
  readonly signingSecret: TokenSigningSecret;
  readonly restApi: PublicRestApi;
  /** The function of each deployment unit, by unit id. */
  readonly unitFunctions = new Map<string, AppFunction>();
  /** The function serving each route, by operationId. */
  readonly routeFunctions = new Map<string, AppFunction>();
  /** The unit's function that also answers unmatched paths and methods (404/405), if the stack has that unit. */
  readonly notFoundFunction: AppFunction | undefined;
  readonly streamWorkers: StreamWorker[] = [];
  readonly scheduledWorkers: ScheduledWorker[] = [];
  readonly organiserAuthorizer: OrganiserAuthorizer | undefined;
  readonly emailFeedback: EmailFeedback;
  readonly alarms: OperationalAlarms;
  readonly web: WebDistribution;
  private readonly settings: Settings;
  /**
   * The web app's origin for the links in emails: the settings' `webBaseUrl` (a custom domain), else
   * the CloudFront URL. The latter is a token of the distribution, which depends on the API stage,
   * hence on every API function: only functions outside the API (the email workers) may get it, or
   * the stack has a cycle (distribution → API → function environment → distribution).
   */
  private webBaseUrl = '';
  private readonly events: readonly EventDefinition[];

  constructor(scope: Construct, id: string, props: RendezvousStackProps) {
    super(scope, id, props);
    this.settings = props.settings;
    this.events = props.events ?? loadEventDefinitions(this.settings);
    const routes = props.routes ?? routeTable;
    this.tables = new DataTables(this, 'Tables');
    this.email = new EmailSending(this, 'Email', { senderIdentity: this.settings.senderIdentity });
    this.signingSecret = new TokenSigningSecret(this, 'TokenSigning');

    this.organiserAuthorizer = routes.some((route) => behindOrganiserAuthorizer(route.auth))
      ? new OrganiserAuthorizer(this, 'OrganiserAuthorizer', { tables: this.tables.byName, environment: this.environmentFor({}) })
      : undefined;
    this.addUnits(unitsOf(routes, props.units ?? unitTable));
    const catchAll = (props.units ?? unitTable).find((unit) => unit.catchAll);
    this.notFoundFunction = catchAll === undefined ? undefined : this.unitFunctions.get(catchAll.id);
    this.restApi = new PublicRestApi(this, 'Http', {
      stageName: this.settings.stageName,
      throttle: this.settings.throttle,
      definition: apiDefinition({
        routes: routes.map((route) => ({ route, handler: this.routeFunctions.get(route.operationId)!.function })),
        notFound: this.notFoundFunction?.function,
        organiserAuthorizer: this.organiserAuthorizer?.appFunction.function,
        allowedOrigins: this.settings.allowedOrigins,
      }),
    });
    this.allowApiInvocations();
    this.web = new WebDistribution(this, 'Web', { api: this.restApi.api, stageName: this.settings.stageName });
    this.webBaseUrl = this.settings.webBaseUrl ?? this.web.url;
    new RegionalWebAcl(this, 'Firewall', {
      rateLimitPer5Min: this.settings.wafRateLimitPer5Min,
      stageArn: this.restApi.api.deploymentStage.stageArn,
      metricPrefix: this.stackName,
    });

    for (const definition of props.streamWorkers ?? streamWorkerTable) this.addStreamWorker(definition);
    for (const definition of props.scheduledWorkers ?? scheduledWorkerTable) this.addScheduledWorker(definition);
    this.emailFeedback = new EmailFeedback(this, 'EmailFeedback', { email: this.email, tables: this.tables.byName, environment: this.workerEnvironmentFor({}) });

    this.alarms = this.addAlarms();
    this.seedEvents(props.seededAt);
    this.addOutputs();
  }

  /**
   * The variables shared/config/runtime-config.ts validates at load, ALLOWED_ORIGINS for CORS,
   * and the signing key's ARN for the functions allowed to read it.
   */
  private environmentFor(definition: { usesSigningSecret?: boolean }): Record<string, string> {
    return {
      ...this.tables.environment(),
      PUBLIC_BASE_URL: this.settings.publicBaseUrl,
      // A plain string only (see webBaseUrl): the redirects of older email links use it when set.
      ...(this.settings.webBaseUrl ? { WEB_BASE_URL: this.settings.webBaseUrl } : {}),
      SENDER_EMAIL: this.settings.sender,
      SES_CONFIGURATION_SET: this.email.configurationSet.configurationSetName,
      LOG_LEVEL: this.settings.logLevel,
      ALLOWED_ORIGINS: this.settings.allowedOrigins.join(','),
      ...this.signingSecret.environmentFor(definition),
    };
  }

  /** {@link environmentFor} plus WEB_BASE_URL, for functions outside the API (email workers): they build the emailed links. */
  private workerEnvironmentFor(definition: { usesSigningSecret?: boolean }): Record<string, string> {
    return { ...this.environmentFor(definition), WEB_BASE_URL: this.webBaseUrl };
  }

  /** One function per unit, allowed exactly what its routes declare together (tables, signing key, compute). */
  private addUnits(units: Map<DeploymentUnit, RouteDefinition[]>): void {
    for (const [unit, routes] of units) {
      const compute = unitCompute(routes);
      const usesSigningSecret = routes.some((route) => route.usesSigningSecret === true);
      const appFunction = new AppFunction(this, `${pascalCase(unit.id)}Api`, {
        entry: unit.entry,
        description: `API routes ${routes.map((route) => route.operationId).join(', ')}`.slice(0, 256),
        environment: this.environmentFor({ usesSigningSecret }),
        timeout: Duration.seconds(compute?.timeoutSeconds ?? 10),
        ...(compute ? { memorySize: compute.memoryMb } : {}),
        bundledFiles: [...unit.bundledFiles, ...(compute?.bundledFiles ?? [])],
      });
      grantTableAccess(appFunction.function, appFunction.role, tableAccessOf(routes), this.tables.byName);
      this.signingSecret.grantReadIfNeeded(appFunction.function, { usesSigningSecret });
      this.unitFunctions.set(unit.id, appFunction);
      for (const route of routes) this.routeFunctions.set(route.operationId, appFunction);
    }
  }

  /** One permission per function, for any of its methods on this API's stages (the definition decides which). */
  private allowApiInvocations(): void {
    const api = this.restApi.api;
    for (const { function: fn } of this.unitFunctions.values()) {
      fn.addPermission('ApiInvoke', { principal: new ServicePrincipal('apigateway.amazonaws.com'), sourceArn: api.arnForExecuteApi('*', '/*', '*') });
    }
    this.organiserAuthorizer?.allowInvocationBy(api);
  }

  private addStreamWorker(definition: StreamWorkerDefinition): void {
    const worker = new StreamWorker(this, `${pascalCase(definition.id)}StreamWorker`, {
      definition,
      tables: this.tables.byName,
      environment: this.workerEnvironmentFor(definition),
      email: this.email,
    });
    this.signingSecret.grantReadIfNeeded(worker.appFunction.function, definition);
    this.streamWorkers.push(worker);
  }

  private addScheduledWorker(definition: ScheduledWorkerDefinition): void {
    const worker = new ScheduledWorker(this, `${pascalCase(definition.id)}ScheduledWorker`, {
      definition,
      schedules: workerSchedules(definition, this.events),
      tables: this.tables.byName,
      environment: this.workerEnvironmentFor(definition),
      email: this.email,
    });
    this.signingSecret.grantReadIfNeeded(worker.appFunction.function, definition);
    this.scheduledWorkers.push(worker);
  }

  private addAlarms(): OperationalAlarms {
    const routeFunctions = [...this.unitFunctions].map(([unitId, { function: fn }]) => ({ name: `${pascalCase(unitId)}Api`, fn }));
    const workers = [...this.streamWorkers, ...this.scheduledWorkers, this.emailFeedback].map((worker) => ({
      name: worker.node.id,
      fn: worker.appFunction.function,
      queue: worker.deadLetterQueue,
    }));
    const authorizer = this.organiserAuthorizer ? [{ name: 'OrganiserAuthorizer', fn: this.organiserAuthorizer.appFunction.function }] : [];
    return new OperationalAlarms(this, 'Alarms', {
      api: this.restApi.api,
      functions: [...routeFunctions, ...authorizer, ...workers],
      deadLetterQueues: workers,
      streamConsumers: this.streamWorkers.map((worker) => ({ name: worker.node.id, fn: worker.appFunction.function })),
      alarmEmail: this.settings.alarmEmail,
    });
  }

  private seedEvents(seededAt: Date | undefined): void {
    if (this.events.length === 0) return;
    new EventSeeding(this, 'EventSeeding', {
      table: this.tables.byName.registrations,
      events: this.events,
      seededAt: seededAt ?? new Date(),
    });
  }

  private addOutputs(): void {
    // RestApi adds an "Endpoint" output with a generated id; one stable name is enough.
    this.restApi.api.node.tryRemoveChild('Endpoint');
    new CfnOutput(this, 'WebUrl', { value: this.web.url, description: 'The web app, with the API under /api/' });
    new CfnOutput(this, 'ApiUrl', { value: this.restApi.api.url, description: 'Base URL of the API (stage included)' });
    for (const name of tableNames) {
      new CfnOutput(this, `${pascalCase(name)}TableName`, { value: this.tables.byName[name].tableName });
    }
    for (const worker of [...this.streamWorkers, ...this.scheduledWorkers, this.emailFeedback]) {
      new CfnOutput(this, `${worker.node.id}DeadLetterQueueUrl`, { value: worker.deadLetterQueue.queueUrl });
    }
    new CfnOutput(this, 'ConfigurationSetName', { value: this.email.configurationSet.configurationSetName });
    const identity = this.settings.senderIdentity;
    if (identity.kind !== 'domain') return;
    this.email.identity.dkimRecords.forEach((record, index) => {
      new CfnOutput(this, `DkimRecord${index + 1}`, {
        value: `${record.name} CNAME ${record.value}`,
        description: `Easy DKIM record to publish in the DNS of ${identity.domain}`,
      });
    });
  }
}

const accessRank: Record<TableAccess, number> = { read: 1, readWrite: 2 };

/** The union of the routes' table access, each table at the highest level one of them needs. */
function tableAccessOf(routes: readonly RouteDefinition[]): Partial<Record<TableName, TableAccess>> {
  const access: Partial<Record<TableName, TableAccess>> = {};
  for (const [name, level] of routes.flatMap((route) => Object.entries(route.tables) as [TableName, TableAccess][])) {
    const current = access[name];
    if (current === undefined || accessRank[level] > accessRank[current]) access[name] = level;
  }
  return access;
}

/** The compute a unit's routes declare (a unit with computing routes gets the largest memory and timeout). */
function unitCompute(routes: readonly RouteDefinition[]): FunctionCompute | undefined {
  const declared = routes.flatMap((route) => (route.compute ? [route.compute] : []));
  if (declared.length === 0) return undefined;
  const bundledFiles = [...new Set(declared.flatMap((compute) => compute.bundledFiles ?? []))];
  return {
    memoryMb: Math.max(...declared.map((compute) => compute.memoryMb)),
    timeoutSeconds: Math.max(...declared.map((compute) => compute.timeoutSeconds)),
    ...(bundledFiles.length > 0 ? { bundledFiles } : {}),
  };
}
