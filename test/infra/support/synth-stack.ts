import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { App, Validations } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { AwsSolutionsChecks } from 'cdk-nag';
import { handlerExists } from '../../../infra/paths';
import { RendezvousStack, type RendezvousStackProps } from '../../../infra/rendezvous-stack';
import { parseSettings, type Settings } from '../../../infra/settings';
import type { RouteDefinition } from '../../../shared/http/route-definition';
import { routes } from '../../../shared/api/routes/index';
import {
  scheduledWorkers,
  streamWorkers,
  type ScheduledWorkerDefinition,
  type StreamWorkerDefinition,
} from '../../../shared/workers/index';

export const testSettings = (overrides: Record<string, unknown> = {}): Settings =>
  parseSettings({
    sender: 'no-reply@example.com',
    publicBaseUrl: 'https://api.example.com',
    allowedOrigins: ['https://app.example.com'],
    ...overrides,
  });

/**
 * Handlers other engineers are still writing may not exist yet; the stack refuses a missing
 * entry, so the tests leave those out (and say so) instead of failing on someone else's work.
 */
function present<T extends { entry: string }>(definitions: readonly T[]): T[] {
  for (const { entry } of definitions.filter((definition) => !handlerExists(definition.entry))) {
    console.warn(`[infra tests] ${entry} does not exist yet: left out of the stack`);
  }
  return definitions.filter((definition) => handlerExists(definition.entry));
}

export interface Included {
  routes: RouteDefinition[];
  streamWorkers: StreamWorkerDefinition[];
  scheduledWorkers: ScheduledWorkerDefinition[];
}

export interface SynthesizedStack {
  stack: RendezvousStack;
  template: Template;
  /** The cloud assembly directory (a fresh temporary directory). */
  outdir: string;
  /** What the stack was built with (handlers that do not exist yet left out). */
  included: Included;
}

export interface SynthesizeOptions {
  settings?: Settings;
  routes?: readonly RouteDefinition[];
  streamWorkers?: readonly StreamWorkerDefinition[];
  scheduledWorkers?: readonly ScheduledWorkerDefinition[];
  /** Real esbuild bundles (slow); otherwise CDK skips bundling and templates are the same but for asset hashes. */
  bundle?: boolean;
  /** cdk-nag AwsSolutions checks, as infra/app.ts runs them; synth throws on an unacknowledged finding. */
  nag?: boolean;
  /** aws-cdk-lib's own CloudFormation validation (about 5 s to start its engine). */
  cloudFormationValidation?: boolean;
  extraProps?: Partial<RendezvousStackProps>;
}

/** Builds the stack like infra/app.ts does and synthesizes it into a temporary directory. */
export function synthesizeStack(options: SynthesizeOptions = {}): SynthesizedStack {
  const outdir = mkdtempSync(join(tmpdir(), 'rendezvous-cdk-'));
  const app = new App({
    outdir,
    builtinCloudFormationValidation: options.cloudFormationValidation ?? false,
    context: options.bundle ? {} : { 'aws:cdk:bundling-stacks': [] },
  });
  const included: Included = {
    routes: [...(options.routes ?? routes)],
    streamWorkers: present(options.streamWorkers ?? streamWorkers),
    scheduledWorkers: present(options.scheduledWorkers ?? scheduledWorkers),
  };
  const stack = new RendezvousStack(app, 'Rendezvous-test', {
    settings: options.settings ?? testSettings(),
    seededAt: new Date('2026-01-01T00:00:00.000Z'),
    ...options.extraProps,
    ...included,
  });
  if (options.nag ?? true) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  app.synth();
  return { stack, template: Template.fromStack(stack), outdir, included };
}

/** Violations the validation plugins reported (acknowledged ones are not reported). */
export function validationViolations(outdir: string): string[] {
  const report = JSON.parse(readFileSync(join(outdir, 'validation-report.json'), 'utf8')) as {
    pluginReports: { pluginName: string; violations?: { ruleName: string }[] }[];
  };
  return report.pluginReports.flatMap((plugin) => (plugin.violations ?? []).map((violation) => `${plugin.pluginName}: ${violation.ruleName}`));
}

type Resource = { Type: string; Properties?: Record<string, unknown>; Metadata?: Record<string, unknown> };

export function resourcesOfType(template: Template, type: string): [string, Resource][] {
  return Object.entries(template.toJSON().Resources as Record<string, Resource>).filter(([, resource]) => resource.Type === type);
}

/** CDK's singleton provider behind AwsCustomResource (event seeding): CDK picks its runtime and architecture. */
/**
 * Functions, roles and policies aws-cdk-lib adds for its custom resources: AwsCustomResource (the
 * seeding) and BucketDeployment (web/dist into the site bucket; its wildcards are acknowledged
 * with cdk-nag in infra/constructs/web-distribution.ts).
 */
export const isCustomResourceProvider = (logicalId: string): boolean =>
  logicalId.startsWith('AWS679f53fac002430cb0da5b7982bd2287') || logicalId.startsWith('CustomCDKBucketDeployment');

/** Our functions (routes, catch-all, workers), keyed by logical id. */
export function appFunctions(template: Template): [string, Resource][] {
  return resourcesOfType(template, 'AWS::Lambda::Function').filter(([logicalId]) => !isCustomResourceProvider(logicalId));
}

/** Flattens `{ Ref }`, `{ Fn::GetAtt }` and `{ Fn::Join }` into a readable string such as `<TableX.Arn>/index/*`. */
export function flatten(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return value.map(flatten).join(',');
  if (value !== null && typeof value === 'object') {
    const object = value as Record<string, unknown>;
    if ('Ref' in object) return `<${String(object.Ref)}>`;
    if ('Fn::GetAtt' in object) return `<${(object['Fn::GetAtt'] as string[]).join('.')}>`;
    if ('Fn::Join' in object) {
      const [separator, parts] = object['Fn::Join'] as [string, unknown[]];
      return parts.map(flatten).join(separator);
    }
    if ('Fn::Sub' in object) return flatten(object['Fn::Sub']);
  }
  return JSON.stringify(value);
}

export const asArray = <T>(value: T | T[] | undefined): T[] => (value === undefined ? [] : Array.isArray(value) ? value : [value]);

/** The properties of the one resource of a type (fails if there is not exactly one). */
export function singleResourceProperties(template: Template, type: string): Record<string, any> {
  const resources = resourcesOfType(template, type);
  if (resources.length !== 1) throw new Error(`expected one ${type}, found ${resources.length}`);
  return resources[0]![1].Properties ?? {};
}

export type ApiOperation = Record<string, any>;
export type ApiBody = { paths: Record<string, Record<string, ApiOperation>>; components: Record<string, any>; [extension: string]: any };

/** The OpenAPI definition the RestApi is created from (methods, authorizer, gateway responses). */
export const apiBody = (template: Template): ApiBody => singleResourceProperties(template, 'AWS::ApiGateway::RestApi').Body as ApiBody;
