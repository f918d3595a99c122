import { AssetHashType, DockerImage, Duration, RemovalPolicy, type ILocalBundling } from 'aws-cdk-lib';
import { Role, ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Architecture, Code, Function as LambdaFunction, Runtime } from 'aws-cdk-lib/aws-lambda';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import { bundleFunction, functionHandler } from '../bundling/function-bundle';
import { handlerExists, repoRoot } from '../paths';

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
  readonly function: LambdaFunction;
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
    this.function = new LambdaFunction(this, 'Function', {
      code: bundledCode(props.entry, props.bundledFiles ?? []),
      handler: functionHandler,
      runtime: Runtime.NODEJS_24_X,
      architecture: Architecture.ARM_64,
      memorySize: props.memorySize ?? 512,
      timeout: props.timeout,
      description: props.description,
      environment: props.environment,
      role: this.role,
      logGroup: this.logGroup,
    });
    this.logGroup.grantWrite(this.role);
  }
}

/**
 * The function's code: esbuild run in this process at synth (infra/bundling/function-bundle.ts,
 * code splitting, which `NodejsFunction` cannot do), hashed on its output like `NodejsFunction`'s.
 * CDK skips it for stacks it does not deploy (`aws:cdk:bundling-stacks`), as it does for any asset.
 */
function bundledCode(entry: string, files: readonly string[]): Code {
  return Code.fromAsset(repoRoot, {
    assetHashType: AssetHashType.OUTPUT,
    bundling: {
      local: new LocalFunctionBundling(entry, files),
      // Never pulled: local bundling either succeeds or throws (esbuild is a dependency of this repository).
      image: DockerImage.fromRegistry('local-bundling-only'),
    },
  });
}

/** Its fields are part of CDK's asset cache key: two functions never share a bundle by mistake. */
class LocalFunctionBundling implements ILocalBundling {
  constructor(
    readonly entry: string,
    readonly files: readonly string[],
  ) {}

  tryBundle(outputDir: string): boolean {
    bundleFunction(this.entry, outputDir, this.files);
    return true;
  }
}
