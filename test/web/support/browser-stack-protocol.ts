import type { PhysicalTableNames } from '../../../local/create-tables';

/** What the browser stack's host answers a test file that seeds its events (browser-stack-host.ts). */
export interface BrowserStackDescription {
  apiUrl: string;
  webUrl: string;
  /** Playwright's endpoint of the run's one Chromium (`chromium.connect`). */
  chromiumEndpoint: string;
  tableNames: PhysicalTableNames;
  /** The functions' variables: a test file sets them in its own process to sign tokens, make keys, read tables. */
  environment: Record<string, string>;
}
