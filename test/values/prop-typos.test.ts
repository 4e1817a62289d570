/**
 * Every value-object factory and method that takes an options object checks it at run time (for JavaScript and
 * tsx users): a misspelt key and a value of the wrong type are errors with exact messages. The list of methods comes
 * from the generated table (lib/values/_prop-specs.generated.ts), so a new factory without a case here fails this test.
 */
import {
  BackupDestination, BackupEncryption, BackupPolicy, BlueprintError, Build, Cpu, DeploymentStrategy, Dockerfile,
  DockerfileInstruction, DockerfileMount, DockerfileStage, Duration, Environment, GitOpsCluster, HealthCheck, LoadBalancer, PriorityClasses,
  ResourceProfile, ScalingPolicy, ScalingTrigger, Schedule, SecretRef, Size, TrafficPolicy, TrafficSplit,
} from '../../lib/index';
import { AlertPolicy } from '../../lib/values/alerts';
import { BaseImageLock } from '../../lib/images/base-lock';
import { ImageSigning } from '../../lib/values/image-signing';
import { METHOD_OPTIONS } from '../../lib/values/_prop-specs.generated';

/** The files whose factories check their options here; constructs' constructors are tested with the constructs. */
const WIRED = /^lib\/(values|mesh|images)\/|^lib\/secret-ref\.ts$/;

/** Methods of those files that take an options object but cannot have a misspelt key, and why. */
/** A Redis list trigger's required props. */
const REDIS_LIST = { host: 'queue.storefront.svc', listName: 'ledger:entries', listLength: 100 };

const EXEMPT: Record<string, string> = {
  'Environment.select': 'its values object has an index signature: any key is a (custom) environment name',
};

interface Case {
  /** A call with one misspelt key, and the exact message. */
  readonly typo: readonly [() => unknown, string];
  /** A call with one value of the wrong type, and the exact message. */
  readonly wrongType: readonly [() => unknown, string];
}

const any = (v: unknown): any => v;
const AGE = SecretRef.existing('db-backup-age', ['recipients', 'identity']);
const S3 = SecretRef.existing('backup-s3', ['accessKeyId', 'secretAccessKey']);
const DURATION = 'a Duration (Duration.millis(amount), Duration.seconds(amount), Duration.minutes(amount), Duration.hours(amount), Duration.days(amount) or Duration.parse(duration))';
const SIZE = 'a Size (Size.kibibytes(amount), Size.mebibytes(amount), Size.gibibytes(amount), Size.tebibytes(amount) or Size.pebibyte(amount))';
const RETENTION = { retention: Duration.days(14) };
const STAGE = DockerfileStage.from('debian:bookworm-slim');
const TARGET = { host: 'api.shop.svc.cluster.local' };
const LOCK_DIGEST = `sha256:${'a'.repeat(64)}`;

