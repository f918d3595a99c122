const hex4 = (value: number) => value.toString(16).toUpperCase().padStart(4, '0');

/** Text as UTF-16BE hex, as a CMap writes a destination string. */
const utf16Hex = (text: string) => Array.from({ length: text.length }, (_, index) => hex4(text.charCodeAt(index))).join('');

/**
 * The ToUnicode CMap of a font whose CID `i` reads as `texts[i]` (two-byte codes; empty texts are
 * left out), per Adobe technical note 5411. bfchar blocks hold at most 100 entries each.
 */
export function toUnicodeCMap(texts: readonly string[]): string {
  const entries = texts.flatMap((text, cid) => (text === '' ? [] : [`<${hex4(cid)}> <${utf16Hex(text)}>`]));
  const blocks: string[] = [];
  for (let start = 0; start < entries.length; start += 100) {
    const block = entries.slice(start, start + 100);
    blocks.push(`${block.length} beginbfchar\n${block.join('\n')}\nendbfchar`);
  }
  return [
    '/CIDInit /ProcSet findresource begin',
    '12 dict begin',
    'begincmap',
    '/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def',
    '/CMapName /Adobe-Identity-UCS def',
    '/CMapType 2 def',
    '1 begincodespacerange',
    '<0000> <FFFF>',
    'endcodespacerange',
    ...blocks,
    'endcmap',
    'CMapName currentdict /CMap defineresource pop',
    'end',
    'end',
  ].join('\n');
}
