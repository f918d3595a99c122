import type { PhysicalTableNames } from './create-tables';

export interface LocalEnvironmentOptions {
  dynamodbEndpoint: string;
  sesEndpoint: string;
  tableNames: PhysicalTableNames;
  publicBaseUrl: string;
  /**
   * The credentials' key id ('local' by default). DynamoDB Local started without `sharedDb` keeps one
   * database per key id and region, so a key of its own gives a caller its own database (the tests: each file).
   */
  accessKeyId?: string;
}

/**
 * The environment the functions get in AWS, pointed at the local servers. The AWS SDK reads the
 * service-specific `AWS_ENDPOINT_URL_*` variables itself, so function code has no local branch.
 */
export function localFunctionEnvironment(options: LocalEnvironmentOptions): Record<string, string> {
  return {
    AWS_REGION: process.env.AWS_REGION ?? 'eu-west-3',
    AWS_ACCESS_KEY_ID: options.accessKeyId ?? 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_DYNAMODB: options.dynamodbEndpoint,
    AWS_ENDPOINT_URL_DYNAMODB_STREAMS: options.dynamodbEndpoint,
    AWS_ENDPOINT_URL_SESV2: options.sesEndpoint,
    REGISTRATIONS_TABLE: options.tableNames.registrations,
    MEETING_REQUESTS_TABLE: options.tableNames.meetingRequests,
    CONFIRMATIONS_TABLE: options.tableNames.confirmations,
    PUBLIC_BASE_URL: options.publicBaseUrl,
    SENDER_EMAIL: process.env.SENDER_EMAIL ?? 'rendezvous@example.com',
    ALLOWED_ORIGINS: process.env.ALLOWED_ORIGINS ?? 'http://localhost:5173',
    TOKEN_SIGNING_SECRET: process.env.TOKEN_SIGNING_SECRET ?? 'local-development-signing-secret-not-for-production',
  };
}
