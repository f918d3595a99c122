import { createOrganiserSessionRoute } from '../shared/api/routes/admin/session-routes';
import { DomainError } from '../shared/domain-error';
import { adminHandler } from '../shared/organisers/admin-handler';
import { openOrganiserSession } from '../shared/organisers/organiser-session-store';

export const handler = adminHandler(createOrganiserSessionRoute, async ({ organiser }) => {
  // A session cannot open another one: otherwise a stolen session token would never expire.
  if (organiser.sessionId !== undefined) throw new DomainError('forbidden', 'key-required', 'Only the organiser key opens a console session.');
  const { token, record } = await openOrganiserSession({ eventId: organiser.eventId, keyId: organiser.keyId });
  return { status: 201, body: { sessionId: record.sessionId, token, expiresAt: new Date(record.expiresAt * 1000).toISOString() } };
});
