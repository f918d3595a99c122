import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { safeValidate } from '../validation';
import { EventDefinition } from './event-definition';

/** Reads and validates every `<id>.json` in `directory` (the repository's `data/events`). */
export function readEventFiles(directory: string): EventDefinition[] {
  return readdirSync(directory)
    .filter((file) => file.endsWith('.json'))
    .sort()
    .map((file) => {
      const result = safeValidate(EventDefinition, JSON.parse(readFileSync(path.join(directory, file), 'utf8')));
      if (!result.success) {
        const problems = result.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n');
        throw new Error(`${file} is not a valid event definition:\n${problems}`);
      }
      if (`${result.data.id}.json` !== file) throw new Error(`${file} holds event ${result.data.id}; name the file after the id`);
      return result.data;
    });
}
