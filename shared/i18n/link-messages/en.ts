/** English sentences of a refused emailed link (see ./index.ts). */
export const en = {
  'link.expired': 'This link has expired.',
  'link.invalid': 'This link is not valid: it may be incomplete or changed.',
  'link.foreign': 'This link is for another request.',
  'link.gone': 'What this link opened no longer exists: it was erased or cancelled.',
  'link.outdated': 'This link comes from an older email and no longer works.',
  'link.todo.manage': 'Open the link of your latest registration email exactly as it is. If it still does not work, contact the organisers.',
  'link.todo.answer': 'A request can no longer be answered once it has expired. Open the link of the latest email about this request, or answer it from "My meetings" with your registration link.',
  'link.todo.decision': 'Open the link of the latest email about this request, or ask the organisers to decide on it from their console.',
  'link.todo.pressStatus': 'Open the link of your latest email about this request, or contact the organisers for its status.',
  'link.todo.directory': 'Open the link of your latest email from the event, or your registration link, to see the participants.',
  'link.retry': 'Something went wrong on our side: try this link again in a few minutes.',
} as const;
