import { describe, expect, it } from 'vitest';
import { EnvironmentError } from '../../shared/config/environment-errors';
import { parseMailerSettings } from '../../shared/confirmations/mailer-settings';

describe('mailer settings (checked without zod)', () => {
  it('defaults what is unset and reads numbers as zod coerced them', () => {
    expect(parseMailerSettings({})).toEqual({ MAIL_MAX_ATTEMPTS: 5, SES_CLIENT_MAX_ATTEMPTS: 6, MAIL_LEASE_SECONDS: 300 });
    expect(parseMailerSettings({ MAIL_MAX_ATTEMPTS: '4', SES_CLIENT_MAX_ATTEMPTS: '1.0', MAIL_LEASE_SECONDS: '6e2' })).toEqual({
      MAIL_MAX_ATTEMPTS: 4,
      SES_CLIENT_MAX_ATTEMPTS: 1,
      MAIL_LEASE_SECONDS: 600,
    });
  });

  it('names every bad variable in one sentence each, never a zod issue list', () => {
    const parse = () => parseMailerSettings({ MAIL_MAX_ATTEMPTS: '0', SES_CLIENT_MAX_ATTEMPTS: 'abc', MAIL_LEASE_SECONDS: '9.5' });
    expect(parse).toThrow(EnvironmentError);
    expect(parse).toThrow(
      'MAIL_MAX_ATTEMPTS must be a whole number from 1 to 20. SES_CLIENT_MAX_ATTEMPTS must be a whole number from 1 to 10. MAIL_LEASE_SECONDS must be a whole number of at least 10.',
    );
    expect(() => parseMailerSettings({ MAIL_MAX_ATTEMPTS: ' ' })).toThrow('MAIL_MAX_ATTEMPTS must be a whole number from 1 to 20.');
  });
});
