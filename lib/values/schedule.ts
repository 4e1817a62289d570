import { BlueprintError, checkInteger, propError, show } from './_errors';
import { assertProps, checkProps } from './_prop-check';

const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];
const MACROS = ['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly'];

interface Field { readonly name: string; readonly min: number; readonly max: number; readonly names?: string[]; readonly nameBase?: number }
const FIELDS: Field[] = [
  { name: 'minute', min: 0, max: 59 },
  { name: 'hour', min: 0, max: 23 },
  { name: 'day of month', min: 1, max: 31 },
  { name: 'month', min: 1, max: 12, names: MONTHS, nameBase: 1 },
  { name: 'day of week', min: 0, max: 6, names: DAYS, nameBase: 0 },
];

/** Days of the week for `Schedule.weekly()`. */
export type Weekday = 'sunday' | 'monday' | 'tuesday' | 'wednesday' | 'thursday' | 'friday' | 'saturday';
const WEEKDAYS: Weekday[] = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** A time of day, in the schedule's time zone. */
export interface TimeOfDay {
  /** @default 0 */
  readonly hour?: number;
  /** @default 0 */
  readonly minute?: number;
}

/** Options every schedule takes. */
export interface ScheduleOptions {
  /**
   * IANA time zone the schedule is read in (CronJob `timeZone`, GA since Kubernetes 1.27).
   * @default 'Etc/UTC'
   */
  readonly timeZone?: string;
}

/**
 * When something runs: a validated five-field cron expression and a time zone.
 *
 * @example Schedule.daily({ hour: 2, minute: 30 }, { timeZone: 'Europe/Berlin' })
 * @see https://kubernetes.io/docs/concepts/workloads/controllers/cron-jobs/#schedule-syntax
 */
export class Schedule {
  /** A cron expression: five fields (minute hour day-of-month month day-of-week) or a macro such as '@daily'. */
  public static cron(expression: string, options: ScheduleOptions = {}): Schedule {
    assertProps('ScheduleOptions', options, 'schedule');
    validateCron(expression);
    return new Schedule(expression.trim().replace(/\s+/g, ' '), options);
  }

  /** Every hour at `minute`. */
  public static hourly(minute = 0, options: ScheduleOptions = {}): Schedule {
    assertProps('ScheduleOptions', options, 'schedule');
    checkInteger('schedule.minute', minute, 0, 59);
    return new Schedule(`${minute} * * * *`, options);
  }

  /** Every day at a time. */
  public static daily(at: TimeOfDay = {}, options: ScheduleOptions = {}): Schedule {
    assertTimes(at, options);
    const [h, m] = time(at);
    return new Schedule(`${m} ${h} * * *`, options);
  }

  /** Every week on a day, at a time. */
  public static weekly(day: Weekday = 'sunday', at: TimeOfDay = {}, options: ScheduleOptions = {}): Schedule {
    assertTimes(at, options);
    const index = WEEKDAYS.indexOf(day);
    if (index < 0) throw propError('schedule.day', day, `must be one of ${WEEKDAYS.join(', ')}`);
    const [h, m] = time(at);
    return new Schedule(`${m} ${h} * * ${index}`, options);
  }

  /** Every month on a day (1–28, so that every month has it), at a time. */
  public static monthly(dayOfMonth = 1, at: TimeOfDay = {}, options: ScheduleOptions = {}): Schedule {
    assertTimes(at, options);
    checkInteger('schedule.dayOfMonth', dayOfMonth, 1, 28);
    const [h, m] = time(at);
    return new Schedule(`${m} ${h} ${dayOfMonth} * *`, options);
  }

  public readonly timeZone: string;

  private constructor(public readonly expression: string, options: ScheduleOptions) {
    this.timeZone = options.timeZone ?? 'Etc/UTC';
    checkTimeZone(this.timeZone);
  }

  /** The same expression with a seconds field first, for engines that want six fields (CloudNativePG). */
  public toSixFields(): string {
    if (this.expression.startsWith('@')) return this.expression;
    return `0 ${this.expression}`;
  }
}

