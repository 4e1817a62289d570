import { BlueprintTesting, Build, CronTask, Duration, Environment, HealthCheck, Image, ImageSigning, Schedule } from '../../lib';
import { DNS_EGRESS, IMAGE, blueprint, containerOf, kindsAndNames, objectOf, podTemplate, selector, standardLabels } from '../_helpers';

type CronTaskProps = ConstructorParameters<typeof CronTask>[2];

/** A CronTask 'report' in `env` and its synthesized CronJob. */
function cron(props: Partial<CronTaskProps> = {}, env: Environment = Environment.production()): { task: CronTask; objects: any[]; cronJob: any } {
  const shop = blueprint(env);
  const task = new CronTask(shop, 'report', { image: IMAGE, schedule: Schedule.daily({ hour: 2 }), ...props });
  const objects = BlueprintTesting.synth(shop);
  return { task, objects, cronJob: objectOf(objects, 'CronJob', 'report') };
}

describe('default configuration', () => {
  test('a minimal CronTask in production', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new CronTask(shop, 'report', { image: IMAGE, schedule: Schedule.daily({ hour: 2 }) });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(objects).toMatchSnapshot();
    expect(kindsAndNames(objects)).toEqual(['Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'ServiceAccount/report', 'NetworkPolicy/report', 'CronJob/report']);
  });

  test('the CronJob: Forbid, 5 minutes to start, 1 hour to run, 2 retries, 3+3 history, not suspended', () => {
    // WHEN
    const { cronJob } = cron();

    // THEN
    const { jobTemplate, ...rest } = cronJob.spec;
    expect(rest).toEqual({
      schedule: '0 2 * * *',
      timeZone: 'Etc/UTC',
      concurrencyPolicy: 'Forbid',
      startingDeadlineSeconds: 300,
      successfulJobsHistoryLimit: 3,
      failedJobsHistoryLimit: 3,
      suspend: false,
    });
    expect(jobTemplate.metadata).toEqual({ labels: standardLabels('report', 'cron', 'production', '1.4.2') });
    expect(jobTemplate.spec.backoffLimit).toEqual(2);
    expect(jobTemplate.spec.activeDeadlineSeconds).toEqual(3600);
    expect(Object.keys(jobTemplate.spec).sort()).toEqual(['activeDeadlineSeconds', 'backoffLimit', 'template']);
  });

  test('pods restart Never and keep the hardened defaults', () => {
    // WHEN
    const { cronJob } = cron();

    // THEN
    const pod = podTemplate(cronJob);
    expect(pod.spec.restartPolicy).toEqual('Never');
    expect(pod.spec.automountServiceAccountToken).toBe(false);
    expect(pod.metadata.labels).toEqual(standardLabels('report', 'cron', 'production', '1.4.2'));
    expect(containerOf(cronJob).securityContext.readOnlyRootFilesystem).toBe(true);
  });

  test.each([
    ['development', Environment.development()],
    ['production', Environment.production()],
  ])('%s: a CronJob, no Deployment, Service, autoscaler or budget', (_name, env) => {
    expect(kindsAndNames(cron({}, env).objects)).toEqual(['Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'ServiceAccount/report', 'NetworkPolicy/report', 'CronJob/report']);
  });

  test('the NetworkPolicy admits nothing and reaches only DNS', () => {
    expect(objectOf(cron().objects, 'NetworkPolicy', 'report').spec).toEqual({
      podSelector: { matchLabels: selector('report', 'production') },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [],
      egress: [DNS_EGRESS],
    });
  });
});

describe('props', () => {
  test.each<[string, Schedule, string, string]>([
    ['cron', Schedule.cron('*/15  9-17 * * MON-FRI'), '*/15 9-17 * * MON-FRI', 'Etc/UTC'],
    ['a macro', Schedule.cron('@hourly'), '@hourly', 'Etc/UTC'],
    ['hourly', Schedule.hourly(30), '30 * * * *', 'Etc/UTC'],
    ['daily with a time zone', Schedule.daily({ hour: 3, minute: 15 }, { timeZone: 'Europe/Berlin' }), '15 3 * * *', 'Europe/Berlin'],
    ['weekly', Schedule.weekly('friday', { hour: 18 }), '0 18 * * 5', 'Etc/UTC'],
    ['monthly', Schedule.monthly(28, { hour: 1 }, { timeZone: 'America/New_York' }), '0 1 28 * *', 'America/New_York'],
  ])('schedule: %s', (_name, schedule, expression, timeZone) => {
    // WHEN
    const { task, cronJob } = cron({ schedule });

    // THEN
    expect([cronJob.spec.schedule, cronJob.spec.timeZone]).toEqual([expression, timeZone]);
    expect(task.schedule).toBe(schedule);
  });

  test.each(['Allow', 'Replace'] as const)('concurrencyPolicy %s', (concurrencyPolicy) => {
    expect(cron({ concurrencyPolicy }).cronJob.spec.concurrencyPolicy).toEqual(concurrencyPolicy);
  });

  test('startingDeadline and activeDeadline', () => {
    // WHEN
    const { cronJob } = cron({ startingDeadline: Duration.seconds(10), activeDeadline: Duration.hours(6) });

    // THEN
    expect(cronJob.spec.startingDeadlineSeconds).toEqual(10);
    expect(cronJob.spec.jobTemplate.spec.activeDeadlineSeconds).toEqual(21600);
  });

  test('backoffLimit 0: no retries', () => {
    expect(cron({ backoffLimit: 0 }).cronJob.spec.jobTemplate.spec.backoffLimit).toEqual(0);
  });

  test('history limits', () => {
    // WHEN
    const { cronJob } = cron({ successfulJobsHistoryLimit: 0, failedJobsHistoryLimit: 10 });

    // THEN
    expect([cronJob.spec.successfulJobsHistoryLimit, cronJob.spec.failedJobsHistoryLimit]).toEqual([0, 10]);
  });

  test('suspend', () => {
    expect(cron({ suspend: true }).cronJob.spec.suspend).toBe(true);
  });

  test('command, env and health reach the job\'s container', () => {
    // WHEN
    const { cronJob } = cron({ command: ['/app/report'], env: { MODE: 'full' }, port: 8080, health: HealthCheck.tcp() });

    // THEN
    expect(containerOf(cronJob)).toMatchObject({
      command: ['/app/report'],
      env: [{ name: 'MODE', value: 'full' }],
      readinessProbe: { tcpSocket: { port: 8080 } },
    });
  });

  test("an Image's health path gives no probes: the task runs a command, not the server the path belongs to", () => {
    // GIVEN: an image that serves /healthz on 8080 when it runs its server
    const shop = blueprint();
    const image = new Image(shop.node.scope!, 'reports-image', {
      build: Build.rust({ binary: 'reports', healthPath: '/healthz', healthcheckCommand: ['/usr/local/bin/reports', '--healthcheck', 'http://127.0.0.1:8080/healthz'] }),
      repository: 'registry.example.com/shop/reports', tag: '1.2.0', signing: ImageSigning.githubActions({ repository: 'example/shop' }),
    });

    // WHEN
    new CronTask(shop, 'nightly', { image, command: ['/usr/local/bin/reports', '--nightly'], schedule: Schedule.daily({ hour: 2 }) });
    const container = containerOf(objectOf(BlueprintTesting.synth(shop), 'CronJob', 'nightly'));

    // THEN: a startup probe on a port nothing listens on would have the kubelet kill every run
    expect([container.readinessProbe, container.livenessProbe, container.startupProbe]).toEqual([undefined, undefined, undefined]);
    expect(container.securityContext.runAsUser).toEqual(10001);
  });

  test('an id of exactly 52 characters is accepted', () => {
    // GIVEN
    const id = 'r'.repeat(52);

    // WHEN
    const task = new CronTask(blueprint(), id, { image: IMAGE, schedule: Schedule.daily() });

    // THEN
    expect(task.cronJob.name).toEqual(id);
  });
});

describe('errors', () => {
  const PREFIX = "CronTask 'shop-production/report': ";
  const make = (props: Partial<CronTaskProps>, id = 'report') => () => new CronTask(blueprint(), id, { image: IMAGE, schedule: Schedule.daily(), ...props });

  test('an id longer than 52 characters', () => {
    // GIVEN
    const id = 'r'.repeat(53);

    // THEN
    expect(make({}, id)).toFail(`CronTask 'shop-production/${id}': 'id' ('${id}') must be at most 52 characters: Kubernetes appends 11 characters to a CronJob's name for its Jobs`);
  });

  test('an id that is no DNS label', () => {
    expect(make({}, 'Report')).toFail("CronTask 'shop-production/Report': 'id' ('Report') must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit");
  });

  test.each([
    [{ startingDeadline: Duration.seconds(5) }, "'startingDeadline' ('5s') must be at least 10s"],
    [{ startingDeadline: Duration.millis(10500) }, "'startingDeadline' ('10500ms') must be a whole number of seconds"],
    [{ activeDeadline: Duration.seconds(0) }, "'activeDeadline' ('0s') must be at least 1s"],
    [{ backoffLimit: -1 }, "'backoffLimit' (-1) must be >= 0"],
    [{ backoffLimit: 101 }, "'backoffLimit' (101) must be <= 100"],
    [{ backoffLimit: 1.5 }, "'backoffLimit' (1.5) must be a whole number"],
    [{ successfulJobsHistoryLimit: -1 }, "'successfulJobsHistoryLimit' (-1) must be >= 0"],
    [{ failedJobsHistoryLimit: 101 }, "'failedJobsHistoryLimit' (101) must be <= 100"],
  ])('%p', (props, message) => {
    expect(make(props)).toFail(`${PREFIX}${message}`);
  });

  test.each([
    ['* * *', "'schedule' ('* * *') must have 5 fields (minute hour day-of-month month day-of-week), got 3"],
    ['60 * * * *', "'schedule' ('60 * * * *') has minute 60 outside 0-59"],
    ['0 0 * * FUNDAY', "'schedule' ('0 0 * * FUNDAY') has an invalid day of week value 'FUNDAY'"],
    ['@every 5m', "'schedule' ('@every 5m') is not a known macro: use one of @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly"],
    ['CRON_TZ=UTC 0 0 * * *', "'schedule' ('CRON_TZ=UTC 0 0 * * *') must not set a time zone inline (not allowed since Kubernetes 1.27): use the 'timeZone' option"],
  ])('a bad cron expression %p is rejected by Schedule.cron, before the CronTask exists', (expression, message) => {
    expect(() => Schedule.cron(expression)).toFail(message);
  });

  test('an unknown time zone', () => {
    expect(() => Schedule.daily({}, { timeZone: 'Mars/Olympus' }))
      .toFail("'schedule.timeZone' ('Mars/Olympus') is not an IANA time zone name (e.g. 'Etc/UTC', 'Europe/Berlin')");
  });

  test('an exec-less health check without a port', () => {
    expect(make({ health: HealthCheck.http('/healthz') }))
      .toFail(`${PREFIX}'health' (http) needs a port: set 'port' on the workload or 'port' on the health check`);
  });
});

describe('defaultChild', () => {
  test('cronJob is the CronJob named after the task', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    const task = new CronTask(shop, 'report', { image: IMAGE, schedule: Schedule.daily() });

    // THEN
    expect([task.cronJob.kind, task.cronJob.name, task.cronJob.node.id]).toEqual(['CronJob', 'report', 'CronJob']);
    expect(task.component).toEqual('cron');
  });
});

describe('CronTask in a mesh', () => {
  function cronPod(props: { meshSidecar?: boolean; podAnnotations?: Record<string, string> } = {}, mesh = true): any {
    const shop = blueprint(Environment.production(), { mesh });
    new CronTask(shop, 'report', { image: IMAGE, schedule: Schedule.daily(), ...props });
    return podTemplate(objectOf(BlueprintTesting.synth(shop), 'CronJob', 'report'));
  }

  test('no sidecar by default: it would never exit', () => {
    expect(cronPod().metadata.annotations).toEqual({ 'sidecar.istio.io/inject': 'false' });
  });

  test('meshSidecar: the sidecar starts before the task', () => {
    expect(cronPod({ meshSidecar: true }).metadata.annotations).toEqual({ 'proxy.istio.io/config': '{"holdApplicationUntilProxyStarts": true}' });
  });

  test('the task\'s own pod annotations are kept', () => {
    expect(cronPod({ podAnnotations: { 'example.com/team': 'reports' } }).metadata.annotations).toEqual({ 'sidecar.istio.io/inject': 'false', 'example.com/team': 'reports' });
  });

  test('outside the mesh, meshSidecar changes nothing', () => {
    expect(cronPod({ meshSidecar: true }, false).metadata.annotations).toBeUndefined();
  });
});