const CASES: Record<string, Case> = {
  'BackupDestination.s3': {
    typo: [() => BackupDestination.s3(any({ endpoint: 'https://s3.example.com', bucket: 'backups', credentials: S3, regoin: 'eu-central-1' })),
      "'backup.destination.regoin' ('eu-central-1') is not a prop of BackupDestination.s3.options: did you mean 'backup.destination.region'?"],
    wrongType: [() => BackupDestination.s3(any({ endpoint: 'https://s3.example.com', bucket: 'backups', credentials: S3, prefix: 7 })),
      "'backup.destination.prefix' (7) must be a string"],
  },
  'BackupDestination.volume': {
    typo: [() => BackupDestination.volume(any({ storageClas: 'fast' })),
      "'backup.destination.storageClas' ('fast') is not a prop of BackupDestination.volume.options: did you mean 'backup.destination.storageClass'?"],
    wrongType: [() => BackupDestination.volume(any({ size: '10Gi' })), `'backup.destination.size' ('10Gi') must be ${SIZE}`],
  },
  'BackupEncryption.age': {
    typo: [() => BackupEncryption.age(any({ recipients: AGE.keyRef('recipients'), identiy: AGE.keyRef('identity') })),
      "'backup.encryption.identiy' ({\"secret\":<SecretRef>,\"key\":\"identity\"}) is not a prop of "
      + "BackupEncryption.age.options: did you mean 'backup.encryption.identity'?; 'backup.encryption.identity' is required"],
    wrongType: [() => BackupEncryption.age(any({ recipients: 'age1qyqszqgpqyqszqgp', identity: AGE.keyRef('identity') })),
      "'backup.encryption.recipients' ('age1qyqszqgpqyqszqgp') must be an object (SecretKeyRef)"],
  },
  'BackupPolicy.custom': {
    typo: [() => BackupPolicy.custom(Schedule.daily(), any({ retension: Duration.days(14) })),
      "'backup.retension' (a Duration) is not a prop of BackupPolicyOptions: did you mean 'backup.retention'?; 'backup.retention' is required"],
    wrongType: [() => BackupPolicy.custom(Schedule.daily(), any({ retention: 14 })), `'backup.retention' (14) must be ${DURATION}`],
  },
  'AlertPolicy.prometheus': {
    typo: [() => AlertPolicy.prometheus(any({ ruleLabel: {} })),
      "'alerts.ruleLabel' ({}) is not a prop of AlertPolicyOptions: did you mean 'alerts.ruleLabels'?"],
    wrongType: [() => AlertPolicy.prometheus(any({ volumeUsagePercent: '90' })), "'alerts.volumeUsagePercent' ('90') must be a number"],
  },
  'BackupPolicy.daily': {
    typo: [() => BackupPolicy.daily(any({ ...RETENTION, encription: BackupEncryption.none('the bucket encrypts with SSE-KMS') })),
      "'backup.encription' (a BackupEncryption) is not a prop of BackupPolicyOptions: did you mean 'backup.encryption'?"],
    wrongType: [() => BackupPolicy.daily(any({ ...RETENTION, encryption: 'none' })),
      "'backup.encryption' ('none') must be a BackupEncryption (BackupEncryption.age({...}) or BackupEncryption.none(reason))"],
  },
  'BackupPolicy.monthly': {
    typo: [() => BackupPolicy.monthly(RETENTION, 1, any({ hour: 2, minutes: 30 })),
      "'schedule.minutes' (30) is not a prop of TimeOfDay: did you mean 'schedule.minute'?"],
    wrongType: [() => BackupPolicy.monthly(any({ ...RETENTION, scratchSpace: '10Gi' })), `'backup.scratchSpace' ('10Gi') must be ${SIZE}`],
  },
  'BackupPolicy.weekly': {
    typo: [() => BackupPolicy.weekly(any({ ...RETENTION, veleroNamespce: 'velero' })),
      "'backup.veleroNamespce' ('velero') is not a prop of BackupPolicyOptions: did you mean 'backup.veleroNamespace'?"],
    wrongType: [() => BackupPolicy.weekly(RETENTION, 'monday', {}, any({ timeZone: 1 })), "'schedule.timeZone' (1) must be a string"],
  },
  'Build.fromDockerfile': {
    typo: [() => Build.fromDockerfile(Dockerfile.of({ stages: [STAGE] }), any({ descripton: 'busybox httpd' })),
      "'descripton' ('busybox httpd') is not a prop of BuildFromDockerfileOptions: did you mean 'description'?"],
    wrongType: [() => Build.fromDockerfile(Dockerfile.of({ stages: [STAGE] }), any({ dockerignore: '.git' })),
      "'dockerignore' ('.git') must be an array"],
  },
  'Build.go': {
    typo: [() => Build.go(any({ binary: 'api', gosum: false })), "'gosum' (false) is not a prop of BuildGoOptions: did you mean 'goSum'?"],
    wrongType: [() => Build.go(any({ binary: 'api', uid: '10001' })), "'uid' ('10001') must be a number"],
  },
  'Build.node': {
    typo: [() => Build.node(any({ enrty: 'main.js' })), "'enrty' ('main.js') is not a prop of BuildNodeOptions: did you mean 'entry'?"],
    wrongType: [() => Build.node(any({ port: '3000' })), "'port' ('3000') must be a number or false"],
  },
  'Build.python': {
    typo: [() => Build.python(any({ server: { kind: 'gunicorn', module: 'app:app' }, requirementFile: 'requirements/prod.txt' })),
      "'requirementFile' ('requirements/prod.txt') is not a prop of BuildPythonOptions: did you mean 'requirementsFile'?"],
    wrongType: [() => Build.python(any({ server: 'gunicorn' })), "'server' ('gunicorn') must be an object (PythonServer)"],
  },
  'Build.rust': {
    typo: [() => Build.rust(any({ binary: 'api', rustVerison: '1.80' })), "'rustVerison' ('1.80') is not a prop of BuildRustOptions: did you mean 'rustVersion'?"],
    wrongType: [() => Build.rust(any({ binary: 'api', features: 'tls' })), "'features' ('tls') must be an array"],
  },
  'Build.staticSite': {
    typo: [() => Build.staticSite(any({ directroy: 'public' })), "'directroy' ('public') is not a prop of BuildStaticSiteOptions: did you mean 'directory'?"],
    wrongType: [() => Build.staticSite(any({ healthcheckCommand: 'curl -f http://localhost:8080/' })),
      "'healthcheckCommand' ('curl -f http://localhost:8080/') must be an array"],
  },
  'DeploymentStrategy.rollingUpdate': {
    typo: [() => DeploymentStrategy.rollingUpdate(any({ maxSurg: 1 })), "'strategy.maxSurg' (1) is not a prop of RollingUpdateOptions: did you mean 'strategy.maxSurge'?"],
    wrongType: [() => DeploymentStrategy.rollingUpdate(any({ maxUnavailable: true })), "'strategy.maxUnavailable' (true) must be a number or a string"],
  },
  'Dockerfile.of': {
    typo: [() => Dockerfile.of(any({ stages: [STAGE], syntx: false })), "Dockerfile: 'syntx' (false) is not a prop of DockerfileProps: did you mean 'syntax'?"],
    wrongType: [() => Dockerfile.of(any({ stages: ['debian:bookworm-slim'] })),
      "Dockerfile: 'stages[0]' ('debian:bookworm-slim') must be a DockerfileStage (DockerfileStage.from(image))"],
  },
  'DockerfileInstruction.copy': {
    typo: [() => DockerfileInstruction.copy('.', './', any({ chwon: '10001:10001' })),
      "COPY: 'chwon' ('10001:10001') is not a prop of DockerfileInstructionCopyOptions: did you mean 'chown'?"],
    wrongType: [() => DockerfileInstruction.copy('/out/app', '/app', any({ from: 0 })), "COPY: 'from' (0) must be a string"],
  },
  'DockerfileInstruction.healthcheck': {
    typo: [() => DockerfileInstruction.healthcheck(['/app', 'health'], any({ retires: 3 })),
      "HEALTHCHECK: 'retires' (3) is not a prop of DockerfileHealthcheckOptions: did you mean 'retries'?"],
    wrongType: [() => DockerfileInstruction.healthcheck(['/app', 'health'], any({ interval: '30s' })), `HEALTHCHECK: 'interval' ('30s') must be ${DURATION}`],
  },
  'DockerfileInstruction.run': {
    typo: [() => DockerfileInstruction.run('npm ci', any({ mount: [] })), "RUN: 'mount' ([]) is not a prop of DockerfileInstructionRunOptions: did you mean 'mounts'?"],
    wrongType: [() => DockerfileInstruction.run('npm ci', any({ mounts: DockerfileMount.cache({ target: '/root/.npm' }) })),
      "RUN: 'mounts' (a DockerfileMount) must be an array"],
  },
  'DockerfileMount.bind': {
    typo: [() => DockerfileMount.bind(any({ source: 'go.sum', target: 'go.sum', readonly: true })),
      "RUN --mount=type=bind: 'readonly' (true) is not a prop of DockerfileMount.bind.options: none is close; its props are 'source' and 'target'"],
    wrongType: [() => DockerfileMount.bind(any({ source: 1, target: 'go.sum' })), "RUN --mount=type=bind: 'source' (1) must be a string"],
  },
  'DockerfileMount.cache': {
    typo: [() => DockerfileMount.cache(any({ targt: '/root/.npm' })),
      "RUN --mount=type=cache: 'targt' ('/root/.npm') is not a prop of DockerfileMount.cache.options: did you mean 'target'?; 'target' is required"],
    wrongType: [() => DockerfileMount.cache(any({ target: '/root/.npm', id: 1 })), "RUN --mount=type=cache: 'id' (1) must be a string"],
  },
  'DockerfileStage.from': {
    typo: [() => DockerfileStage.from('rust:1.95-slim-bookworm', any({ ass: 'build' })), "FROM: 'ass' ('build') is not a prop of DockerfileStageProps: did you mean 'as'?"],
    wrongType: [() => DockerfileStage.from('rust:1.95-slim-bookworm', any({ instructions: 'RUN cargo build' })),
      "FROM: 'instructions' ('RUN cargo build') must be an array"],
  },
  'Environment.custom': {
    typo: [() => Environment.custom(any({ name: 'qa', replica: 2 })), "Environment: 'replica' (2) is not a prop of EnvironmentProps: did you mean 'replicas'?"],
    wrongType: [() => Environment.custom(any({ name: 'qa', production: 'yes' })), "Environment: 'production' ('yes') must be a boolean"],
  },
  'HealthCheck.exec': {
    typo: [() => HealthCheck.exec(['/app', 'health'], any({ failureTreshold: 5 })),
      "'health.failureTreshold' (5) is not a prop of HealthCheckOptions: did you mean 'health.failureThreshold'?"],
    wrongType: [() => HealthCheck.exec(['/app', 'health'], any({ timeout: '3s' })), `'health.timeout' ('3s') must be ${DURATION}`],
  },
  'HealthCheck.grpc': {
    typo: [() => HealthCheck.grpc(any({ servce: 'shop.Users' })), "'health.servce' ('shop.Users') is not a prop of GrpcHealthCheckOptions: did you mean 'health.service'?"],
    wrongType: [() => HealthCheck.grpc(any({ service: 1 })), "'health.service' (1) must be a string"],
  },
  'HealthCheck.http': {
    typo: [() => HealthCheck.http('/healthz', any({ livenesPath: '/livez' })),
      "'health.livenesPath' ('/livez') is not a prop of HttpHealthCheckOptions: did you mean 'health.livenessPath'?"],
    wrongType: [() => HealthCheck.http('/healthz', any({ scheme: 'https' })), "'health.scheme' ('https') must be 'HTTP' or 'HTTPS': did you mean 'HTTPS'?"],
  },
  'HealthCheck.tcp': {
    typo: [() => HealthCheck.tcp(any({ prot: 5432 })), "'health.prot' (5432) is not a prop of HealthCheckOptions: did you mean 'health.port'?"],
    wrongType: [() => HealthCheck.tcp(any({ period: 10 })), `'health.period' (10) must be ${DURATION}`],
  },
  'BaseImageLock.with': {
    typo: [() => BaseImageLock.empty('base-images.lock.json').with('debian:bookworm-slim', any({ digst: LOCK_DIGEST, registry: 'docker.io', resolvedAgainst: 'https://registry-1.docker.io' })),
      `'images['debian:bookworm-slim'].digst' ('${LOCK_DIGEST}') is not a field of a lock entry (digest, registry, resolvedAgainst)`],
    wrongType: [() => BaseImageLock.empty('base-images.lock.json').with('debian:bookworm-slim', any({ digest: LOCK_DIGEST, registry: 7, resolvedAgainst: 'https://registry-1.docker.io' })),
      "'images['debian:bookworm-slim'].registry' (7) must be a registry host such as 'docker.io'"],
  },
  'ImageSigning.githubActions': {
    typo: [() => ImageSigning.githubActions(any({ repo: 'acme/shop' })), "'signing.repo' ('acme/shop') is not a prop of GitHubActionsSigningOptions: did you mean 'signing.ref'?; 'signing.repository' is required"],
    wrongType: [() => ImageSigning.githubActions(any({ repository: 'acme/shop', ref: 1 })), "'signing.ref' (1) must be a string"],
  },
  'ImageSigning.key': {
    typo: [() => ImageSigning.key(any({ publicKy: 'x' })), "'signing.publicKy' ('x') is not a prop of KeySigningOptions: did you mean 'signing.publicKey'?; 'signing.publicKey' is required"],
    wrongType: [() => ImageSigning.key(any({ publicKey: 42 })), "'signing.publicKey' (42) must be a string"],
  },
  'ImageSigning.keyless': {
    typo: [() => ImageSigning.keyless(any({ issuer: 'https://accounts.google.com', subjectRegex: '^a' })),
      "'signing.subjectRegex' ('^a') is not a prop of KeylessSigningOptions: did you mean 'signing.subjectRegExp'?"],
    wrongType: [() => ImageSigning.keyless(any({ issuer: 'https://accounts.google.com', subject: ['a@b.c'] })), "'signing.subject' ([\"a@b.c\"]) must be a string"],
  },
  'LoadBalancer.consistentHash': {
    typo: [() => LoadBalancer.consistentHash(any({ haeder: 'x-user-id' })),
      "'loadBalancer.consistentHash.haeder' ('x-user-id') is not a prop of ConsistentHashOptions: did you mean 'loadBalancer.consistentHash.header'?"],
    wrongType: [() => LoadBalancer.consistentHash(any({ cookie: 'session' })),
      "'loadBalancer.consistentHash.cookie' ('session') must be an object (CookieHashOptions)"],
  },
  'GitOpsCluster.remote': {
    typo: [() => GitOpsCluster.remote(any({ sever: 'https://prod.k8s.example.com:6443' })),
      "'cluster.sever' ('https://prod.k8s.example.com:6443') is not a prop of GitOpsClusterRemoteOptions: did you mean 'cluster.server'?; 'cluster.server' is required"],
    wrongType: [() => GitOpsCluster.remote(any({ server: 'https://prod.k8s.example.com:6443', kubeConfigSecret: 7 })), "'cluster.kubeConfigSecret' (7) must be a string"],
  },
  'PriorityClasses.provided': {
    typo: [() => PriorityClasses.provided(any({ services: 'tenant-standard', date: 'tenant-stateful' })),
      "'priorityClasses.date' ('tenant-stateful') is not a prop of PriorityClassesProvidedOptions: did you mean 'priorityClasses.data'?; 'priorityClasses.data' is required"],
    wrongType: [() => PriorityClasses.provided(any({ services: 'tenant-standard', data: 7 })), "'priorityClasses.data' (7) must be a string"],
  },
  'ResourceProfile.custom': {
    typo: [() => ResourceProfile.custom(any({
      cpu: { request: Cpu.millis(250), limit: Cpu.millis(500) }, memory: { request: Size.mebibytes(256), limit: Size.mebibytes(512) },
      ephemeralStorge: { request: Size.mebibytes(64), limit: Size.gibibytes(1) },
    })), "'resources.ephemeralStorge' ({\"request\":<Size>,\"limit\":<Size>}) is not a prop of ResourceProfileProps: did you mean 'resources.ephemeralStorage'?"],
    wrongType: [() => ResourceProfile.custom(any({ cpu: { request: '250m' }, memory: { request: Size.mebibytes(256), limit: Size.mebibytes(512) } })),
      "'resources.cpu.request' ('250m') must be a Cpu (Cpu.millis(millis) or Cpu.cores(cores))"],
  },
  'ResourceProfile.with': {
    typo: [() => ResourceProfile.small().with(any({ memoryLimt: Size.mebibytes(768) })),
      "'resources.memoryLimt' (a Size) is not a prop of ResourceProfileOverrides: did you mean 'resources.memoryLimit'?"],
    wrongType: [() => ResourceProfile.small().with(any({ cpuLimit: 2 })), "'resources.cpuLimit' (2) must be a Cpu (Cpu.millis(millis) or Cpu.cores(cores))"],
  },
  'ScalingPolicy.autoscale': {
    typo: [() => ScalingPolicy.autoscale(any({ minReplicas: 2, maxReplicas: 6, cpuUtilisation: 70 })),
      "'scaling.cpuUtilisation' (70) is not a prop of AutoscalingProps: did you mean 'scaling.cpuUtilization'?"],
    wrongType: [() => ScalingPolicy.autoscale(any({ minReplicas: '2', maxReplicas: 6, cpuUtilization: 70 })), "'scaling.minReplicas' ('2') must be a number"],
  },
  'ScalingPolicy.events': {
    typo: [() => ScalingPolicy.events(any({ minReplicas: 1, maxReplicas: 5, trigers: [] })),
      "'scaling.trigers' ([]) is not a prop of EventScalingProps: did you mean 'scaling.triggers'?; 'scaling.triggers' is required"],
    wrongType: [() => ScalingPolicy.events(any({ minReplicas: '1', maxReplicas: 5, triggers: [ScalingTrigger.redisList(REDIS_LIST)] })), "'scaling.minReplicas' ('1') must be a number"],
  },
  'ScalingTrigger.redisList': {
    typo: [() => ScalingTrigger.redisList(any({ ...REDIS_LIST, listLenght: 10 })),
      "'scaling.triggers.redisList.listLenght' (10) is not a prop of RedisListTriggerProps: did you mean 'scaling.triggers.redisList.listLength'?"],
    wrongType: [() => ScalingTrigger.redisList(any({ ...REDIS_LIST, listLength: '10' })), "'scaling.triggers.redisList.listLength' ('10') must be a number"],
  },
  'ScalingTrigger.prometheus': {
    typo: [() => ScalingTrigger.prometheus(any({ serverAddress: 'http://prometheus.monitoring.svc:9090', query: 'sum(queue_depth)', treshold: 5 })),
      "'scaling.triggers.prometheus.treshold' (5) is not a prop of PrometheusTriggerProps: did you mean 'scaling.triggers.prometheus.threshold'?; 'scaling.triggers.prometheus.threshold' is required"],
    wrongType: [() => ScalingTrigger.prometheus(any({ serverAddress: 'http://prometheus.monitoring.svc:9090', query: 'sum(queue_depth)', threshold: '5' })),
      "'scaling.triggers.prometheus.threshold' ('5') must be a number"],
  },
  'ScalingTrigger.cron': {
    typo: [() => ScalingTrigger.cron(any({ timezone: 'Etc/UTC', start: '0 8 * * 1-5', end: '0 18 * * 1-5', desiredReplica: 3 })),
      "'scaling.triggers.cron.desiredReplica' (3) is not a prop of CronTriggerProps: did you mean 'scaling.triggers.cron.desiredReplicas'?; 'scaling.triggers.cron.desiredReplicas' is required"],
    wrongType: [() => ScalingTrigger.cron(any({ timezone: 'Etc/UTC', start: '0 8 * * 1-5', end: '0 18 * * 1-5', desiredReplicas: '3' })),
      "'scaling.triggers.cron.desiredReplicas' ('3') must be a number"],
  },
  'Schedule.cron': {
    typo: [() => Schedule.cron('0 2 * * *', any({ timezone: 'Europe/Berlin' })),
      "'schedule.timezone' ('Europe/Berlin') is not a prop of ScheduleOptions: did you mean 'schedule.timeZone'?"],
    wrongType: [() => Schedule.cron('0 2 * * *', any({ timeZone: 1 })), "'schedule.timeZone' (1) must be a string"],
  },
  'Schedule.daily': {
    typo: [() => Schedule.daily(any({ hours: 2 })), "'schedule.hours' (2) is not a prop of TimeOfDay: did you mean 'schedule.hour'?"],
    wrongType: [() => Schedule.daily(any({ hour: 2, minute: '30' })), "'schedule.minute' ('30') must be a number"],
  },
  'Schedule.hourly': {
    typo: [() => Schedule.hourly(15, any({ tz: 'Europe/Berlin' })),
      "'schedule.tz' ('Europe/Berlin') is not a prop of ScheduleOptions: none is close; its only prop is 'timeZone'"],
    wrongType: [() => Schedule.hourly(15, any({ timeZone: ['Etc/UTC'] })), "'schedule.timeZone' ([\"Etc/UTC\"]) must be a string"],
  },
  'Schedule.monthly': {
    typo: [() => Schedule.monthly(1, {}, any({ timeZome: 'Etc/UTC' })),
      "'schedule.timeZome' ('Etc/UTC') is not a prop of ScheduleOptions: did you mean 'schedule.timeZone'?"],
    wrongType: [() => Schedule.monthly(1, any('noon')), "'schedule' ('noon') must be an object (TimeOfDay)"],
  },
  'Schedule.weekly': {
    typo: [() => Schedule.weekly('monday', any({ hour: 2, minutes: 30 })), "'schedule.minutes' (30) is not a prop of TimeOfDay: did you mean 'schedule.minute'?"],
    wrongType: [() => Schedule.weekly('monday', any({ hour: null })), "'schedule.hour' (null) must be a number"],
  },
  'TrafficPolicy.checkBudget': {
    typo: [() => TrafficPolicy.of().checkBudget(any({ replicas: { min: 1, mx: 3 } })),
      "'replicas.mx' (3) is not a prop of TrafficPolicyCheckBudgetOptions.replicas: did you mean 'replicas.max'?; 'replicas.max' is required"],
    wrongType: [() => TrafficPolicy.of().checkBudget(any({ replicas: 3 })), "'replicas' (3) must be an object (TrafficPolicyCheckBudgetOptions.replicas)"],
  },
  'TrafficPolicy.of': {
    typo: [() => TrafficPolicy.of(any({ retires: { attempts: 3 } })), "'retires' ({\"attempts\":3}) is not a prop of TrafficPolicyProps: did you mean 'retries'?"],
    wrongType: [() => TrafficPolicy.of(any({ tls: 'istio_mutual' })), "'tls' ('istio_mutual') must be 'ISTIO_MUTUAL' or 'DISABLE': did you mean 'ISTIO_MUTUAL'?"],
  },
  'TrafficPolicy.destinationRuleSpec': {
    typo: [() => TrafficPolicy.of().destinationRuleSpec(any({ ...TARGET, splt: TrafficSplit.weighted([{ subset: 'v1', labels: { version: '1' }, weight: 100 }]) })),
      "'splt' (a TrafficSplit) is not a prop of TrafficPolicyVirtualServiceSpecOptions: did you mean 'split'?"],
    wrongType: [() => TrafficPolicy.of().destinationRuleSpec(any({ ...TARGET, split: [{ subset: 'v1', labels: { version: '1' }, weight: 100 }] })),
      "'split' ([{\"subset\":\"v1\",\"labels\":{\"version\":\"1\"},\"weight\":100}]) must be a TrafficSplit (TrafficSplit.weighted(subsets))"],
  },
  'TrafficPolicy.virtualServiceSpec': {
    typo: [() => TrafficPolicy.of().virtualServiceSpec(any({ ...TARGET, prot: 80 })),
      "'prot' (80) is not a prop of TrafficPolicyVirtualServiceSpecOptions: did you mean 'port'?; 'port' is required"],
    wrongType: [() => TrafficPolicy.of().virtualServiceSpec(any({ ...TARGET, port: '80' })), "'port' ('80') must be a number"],
  },
  'TrafficSplit.weighted': {
    typo: [() => TrafficSplit.weighted(any([{ subset: 'stable', labels: { version: '1' }, wieght: 100 }])),
      "'split[0].wieght' (100) is not a prop of WeightedSubset: did you mean 'split[0].weight'?; 'split[0].weight' is required"],
    wrongType: [() => TrafficSplit.weighted(any([{ subset: 'stable', labels: { version: 1 }, weight: 100 }])), "'split[0].labels.version' (1) must be a string"],
  },
};

