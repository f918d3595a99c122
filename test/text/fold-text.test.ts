import { describe, expect, it } from 'vitest';
import { foldText } from '../../shared/text/fold-text';

describe('foldText, as every search compares text', () => {
  it('ignores case, accents and Arabic vowel signs', () => {
    expect(foldText('MÜLLER Élodie')).toBe('muller elodie');
    expect(foldText('مُحمّد')).toBe(foldText('محمد'));
  });

  // The web audit: at the door, "ساره" did not find "سارة".
  it('makes the Arabic spellings of one name the same: ة/ه, ى/ي, hamza forms, Persian yeh and keheh, tatweel', () => {
    for (const [typed, registered] of [
      ['ساره', 'سارة'],
      ['مصطفي', 'مصطفى'],
      ['احمد', 'أحمد'],
      ['اسلام', 'إسلام'],
      ['امنه', 'آمنة'],
      ['علي', 'علی'],
      ['كريم', 'کریم'],
      ['محمد', 'محـــمد'],
    ] as const) expect(foldText(typed), `${typed} / ${registered}`).toBe(foldText(registered));
    // Different letters stay different.
    expect(foldText('سارة')).not.toBe(foldText('سارا'));
  });
});
