import middy from '@middy/core';
import type { APIGatewayProxyEvent, APIGatewayProxyResult } from 'aws-lambda';
import { routes } from '../shared/api/routes/index';
import { problemResult, toApiGatewayResult } from '../shared/http/http-result';
import { findRoute } from '../shared/http/path-template';
import { problems } from '../shared/http/problem';

/**
 * API Gateway's catch-all (`ANY /{proxy+}`): explains, in the same problem format as every other
 * error, whether the path does not exist (404) or exists under other methods (405).
 */
export const handler = middy<APIGatewayProxyEvent, APIGatewayProxyResult>().handler(async (event) => {
  const found = findRoute(routes, event.httpMethod, event.path);
  const problem =
    found !== undefined && 'allowedMethods' in found
      ? problems.methodNotAllowed(found.allowedMethods)
      : problems.notFound(`There is no resource at ${event.path}. The API is described at /openapi.json.`);
  return toApiGatewayResult(problemResult(problem, event.path));
});
