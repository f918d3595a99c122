import type { MatchTag } from './taxonomy';
import { wordTokens } from './text-tokens';

interface Phrase {
  words: string[];
  tagId: string;
}

/**
 * Finds the taxonomy's tags in free text, whatever language it is written in: every label and
 * keyword of every language becomes a phrase of folded words, and a text names a tag when it
 * contains one of its phrases. This is what lets an Arabic "request" meet a French "offer".
 */
export class TagFinder {
  private readonly phrasesByFirstWord = new Map<string, Phrase[]>();

  constructor(tags: readonly MatchTag[]) {
    for (const tag of tags) {
      const texts = [...Object.values(tag.labels), ...Object.values(tag.keywords ?? {}).flat()];
      for (const text of texts) this.add(wordTokens(text), tag.id);
    }
  }

  private add(words: string[], tagId: string): void {
    if (words.length === 0) return;
    const list = this.phrasesByFirstWord.get(words[0]!) ?? [];
    if (!list.some((phrase) => phrase.tagId === tagId && phrase.words.join(' ') === words.join(' '))) list.push({ words, tagId });
    this.phrasesByFirstWord.set(words[0]!, list);
  }

  /** The ids of the tags a text's words name. */
  tagsIn(words: readonly string[]): Set<string> {
    const found = new Set<string>();
    words.forEach((word, start) => {
      for (const phrase of this.phrasesByFirstWord.get(word) ?? []) {
        if (phrase.words.every((phraseWord, offset) => words[start + offset] === phraseWord)) found.add(phrase.tagId);
      }
    });
    return found;
  }
}
