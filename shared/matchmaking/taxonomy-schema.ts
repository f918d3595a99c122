import * as z from 'zod/mini';
import type { MatchmakingSettings } from './taxonomy';

// Own label shape rather than event-definition's: that file imports this one (no import cycle).
const Label = z.string().check(z.minLength(1));
const Labels = z.strictObject({ fr: Label, en: Label, ar: Label });
const Keywords = z.array(Label);

/** One tag of the taxonomy, as organisers write it in the event settings. */
const MatchTagSchema = z.strictObject({
  id: z.string().check(z.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lower-case words joined by hyphens')),
  kind: z.enum(['topic', 'cooperation']),
  sectorId: z.optional(z.string()),
  labels: Labels,
  keywords: z.optional(z.strictObject({ fr: z.optional(Keywords), en: z.optional(Keywords), ar: z.optional(Keywords) })),
});

/** The event's matchmaking settings (taxonomy and pairing purpose); see docs/matchmaking.md. */
export const MatchmakingSettingsSchema = z.strictObject({
  pairing: z.enum(['eu-mena', 'none']),
  tags: z.array(MatchTagSchema).check(z.maxLength(500)),
  /** When the "people you should meet" digest goes out, once, to participants who asked for it (docs/matchmaking.md, "Digest"); absent: only when organisers send it. */
  digestAt: z.optional(z.iso.datetime({ offset: true, message: 'must be a date-time with its offset, e.g. 2019-04-05T09:00:00+01:00' })),
});

// The parsed settings are what the scoring reads: a compile error here means the two drifted apart.
export const parsedSettingsFitScoring = (parsed: z.infer<typeof MatchmakingSettingsSchema>): MatchmakingSettings => parsed;
