import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { eventAdminPolicy, policyAllows } from '../../shared/organisers/authorizer-policy';
import { neutraliseCell, toCsv } from '../../shared/organisers/csv';

describe('CSV', () => {
  it('neutralises cells a spreadsheet would run as a formula, and only those', () => {
    for (const cell of ['=1+1', '+212522', '-2', '@SUM(A1)', '\tx', '\rx']) expect(neutraliseCell(cell)).toBe(`'${cell}`);
    for (const cell of ['Amina', 'أمينة', 'a=b', ' =x', '']) expect(neutraliseCell(cell)).toBe(cell);
  });

  it('writes UTF-8 with a BOM and CRLF, quoting commas, quotes and line breaks, and parses back', async () => {
    const rows = [{ name: 'فاطمة "الزهراء", Casablanca', note: 'two\nlines' }];
    const csv = await toCsv([{ header: 'name', value: (row: (typeof rows)[number]) => row.name }, { header: 'note', value: (row) => row.note }], rows);
    expect(csv.startsWith('\ufeffname,note\r\n')).toBe(true);
    expect(parse(csv, { bom: true, columns: true })).toEqual(rows);
  });
});

describe('organiser authorizer policy', () => {
  const methodArn = (path: string, method = 'GET') => `arn:aws:execute-api:eu-west-3:123456789012:abcdef1234/prod/${method}${path}`;

  it("allows every method on its own event's admin resources", () => {
    const policy = eventAdminPolicy(methodArn('/admin/events/techdays/registrations'), 'techdays');
    expect(policyAllows(policy, methodArn('/admin/events/techdays'))).toBe(true);
    expect(policyAllows(policy, methodArn('/admin/events/techdays/summaries', 'POST'))).toBe(true);
  });

  it('does not allow, once cached, another event (even one whose id starts the same), public routes or another stage', () => {
    const policy = eventAdminPolicy(methodArn('/admin/events/techdays/registrations'), 'techdays');
    expect(policyAllows(policy, methodArn('/admin/events/other/registrations'))).toBe(false);
    expect(policyAllows(policy, methodArn('/admin/events/techdays-2/registrations'))).toBe(false);
    expect(policyAllows(policy, methodArn('/events/techdays'))).toBe(false);
    expect(policyAllows(policy, methodArn('/admin/events/techdays').replace('/prod/', '/staging/'))).toBe(false);
  });

  it("lets a door-staff key search (GET and its HEAD) and check in, and nothing else of its event", () => {
    const policy = eventAdminPolicy(methodArn('/admin/events/techdays/check-ins'), 'techdays', 'door-staff');
    for (const method of ['GET', 'HEAD', 'POST']) expect(policyAllows(policy, methodArn('/admin/events/techdays/check-ins', method)), method).toBe(true);
    expect(policyAllows(policy, methodArn('/admin/events/techdays/check-ins', 'DELETE'))).toBe(false);
    expect(policyAllows(policy, methodArn('/admin/events/techdays/registrations'))).toBe(false);
    expect(policyAllows(policy, methodArn('/admin/events/techdays/registrations', 'HEAD'))).toBe(false);
    expect(policyAllows(policy, methodArn('/admin/events/other/check-ins', 'HEAD'))).toBe(false);
  });
});
