/** The benchmark's figures as a small two-column table (stdout, and section 8 of `npm run bench`). */
import type { SchedulePublishFigures } from '../schedule-publish';

const loads = (values: readonly number[]) => values.map((value) => value.toFixed(2)).join(' ');

export function figureLines(figures: SchedulePublishFigures): string[] {
  const { preview, publish, mail } = figures;
  const rows: [string, string][] = [
    ['data', `${figures.participants} participants, ${figures.meetings} accepted meetings (busiest participant ${figures.busiestParticipant}), ${figures.slots} slots × ${figures.tablesPerSlot} tables`],
    ['set-up (untimed)', `${figures.setupSeconds} s`],
    ['preview POST', `${preview.wallMs} ms wall; solver ${preview.solverElapsedMs} ms (${preview.solverIterations} iterations, stopped by ${preview.stoppedBy}); ${preview.responseKB} KB`],
    ['preview result', `${preview.planned} planned, ${preview.unplaced} unplaced; breaks ${preview.breaks}, idle slots ${preview.idleSlots}, worst participant ${preview.maxBreaksPerParticipant} breaks`],
    ['publish', `${publish.wallSeconds} s wall (run records ${publish.recordedSeconds} s, of which booking ${publish.bookingSeconds ?? '?'} s): ${publish.meetingsPerSecond} meetings/s`],
    ['publish outcome', `${publish.placed} placed, ${publish.conflicts} conflicts, ${publish.participantsNotified} participants notified`],
    ['publish CPU', `Node ${publish.cpuSecondsNode} s, DynamoDB Local ${publish.cpuSecondsDynamoDbLocal} s; ${publish.polls} GETs, median ${publish.pollMedianMs} ms`],
    ['agenda emails', `${mail.agendaEmails} sent; all sent ${mail.secondsAfterPublished} s after published, ${mail.secondsFromPublish} s after POST publish`],
    ['checks', figures.checks.map((check) => `${check.ok ? 'ok' : 'FAILED'} ${check.name} (${check.detail})`).join('\n  ')],
    ['load average', `start ${loads(figures.loadAverage.start)}, end ${loads(figures.loadAverage.end)}`],
    ['total', `${figures.totalSeconds} s`],
  ];
  const width = Math.max(...rows.map(([name]) => name.length));
  return rows.map(([name, value]) => `${name.padEnd(width)}  ${value.replaceAll('\n', `\n${' '.repeat(width)}`)}`);
}

export function printFigures(figures: SchedulePublishFigures): void {
  console.log(['', 'Schedule all: preview and publish', ...figureLines(figures)].join('\n'));
}
