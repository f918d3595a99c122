import { CfnOutput, Duration, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { routes as routeTable } from '../shared/api/routes/index';
import type { EventDefinition } from '../shared/events/event-definition';
import type { RouteDefinition } from '../shared/http/route-definition';
import { tableNames } from '../shared/storage/tables';
import {
  scheduledWorkers as scheduledWorkerTable,
  streamWorkers as streamWorkerTable,
  type ScheduledWorkerDefinition,
  type StreamWorkerDefinition,
} from '../shared/workers/index';
import { AppFunction } from './constructs/app-function';
import { DataTables } from './constructs/data-tables';
import { EmailFeedback } from './constructs/email-feedback';
import { EmailSending } from './constructs/email-sending';
import { EventSeeding } from './constructs/event-seeding';
import { pascalCase } from './constructs/function-naming';
import { OperationalAlarms } from './constructs/operational-alarms';
import { PublicRestApi } from './constructs/rest-api';
import { OrganiserAuthorizer } from './constructs/organiser-authorizer';
import { acknowledgePreflightMethods, addCatchAll, addRouteMethods } from './constructs/route-methods';
import { ScheduledWorker, workerSchedules } from './constructs/scheduled-worker';
import { TokenSigningSecret } from './constructs/signing-secret';
import { StreamWorker } from './constructs/stream-worker';
import { grantTableAccess } from './constructs/table-access';
import { RegionalWebAcl } from './constructs/web-acl';
import { loadEventDefinitions } from './seeding/event-files';
import type { Settings } from './settings';

export const routeNotFoundEntry = 'functions/route-not-found.ts';

export interface RendezvousStackProps extends StackProps {
  settings: Settings;
  /** The application's tables of routes and workers; the real ones unless a test narrows them. */
  routes?: readonly RouteDefinition[];
  streamWorkers?: readonly StreamWorkerDefinition[];
  scheduledWorkers?: readonly ScheduledWorkerDefinition[];
  /** Handler answering unmatched paths and methods; `null` leaves the catch-all out. */
  notFoundEntry?: string | null;
  /** Event definitions to seed; by default data/events/*.json with the settings' overrides. */
  events?: readonly EventDefinition[];
  /** `updatedAt` of the seeded definitions; by default the synth time. */
  seededAt?: Date;
}

/** Rendezvous: DynamoDB tables, the REST API with one function per route, workers, mail, alarms and seed data. */
export class RendezvousStack extends Stack {
  readonly tables: DataTables;
  readonly email: EmailSending;
  readonly signingSecret: TokenSigningSecret;
  readonly restApi: PublicRestApi;
  readonly routeFunctions = new Map<string, AppFunction>();
  readonly notFoundFunction: AppFunction | undefined;
  readonly streamWorkers: StreamWorker[] = [];
  readonly scheduledWorkers: ScheduledWorker[] = [];
  readonly organiserAuthorizer: OrganiserAuthorizer | undefined;
  readonly emailFeedback: EmailFeedback;
  readonly alarms: OperationalAlarms;
  private readonly settings: Settings;
  private readonly events: readonly EventDefinition[];

  constructor(scope: Construct, id: string, props: RendezvousStackProps) {
    super(scope, id, props);
    this.settings = props.settings;
    this.events = props.events ?? loadEventDefinitions(this.settings);
    const routes = props.routes ?? routeTable;
    this.tables = new DataTables(this, 'Tables');
    this.email = new EmailSending(this, 'Email', { senderIdentity: this.settings.senderIdentity });
    this.signingSecret = new TokenSigningSecret(this, 'TokenSigning');

    this.restApi = new PublicRestApi(this, 'Http', {
      stageName: this.settings.stageName,
      throttle: this.settings.throttle,
      allowedOrigins: this.settings.allowedOrigins,
      corsMethods: routes.map((route) => route.method),
    });
    this.organiserAuthorizer = routes.some((route) => route.auth === 'organiserKey')
      ? new OrganiserAuthorizer(this, 'OrganiserAuthorizer', { tables: this.tables.byName, environment: this.environmentFor({}) })
      : undefined;
    this.addRoutes(routes);
    const notFoundEntry = props.notFoundEntry === undefined ? routeNotFoundEntry : props.notFoundEntry;
    this.notFoundFunction = notFoundEntry === null ? undefined : this.addCatchAll(notFoundEntry, routes);
    acknowledgePreflightMethods(this.restApi.api);
    new RegionalWebAcl(this, 'Firewall', {
      rateLimitPer5Min: this.settings.wafRateLimitPer5Min,
      stageArn: this.restApi.api.deploymentStage.stageArn,
      metricPrefix: this.stackName,
    });

    for (const definition of props.streamWorkers ?? streamWorkerTable) this.addStreamWorker(definition);
    for (const definition of props.scheduledWorkers ?? scheduledWorkerTable) this.addScheduledWorker(definition);
    this.emailFeedback = new EmailFeedback(this, 'EmailFeedback', { email: this.email, tables: this.tables.byName, environment: this.environmentFor({}) });

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
      SENDER_EMAIL: this.settings.sender,
      SES_CONFIGURATION_SET: this.email.configurationSet.configurationSetName,
      LOG_LEVEL: this.settings.logLevel,
      ALLOWED_ORIGINS: this.settings.allowedOrigins.join(','),
      ...this.signingSecret.environmentFor(definition),
    };
  }

  private addRoutes(routes: readonly RouteDefinition[]): void {
    const bound = routes.map((route) => {
      const appFunction = new AppFunction(this, `${pascalCase(route.operationId)}Route`, {
        entry: route.entry,
        description: `${route.method} ${route.path} (${route.operationId})`,
        environment: this.environmentFor(route),
        timeout: Duration.seconds(route.compute?.timeoutSeconds ?? 10),
        ...(route.compute ? { memorySize: route.compute.memoryMb } : {}),
        ...(route.compute?.bundledFiles ? { bundledFiles: route.compute.bundledFiles } : {}),
      });
      grantTableAccess(appFunction.function, appFunction.role, route.tables, this.tables.byName);
      this.signingSecret.grantReadIfNeeded(appFunction.function, route);
      this.routeFunctions.set(route.operationId, appFunction);
      return { route, handler: appFunction.function };
    });
    addRouteMethods(this.restApi.api, bound, this.organiserAuthorizer?.authorizer);
  }

  private addCatchAll(entry: string, routes: readonly RouteDefinition[]): AppFunction {
    const notFound = new AppFunction(this, 'RouteNotFound', {
      entry,
      description: 'Unknown path or method: RFC 9457 404/405',
      environment: this.environmentFor({}),
      timeout: Duration.seconds(5),
    });
    addCatchAll(this.restApi.api, routes, notFound.function);
    return notFound;
  }

  private addStreamWorker(definition: StreamWorkerDefinition): void {
    const worker = new StreamWorker(this, `${pascalCase(definition.id)}StreamWorker`, {
      definition,
      tables: this.tables.byName,
      environment: this.environmentFor(definition),
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
      environment: this.environmentFor(definition),
      email: this.email,
    });
    this.signingSecret.grantReadIfNeeded(worker.appFunction.function, definition);
    this.scheduledWorkers.push(worker);
  }

  private addAlarms(): OperationalAlarms {
    const routeFunctions = [...this.routeFunctions].map(([operationId, { function: fn }]) => ({ name: pascalCase(operationId), fn }));
    const notFound = this.notFoundFunction === undefined ? [] : [{ name: 'RouteNotFound', fn: this.notFoundFunction.function }];
    const workers = [...this.streamWorkers, ...this.scheduledWorkers, this.emailFeedback].map((worker) => ({
      name: worker.node.id,
      fn: worker.appFunction.function,
      queue: worker.deadLetterQueue,
    }));
    const authorizer = this.organiserAuthorizer ? [{ name: 'OrganiserAuthorizer', fn: this.organiserAuthorizer.appFunction.function }] : [];
    return new OperationalAlarms(this, 'Alarms', {
      api: this.restApi.api,
      functions: [...routeFunctions, ...notFound, ...authorizer, ...workers],
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
