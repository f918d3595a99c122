import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Runtime } from 'aws-cdk-lib/aws-lambda';
import { Charset, NodejsFunction, OutputFormat, type BundlingOptions } from 'aws-cdk-lib/aws-lambda-nodejs';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { fromRoot, handlerExists } from '../paths';

/**
 * ESM, minified, everything bundled (the AWS SDK too: we pin its version and skip the runtime's
 * copy). Bundled CommonJS dependencies that `require()` Node built-ins need a real `require` in
 * an ES module, hence the banner. UTF-8 output: esbuild's default escapes every non-ASCII character
 * as `\uXXXX` (six bytes for one Arabic letter), which made the Arabic catalogue of the emails and
 * pages twice its size in every bundle that renders text.
 */
export const bundling: BundlingOptions = {
  format: OutputFormat.ESM,
  minify: true,
  charset: Charset.UTF8,
  target: 'node24',
  mainFields: ['module', 'main'],
  externalModules: [],
  bundleAwsSDK: true,
  sourceMap: false,
  banner: "import { createRequire } from 'module'; const require = createRequire(import.meta.url);",
};

export const functionLogRetention = RetentionDays.ONE_MONTH;

export interface AppFunctionProps {
  /** Handler module relative to the repository root; it exports `handler`. */
  entry: string;
  description: string;
  environment: Record<string, string>;
  timeout: Duration;
  /** Defaults to 512 MB. */
  memorySize?: number;
  /** Files (relative to the repository root) copied next to the bundle, for code that loads them at run time. */
  bundledFiles?: readonly string[];
}

/**
 * One of our Lambda functions: Node.js 24 on arm64, its own log group with a retention, and its
 * own role that may only write to that log group. Table, queue and SES permissions are granted
 * on top, per function, by the caller.
 */
export class AppFunction extends Construct {
  readonly function: NodejsFunction;
  readonly role: Role;
  readonly logGroup: LogGroup;

  constructor(scope: Construct, id: string, props: AppFunctionProps) {
    super(scope, id);
    if (!handlerExists(props.entry)) {
      throw new Error(`${this.node.path}: handler file ${props.entry} does not exist`);
    }
    this.logGroup = new LogGroup(this, 'Logs', { retention: functionLogRetention, removalPolicy: RemovalPolicy.DESTROY });
    this.role = new Role(this, 'Role', {
      assumedBy: new ServicePrincipal('lambda.amazonaws.com'),
      description: `Runs ${props.entry}`,
    });
    this.function = new NodejsFunction(this, 'Function', {
      entry: fromRoot(props.entry),
      handler: 'handler',
      projectRoot: fromRoot('.'),
      depsLockFilePath: fromRoot('package-lock.json'),
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout,
      description: props.description,
      environment: props.environment,
      role: this.role,
      logGroup: this.logGroup,
      bundling: withBundledFiles(props.bundledFiles ?? []),
    });
    this.logGroup.grantWrite(this.role);
  }
}

/** The shared bundling options, plus a hook copying `files` into the bundle's directory. */
function withBundledFiles(files: readonly string[]): BundlingOptions {
  if (files.length === 0) return bundling;
  return {
    ...bundling,
    commandHooks: {
      beforeBundling: () => [],
      beforeInstall: () => [],
      afterBundling: (inputDir, outputDir) => files.map((file) => `cp "${inputDir}/${file}" "${outputDir}/"`),
    },
  };
}
