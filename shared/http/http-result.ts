import type { APIGatewayProxyResult } from 'aws-lambda';
import type { HttpProblem } from './problem';

/** What a route implementation returns; the wrapper turns it into the API Gateway shape. */
export interface HttpResult {
  status: number;
  /** Serialised as JSON unless `contentType` says otherwise, in which case it must be a string. */
  body?: unknown;
  contentType?: string;
  headers?: Record<string, string>;
  /** `body` is binary (a PDF) written as base64; API Gateway sends the bytes (binary media types in the stack). */
  isBase64Encoded?: boolean;
}

const baseHeaders = {
  'Cache-Control': 'no-store',
  'X-Content-Type-Options': 'nosniff',
};

export function toApiGatewayResult(result: HttpResult, extraHeaders: Record<string, string> = {}): APIGatewayProxyResult {
  const isJson = result.contentType === undefined || result.contentType.includes('json');
  const contentType = result.contentType ?? 'application/json; charset=utf-8';
  const body = result.body === undefined ? '' : isJson && typeof result.body !== 'string' ? JSON.stringify(result.body) : String(result.body);
  return {
    statusCode: result.status,
    headers: {
      ...baseHeaders,
      ...(body === '' ? {} : { 'Content-Type': contentType }),
      ...extraHeaders,
      ...result.headers,
    },
    body,
    ...(result.isBase64Encoded ? { isBase64Encoded: true } : {}),
  };
}

/** A HEAD request gets the GET answer's status and headers (its Content-Type included), not its body. */
export const answerTo = (method: string, answer: APIGatewayProxyResult): APIGatewayProxyResult =>
  method.toUpperCase() === 'HEAD' ? { ...answer, body: '', isBase64Encoded: false } : answer;

export function problemResult(problem: HttpProblem, instance?: string): HttpResult {
  return {
    status: problem.status,
    body: problem.toProblem(instance),
    contentType: 'application/problem+json',
    headers: problem.headers,
  };
}
