import fc from 'fast-check';
import { BlueprintError } from '../../lib/values/_errors';
import { Schedule, validateCron, Weekday } from '../../lib/values/schedule';

const MACROS = '@yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly';
const TZ_RULE = "is not an IANA time zone name (e.g. 'Etc/UTC', 'Europe/Berlin')";

/** The exact message validateCron throws for `expression`. */
const cronError = (expression: string, why: string): string => `'schedule' ('${expression}') ${why}`;

describe('Schedule.daily / hourly / weekly / monthly', () => {
  test('daily({ hour: 2 }) runs at 02:00 UTC', () => {
    // GIVEN / WHEN
    const schedule = Schedule.daily({ hour: 2 });

    // THEN
    expect(schedule.expression).toEqual('0 2 * * *');
    expect(schedule.timeZone).toEqual('Etc/UTC');
  });

  test('daily() defaults to midnight, daily takes minute and a time zone', () => {
    // GIVEN / WHEN / THEN
    expect(Schedule.daily().expression).toEqual('0 0 * * *');
    const berlin = Schedule.daily({ hour: 2, minute: 30 }, { timeZone: 'Europe/Berlin' });
    expect(berlin.expression).toEqual('30 2 * * *');
    expect(berlin.timeZone).toEqual('Europe/Berlin');
  });

  test('hourly() runs at minute 0 by default, or at the given minute', () => {
    // GIVEN / WHEN / THEN
    expect(Schedule.hourly().expression).toEqual('0 * * * *');
    expect(Schedule.hourly(15).expression).toEqual('15 * * * *');
    expect(Schedule.hourly(59, { timeZone: 'America/New_York' }).timeZone).toEqual('America/New_York');
  });

  test.each([
    ['sunday', '0'], ['monday', '1'], ['tuesday', '2'], ['wednesday', '3'], ['thursday', '4'], ['friday', '5'], ['saturday', '6'],
  ] as Array<[Weekday, string]>)('weekly(%s) uses day of week %s', (day, index) => {
    // GIVEN / WHEN / THEN
    expect(Schedule.weekly(day).expression).toEqual(`0 0 * * ${index}`);
  });

  test('weekly() defaults to Sunday midnight and takes a time and a time zone', () => {
    // GIVEN / WHEN / THEN
    expect(Schedule.weekly().expression).toEqual('0 0 * * 0');
    const s = Schedule.weekly('friday', { hour: 18, minute: 30 }, { timeZone: 'Asia/Tokyo' });
    expect(s.expression).toEqual('30 18 * * 5');
    expect(s.timeZone).toEqual('Asia/Tokyo');
  });

  test('monthly() defaults to the 1st at midnight and takes a day, time and time zone', () => {
    // GIVEN / WHEN / THEN
    expect(Schedule.monthly().expression).toEqual('0 0 1 * *');
    expect(Schedule.monthly(28, { hour: 23, minute: 59 }).expression).toEqual('59 23 28 * *');
    expect(Schedule.monthly(15, {}, { timeZone: 'Europe/London' }).timeZone).toEqual('Europe/London');
  });

  test.each([
    ['hourly(60)', () => Schedule.hourly(60), "'schedule.minute' (60) must be <= 59"],
    ['hourly(-1)', () => Schedule.hourly(-1), "'schedule.minute' (-1) must be >= 0"],
    ['hourly(1.5)', () => Schedule.hourly(1.5), "'schedule.minute' (1.5) must be a whole number"],
    ['daily({ hour: 24 })', () => Schedule.daily({ hour: 24 }), "'schedule.hour' (24) must be <= 23"],
    ['daily({ hour: -1 })', () => Schedule.daily({ hour: -1 }), "'schedule.hour' (-1) must be >= 0"],
    ['daily({ hour: 1.5 })', () => Schedule.daily({ hour: 1.5 }), "'schedule.hour' (1.5) must be a whole number"],
    ['daily({ minute: 60 })', () => Schedule.daily({ minute: 60 }), "'schedule.minute' (60) must be <= 59"],
    ['daily({ hour: 24, minute: 60 })', () => Schedule.daily({ hour: 24, minute: 60 }), "'schedule.hour' (24) must be <= 23"],
    ['weekly(\'funday\')', () => Schedule.weekly('funday' as Weekday), "'schedule.day' ('funday') must be one of sunday, monday, tuesday, wednesday, thursday, friday, saturday"],
    ['weekly(\'Monday\')', () => Schedule.weekly('Monday' as Weekday), "'schedule.day' ('Monday') must be one of sunday, monday, tuesday, wednesday, thursday, friday, saturday"],
    ['weekly(\'monday\', { minute: 99 })', () => Schedule.weekly('monday', { minute: 99 }), "'schedule.minute' (99) must be <= 59"],
    ['monthly(29)', () => Schedule.monthly(29), "'schedule.dayOfMonth' (29) must be <= 28"],
    ['monthly(0)', () => Schedule.monthly(0), "'schedule.dayOfMonth' (0) must be >= 1"],
    ['monthly(1.5)', () => Schedule.monthly(1.5), "'schedule.dayOfMonth' (1.5) must be a whole number"],
    ['monthly(1, { hour: 25 })', () => Schedule.monthly(1, { hour: 25 }), "'schedule.hour' (25) must be <= 23"],
  ])('%s throws the exact message', (_call, fn, message) => {
    // GIVEN / WHEN / THEN
    expect(fn).toThrow(message);
    expect(fn).toThrow(BlueprintError);
  });
});

