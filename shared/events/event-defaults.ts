/**
 * Values the event definition's schema fills in when a definition leaves them out; the stored
 * definition's reader (stored-event.ts) fills them in the same way without building the schema.
 */
export const eventDefaults: { readonly maxPendingOutgoingRequests: number; readonly assumptions: { field: string; note: string }[] } = {
  maxPendingOutgoingRequests: 30,
  assumptions: [],
};
