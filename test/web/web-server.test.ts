import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import http from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freePort } from '../../local/ports';
import { startWebServer, type WebServer } from '../../local/web-server';
import { contentSecurityPolicy } from '../../shared/web/security-headers';

/** `npm start`'s web server: a built app in a temporary folder, and a stub API that echoes what it receives. */
let web: WebServer;
let api: http.Server;

beforeAll(async () => {
  const dist = mkdtempSync(join(tmpdir(), 'rendezvous-web-'));
  mkdirSync(join(dist, 'assets'));
  writeFileSync(join(dist, 'index.html'), '<!doctype html><title>app</title><script type="module" src="/assets/app-1a2b.js"></script>');
  writeFileSync(join(dist, 'assets/app-1a2b.js'), 'console.log(1)');
  api = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      response.writeHead(404, { 'content-type': 'application/problem+json' });
      response.end(JSON.stringify({ method: request.method, url: request.url, headers: request.headers, body }));
    });
  });
  await new Promise<void>((resolve) => api.listen(0, '127.0.0.1', resolve));
  const apiUrl = `http://127.0.0.1:${(api.address() as { port: number }).port}`;
  web = await startWebServer({ port: await freePort(), apiUrl, distDirectory: dist });
});

afterAll(async () => {
  await web.stop();
  await new Promise((resolve) => api.close(resolve));
});

describe('local web server', () => {
  it('serves the app with the CloudFront security headers', async () => {
    const response = await fetch(`${web.url}/`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-security-policy')).toBe(contentSecurityPolicy);
    expect(response.headers.get('content-security-policy')).not.toContain('unsafe-inline');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    expect(await response.text()).toContain('<title>app</title>');
  });

  it('answers pages of the app with index.html, files by name, missing files 404', async () => {
    const page = await fetch(`${web.url}/ar/registrations/01H/manage?token=x`);
    expect(page.status).toBe(200);
    expect(page.headers.get('content-type')).toContain('text/html');
    expect(await page.text()).toContain('<title>app</title>');
    const script = await fetch(`${web.url}/assets/app-1a2b.js`);
    expect(script.headers.get('content-type')).toContain('text/javascript');
    expect(script.headers.get('cache-control')).toContain('immutable');
    expect((await fetch(`${web.url}/assets/missing.js`)).status).toBe(404);
    expect((await fetch(`${web.url}/..%2f..%2fetc%2fpasswd.txt`)).status).toBe(404);
  });

  it('passes /api/* to the API without the prefix, with method, headers, query and body, and keeps its status', async () => {
    const response = await fetch(`${web.url}/api/events/techdays/registrations?x=1`, {
      method: 'POST',
      headers: { authorization: 'Bearer t0ken', 'idempotency-key': 'k-1', 'content-type': 'application/json' },
      body: '{"a":1}',
    });
    expect(response.status).toBe(404);
    expect(response.headers.get('content-type')).toBe('application/problem+json');
    const echoed = (await response.json()) as { method: string; url: string; headers: Record<string, string>; body: string };
    expect(echoed).toMatchObject({ method: 'POST', url: '/events/techdays/registrations?x=1', body: '{"a":1}' });
    expect(echoed.headers).toMatchObject({ authorization: 'Bearer t0ken', 'idempotency-key': 'k-1', 'content-type': 'application/json' });
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });
});
