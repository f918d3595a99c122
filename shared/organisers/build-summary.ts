import type { EventDefinition } from '../events/event-definition';
import { computeSummary } from './compute-summary';
import type { OrganiserSummaryFigures } from './summary-figures';
import { readSummarySources } from './summary-sources';
import { readWatermark, type SummaryWatermark } from './summary-watermark';

export interface BuiltSummary {
  generatedAt: string;
  /** When the previous summary was sent (the "since" of every change). */
  previousAt?: string;
  figures: OrganiserSummaryFigures;
  previous?: SummaryWatermark;
}

/** Reads the watermark and the event's partitions, then computes the figures. */
export async function buildSummary(event: EventDefinition, now = new Date()): Promise<BuiltSummary> {
  const previous = await readWatermark(event.id);
  const sources = await readSummarySources(event.id);
  return {
    generatedAt: now.toISOString(),
    ...(previous ? { previousAt: previous.generatedAt, previous } : {}),
    figures: computeSummary(event, sources, previous, now),
  };
}
