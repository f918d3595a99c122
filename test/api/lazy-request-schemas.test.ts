import { spawnSync } from 'node:child_process';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * A route's request schemas (params, query, headers, body) are built on its first request, not when
 * its module loads: a cold start then constructs none of them, and the routes of a module that the
 * cold start does not serve never build theirs (docs/deployment.md, "Schemas by what a cold start
 * needs"). Counted in a fresh Node process with zod's constructor hook (`postProcessor`, which zod
 * calls once per schema or check it constructs), so that nothing else of the suite has built them.
 */
const countConstructions = `
let constructed = 0;
globalThis.__zod_globalConfig = { postProcessor: () => { constructed += 1; } };
const { routes } = await import(process.argv[1]);
const parts = ['params', 'query', 'headers', 'body'];
// Routes share schemas (EventPathParams…): each function is called first where the table first names it.
const seen = new Set();
const firstNamed = (route, part) => route.request[part] !== undefined && !seen.has(route.request[part]) && seen.add(route.request[part]);
const report = routes.flatMap((route) => parts.filter((part) => firstNamed(route, part)).map((part) => {
  const before = constructed;
  const first = route.request[part]();
  const builtByFirstCall = constructed - before;
  const second = route.request[part]();
  return { schema: route.operationId + '.' + part, builtByFirstCall, builtBySecondCall: constructed - before - builtByFirstCall, sameObject: first === second };
}));
console.log(JSON.stringify(report));
`;

interface SchemaReport {
  schema: string;
  builtByFirstCall: number;
  builtBySecondCall: number;
  sameObject: boolean;
}

let report: SchemaReport[];

beforeAll(() => {
  const routeTable = new URL('../../shared/api/routes/index.ts', import.meta.url).href;
  const result = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', countConstructions, routeTable], { encoding: 'utf8', timeout: 60_000 });
  expect(result.status, result.stderr).toBe(0);
  report = JSON.parse(result.stdout.trim().split('\n').at(-1)!) as SchemaReport[];
}, 90_000);

describe('request schemas behind a function', () => {
  it('covers the request schemas of the route table', () => {
    expect(report.length).toBeGreaterThan(30);
    expect(report.map(({ schema }) => schema)).toEqual(expect.arrayContaining(['createRegistration.body', 'createRegistration.headers', 'getEvent.params', 'listParticipants.query']));
  });

  it('builds each on its first call, not when the route table loads', () => {
    expect(report.filter(({ builtByFirstCall }) => builtByFirstCall === 0).map(({ schema }) => schema)).toEqual([]);
  });

  it('keeps what it built: a later request of the route builds nothing and validates against the same object', () => {
    expect(report.filter(({ builtBySecondCall, sameObject }) => builtBySecondCall > 0 || !sameObject).map(({ schema }) => schema)).toEqual([]);
  });
});
