import { BlueprintError } from '../../lib/values/_errors';
import { AlertPolicy } from '../../lib/values/alerts';
import { longestCronIntervalSeconds } from '../../lib/values/_alerts-cron';

const any = (v: unknown): any => v;

describe('AlertPolicy.prometheus', () => {
  test('defaults: no extra labels, no runbook URL, volumes alert above 90%', () => {
    // GIVEN
    const policy = AlertPolicy.prometheus();

    // THEN
    expect(policy.enabled).toBe(true);
    expect(policy.ruleLabels).toEqual({});
    expect(policy.alertLabels).toEqual({});
    expect(policy.runbookBaseUrl).toBeUndefined();
    expect(policy.volumeUsagePercent).toEqual(90);
    expect(policy.disabledReason).toBeUndefined();
  });

  test('takes rule labels, alert labels (sorted), a runbook base URL and a volume percentage', () => {
    // GIVEN
    const policy = AlertPolicy.prometheus({
      ruleLabels: { release: 'kube-prometheus-stack' }, alertLabels: { team: 'shop', cost_center: 'c1' },
      runbookBaseUrl: 'https://runbooks.example.com/shop', volumeUsagePercent: 80,
    });

    // THEN
    expect(policy.ruleLabels).toEqual({ release: 'kube-prometheus-stack' });
    expect(Object.keys(policy.alertLabels)).toEqual(['cost_center', 'team']);
    expect(policy.runbookBaseUrl).toEqual('https://runbooks.example.com/shop');
    expect(policy.volumeUsagePercent).toEqual(80);
  });

  test.each([
    [{ ruleLabels: { 'app.kubernetes.io/part-of': 'x' } }, "'alerts.ruleLabels' ('app.kubernetes.io/part-of') is set by the blueprint (selectors depend on it): choose another label key"],
    [{ ruleLabels: { release: 'not a value' } }, "'alerts.ruleLabels['release']' ('not a value') must be a valid label value: at most 63 characters, letters, digits, '-', '_' and '.', starting and ending with a letter or digit"],
    [{ alertLabels: { 'team.name': 'shop' } }, "'alerts.alertLabels['team.name']' ('team.name') must be a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*)"],
    [{ alertLabels: { severity: 'page' } }, "'alerts.alertLabels['severity']' ('severity') is set by the library (severity) or reserved by Prometheus (__*)"],
    [{ runbookBaseUrl: 'runbooks.example.com' }, "'alerts.runbookBaseUrl' ('runbooks.example.com') must be an http(s) URL without a fragment, e.g. 'https://runbooks.example.com/shop'"],
    [{ runbookBaseUrl: 'https://runbooks.example.com/#top' }, "'alerts.runbookBaseUrl' ('https://runbooks.example.com/#top') must be an http(s) URL without a fragment, e.g. 'https://runbooks.example.com/shop'"],
    [{ volumeUsagePercent: 100 }, "'alerts.volumeUsagePercent' (100) must be <= 99"],
    [{ volumeUsagePercent: 12.5 }, "'alerts.volumeUsagePercent' (12.5) must be a whole number"],
    [any({ volumeUsage: 80 }), "'alerts.volumeUsage' (80) is not a prop of AlertPolicyOptions: did you mean 'alerts.volumeUsagePercent'?"],
  ])('refuses %j', (options, message) => {
    // GIVEN / WHEN / THEN
    expect(() => AlertPolicy.prometheus(options)).toThrow(new BlueprintError(message));
  });
});

describe('AlertPolicy.disabled', () => {
  test('keeps the reason and emits nothing', () => {
    // GIVEN
    const policy = AlertPolicy.disabled('  the platform team watches every namespace with its own mixins ');

    // THEN
    expect(policy.enabled).toBe(false);
    expect(policy.disabledReason).toEqual('the platform team watches every namespace with its own mixins');
  });

  test('needs a reason of at least 20 characters', () => {
    // GIVEN / WHEN / THEN
    expect(() => AlertPolicy.disabled('not needed')).toThrow(new BlueprintError("'alerts.reason' ('not needed') must explain in at least 20 characters why nothing alerts on this blueprint's backups and workloads"));
  });
});

describe('longestCronIntervalSeconds', () => {
  const H = 3600;
  const D = 86400;
  test.each([
    ['0 2 * * *', D],
    ['@daily', D],
    ['CRON_TZ=Europe/Berlin 0 2 * * *', D],
    ['*/15 * * * *', 15 * 60],
    ['* * * * *', 60],
    ['0 */6 * * *', 6 * H],
    ['30 1,13 * * *', 12 * H],
    ['0 9,17 * * *', 16 * H],
    ['0 2 * * 0', 7 * D],
    ['0 4 * * SUN', 7 * D],
    ['0 2 * * 7', 7 * D],
    ['@weekly', 7 * D],
    ['0 2 * * MON-FRI', 3 * D],
    ['0 2 1 * *', 31 * D],
    ['@monthly', 31 * D],
    ['0 0 1 1 *', 366 * D],
    ['0 0 29 2 *', 1461 * D],
    ['0 0 1,15 * 1', 7 * D],
    ['0 0 1,15 * *', 17 * D],
    ['@hourly', H],
    ['5/20 * * * *', 20 * 60],
    ['0 0-4 * * *', 20 * H],
  ])('%s runs at most %i s apart', (expression, seconds) => {
    // GIVEN / WHEN / THEN
    expect(longestCronIntervalSeconds(expression)).toEqual(seconds);
  });

  test.each(['0 0 30 2 *', '0 0 * *', 'not a schedule', '0 0 * * FOO', '0 0/0 * * *'])('%s has no interval', (expression) => {
    // GIVEN / WHEN / THEN
    expect(longestCronIntervalSeconds(expression)).toBeUndefined();
  });
});
