import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize } from 'node:path';

const types: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

export interface WebServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Test support only: serves a built web/dist the way production does (files, index.html for every
 * other path) and proxies `/api/*` to the API with the prefix stripped, as CloudFront does.
 */
export async function startWebServer(distDir: string, apiUrl: string): Promise<WebServer> {
  const api = new URL(apiUrl);
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (url.pathname.startsWith('/api/')) {
      const upstream = httpRequest(
        { host: api.hostname, port: api.port, method: req.method, path: url.pathname.slice(4) + url.search, headers: { ...req.headers, host: api.host } },
        (answer) => {
          res.writeHead(answer.statusCode ?? 502, answer.headers);
          answer.pipe(res);
        },
      );
      upstream.on('error', () => res.writeHead(502).end());
      req.pipe(upstream);
      return;
    }
    const file = normalize(join(distDir, url.pathname));
    const isFile = file.startsWith(distDir) && existsSync(file) && statSync(file).isFile();
    const served = isFile ? file : join(distDir, 'index.html');
    res.writeHead(200, { 'content-type': types[extname(served)] ?? 'application/octet-stream' });
    createReadStream(served).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
