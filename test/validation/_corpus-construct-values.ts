/**
 * The corpus, construction errors of the value objects: scaling policies and environments, rollout strategies,
 * resource profiles, schedules and health checks. Each factory throws, or the construct given the value records
 * the mistake (see `corpus.test.ts`).
 */
import { Duration, Size } from 'cdk8s';
import {
  Blueprint, Cpu, CronTask, DeploymentStrategy, Environment, HealthCheck, ResourceProfile, ScalingPolicy, Schedule,
  WebService, type Weekday, Worker,
} from '../../lib/index';
import { CorpusCase, CRON, DNS_LABEL_RULE, IMAGE, production, WEB, WORKER } from './_corpus-kit';
// Not exported from lib/index yet (the lead adds the export line).
import { PriorityClasses } from '../../lib/values/priority-classes';

/** Errors thrown or recorded while building: the options of value objects. */
export const CONSTRUCT_VALUE_CASES: readonly CorpusCase[] = [
  // ---- scaling
  {
    name: 'autoscale: minReplicas > maxReplicas',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 12, maxReplicas: 10, cpuUtilization: 70 }) }); },
    expected: '\'scaling.minReplicas\' (12) must be <= \'scaling.maxReplicas\' (10)',
  },
  {
    name: 'autoscale: minReplicas < 1',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 0, maxReplicas: 10, cpuUtilization: 70 }) }); },
    expected: '\'scaling.minReplicas\' (0) must be >= 1',
  },
  {
    name: 'autoscale: fractional maxReplicas',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 7.5, cpuUtilization: 70 }) }); },
    expected: '\'scaling.maxReplicas\' (7.5) must be a whole number',
  },
  {
    name: 'autoscale: cpuUtilization 0',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 0 }) }); },
    expected: '\'scaling.cpuUtilization\' (0) must be a whole percentage from 1 to 100',
  },
  {
    name: 'autoscale: memoryUtilization 101',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, memoryUtilization: 101 }) }); },
    expected: '\'scaling.memoryUtilization\' (101) must be a whole percentage from 1 to 100',
  },
  {
    name: 'autoscale: no scaling target',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10 }) }); },
    expected: '\'scaling\' needs a target: set \'cpuUtilization\', \'memoryUtilization\' or both',
  },
  {
    name: 'autoscale: scale-down stabilization above the API limit',
    kind: 'construct',
    build: (app) => {
      new WebService(production(app), 'api', {
        ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70, scaleDownStabilization: Duration.hours(2) }),
      });
    },
    expected: '\'scaling.scaleDownStabilization\' (\'7200s\') must be at most 1 hour (the API limit)',
  },
  {
    name: 'fixed scaling: negative replicas',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, scaling: ScalingPolicy.fixed(-1) }); },
    expected: '\'scaling.replicas\' (-1) must be >= 0',
  },
  {
    name: 'environment: zero replicas',
    kind: 'construct',
    build: (app) => { new Blueprint(app, 'shop-qa', { environment: Environment.custom({ name: 'qa', replicas: 0 }) }); },
    expected: 'Environment: \'replicas\' (0) must be >= 1',
  },
  {
    name: 'environment: name is not a DNS label',
    kind: 'construct',
    build: (app) => { new Blueprint(app, 'shop-qa', { environment: Environment.custom({ name: 'QA_1' }) }); },
    expected: `Environment: 'name' ('QA_1') ${DNS_LABEL_RULE}`,
  },
  // ---- rollout strategy
  {
    name: 'rolling update: maxSurge and maxUnavailable both 0',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, strategy: DeploymentStrategy.rollingUpdate({ maxSurge: 0, maxUnavailable: '0%' }) }); },
    expected: '\'strategy.maxSurge\' and \'strategy.maxUnavailable\' must not both be 0: the rollout could never progress',
  },
  {
    name: 'rolling update: maxSurge above 100%',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, strategy: DeploymentStrategy.rollingUpdate({ maxSurge: '150%' }) }); },
    expected: '\'strategy.maxSurge\' (\'150%\') must be a whole number >= 0 or a percentage from \'0%\' to \'100%\'',
  },
  // ---- resources
  {
    name: 'CPU request above the CPU limit',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, resources: ResourceProfile.medium().with({ cpuRequest: Cpu.millis(2000) }) }); },
    expected: '\'resources.cpu.request\' (2) must be <= \'resources.cpu.limit\' (1)',
  },
  {
    name: 'memory without a limit',
    kind: 'construct',
    build: (app) => {
      new Worker(production(app), 'worker', {
        ...WORKER, resources: ResourceProfile.custom({ cpu: { request: Cpu.millis(100), limit: Cpu.millis(200) }, memory: { request: Size.mebibytes(128) } }),
      });
    },
    expected: '\'resources.memory.limit\' (undefined) must be set: a container without a memory limit can exhaust its node',
  },
  {
    name: 'ephemeral storage without a limit',
    kind: 'construct',
    build: (app) => {
      new Worker(production(app), 'worker', {
        ...WORKER,
        resources: ResourceProfile.custom({
          cpu: { request: Cpu.millis(100), limit: Cpu.millis(200) },
          memory: { request: Size.mebibytes(128), limit: Size.mebibytes(256) },
          ephemeralStorage: { request: Size.mebibytes(64) },
        }),
      });
    },
    expected: '\'resources.ephemeralStorage.limit\' (undefined) must be set: a container without an ephemeral-storage limit can fill its node\'s disk',
  },
  {
    name: 'zero CPU',
    kind: 'construct',
    build: () => { Cpu.millis(0); },
    expected: '\'cpu\' (0) must be a whole number of millicores >= 1',
  },
  // ---- schedules
  {
    name: 'cron: empty',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, schedule: Schedule.cron('') }); },
    expected: '\'schedule\' (\'\') must not be empty',
  },
  {
    name: 'cron: inline time zone',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, schedule: Schedule.cron('CRON_TZ=Europe/Berlin 0 2 * * *') }); },
    expected: '\'schedule\' (\'CRON_TZ=Europe/Berlin 0 2 * * *\') must not set a time zone inline (not allowed since Kubernetes 1.27): use the \'timeZone\' option',
  },
  {
    name: 'cron: unknown macro',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, schedule: Schedule.cron('@fortnightly') }); },
    expected: '\'schedule\' (\'@fortnightly\') is not a known macro: use one of @yearly, @annually, @monthly, @weekly, @daily, @midnight, @hourly',
  },
  {
    name: 'cron: six fields',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, schedule: Schedule.cron('0 0 2 * * *') }); },
    expected: '\'schedule\' (\'0 0 2 * * *\') must have 5 fields (minute hour day-of-month month day-of-week), got 6',
  },
  {
    name: 'cron: minute out of range',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, schedule: Schedule.cron('60 2 * * *') }); },
    expected: '\'schedule\' (\'60 2 * * *\') has minute 60 outside 0-59',
  },
  {
    name: 'cron: day of month 0',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, schedule: Schedule.cron('0 2 0 * *') }); },
    expected: '\'schedule\' (\'0 2 0 * *\') has day of month 0 outside 1-31',
  },
  {
    name: 'cron: unknown month name',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, schedule: Schedule.cron('0 2 1 JANUARY *') }); },
    expected: '\'schedule\' (\'0 2 1 JANUARY *\') has an invalid month value \'JANUARY\'',
  },
  {
    name: 'cron: backwards range',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, schedule: Schedule.cron('0 2 * * FRI-MON') }); },
    expected: '\'schedule\' (\'0 2 * * FRI-MON\') has a backwards range \'FRI-MON\' in the day of week field',
  },
  {
    name: 'cron: step 0',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, schedule: Schedule.cron('*/0 * * * *') }); },
    expected: '\'schedule\' (\'*/0 * * * *\') has an invalid step \'/0\' in the minute field: must be a whole number >= 1',
  },
  {
    name: 'cron: three-part range',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, schedule: Schedule.cron('0 1-2-3 * * *') }); },
    expected: '\'schedule\' (\'0 1-2-3 * * *\') has an invalid range \'1-2-3\' in the hour field',
  },
  {
    name: 'cron: two steps in one field',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, schedule: Schedule.cron('0/5/2 * * * *') }); },
    expected: '\'schedule\' (\'0/5/2 * * * *\') has an invalid minute field \'0/5/2\'',
  },
  {
    name: 'daily schedule at hour 24',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, schedule: Schedule.daily({ hour: 24 }) }); },
    expected: '\'schedule.hour\' (24) must be <= 23',
  },
  {
    name: 'monthly schedule on day 31',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, schedule: Schedule.monthly(31) }); },
    expected: '\'schedule.dayOfMonth\' (31) must be <= 28',
  },
  {
    name: 'weekly schedule on an unknown day',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, schedule: Schedule.weekly('Monday' as Weekday) }); },
    expected: '\'schedule.day\' (\'Monday\') must be one of sunday, monday, tuesday, wednesday, thursday, friday, saturday',
  },
  {
    name: 'unknown time zone',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, schedule: Schedule.daily({ hour: 2 }, { timeZone: 'Europe/Atlantis' }) }); },
    expected: '\'schedule.timeZone\' (\'Europe/Atlantis\') is not an IANA time zone name (e.g. \'Etc/UTC\', \'Europe/Berlin\')',
  },
  {
    name: 'CronTask startingDeadline below 10s',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, startingDeadline: Duration.seconds(5) }); },
    expected: 'CronTask \'shop-production/report\': \'startingDeadline\' (\'5s\') must be at least 10s',
  },
  {
    name: 'CronTask negative backoffLimit',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'report', { ...CRON, backoffLimit: -1 }); },
    expected: 'CronTask \'shop-production/report\': \'backoffLimit\' (-1) must be >= 0',
  },
  // ---- health checks
  {
    name: 'http health check on a workload without a port',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { image: IMAGE, health: HealthCheck.http('/healthz') }); },
    expected: 'Worker \'shop-production/worker\': \'health\' (http) needs a port: set \'port\' on the workload or \'port\' on the health check',
  },
  {
    name: 'health check path without a leading slash',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, health: HealthCheck.http('healthz') }); },
    expected: '\'health.path\' (\'healthz\') must be an absolute URL path starting with \'/\' and without spaces',
  },
  {
    name: 'health check timeout not shorter than its period',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, health: HealthCheck.tcp({ period: Duration.seconds(5), timeout: Duration.seconds(5) }) }); },
    expected: '\'health.timeout\' (5s) must be shorter than \'health.period\' (5s)',
  },
  {
    name: 'health check failureThreshold 0',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, health: HealthCheck.grpc({ failureThreshold: 0 }) }); },
    expected: '\'health.failureThreshold\' (0) must be a whole number >= 1',
  },
  {
    name: 'exec health check without a command',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { image: IMAGE, health: HealthCheck.exec([]) }); },
    expected: '\'health.command\' ([]) must be a non-empty list of non-empty strings',
  },
  {
    name: 'health check whose liveness test is its readiness test by kube-score\'s definition (the same exec command)',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { image: IMAGE, health: HealthCheck.exec(['/app/healthcheck'], { liveness: HealthCheck.exec(['/app/healthcheck']) }) }); },
    expected: '\'health.liveness\' (HealthCheck.exec(["/app/healthcheck"])) must not repeat the readiness probe (the same exec command): kube-score (pod-probes) grades that CRITICAL, '
      + 'as a liveness probe that fails with readiness restarts pods that should only leave rotation; test something else, or set \'health.liveness\' to false',
  },
  {
    name: 'http health check whose livenessPath is its path',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, health: HealthCheck.http('/healthz', { livenessPath: '/healthz' }) }); },
    expected: '\'health.livenessPath\' (\'/healthz\') must not repeat the readiness probe (httpGet on the same path and port): kube-score (pod-probes) grades that CRITICAL, '
      + 'as a liveness probe that fails with readiness restarts pods that should only leave rotation; give a path that checks only the process, or leave \'health.livenessPath\' out for a tcpSocket liveness probe',
  },
  {
    name: 'liveness check with timings of its own',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, health: HealthCheck.http('/healthz', { liveness: HealthCheck.tcp({ period: Duration.seconds(30) }) }) }); },
    expected: '\'health.liveness\' (["period"]) must only say what to test (a path, a port, a command): its probe runs on the schedule of the check it belongs to, with no startup or liveness of its own',
  },
  // ---- priority classes
  {
    name: 'priority classes opted out without a reason',
    kind: 'construct',
    build: (app) => { new Blueprint(app, 'shop-production', { environment: Environment.custom({ name: 'production', priorityClasses: PriorityClasses.none('') }) }); },
    expected: '\'priorityClasses.reason\' (\'\') must explain in at least 20 characters why the pods run without a priority class',
  },
  {
    name: 'a provided PriorityClass that is not a DNS subdomain',
    kind: 'construct',
    build: (app) => { new Blueprint(app, 'shop-production', { environment: Environment.production(), priorityClasses: PriorityClasses.provided({ services: 'Standard', data: 'stateful' }) }); },
    expected: '\'priorityClasses.services\' (\'Standard\') must be the name of a PriorityClass (a DNS-1123 subdomain)',
  },
];
