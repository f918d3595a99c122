import { spawnSync } from 'node:child_process';
import { createReadStream, existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { apiPathPrefix, isAppRoute, webSecurityHeaders } from '../shared/web/security-headers';
import { repositoryRoot } from './load-handler';

/**
 * The web app as CloudFront serves it, on this machine: `web/dist` with the same security headers
 * (shared/web/security-headers.ts), extensionless paths answered with index.html, and `/api/*`
 * passed to the local API with the prefix removed (CloudFront's viewer function does the same).
 */
export interface WebServerOptions {
  port: number;
  /** Base URL of the local API, e.g. http://127.0.0.1:3000. */
  apiUrl: string;
  /** The built app; `web/dist` by default. */
  distDirectory?: string;
}

export interface WebServer {
  url: string;
  stop(): Promise<void>;
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  // The door scanner's fallback QR decoder: browsers compile it while it streams only with this type.
  '.wasm': 'application/wasm',
  '.webmanifest': 'application/manifest+json',
  '.txt': 'text/plain; charset=utf-8',
};

export const defaultDistDirectory = path.join(repositoryRoot, 'web/dist');

export async function startWebServer(options: WebServerOptions): Promise<WebServer> {
  const root = options.distDirectory ?? defaultDistDirectory;
  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === apiPathPrefix || url.pathname.startsWith(`${apiPathPrefix}/`)) {
      proxyToApi(request, response, options.apiUrl, url);
      return;
    }
    serveFile(root, url.pathname, request.method ?? 'GET', response);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, '127.0.0.1', resolve);
  });
  const { port } = server.address() as { port: number };
  return {
    url: `http://localhost:${port}`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function serveFile(root: string, pathname: string, method: string, response: http.ServerResponse): void {
  if (method !== 'GET' && method !== 'HEAD') {
    response.writeHead(405, { ...webSecurityHeaders, Allow: 'GET, HEAD' }).end();
    return;
  }
  const relative = isAppRoute(pathname) ? 'index.html' : decodeURIComponent(pathname);
  const file = path.join(root, path.normalize(`/${relative}`));
  if (!file.startsWith(root) || !existsSync(file) || !statSync(file).isFile()) {
    response.writeHead(404, { ...webSecurityHeaders, 'Content-Type': 'text/plain; charset=utf-8' }).end('Not found\n');
    return;
  }
  response.writeHead(200, {
    ...webSecurityHeaders,
    'Content-Type': contentTypes[path.extname(file)] ?? 'application/octet-stream',
    'Cache-Control': relative.startsWith('/assets/') ? 'public, max-age=31536000, immutable' : 'no-cache',
  });
  if (method === 'HEAD') response.end();
  else createReadStream(file).pipe(response);
}

function proxyToApi(request: http.IncomingMessage, response: http.ServerResponse, apiUrl: string, url: URL): void {
  const target = new URL(apiUrl);
  const upstream = http.request(
    {
      hostname: target.hostname,
      port: target.port,
      method: request.method,
      path: `${url.pathname.slice(apiPathPrefix.length) || '/'}${url.search}`,
      headers: { ...request.headers, host: target.host },
    },
    (answer) => {
      response.writeHead(answer.statusCode ?? 502, { ...answer.headers, ...webSecurityHeaders });
      answer.pipe(response);
    },
  );
  upstream.on('error', (error) => {
    response.writeHead(502, { ...webSecurityHeaders, 'Content-Type': 'application/problem+json' });
    response.end(JSON.stringify({ type: 'about:blank', title: 'Bad Gateway', status: 502, detail: `local API: ${error.message}` }));
  });
  request.pipe(upstream);
}

/** Newest modification time under a folder (node_modules and dist left out). */
function newestChange(directory: string): number {
  let newest = 0;
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    if (entry.name === 'node_modules' || entry.name === 'dist') continue;
    const full = path.join(directory, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestChange(full) : statSync(full).mtimeMs);
  }
  return newest;
}

export type WebBuildState = 'no-app' | 'fresh' | 'built' | 'no-build-script';

/**
 * Builds the web app with `npm run web:build` when web/dist is missing or older than a source
 * file; says so and serves nothing when the repository has no web app or build script.
 */
export function ensureWebBuild(webDirectory = path.join(repositoryRoot, 'web')): WebBuildState {
  if (!existsSync(webDirectory)) return 'no-app';
  const index = path.join(webDirectory, 'dist/index.html');
  if (existsSync(index) && statSync(index).mtimeMs >= newestChange(webDirectory)) return 'fresh';
  const scripts = (JSON.parse(readFileSync(path.join(repositoryRoot, 'package.json'), 'utf8')) as { scripts?: Record<string, string> }).scripts;
  if (scripts?.['web:build'] === undefined) return existsSync(index) ? 'fresh' : 'no-build-script';
  console.log('Building the web app (npm run web:build)…');
  const result = spawnSync('npm', ['run', 'web:build'], { cwd: repositoryRoot, stdio: 'inherit' });
  if (result.status !== 0) throw new Error('npm run web:build failed: see its output above');
  return 'built';
}
