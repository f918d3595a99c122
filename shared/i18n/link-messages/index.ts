import type { Language } from '../../events/event-definition';
import { ar } from './ar';
import { en } from './en';
import { fr } from './fr';

/**
 * What a page says when an emailed link is refused: what happened (`link.{failure}`) and what to do
 * (`link.todo.{page}`). One set for the web app (each language's catalogue spreads its own file, so a
 * page loads only its language) and the server's plain page for the links of older emails
 * (shared/pages/link-problem-page.ts), which must not bundle the web catalogues.
 */
export const linkMessages = { fr, en, ar } as const satisfies Record<Language, Record<string, string>>;
