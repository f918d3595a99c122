import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeNamedTransaction, writeNamedTransactionRetryingConflicts, type TransactionItem } from '../../shared/storage/transactions';
import { startTestApp, type TestApp } from '../support/test-app';
import { testEvent } from '../support/test-event';

/** Refusals are read by item name (issue 18): empty or multi-item groups before an item cannot shift what a refusal means. */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp([testEvent()]);
});
afterAll(() => app?.stop());

const put = (pk: string, onlyIfNew: boolean): TransactionItem => ({
  Put: { TableName: app.tableNames.registrations, Item: { pk, sk: 'NAMED-TEST' }, ...(onlyIfNew ? { ConditionExpression: 'attribute_not_exists(pk)' } : {}) },
});

describe('named transactions', () => {
  it('report the refused item by its name, after empty and multi-item groups', async () => {
    const taken = `TAKEN#${Date.now()}`;
    expect((await writeNamedTransaction({ guard: put(taken, true) })).committed).toBe(true);
    const outcome = await writeNamedTransaction({
      nothing: [],
      several: [put(`A#${Date.now()}`, true), put(`B#${Date.now()}`, true)],
      dashboard: [],
      guard: put(taken, true),
    });
    expect(outcome.committed).toBe(false);
    expect(outcome.refused('guard')).toBe(true);
    expect(outcome.refused('several')).toBe(false);
    expect(outcome.refused('nothing')).toBe(false);
    expect(outcome.conflicted).toBe(false);
    expect(outcome.reasons).toEqual(['None', 'None', 'ConditionalCheckFailed']);
  });

  it('are not retried when refused (only a lost race is written again)', async () => {
    const taken = `TAKEN2#${Date.now()}`;
    await writeNamedTransaction({ guard: put(taken, true) });
    const started = Date.now();
    const outcome = await writeNamedTransactionRetryingConflicts({ guard: put(taken, true) });
    expect(outcome.refused('guard')).toBe(true);
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
