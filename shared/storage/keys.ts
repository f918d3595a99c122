/**
 * Key builders, so that every item's key is spelled in one place (docs/data-model.md lists them).
 */
export const eventKey = (eventId: string) => ({ pk: `EVENT#${eventId}`, sk: 'EVENT' });
