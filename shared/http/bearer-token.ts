import { problems } from './problem';

/** The token of an `Authorization: Bearer <token>` header; 401 when it is missing or malformed. */
export function bearerToken(headers: Record<string, string>): string {
  const header = headers.authorization;
  if (header === undefined) throw problems.unauthorized('Send the token as "Authorization: Bearer <token>".');
  const match = /^Bearer\s+([A-Za-z0-9._~+/=-]{16,512})$/.exec(header.trim());
  if (!match) throw problems.unauthorized('The Authorization header must be "Bearer <token>".');
  return match[1]!;
}
