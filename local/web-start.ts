import { ensureWebBuild, startWebServer } from './web-server';

/** `npm start`'s web app: built if stale, served on `port`; a line for the banner either way. */
export async function startLocalWeb(port: number, apiUrl: string): Promise<{ line: string; stop(): Promise<void> }> {
  const state = ensureWebBuild();
  if (state === 'no-app' || state === 'no-build-script') {
    return { line: '(not served: this repository has no web/ app with an `npm run web:build` script yet)', stop: async () => {} };
  }
  const server = await startWebServer({ port, apiUrl });
  return { line: `${server.url}   (same headers as CloudFront; /api/* → the API)`, stop: server.stop };
}