describe('time zones', () => {
  // canonical names, and aliases of the time zone database ICU lists under their canonical name
  test.each(['Etc/UTC', 'UTC', 'Europe/Berlin', 'America/Argentina/Buenos_Aires', 'Etc/GMT+5', 'Asia/Kolkata', 'Asia/Calcutta', 'US/Eastern'])('accepts %s', (timeZone) => {
    // GIVEN / WHEN / THEN
    expect(Schedule.daily({}, { timeZone }).timeZone).toEqual(timeZone);
  });

  test.each(['', 'Mars/Olympus', 'Local', '+01:00', 'Berlin'])('rejects %j with the exact message, for every factory', (timeZone) => {
    // GIVEN
    const message = `'schedule.timeZone' ('${timeZone}') ${TZ_RULE}`;

    // WHEN / THEN
    expect(() => Schedule.cron('0 2 * * *', { timeZone })).toThrow(message);
    expect(() => Schedule.hourly(0, { timeZone })).toThrow(message);
    expect(() => Schedule.daily({}, { timeZone })).toThrow(message);
    expect(() => Schedule.weekly('monday', {}, { timeZone })).toThrow(message);
    expect(() => Schedule.monthly(1, {}, { timeZone })).toThrow(message);
  });

  // BUG: lib/values/schedule.ts:101 checks zones with Intl, which matches case-insensitively; the API server's time.LoadLocation does not, so 'europe/berlin' passes here and fails at apply.
  it.each(['europe/berlin', 'etc/utc', 'EUROPE/BERLIN'])('rejects the miscased zone %j', (timeZone) => {
    // GIVEN / WHEN / THEN
    expect(() => Schedule.daily({}, { timeZone })).toThrow(`'schedule.timeZone' ('${timeZone}') ${TZ_RULE}`);
  });

  test('the cron expression is validated before the time zone', () => {
    // GIVEN / WHEN / THEN
    expect(() => Schedule.cron('', { timeZone: 'Mars/Olympus' })).toThrow(cronError('', 'must not be empty'));
  });
});

