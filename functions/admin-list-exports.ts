import { listAdminExportsRoute } from '../shared/api/routes/admin/list-admin-exports';
import { adminHandler } from '../shared/organisers/admin-handler';
import { latestExports } from '../shared/organisers/export-log-store';

export const handler = adminHandler(listAdminExportsRoute, async ({ params, query }) => {
  const records = await latestExports(params.eventId, query.limit);
  const items = records.map(({ exportId, list, filter, format, rows, keyId, sessionId, at }) => ({ exportId, list, filter, format: format ?? 'csv', rows, keyId, ...(sessionId ? { sessionId } : {}), at }));
  return { status: 200, body: { items } };
});
