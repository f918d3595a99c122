/** Part 8: "Schedule all" preview and publish through the local API (schedule-publish.ts), in a child process (child-part.ts says why). */
import { runPartInChild } from './child-part';
import type { SchedulePublishFigures } from './schedule-publish';

export type SchedulePublishResults = SchedulePublishFigures | { skipped: string };

export async function schedulePublishPart(): Promise<SchedulePublishResults> {
  const outcome = await runPartInChild<SchedulePublishFigures>('./schedule-publish', 'measureSchedulePublish', 'run it on its own with `npx tsx bench/schedule-publish.ts`');
  return 'skipped' in outcome ? outcome : outcome.result;
}
