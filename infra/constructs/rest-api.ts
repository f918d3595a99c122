import { Validations } from 'aws-cdk-lib';
import {
  AccessLogField,
  AccessLogFormat,
  ApiDefinition,
  EndpointType,
  LogGroupLogDestination,
  MethodLoggingLevel,
  SpecRestApi,
} from 'aws-cdk-lib/aws-apigateway';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';

export interface PublicRestApiProps {
  stageName: string;
  throttle: { rateLimit: number; burstLimit: number };
  /** The OpenAPI document with API Gateway's extensions (./api-definition.ts). */
  definition: Record<string, unknown>;
}

/** One JSON object per request; no caller identity fields (we use no IAM auth), client IP kept for abuse triage. */
const accessLogFormat = AccessLogFormat.custom(
  JSON.stringify({
    requestId: AccessLogField.contextRequestId(),
    extendedRequestId: AccessLogField.contextExtendedRequestId(),
    requestTime: AccessLogField.contextRequestTime(),
    ip: AccessLogField.contextIdentitySourceIp(),
    userAgent: AccessLogField.contextIdentityUserAgent(),
    method: AccessLogField.contextHttpMethod(),
    resourcePath: AccessLogField.contextResourcePath(),
    path: AccessLogField.contextPath(),
    protocol: AccessLogField.contextProtocol(),
    status: AccessLogField.contextStatus(),
    responseLength: AccessLogField.contextResponseLength(),
    responseLatency: AccessLogField.contextResponseLatency(),
    integrationStatus: AccessLogField.contextIntegrationStatus(),
    integrationLatency: AccessLogField.contextIntegrationLatency(),
    errorType: AccessLogField.contextErrorResponseType(),
    error: AccessLogField.contextErrorMessage(),
    wafStatus: AccessLogField.contextWafResponseCode(),
  }),
);

/**
 * The regional REST API, defined by its OpenAPI document (methods, authorizer, CORS preflight and
 * problem+json gateway responses are all in it), and its one stage: stage-wide throttling and JSON
 * access logs.
 */
export class PublicRestApi extends Construct {
  readonly api: SpecRestApi;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: PublicRestApiProps) {
    super(scope, id);
    this.accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.THREE_MONTHS });
    this.api = new SpecRestApi(this, 'Api', {
      apiDefinition: ApiDefinition.fromInline(props.definition),
      description: 'Rendezvous: registrations, B2B meetings, press accreditation',
      endpointTypes: [EndpointType.REGIONAL],
      cloudWatchRole: false,
      deploy: true,
      deployOptions: {
        stageName: props.stageName,
        throttlingRateLimit: props.throttle.rateLimit,
        throttlingBurstLimit: props.throttle.burstLimit,
        accessLogDestination: new LogGroupLogDestination(this.accessLogs),
        accessLogFormat,
        loggingLevel: MethodLoggingLevel.OFF,
        tracingEnabled: false,
        metricsEnabled: false,
      },
    });
    // The stage must move to a new deployment whenever the definition changes, not only the body.
    this.api.latestDeployment?.addToLogicalId(props.definition);
    this.acknowledgeFindings();
  }

  private acknowledgeFindings(): void {
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG2',
      reason:
        "Every function validates its request against the route's zod schemas (shared/http/parse-request.ts) and answers RFC 9457 problems listing each invalid field (errors[] of {path, message}), or an HTML page for links opened from emails; an API Gateway validator answers one coarse message string and cannot render those pages (docs/deployment.md).",
    });
    Validations.of(this.api.deploymentStage).acknowledge({
      id: 'AwsSolutions-APIG6',
      reason:
        'JSON access logs record every request with status, error type and latencies, and each function logs one structured line per request; execution logging would need the account-wide API Gateway CloudWatch role, which this stack should not own.',
    });
  }
}
