/**
 * The longest interval between two runs of a cron schedule, as the Kubernetes CronJob controller and Velero read it
 * (robfig/cron v3: five fields, names, ranges, steps, macros; day-of-month and day-of-week OR-ed when both are
 * restricted, AND-ed when either is `*`). The alerts' freshness thresholds are 1.5 × this.
 */

const MACROS: Readonly<Record<string, string>> = {
  '@yearly': '0 0 1 1 *', '@annually': '0 0 1 1 *', '@monthly': '0 0 1 * *', '@weekly': '0 0 * * 0',
  '@daily': '0 0 * * *', '@midnight': '0 0 * * *', '@hourly': '0 * * * *',
};
const MONTHS = ['JAN', 'FEB', 'MAR', 'APR', 'MAY', 'JUN', 'JUL', 'AUG', 'SEP', 'OCT', 'NOV', 'DEC'];
const DAYS = ['SUN', 'MON', 'TUE', 'WED', 'THU', 'FRI', 'SAT'];

interface Field { readonly min: number; readonly max: number; readonly names?: readonly string[]; readonly nameBase: number }
const FIELDS: readonly Field[] = [
  { min: 0, max: 59, nameBase: 0 }, { min: 0, max: 23, nameBase: 0 }, { min: 1, max: 31, nameBase: 0 },
  { min: 1, max: 12, names: MONTHS, nameBase: 1 }, { min: 0, max: 6, names: DAYS, nameBase: 0 },
];

/** The values a field allows, and whether it is unrestricted (robfig's star bit: `*` or `?` without a step > 1). */
function parseField(text: string, field: Field): { values: Set<number>; star: boolean } | undefined {
  const values = new Set<number>();
  let star = false;
  const value = (s: string): number => {
    if (/^\d+$/.test(s)) return Number(s);
    const i = field.names?.indexOf(s.toUpperCase()) ?? -1;
    return i < 0 ? NaN : i + field.nameBase;
  };
  for (const item of text.split(',')) {
    const [range, stepText] = item.split('/');
    const step = stepText === undefined ? 1 : Number(stepText);
    let lo: number;
    let hi: number;
    if (range === '*' || range === '?') {
      [lo, hi] = [field.min, field.max];
      if (step === 1) star = true;
    } else {
      const [a, b] = range.split('-');
      lo = value(a);
      hi = b !== undefined ? value(b) : stepText !== undefined ? field.max : lo;
    }
    if (!Number.isInteger(lo) || !Number.isInteger(hi) || !Number.isInteger(step) || step < 1) return undefined;
    for (let v = lo; v <= hi; v += step) values.add(field === FIELDS[4] && v === 7 ? 0 : v);
  }
  return { values, star };
}

/** The first day the window starts at (a Monday, 1 January 2024, UTC) and how many days it spans (8 years, 2 leap days). */
const WINDOW_START = Date.UTC(2024, 0, 1);
const WINDOW_DAYS = 2922;

/**
 * The longest time between two consecutive runs of `expression`, in seconds, over eight calendar years (UTC; a
 * `CRON_TZ=`/`TZ=` prefix is ignored: a daylight-saving shift moves a run by an hour, within the alerts' 1.5×
 * margin for any schedule of two hours or more). Undefined when the expression cannot be read or never runs
 * (`0 0 30 2 *`).
 */
export function longestCronIntervalSeconds(expression: string): number | undefined {
  let expr = expression.trim().replace(/^(CRON_)?TZ=\S+\s+/, '');
  expr = MACROS[expr] ?? expr;
  const parts = expr.split(/\s+/);
  if (parts.length !== 5) return undefined;
  const fields = parts.map((p, i) => parseField(p, FIELDS[i]));
  if (fields.some((f) => f === undefined)) return undefined;
  const [minutes, hours, dom, month, dow] = fields as Array<{ values: Set<number>; star: boolean }>;
  const times: number[] = [];
  for (const h of [...hours.values].sort((a, b) => a - b)) {
    for (const m of [...minutes.values].sort((a, b) => a - b)) times.push(h * 60 + m);
  }
  if (times.length === 0) return undefined;
  let withinDay = 0;
  for (let i = 1; i < times.length; i++) withinDay = Math.max(withinDay, times[i] - times[i - 1]);
  let longest = 0;
  let lastRun: number | undefined;
  let runs = 0;
  for (let d = 0; d < WINDOW_DAYS; d++) {
    const date = new Date(WINDOW_START + d * 86_400_000);
    const domMatch = dom.values.has(date.getUTCDate());
    const dowMatch = dow.values.has(date.getUTCDay());
    const dayMatch = dom.star || dow.star ? domMatch && dowMatch : domMatch || dowMatch;
    if (!month.values.has(date.getUTCMonth() + 1) || !dayMatch) continue;
    const dayStart = d * 1440;
    if (lastRun !== undefined) longest = Math.max(longest, dayStart + times[0] - lastRun);
    longest = Math.max(longest, withinDay);
    lastRun = dayStart + times[times.length - 1];
    runs += times.length;
  }
  return runs < 2 ? undefined : longest * 60;
}
