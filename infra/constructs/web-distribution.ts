import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DockerImage, Duration, Stack, Token, Validations } from 'aws-cdk-lib';
import type { RestApiBase } from 'aws-cdk-lib/aws-apigateway';
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  Function as CloudFrontFunction,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from 'aws-cdk-lib/aws-cloudfront';
import { HttpOrigin, S3BucketOrigin } from 'aws-cdk-lib/aws-cloudfront-origins';
import { BlockPublicAccess, Bucket, BucketEncryption, CfnBucket, ObjectOwnership } from 'aws-cdk-lib/aws-s3';
import { BucketDeployment, CacheControl, Source, type ISource } from 'aws-cdk-lib/aws-s3-deployment';
import { Construct } from 'constructs';
import {
  additionalSecurityHeaders,
  apiPathPrefix,
  contentSecurityPolicy,
  strictTransportSecurityMaxAgeSeconds,
} from '../../shared/web/security-headers';
import { fromRoot } from '../paths';

export interface WebDistributionProps {
  /** The REST API served on the same origin under `/api/*`. */
  api: RestApiBase;
  /** Its stage, as a plain string: the API's URL would make the distribution depend on the stage, hence on every function. */
  stageName: string;
}

/**
 * The web app and the API on one origin: CloudFront in front of a private S3 bucket (origin
 * access control) for `web/dist`, and of API Gateway for `/api/*`. One origin means no CORS and
 * no preflight request before each API call.
 */
export class WebDistribution extends Construct {
  readonly distribution: Distribution;
  readonly bucket: Bucket;
  /** `https://<id>.cloudfront.net`, a token until deployment. */
  readonly url: string;

  constructor(scope: Construct, id: string, props: WebDistributionProps) {
    super(scope, id);
    const logs = this.logBucket();
    this.bucket = new Bucket(this, 'Site', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      serverAccessLogsBucket: logs,
      serverAccessLogsPrefix: 's3/',
    });
    const headers = this.securityHeaders();
    this.distribution = new Distribution(this, 'Distribution', {
      comment: 'Rendezvous: web app and API on one origin',
      defaultRootObject: 'index.html',
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: logs,
      logFilePrefix: 'cloudfront/',
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: headers,
        functionAssociations: [{ eventType: FunctionEventType.VIEWER_REQUEST, function: this.appRouteFunction() }],
      },
      additionalBehaviors: {
        [`${apiPathPrefix}/*`]: {
          origin: this.apiOrigin(props),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Every answer depends on the caller (Authorization) or changes with each write.
          cachePolicy: CachePolicy.CACHING_DISABLED,
          // Authorization, Idempotency-Key, Content-Type and the query string reach the API; Host must
          // not (API Gateway routes on its own host name).
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: headers,
          functionAssociations: [{ eventType: FunctionEventType.VIEWER_REQUEST, function: this.stripApiPrefixFunction() }],
        },
      },
    });
    this.url = `https://${this.distribution.distributionDomainName}`;
    this.deploy(webAppSource());
    this.acknowledgeFindings();
  }

  /** S3 server access logs of the site bucket and CloudFront's standard logs, kept 90 days. */
  private logBucket(): Bucket {
    const logs = new Bucket(this, 'AccessLogs', {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      encryption: BucketEncryption.S3_MANAGED,
      enforceSSL: true,
      // CloudFront's standard logging writes with an ACL.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(90) }],
    });
    Validations.of(logs).acknowledge({
      id: 'AwsSolutions-S1',
      reason: 'This bucket receives the access logs of the site bucket and of CloudFront; logging its own accesses would need yet another bucket.',
    });
    return logs;
  }

  /** shared/web/security-headers.ts, also sent by the local web server. */
  private securityHeaders(): ResponseHeadersPolicy {
    return new ResponseHeadersPolicy(this, 'SecurityHeaders', {
      comment: 'Rendezvous: CSP without inline code, HSTS, no framing, no referrer',
      securityHeadersBehavior: {
        contentSecurityPolicy: { contentSecurityPolicy, override: true },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(strictTransportSecurityMaxAgeSeconds),
          includeSubdomains: true,
          override: true,
        },
        contentTypeOptions: { override: true },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        referrerPolicy: { referrerPolicy: HeadersReferrerPolicy.NO_REFERRER, override: true },
      },
      customHeadersBehavior: {
        customHeaders: Object.entries(additionalSecurityHeaders).map(([header, value]) => ({ header, value, override: true })),
      },
    });
  }

  /**
   * API Gateway by its execute-api host name and stage, built from the API's id rather than its
   * URL (see WebDistributionProps.stageName). TLS 1.2 only to the origin.
   */
  private apiOrigin(props: WebDistributionProps): HttpOrigin {
    const stack = Stack.of(this);
    return new HttpOrigin(`${props.api.restApiId}.execute-api.${stack.region}.${stack.urlSuffix}`, {
      originPath: `/${props.stageName}`,
      protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
    });
  }

  private appRouteFunction(): CloudFrontFunction {
    return new CloudFrontFunction(this, 'AppRoutes', {
      comment: 'Paths without a file extension are pages of the single-page app: answer them with /index.html',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(appRouteFunctionCode),
    });
  }

  private stripApiPrefixFunction(): CloudFrontFunction {
    return new CloudFrontFunction(this, 'ApiPrefix', {
      comment: 'Removes the /api prefix: /api/events/x reaches the API stage as /events/x',
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(stripApiPrefixFunctionCode),
    });
  }

  /**
   * Hashed files under assets/ never change: cached for a year and never pruned, so that a page
   * loaded before a deployment still finds its chunks. Everything else (index.html) is revalidated
   * on every load and CloudFront's copy is invalidated.
   */
  private deploy(source: ISource): void {
    const assets = new BucketDeployment(this, 'DeployAssets', {
      sources: [source],
      destinationBucket: this.bucket,
      exclude: ['*'],
      include: ['assets/*'],
      prune: false,
      cacheControl: [CacheControl.fromString('public, max-age=31536000, immutable')],
      memoryLimit: 512,
    });
    const pages = new BucketDeployment(this, 'DeployPages', {
      sources: [source],
      destinationBucket: this.bucket,
      exclude: ['assets/*'],
      cacheControl: [CacheControl.fromString('no-cache')],
      distribution: this.distribution,
      distributionPaths: ['/*'],
      memoryLimit: 512,
    });
    // index.html must never name a chunk that is not uploaded yet.
    pages.node.addDependency(assets);
  }

  private acknowledgeFindings(): void {
    Validations.of(this.distribution).acknowledge(
      {
        id: 'AwsSolutions-CFR1',
        reason: 'An international business event: attendees, journalists and organisers connect from any country.',
      },
      {
        id: 'AwsSolutions-CFR2',
        reason:
          'A CloudFront web ACL must live in us-east-1 and this stack is regional; API calls go on to the API stage, which has the regional web ACL (rate limit per client), and the static files are cached at the edge.',
      },
      {
        id: 'AwsSolutions-CFR4',
        reason:
          "The default *.cloudfront.net certificate cannot be given a minimum TLS version; a custom domain with its ACM certificate (TLSv1.2_2021) is the deployment's choice (docs/deployment.md).",
      },
    );
    // The provider BucketDeployment brings (one singleton Lambda per stack, written by aws-cdk-lib).
    const stack = Stack.of(this);
    const providers = stack.node.children.filter((child) => child.node.id.startsWith('Custom::CDKBucketDeployment'));
    // cdk-nag prints a concrete region when the stack has one (`cdk synth` with an env), a token otherwise (tests).
    const assetRegion = Token.isUnresolved(stack.region) ? '<AWS::Region>' : stack.region;
    const copyReason =
      "CDK's BucketDeployment copies every object of the asset from CDK's asset bucket to the site bucket, deletes stale ones and invalidates the distribution: object-level wildcards on these two buckets (CloudFront invalidation has no resource-level permission).";
    for (const provider of providers) {
      Validations.of(provider).acknowledge(
        {
          id: 'AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]',
          reason: "CDK's BucketDeployment provider writes its own logs with the AWS-managed basic execution policy.",
        },
        ...['Action::s3:GetObject*', 'Action::s3:GetBucket*', 'Action::s3:List*', 'Action::s3:DeleteObject*', 'Action::s3:Abort*', 'Resource::*']
          .concat([`Resource::arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${assetRegion}/*`, `Resource::<${stack.getLogicalId(this.bucket.node.defaultChild as CfnBucket)}.Arn>/*`])
          .map((finding) => ({ id: `AwsSolutions-IAM5[${finding}]`, reason: copyReason })),
        { id: 'AwsSolutions-L1', reason: 'The runtime of the provider is chosen by aws-cdk-lib and follows its releases.' },
      );
    }
  }
}

