import { describe, expect, it } from 'vitest';
import { latestCopies } from '../../web/src/console/latest-copies';

/** Pages read from a list ordered by status while the mailer changes statuses between two reads. */
describe('latestCopies', () => {
  const key = (email: { id: string }) => email.id;

  it('keeps an email that changed group between two pages once, at its fresher status and place', () => {
    const firstPage = [{ id: 'a', status: 'pending' }, { id: 'b', status: 'pending' }];
    const secondPage = [{ id: 'c', status: 'pending' }, { id: 'a', status: 'sent' }];
    expect(latestCopies([...firstPage, ...secondPage], key)).toEqual([{ id: 'b', status: 'pending' }, { id: 'c', status: 'pending' }, { id: 'a', status: 'sent' }]);
  });

  it('changes nothing when every item comes once', () => {
    const items = [{ id: 'a' }, { id: 'b' }, { id: 'c' }];
    expect(latestCopies(items, key)).toEqual(items);
  });
});
