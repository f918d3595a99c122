import { Duration, Validations } from 'aws-cdk-lib';
import {
  AccessLogField,
  AccessLogFormat,
  EndpointType,
  LogGroupLogDestination,
  MethodLoggingLevel,
  RestApi,
} from 'aws-cdk-lib/aws-apigateway';
import { LogGroup, RetentionDays } from 'aws-cdk-lib/aws-logs';
import { Construct } from 'constructs';
import type { HttpMethod } from '../../shared/http/route-definition';
import { addProblemGatewayResponses } from './problem-gateway-responses';

export interface PublicRestApiProps {
  stageName: string;
  throttle: { rateLimit: number; burstLimit: number };
  allowedOrigins: readonly string[];
  /** Methods the routes use, announced in CORS preflight answers. */
  corsMethods: readonly HttpMethod[];
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
 * The regional REST API and its one stage: stage-wide throttling, JSON access logs, CORS
 * preflight for the allowed origins only, and problem+json bodies for API Gateway's own errors.
 */
export class PublicRestApi extends Construct {
  readonly api: RestApi;
  readonly accessLogs: LogGroup;

  constructor(scope: Construct, id: string, props: PublicRestApiProps) {
    super(scope, id);
    this.accessLogs = new LogGroup(this, 'AccessLogs', { retention: RetentionDays.THREE_MONTHS });
    this.api = new RestApi(this, 'Api', {
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
      ...(props.allowedOrigins.length === 0
        ? {}
        : {
            defaultCorsPreflightOptions: {
              allowOrigins: [...props.allowedOrigins],
              allowMethods: [...new Set(props.corsMethods)],
              allowHeaders: ['Content-Type', 'Authorization'],
              allowCredentials: false,
              maxAge: Duration.hours(1),
              statusCode: 204,
            },
          }),
    });
    addProblemGatewayResponses(this.api, props.allowedOrigins);
    this.acknowledgeFindings();
  }

  private acknowledgeFindings(): void {
    Validations.of(this.api).acknowledge({
      id: 'AwsSolutions-APIG2',
      reason:
        "Every function validates its request against the route's zod schemas (shared/http/parse-request.ts) and answers RFC 9457 problems listing each invalid field; an API Gateway validator would duplicate that with a coarser error.",
    });
    Validations.of(this.api.deploymentStage).acknowledge({
      id: 'AwsSolutions-APIG6',
      reason:
        'JSON access logs record every request with status, error type and latencies, and each function logs one structured line per request; execution logging would need the account-wide API Gateway CloudWatch role, which this stack should not own.',
    });
  }
}
