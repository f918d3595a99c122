import { Duration, Stack } from 'aws-cdk-lib';
import type { IRestApi } from 'aws-cdk-lib/aws-apigateway';
import type { Table } from 'aws-cdk-lib/aws-dynamodb';
import { ServicePrincipal } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import type { TableName } from '../../shared/storage/tables';
import { AppFunction } from './app-function';
import { grantTableAccess } from './table-access';

export const organiserAuthorizerEntry = 'functions/authorize-organiser.ts';

export interface OrganiserAuthorizerProps {
  tables: Record<TableName, Table>;
  environment: Record<string, string>;
}

/**
 * The function of the Lambda REQUEST authorizer of the admin routes. The authorizer itself is in
 * the API definition (./api-definition.ts): identity source the Authorization header (a request
 * without it is 401 before any call), results cached 5 minutes per key. The policy it returns
 * allows only the key's own event's admin resources, so a cached result cannot open another
 * event (API Gateway answers 403).
 */
export class OrganiserAuthorizer extends Construct {
  readonly appFunction: AppFunction;

  constructor(scope: Construct, id: string, props: OrganiserAuthorizerProps) {
    super(scope, id);
    this.appFunction = new AppFunction(this, 'Handler', {
      entry: organiserAuthorizerEntry,
      description: 'Organiser API keys: REQUEST authorizer of the /admin routes',
      environment: props.environment,
      timeout: Duration.seconds(5),
    });
    grantTableAccess(this.appFunction.function, this.appFunction.role, { registrations: 'read' }, props.tables);
  }

  /** Lets the API's authorizers (and nothing else of it) call the function. */
  allowInvocationBy(api: IRestApi): void {
    this.appFunction.function.addPermission('ApiAuthorizerInvoke', {
      principal: new ServicePrincipal('apigateway.amazonaws.com'),
      sourceArn: Stack.of(api).formatArn({ service: 'execute-api', resource: api.restApiId, resourceName: 'authorizers/*' }),
    });
  }
}
