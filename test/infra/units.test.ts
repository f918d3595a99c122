import { describe, expect, it } from 'vitest';
import { deploymentUnits, unitsOf } from '../../functions/units/index';
import { routes } from '../../shared/api/routes/index';
import { routeKey, unitHandler } from '../../functions/units/unit-handler';
import { handlerExists } from '../../infra/paths';

describe('deployment units (functions/units/index.ts)', () => {
  it('serves every route of the route table from exactly one unit', () => {
    const grouped = unitsOf(routes);
    expect([...grouped.values()].flat().map((route) => route.operationId).sort()).toEqual(routes.map((route) => route.operationId).sort());
  });

  it('lists no route the route table does not have (a renamed path or method cannot linger)', () => {
    const known = new Set(routes.map((route) => routeKey(route.method, route.path)));
    for (const unit of deploymentUnits) for (const key of Object.keys(unit.routes)) expect(known.has(key), `${unit.id}: ${key}`).toBe(true);
  });

  it('refuses a route no unit serves, so a new route cannot be forgotten', () => {
    const forgotten = { ...routes[0]!, operationId: 'forgotten', path: '/forgotten' };
    expect(() => unitsOf([...routes, forgotten])).toThrow(/forgotten \(GET \/forgotten\) must be served by exactly one unit/);
  });

  it('sends unknown paths and methods to exactly one unit (the events unit); any other unit refuses a route it does not serve', async () => {
    expect(deploymentUnits.filter((unit) => unit.catchAll).map((unit) => unit.id)).toEqual(['events']);
    const withoutFallback = unitHandler({});
    await expect(withoutFallback({ httpMethod: 'GET', resource: '/{proxy+}' } as never, {} as never)).rejects.toThrow('This function does not serve GET /{proxy+}');
  });

  it('has an entry file per unit', () => {
    for (const unit of deploymentUnits) expect(handlerExists(unit.entry), unit.entry).toBe(true);
  });
});
