/**
 * EventBridge Scheduler's cron expressions, `cron(minutes hours day-of-month month day-of-week year)`: what
 * an event's `summarySchedules` hold. Checked when the event is saved, because the schedules are made at
 * the next deploy, where an expression Scheduler refuses fails the whole stack's update (and one that
 * never matches would silently send nothing).
 * https://docs.aws.amazon.com/scheduler/latest/UserGuide/schedule-types.html#cron-based
 */

interface CronField {
  name: string;
  min: number;
  max: number;
  /** Names Scheduler takes for the values (JAN…DEC, SUN…SAT), in value order from `min`. */
  names?: readonly string[];
  /** What the field accepts beyond values, ranges, lists and steps (`?`, `L`, `W`, `#`). */
  special?: RegExp;
}

const fields: readonly CronField[] = [
  { name: 'minutes', min: 0, max: 59 },
  { name: 'hours', min: 0, max: 23 },
  { name: 'day-of-month', min: 1, max: 31, special: /^(\?|L|LW|([1-9]|[12]\d|3[01])W)$/ },
  { name: 'month', min: 1, max: 12, names: ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'] },
  { name: 'day-of-week', min: 1, max: 7, names: ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'], special: /^(\?|L|[1-7]L|[1-7]#[1-5])$/ },
  { name: 'year', min: 1970, max: 2199 },
];

function valueOf(field: CronField, text: string): number | undefined {
  const named = field.names?.indexOf(text.toUpperCase()) ?? -1;
  if (named >= 0) return field.min + named;
  if (!/^\d+$/.test(text)) return undefined;
  const value = Number(text);
  return value >= field.min && value <= field.max ? value : undefined;
}

/** One comma-separated part: `*`, a value, `a-b`, each optionally `/step`. */
function partIsValid(field: CronField, part: string): boolean {
  const [range = '', step, ...rest] = part.split('/');
  if (rest.length > 0 || (step !== undefined && !/^[1-9]\d*$/.test(step))) return false;
  if (range === '*') return true;
  const [from = '', to, ...more] = range.split('-');
  if (more.length > 0) return false;
  const start = valueOf(field, from);
  if (start === undefined) return false;
  if (to === undefined) return true;
  const end = valueOf(field, to);
  return end !== undefined && start <= end;
}

function fieldProblem(field: CronField, text: string): string | undefined {
  if (field.special?.test(text.toUpperCase())) return undefined;
  if (text.split(',').every((part) => partIsValid(field, part))) return undefined;
  const names = field.names ? ` or ${field.names[0]}–${field.names.at(-1)}` : '';
  return `${field.name} "${text}" must be values ${field.min}–${field.max}${names}, combined with , - * /`;
}

/** Why Scheduler would refuse `expression`, or undefined when it is a valid cron expression. */
export function schedulerCronProblem(expression: string): string | undefined {
  const body = /^cron\((.*)\)$/.exec(expression)?.[1];
  if (body === undefined) return 'must be cron(minutes hours day-of-month month day-of-week year)';
  const parts = body.trim().split(/\s+/);
  if (parts.length !== fields.length) return `must have 6 fields (minutes hours day-of-month month day-of-week year), not ${parts.length}`;
  const problems = fields.flatMap((field, index) => fieldProblem(field, parts[index]!) ?? []);
  if (problems.length > 0) return problems.join('; ');
  const [dayOfMonth, dayOfWeek] = [parts[2], parts[4]];
  if ((dayOfMonth === '?') === (dayOfWeek === '?')) return 'exactly one of day-of-month and day-of-week must be ?';
  return undefined;
}
