/**
 * Matches a concrete path against an API Gateway path template such as `/events/{eventId}`.
 * Returns the path parameters, or undefined when it does not match. Parameters are URL-decoded; one
 * that does not decode (a lone `%ED%A0%80`) is kept as written, so that the route's own parameter
 * check refuses it in the route's own format (an HTML page for a link's route), not a generic 404.
 */
export function matchPathTemplate(template: string, path: string): Record<string, string> | undefined {
  const templateParts = template.split('/').filter(Boolean);
  const pathParts = path.split('/').filter(Boolean);
  if (templateParts.length !== pathParts.length) return undefined;
  const parameters: Record<string, string> = {};
  for (const [index, templatePart] of templateParts.entries()) {
    const pathPart = pathParts[index]!;
    const parameter = /^\{(\w+)\}$/.exec(templatePart);
    if (parameter) {
      parameters[parameter[1]!] = decodedOrAsWritten(pathPart);
    } else if (templatePart !== pathPart) {
      return undefined;
    }
  }
  return parameters;
}

export interface RouteMatch<R> {
  route: R;
  pathParameters: Record<string, string>;
}

/**
 * The method whose route serves a request: HEAD is served by the GET route (RFC 9110 §9.3.2: the
 * same answer without its body, which `httpHandler` drops), every other method by its own.
 */
export const servingMethod = (method: string): string => (method.toUpperCase() === 'HEAD' ? 'GET' : method.toUpperCase());

/**
 * Finds the route for a method and path. When the path exists only under other methods, returns
 * those methods (HEAD after each GET) so the caller can answer 405 with an Allow header.
 */
export function findRoute<R extends { method: string; path: string }>(
  routes: readonly R[],
  method: string,
  path: string,
): { match: RouteMatch<R> } | { allowedMethods: string[] } | undefined {
  const allowedMethods: string[] = [];
  for (const route of routes) {
    const pathParameters = matchPathTemplate(route.path, path);
    if (pathParameters === undefined) continue;
    if (route.method === servingMethod(method)) return { match: { route, pathParameters } };
    allowedMethods.push(route.method, ...(route.method === 'GET' ? ['HEAD'] : []));
  }
  return allowedMethods.length > 0 ? { allowedMethods } : undefined;
}

function decodedOrAsWritten(pathPart: string): string {
  try {
    return decodeURIComponent(pathPart);
  } catch {
    return pathPart;
  }
}
