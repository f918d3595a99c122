import { Validations } from 'aws-cdk-lib';
import { AuthorizationType, LambdaIntegration, type IAuthorizer, type IResource, type Method, type RestApi } from 'aws-cdk-lib/aws-apigateway';
import type { IFunction } from 'aws-cdk-lib/aws-lambda';
import type { AuthKind, RouteDefinition } from '../../shared/http/route-definition';

const authReasons: Record<AuthKind, string> = {
  public: 'Public by design: anyone may call it (visitors browsing events, registering, reading the API description).',
  manageToken:
    "Authenticated in the function: the attendee's Bearer manage token is checked against the registration it belongs to; a Cognito/IAM authorizer cannot know these per-registration secrets.",
  manageLink:
    "Authenticated in the function: the manage token in the link mailed to the attendee (query `token`) is verified against the registration; a Cognito/IAM authorizer cannot know these per-registration secrets.",
  organiserKey:
    "Authorized by the organiser Lambda REQUEST authorizer (Bearer organiser key, checked against the event's stored key hashes) and again in the function; Cognito cannot know these per-event keys.",
  decisionLink:
    "Authenticated in the function: the signed decision token (link query or Bearer) is verified for the press contact's request; a Cognito/IAM authorizer cannot check it.",
  answerLink:
    'Authenticated in the function: the signed answer token (link query or Bearer) is verified for one meeting request and its recipient; a Cognito/IAM authorizer cannot check it.',
  feedToken:
    "Authenticated in the function: the agenda feed secret in the URL is verified against the registration's current feed version; calendar apps cannot send headers.",
};

function acknowledgeUnauthorizedMethod(method: Method, reason: string): void {
  Validations.of(method).acknowledge(
    { id: 'AwsSolutions-APIG4', reason },
    { id: 'AwsSolutions-COG4', reason: `No Cognito user pool: ${reason}` },
  );
}

/** One method per route, each on its own function; `organiserKey` routes behind the organiser authorizer. */
export function addRouteMethods(api: RestApi, routes: readonly { route: RouteDefinition; handler: IFunction }[], organiserAuthorizer?: IAuthorizer): void {
  for (const { route, handler } of routes) {
    const authorizer = route.auth === 'organiserKey' ? organiserAuthorizer : undefined;
    if (route.auth === 'organiserKey' && !authorizer) throw new Error(`${route.operationId} needs the organiser authorizer`);
    const method = api.root.resourceForPath(route.path).addMethod(route.method, new LambdaIntegration(handler, { allowTestInvoke: false }), {
      operationName: route.operationId,
      ...(authorizer ? { authorizer, authorizationType: AuthorizationType.CUSTOM } : {}),
    });
    const reason = `${route.operationId}: ${authReasons[route.auth]}`;
    if (authorizer) Validations.of(method).acknowledge({ id: 'AwsSolutions-COG4', reason: `No Cognito user pool: ${reason}` });
    else acknowledgeUnauthorizedMethod(method, reason);
  }
}

/** `/events/{eventId}` → `/events`, `/events/{eventId}`. */
function pathPrefixes(path: string): string[] {
  const parts = path.split('/').filter((part) => part !== '');
  return parts.map((_, index) => `/${parts.slice(0, index + 1).join('/')}`);
}

/**
 * Lets our code answer what no route matches, as RFC 9457 problems: `ANY /` and `ANY /{proxy+}`
 * for unknown paths, plus `ANY` on every resource of the route tree, because API Gateway does not
 * fall back to the greedy proxy for a known path with another method (it would answer 403
 * Missing Authentication Token instead of our 405 with `Allow`).
 */
export function addCatchAll(api: RestApi, routes: readonly RouteDefinition[], handler: IFunction): void {
  const integration = new LambdaIntegration(handler, { scopePermissionToMethod: false });
  const resources = new Set<IResource>([api.root, api.root.addResource('{proxy+}')]);
  for (const prefix of routes.flatMap((route) => pathPrefixes(route.path))) resources.add(api.root.resourceForPath(prefix));
  for (const resource of resources) {
    const method = resource.addMethod('ANY', integration, { operationName: 'routeNotFound' });
    acknowledgeUnauthorizedMethod(method, 'Catch-all answering 404/405 problem details for unknown paths and methods; it reads no data.');
  }
}

/** Preflight methods created by the CORS options. */
export function acknowledgePreflightMethods(api: RestApi): void {
  for (const method of api.methods.filter((candidate) => candidate.httpMethod === 'OPTIONS')) {
    acknowledgeUnauthorizedMethod(
      method,
      'CORS preflight: browsers send OPTIONS without credentials (Fetch standard), so it cannot be authorized; the mock integration only returns CORS headers.',
    );
  }
}
