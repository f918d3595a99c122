import { describe, expect, it } from 'vitest';
import { readUpTo, type FilterAfterRead, type PageReader } from '../../shared/storage/query-all';

/** A partition of 20 items read like DynamoDB: `limit` items evaluated from after `startKey`, then `keep` filters them. */
function partition(keep: (id: number) => boolean): { read: PageReader<{ id: number }>; calls: (number | undefined)[] } {
  const ids = Array.from({ length: 20 }, (_, index) => index);
  const calls: (number | undefined)[] = [];
  const read: PageReader<{ id: number }> = async (limit, startKey) => {
    calls.push(limit);
    const from = startKey === undefined ? 0 : (startKey.id as number) + 1;
    const evaluated = ids.slice(from, limit === undefined ? undefined : from + limit);
    const last = evaluated.at(-1);
    return { items: evaluated.filter(keep).map((id) => ({ id })), ...(last !== undefined && last < ids.length - 1 ? { lastKey: { id: last } } : {}) };
  };
  return { read, calls };
}

/** Every page from the start, following the continuation keys. */
async function allPages(read: PageReader<{ id: number }>, limit: number, filterAfterRead?: FilterAfterRead<{ id: number }>) {
  const pages: number[][] = [];
  let key: Record<string, unknown> | undefined;
  do {
    const page = await readUpTo(read, limit, key, filterAfterRead);
    pages.push(page.items.map((item) => item.id));
    key = page.lastKey;
  } while (key);
  return pages;
}

describe('readUpTo', () => {
  it('tops a filtered page up, asking each read for no more than still needed', async () => {
    const { read, calls } = partition((id) => id % 3 === 0);
    expect(await allPages(read, 3)).toEqual([[0, 3, 6], [9, 12, 15], [18]]);
    expect(calls.slice(0, 3)).toEqual([3, 2, 1]);
  });

  it('with a filter after the read: reads whole pages, serves `limit`, and continues after the last item served', async () => {
    const { read, calls } = partition((id) => id % 2 === 0);
    const pages = await allPages(read, 3, { pageSize: 8, keyOf: (item) => ({ id: item.id }) });
    expect(pages).toEqual([[0, 2, 4], [6, 8, 10], [12, 14, 16], [18]]);
    expect(new Set(calls)).toEqual(new Set([8]));
  });
});
