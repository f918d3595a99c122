import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { answerTo, problemResult, toApiGatewayResult } from '../shared/http/http-result';
import { findRoute } from '../shared/http/path-template';
import { problems } from '../shared/http/problem';
import { documentedPaths } from '../shared/openapi/served-document';

let knownRoutes: { method: string; path: string }[] | undefined;

/**
 * API Gateway's catch-all (`ANY /{proxy+}` and ANY on known paths), served by the events unit:
 * explains, in the same problem format as every other error, whether the path does not exist (404)
 * or exists under other methods (405). The methods and paths come from the published OpenAPI
 * document, so answering a 404 loads no route module and no schema.
 */
export const handler = async (event: APIGatewayProxyEvent): Promise<APIGatewayProxyResult> => {
  knownRoutes ??= documentedPaths().flatMap(({ template, methods }) => methods.map((method) => ({ method, path: template })));
  const found = findRoute(knownRoutes, event.httpMethod, event.path);
  const problem =
    found !== undefined && 'allowedMethods' in found
      ? problems.methodNotAllowed(found.allowedMethods)
      : problems.notFound(`There is no resource at ${event.path}. The API is described at /openapi.json.`);
  return answerTo(event.httpMethod, toApiGatewayResult(problemResult(problem, event.path)));
};