function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected a BlueprintError, but nothing was thrown');
}

const wired = Object.entries(METHOD_OPTIONS).filter(([, m]) => WIRED.test(m.file)).map(([name]) => name).sort();

test('every wired factory and method of the generated table has a case here (or a stated exemption)', () => {
  expect(wired.length).toBeGreaterThanOrEqual(40);
  expect([...Object.keys(CASES), ...Object.keys(EXEMPT)].sort()).toEqual(wired);
});

describe.each(Object.keys(CASES).sort())('%s', (method) => {
  const { typo, wrongType } = CASES[method];

  test('a misspelt key', () => {
    const e = thrown(typo[0]);
    expect(e).toBeInstanceOf(BlueprintError);
    expect(e.message).toBe(typo[1]);
  });

  test('a value of the wrong type', () => {
    const e = thrown(wrongType[0]);
    expect(e).toBeInstanceOf(BlueprintError);
    expect(e.message).toBe(wrongType[1]);
  });
});

test('Environment.select() takes any key: custom environments are selected by name', () => {
  expect(Environment.custom({ name: 'qa-eu' }).select({ 'qa-eu': 3, 'default': 1 })).toBe(3);
});

test('TrafficSplit.weighted() needs an array of subsets', () => {
  expect(thrown(() => TrafficSplit.weighted(any({ subset: 'stable' }))).message)
    .toBe("'split' ({\"subset\":\"stable\"}) must be an array of subsets ({ subset, labels, weight })");
});

test('destinationRuleSpec() accepts the object given to virtualServiceSpec() (its port)', () => {
  expect(() => TrafficPolicy.of().destinationRuleSpec({ ...TARGET, port: 80 } as any)).not.toThrow();
});