describe('Schedule.cron', () => {
  test('normalizes whitespace and keeps the time zone option', () => {
    // GIVEN / WHEN
    const schedule = Schedule.cron('  0   2 *\t* *  ', { timeZone: 'Europe/Berlin' });

    // THEN
    expect(schedule.expression).toEqual('0 2 * * *');
    expect(schedule.timeZone).toEqual('Europe/Berlin');
  });

  test('toSixFields() prepends a seconds field, but leaves macros alone', () => {
    // GIVEN / WHEN / THEN
    expect(Schedule.cron('*/15 9-17 * * MON-FRI').toSixFields()).toEqual('0 */15 9-17 * * MON-FRI');
    expect(Schedule.daily({ hour: 2 }).toSixFields()).toEqual('0 0 2 * * *');
    expect(Schedule.cron('@daily').toSixFields()).toEqual('@daily');
  });

  test.each(['@yearly', '@annually', '@monthly', '@weekly', '@daily', '@midnight', '@hourly', ' @daily '])('accepts the macro %j', (macro) => {
    // GIVEN / WHEN
    const schedule = Schedule.cron(macro);

    // THEN
    expect(schedule.expression).toEqual(macro.trim());
  });

  test.each([
    '* * * * *',
    '0 0 * * *',
    '59 23 31 12 6',
    '0 0 1 1 0',
    '*/15 * * * *',
    '0 */2 * * *',
    '5/15 * * * *',
    '0 9-17 * * 1-5',
    '0-30/10 8-18/2 * * *',
    '0 0 1,15 * *',
    '0,15,30,45 * * * *',
    '1-5,10-15/2,20 * * * *',
    '0 0 * JAN,JUL *',
    '0 0 * jan-jun *',
    '0 0 * Jan-Jun/2 *',
    '0 9 * * MON-FRI',
    '0 9 * * mon,wed,fri',
    '0 9 * * sun',
    '0 0 ? * SUN',
    '0 0 1 * ?',
    '0 0 ?/2 * *',
    '0 0 31 * *',
  ])('accepts %j', (expression) => {
    // GIVEN / WHEN / THEN
    expect(() => validateCron(expression)).not.toThrow();
    expect(Schedule.cron(expression).expression).toEqual(expression);
  });

  test.each([
    ['', 'must not be empty'],
    ['   ', 'must not be empty'],
    ['TZ=Europe/Berlin 0 2 * * *', "must not set a time zone inline (not allowed since Kubernetes 1.27): use the 'timeZone' option"],
    ['CRON_TZ=Etc/UTC 0 2 * * *', "must not set a time zone inline (not allowed since Kubernetes 1.27): use the 'timeZone' option"],
    ['  TZ=UTC @daily', "must not set a time zone inline (not allowed since Kubernetes 1.27): use the 'timeZone' option"],
    ['@every 5m', `is not a known macro: use one of ${MACROS}`],
    ['@reboot', `is not a known macro: use one of ${MACROS}`],
    ['@DAILY', `is not a known macro: use one of ${MACROS}`],
    ['@', `is not a known macro: use one of ${MACROS}`],
    ['* * * *', 'must have 5 fields (minute hour day-of-month month day-of-week), got 4'],
    ['0', 'must have 5 fields (minute hour day-of-month month day-of-week), got 1'],
    ['0 0 2 * * *', 'must have 5 fields (minute hour day-of-month month day-of-week), got 6'],
    ['0 0 2 * * * 2030', 'must have 5 fields (minute hour day-of-month month day-of-week), got 7'],
    ['60 * * * *', 'has minute 60 outside 0-59'],
    ['0 24 * * *', 'has hour 24 outside 0-23'],
    ['0 0 0 * *', 'has day of month 0 outside 1-31'],
    ['0 0 32 * *', 'has day of month 32 outside 1-31'],
    ['0 0 * 0 *', 'has month 0 outside 1-12'],
    ['0 0 * 13 *', 'has month 13 outside 1-12'],
    // the '0-7' in this message becomes '0-6' with the fix of the day-of-week BUG below
    ['0 0 * * 8', 'has day of week 8 outside 0-6'],
    ['0 0 1-32 * *', 'has day of month 32 outside 1-31'],
    ['0,60 * * * *', 'has minute 60 outside 0-59'],
    ['0 5-2 * * *', "has a backwards range '5-2' in the hour field"],
    ['30-10 * * * *', "has a backwards range '30-10' in the minute field"],
    ['0 0 * DEC-JAN *', "has a backwards range 'DEC-JAN' in the month field"],
    ['0 0 * * FRI-MON', "has a backwards range 'FRI-MON' in the day of week field"],
    ['*/0 * * * *', "has an invalid step '/0' in the minute field: must be a whole number >= 1"],
    ['0 */x * * *', "has an invalid step '/x' in the hour field: must be a whole number >= 1"],
    ['0 0 1/ * *', "has an invalid step '/' in the day of month field: must be a whole number >= 1"],
    ['0 0 * */-1 *', "has an invalid step '/-1' in the month field: must be a whole number >= 1"],
    ['0 0 * * */1.5', "has an invalid step '/1.5' in the day of week field: must be a whole number >= 1"],
    ['1/2/3 * * * *', "has an invalid minute field '1/2/3'"],
    [',5 * * * *', "has an invalid minute field ',5'"],
    ['0 1, * * *', "has an invalid hour field '1,'"],
    ['0 0 /5 * *', "has an invalid day of month field '/5'"],
    ['1-2-3 * * * *', "has an invalid range '1-2-3' in the minute field"],
    ['x * * * *', "has an invalid minute value 'x'"],
    ['? * * * *', "has an invalid minute value '?'"],
    ['0 ? * * *', "has an invalid hour value '?'"],
    ['0 0 * ? *', "has an invalid month value '?'"],
    ['0 0 MON * *', "has an invalid day of month value 'MON'"],
    ['0 0 * FOO *', "has an invalid month value 'FOO'"],
    ['0 0 * * FOO', "has an invalid day of week value 'FOO'"],
    ['0 0 * * MONDAY', "has an invalid day of week value 'MONDAY'"],
    ['0 0 L * *', "has an invalid day of month value 'L'"],
    ['0 0 * * 5#3', "has an invalid day of week value '5#3'"],
    ['-1 * * * *', "has an invalid minute value ''"],
    ['0 1- * * *', "has an invalid hour value ''"],
  ])('rejects %j: %s', (expression, why) => {
    // GIVEN / WHEN / THEN
    expect(() => validateCron(expression)).toThrow(cronError(expression, why));
    expect(() => Schedule.cron(expression)).toThrow(cronError(expression, why));
    expect(() => Schedule.cron(expression)).toThrow(BlueprintError);
  });

  // BUG: lib/values/schedule.ts:13 allows day of week 7, but Kubernetes parses schedules with robfig/cron v3 (day of week 0-6), so '0 0 * * 7' is rejected by the API server.
  it.each([
    ['0 0 * * 7', 'has day of week 7 outside 0-6'],
    ['0 0 * * 5-7', 'has day of week 7 outside 0-6'],
  ])('rejects %j like the API server does: %s', (expression, why) => {
    // GIVEN / WHEN / THEN
    expect(() => validateCron(expression)).toThrow(cronError(expression, why));
  });
});

