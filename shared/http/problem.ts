/**
 * RFC 9457 problem details, the body of every error response. A plain interface: its zod schema
 * (for the OpenAPI document) lives in problem-schema.ts, so that answering an error does not
 * evaluate zod at a function's load (docs/deployment.md, "Cold starts").
 */
export interface Problem {
  type: string;
  title: string;
  status: number;
  detail?: string;
  instance?: string;
  errors?: FieldError[];
}

export interface FieldError {
  path: string;
  message: string;
}

/** An error that becomes a problem response; anything else thrown by a handler becomes a bare 500. */
export class HttpProblem extends Error {
  constructor(
    readonly status: number,
    readonly slug: string,
    readonly title: string,
    readonly detail?: string,
    readonly errors?: FieldError[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail ?? title);
    this.name = 'HttpProblem';
  }

  toProblem(instance?: string): Problem {
    return {
      type: `urn:rendezvous:problem:${this.slug}`,
      title: this.title,
      status: this.status,
      ...(this.detail === undefined ? {} : { detail: this.detail }),
      ...(instance === undefined ? {} : { instance }),
      ...(this.errors === undefined ? {} : { errors: onePerField(this.errors) }),
    };
  }
}

/**
 * Each field named once: zod reports every check a value fails (a long message with a control
 * character is both), so a field's messages are joined with "; ", each once (the web app reads each:
 * web/src/failures/field-error-text.ts), in the order the checks ran.
 */
function onePerField(errors: readonly FieldError[]): FieldError[] {
  const messages = new Map<string, string[]>();
  for (const { path, message } of errors) {
    const known = messages.get(path);
    if (!known) messages.set(path, [message]);
    else if (!known.includes(message)) known.push(message);
  }
  return [...messages].map(([path, list]) => ({ path, message: list.join('; ') }));
}

export const problems = {
  validation: (errors: FieldError[], detail = 'The request has invalid fields; see errors.') =>
    new HttpProblem(400, 'validation', 'Invalid request', detail, errors),
  malformedJson: (detail: string) => new HttpProblem(400, 'malformed-json', 'Malformed JSON body', detail),
  unauthorized: (detail: string) =>
    new HttpProblem(401, 'unauthorized', 'Authentication required', detail, undefined, { 'WWW-Authenticate': 'Bearer' }),
  forbidden: (detail: string) => new HttpProblem(403, 'forbidden', 'Forbidden', detail),
  notFound: (detail: string) => new HttpProblem(404, 'not-found', 'Not found', detail),
  methodNotAllowed: (allowed: string[]) =>
    new HttpProblem(405, 'method-not-allowed', 'Method not allowed', `This resource supports ${allowed.join(', ')}.`, undefined, {
      Allow: allowed.join(', '),
    }),
  conflict: (slug: string, title: string, detail: string) => new HttpProblem(409, slug, title, detail),
  payloadTooLarge: (limitBytes: number) =>
    new HttpProblem(413, 'payload-too-large', 'Payload too large', `The body must not exceed ${limitBytes} bytes.`),
  unsupportedMediaType: (expected: string[]) =>
    new HttpProblem(415, 'unsupported-media-type', 'Unsupported media type', `Send the body as ${expected.join(' or ')}, in UTF-8.`),
  unprocessable: (slug: string, title: string, detail: string) => new HttpProblem(422, slug, title, detail),
};
