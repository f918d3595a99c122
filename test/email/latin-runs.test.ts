import { describe, expect, it } from 'vitest';
import { latinRunsIsolated, latinRunsIsolatedPlain } from '../../shared/email/latin-runs';

const LRI = '\u2066';
const PDI = '\u2069';

describe('Latin runs in right-to-left text', () => {
  it('isolates the brand of the Arabic event name left to right, "#" kept in front', () => {
    expect(latinRunsIsolatedPlain('#TechDays THE NEXT SOCIETY المغرب')).toBe(`${LRI}#TechDays THE NEXT SOCIETY${PDI} المغرب`);
  });

  it('isolates each run between Arabic words, and leaves Arabic-only text as it is', () => {
    expect(latinRunsIsolatedPlain('ملف .ics للتقويم')).toBe(`ملف ${LRI}.ics${PDI} للتقويم`);
    expect(latinRunsIsolatedPlain('المغرب')).toBe('المغرب');
  });

  it('gives the emails the same runs as <bdi dir="ltr">, escaped, with the same plain text', () => {
    const isolated = latinRunsIsolated('#TechDays <b> المغرب');
    expect(isolated.plain).toBe(latinRunsIsolatedPlain('#TechDays <b> المغرب'));
    expect(isolated.html.toString()).toBe('<bdi dir="ltr">#TechDays &lt;b</bdi>&gt; المغرب');
  });
});