describe('cron properties', () => {
  /** One list item of a field with bounds min..max, optionally with names. */
  const item = (min: number, max: number, names?: string[]): fc.Arbitrary<string> => {
    const value = names
      ? fc.oneof(fc.integer({ min, max }).map(String), fc.integer({ min, max }).map((n) => names[n - min]))
      : fc.integer({ min, max }).map(String);
    const range = fc.tuple(fc.integer({ min, max }), fc.integer({ min, max }))
      .map(([a, b]) => (a <= b ? `${a}-${b}` : `${b}-${a}`));
    const step = fc.integer({ min: 1, max: max + 1 });
    return fc.oneof(
      fc.constant('*'),
      value,
      range,
      step.map((s) => `*/${s}`),
      fc.tuple(range, step).map(([r, s]) => `${r}/${s}`),
      fc.tuple(fc.integer({ min, max }), step).map(([v, s]) => `${v}/${s}`),
    );
  };
  const field = (min: number, max: number, names?: string[]): fc.Arbitrary<string> =>
    fc.array(item(min, max, names), { minLength: 1, maxLength: 4 }).map((items) => items.join(','));

  const months = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
  const days = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'];

  test('property: any 5-field cron built from in-range values, ranges, steps, lists and names is accepted unchanged', () => {
    // GIVEN
    const cron = fc.tuple(
      field(0, 59),
      field(0, 23),
      fc.oneof(field(1, 31), fc.constant('?')),
      field(1, 12, months),
      fc.oneof(field(0, 6, days), fc.constant('?')),
    ).map((fields) => fields.join(' '));

    // WHEN / THEN
    fc.assert(fc.property(cron, fc.constantFrom(' ', '  ', '\t'), (expression, sep) => {
      const spaced = expression.split(' ').join(sep);
      expect(() => validateCron(spaced)).not.toThrow();
      expect(Schedule.cron(spaced).expression).toEqual(expression);
    }), { numRuns: 500 });
  });

  test('property: a number above a field\'s maximum is rejected with the exact message', () => {
    // GIVEN
    // (day of week is left out: its maximum is the subject of the BUG above)
    const bounds: Array<[string, number, number]> = [
      ['minute', 0, 59], ['hour', 0, 23], ['day of month', 1, 31], ['month', 1, 12],
    ];

    // WHEN / THEN
    fc.assert(fc.property(fc.integer({ min: 0, max: 3 }), fc.integer({ min: 1, max: 10_000 }), (index, excess) => {
      const [name, min, max] = bounds[index];
      const value = max + excess;
      const fields = ['0', '0', '1', '1', '0'];
      fields[index] = String(value);
      const expression = fields.join(' ');
      expect(() => validateCron(expression)).toThrow(cronError(expression, `has ${name} ${value} outside ${min}-${max}`));
    }));
  });

  test('property: a field count other than 5 is rejected with the exact message', () => {
    // GIVEN / WHEN / THEN
    fc.assert(fc.property(fc.integer({ min: 1, max: 12 }), (count) => {
      fc.pre(count !== 5);
      const expression = Array(count).fill('*').join(' ');
      expect(() => validateCron(expression))
        .toThrow(cronError(expression, `must have 5 fields (minute hour day-of-month month day-of-week), got ${count}`));
    }));
  });
});