/** Checks a time of day and the schedule options as objects (unknown keys, wrong types), every problem at once. */
function assertTimes(at: TimeOfDay, options: ScheduleOptions): void {
  const problems = [...checkProps('TimeOfDay', at, 'schedule'), ...checkProps('ScheduleOptions', options, 'schedule')];
  if (problems.length > 0) throw new BlueprintError(problems.map((p) => p.message).join('; '));
}

function time(at: TimeOfDay): [number, number] {
  const hour = at.hour ?? 0;
  const minute = at.minute ?? 0;
  checkInteger('schedule.hour', hour, 0, 23);
  checkInteger('schedule.minute', minute, 0, 59);
  return [hour, minute];
}

/** ICU's canonical zone names (a list is a millisecond; the first `Intl.DateTimeFormat` loads ICU's locale data, 20 ms). */
let canonicalZones: ReadonlySet<string> | undefined;

function checkTimeZone(tz: string): void {
  canonicalZones ??= new Set(['Etc/UTC', 'UTC', ...Intl.supportedValuesOf('timeZone')]);
  if (canonicalZones.has(tz)) return;
  // An alias ('Asia/Kolkata', 'US/Eastern') or a mistake. Intl ignores case; the API server's time.LoadLocation
  // does not: 'europe/berlin' must fail here too.
  let known = /^[A-Z][A-Za-z0-9_+-]*(\/[A-Z0-9][A-Za-z0-9_+-]*)*$/.test(tz);
  try {
    const resolved = new Intl.DateTimeFormat('en-US', { timeZone: tz }).resolvedOptions().timeZone;
    if (resolved !== tz && resolved.toLowerCase() === tz.toLowerCase()) known = false;
  } catch {
    known = false;
  }
  if (!known) throw propError('schedule.timeZone', tz, 'is not an IANA time zone name (e.g. \'Etc/UTC\', \'Europe/Berlin\')');
}

/** Throws a BlueprintError naming the field and the rule when `expression` is not a valid Kubernetes cron schedule. */
export function validateCron(expression: string): void {
  const expr = expression.trim();
  const fail = (why: string) => new BlueprintError(`'schedule' (${show(expression)}) ${why}`);
  if (expr === '') throw fail('must not be empty');
  if (/^(CRON_)?TZ=/.test(expr)) throw fail('must not set a time zone inline (not allowed since Kubernetes 1.27): use the \'timeZone\' option');
  if (expr.startsWith('@')) {
    if (!MACROS.includes(expr)) throw fail(`is not a known macro: use one of ${MACROS.join(', ')}`);
    return;
  }
  const parts = expr.split(/\s+/);
  if (parts.length !== 5) throw fail(`must have 5 fields (minute hour day-of-month month day-of-week), got ${parts.length}`);
  parts.forEach((part, i) => checkField(part, FIELDS[i], fail));
}

function checkField(text: string, field: Field, fail: (why: string) => BlueprintError): void {
  for (const item of text.split(',')) {
    const [range, step, extra] = item.split('/');
    if (extra !== undefined || range === '') throw fail(`has an invalid ${field.name} field '${text}'`);
    if (step !== undefined && (!/^\d+$/.test(step) || Number(step) < 1)) {
      throw fail(`has an invalid step '/${step}' in the ${field.name} field: must be a whole number >= 1`);
    }
    if (range === '*' || (range === '?' && (field.name === 'day of month' || field.name === 'day of week'))) continue;
    const bounds = range.split('-');
    if (bounds.length > 2) throw fail(`has an invalid range '${range}' in the ${field.name} field`);
    const values = bounds.map((b) => value(b, field, fail));
    if (values.length === 2 && values[0] > values[1]) {
      throw fail(`has a backwards range '${range}' in the ${field.name} field`);
    }
  }
}

function value(text: string, field: Field, fail: (why: string) => BlueprintError): number {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n < field.min || n > field.max) throw fail(`has ${field.name} ${n} outside ${field.min}-${field.max}`);
    return n;
  }
  const index = field.names?.indexOf(text.toUpperCase()) ?? -1;
  if (index < 0) throw fail(`has an invalid ${field.name} value '${text}'`);
  return index + (field.nameBase ?? 0);
}