/** CloudFront Functions (cloudfront-js-2.0) code; the same rule as isAppRoute in shared/web/security-headers.ts. */
export const appRouteFunctionCode = `function handler(event) {
  var request = event.request;
  var last = request.uri.split('/').pop();
  if (!/\\.[A-Za-z0-9]+$/.test(last)) request.uri = '/index.html';
  return request;
}`;

export const stripApiPrefixFunctionCode = `function handler(event) {
  var request = event.request;
  var prefix = '${apiPathPrefix}';
  var uri = request.uri;
  if (uri === prefix || uri.indexOf(prefix + '/') === 0) request.uri = uri.slice(prefix.length) || '/';
  return request;
}`;

const webDirectory = fromRoot('web');
const placeholderDirectory = fromRoot('infra/web-placeholder');

/**
 * `web/dist`, built during `cdk synth` like the Lambda bundles are (`npm run web:build`, then
 * copied into the cloud assembly). Tests that skip bundling hash the sources instead. Before the
 * web app exists in the repository, a placeholder page says so.
 */
function webAppSource(): ISource {
  if (!existsSync(join(webDirectory, 'index.html')) && !existsSync(join(webDirectory, 'dist/index.html'))) {
    console.warn('[web] web/ has no app yet: deploying infra/web-placeholder');
    return Source.asset(placeholderDirectory);
  }
  return Source.asset(webDirectory, {
    exclude: ['dist', 'node_modules'],
    bundling: {
      image: DockerImage.fromRegistry('not-used-built-locally'),
      local: {
        tryBundle(outputDir: string): boolean {
          if (hasWebBuildScript()) execFileSync('npm', ['run', 'web:build'], { cwd: fromRoot('.'), stdio: 'inherit' });
          if (!existsSync(join(webDirectory, 'dist/index.html'))) throw new Error('npm run web:build did not produce web/dist/index.html');
          cpSync(join(webDirectory, 'dist'), outputDir, { recursive: true });
          return true;
        },
      },
    },
  });
}

function hasWebBuildScript(): boolean {
  const manifest = JSON.parse(readFileSync(fromRoot('package.json'), 'utf8')) as { scripts?: Record<string, string> };
  return manifest.scripts?.['web:build'] !== undefined;
}
