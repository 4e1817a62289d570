/**
 * The bad-input corpus: every mistake a user can make with the library's constructs and value objects, and one
 * input per validation-gate rule, each with the exact error it must produce. Shared by `corpus.test.ts` (which
 * runs every case) and `rules.test.ts` (which checks that every rule of the gate has a case here).
 * Not a test file (no `.test.ts`): jest only runs it through the tests that import it.
 */
import { ApiObject, Duration, JsonPatch, Size } from 'cdk8s';
import { Construct } from 'constructs';
import {
  Artifact, Blueprint, BlueprintApp, Build, Config, Cpu, CronTask, DeploymentStrategy, Dockerfile, DockerfileInstruction,
  DockerfileStage, EnvValue, Environment, ExternalService, HealthCheck, IImageSource, Image, ImagePolicy, Peer, Policy,
  ResourceProfile, ScalingPolicy, Schedule, SecretRef, Weekday, WebService, Worker,
} from '../../lib/index';

/** How a case fails. */
export type CorpusKind =
  /** A constructor, method or factory throws while the app is being built. */
  | 'construct'
  /** The app builds, and the validation gate of `synthesize()` throws a `ValidationError`. */
  | 'gate'
  /** The app synthesizes, and the gate reports warnings (rules of severity 'warning'). */
  | 'warning';

/** One bad input and the exact error it must produce. */
export interface CorpusCase {
  /** What is wrong, in a few words (the test name). */
  readonly name: string;
  readonly kind: CorpusKind;
  /**
   * The gate rule the case violates: 'schema', 'unique-objects', a `RULES` id, or one of the gate's own checks
   * ('suppression', 'artifact-path'). Undefined for errors thrown while building.
   */
  readonly rule?: string;
  /** Builds the bad input into `app`. For 'construct' cases, this throws. */
  readonly build: (app: BlueprintApp) => void;
  /**
   * 'construct': the whole message of the thrown `BlueprintError`. 'gate': the whole `ValidationError.message`.
   * 'warning': everything `synth()` prints to stderr (one `warning [rule] path: message` line per warning).
   */
  readonly expected: string;
  /**
   * Set when the library does not yet behave as `expected`: the case documents a bug (why, where, proposed fix)
   * and its test is marked `test.failing` until the bug is fixed.
   */
  readonly bug?: string;
}

// ------------------------------------------------------------------------------------------------- fixtures

/** An immutable image reference every environment accepts. */
export const IMAGE = 'registry.example.com/shop/api:1.4.2';

/** The least a WebService needs to pass the gate in production. */
const WEB = { image: IMAGE, port: 8080, health: HealthCheck.http('/healthz') };

/** The least a Worker needs to pass the gate without warnings. */
const WORKER = { image: IMAGE, health: HealthCheck.exec(['/app/healthcheck']) };

/** The least a CronTask needs. */
const CRON = { image: IMAGE, schedule: Schedule.daily({ hour: 2 }) };

const DNS_LABEL_RULE = 'must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and \'-\', starting and ending with a letter or digit';
const DNS_1035_RULE = 'must be a DNS-1035 label: at most 63 characters, lowercase letters, digits and \'-\', starting with a letter and ending with a letter or digit';
const DNS_SUBDOMAIN_RULE = 'must be a DNS-1123 subdomain: at most 253 characters, lowercase letters, digits, \'-\' and \'.\', starting and ending with a letter or digit';
const IMAGE_REF_RULE = 'is not a valid image reference: expected [registry/]path[:tag][@sha256:digest] with a lowercase path';

function production(app: BlueprintApp): Blueprint {
  return new Blueprint(app, 'shop-production', { environment: Environment.production() });
}

function development(app: BlueprintApp): Blueprint {
  return new Blueprint(app, 'shop-development', { environment: Environment.development() });
}

/** A production WebService 'api' that passes the gate; `patch` is applied to its Deployment. */
function patchedWeb(app: BlueprintApp, ...patches: JsonPatch[]): WebService {
  const web = new WebService(production(app), 'api', WEB);
  web.deployment.addJsonPatch(...patches);
  return web;
}

/** A development Worker 'worker' that passes the gate; `patch` is applied to its Deployment. */
function patchedWorker(app: BlueprintApp, ...patches: JsonPatch[]): Worker {
  const worker = new Worker(development(app), 'worker', WORKER);
  worker.deployment.addJsonPatch(...patches);
  return worker;
}

/** A gate report: the headline, then one entry per finding (already in report order). */
function report(headline: string, ...findings: string[]): string {
  return [headline, ...findings].join('\n');
}

/** One error line of a report, with its fix. */
function error(rule: string, path: string, message: string, fix: string): string {
  return `  ✗ [${rule}] ${path}: ${message}\n      fix: ${fix}`;
}

/** One warning as `synth()` prints it. */
function warning(rule: string, path: string, message: string): string {
  return `warning [${rule}] ${path}: ${message}\n`;
}

const ONE_ERROR = 'Validation failed: 1 error; nothing was written.';
const CONTAINER = '/spec/template/spec/containers/0';

/** Fixes of the rules, as the report prints them. */
const FIX = {
  'schema': 'fix the field named, or file a bug if a construct of this library produced it',
  'unique-objects': 'give one of the constructs another id or name',
  'dns-name': 'use lowercase letters, digits and \'-\' in construct ids',
  'label-syntax': 'label values: at most 63 characters of letters, digits, \'-\', \'_\' and \'.\'',
  'cron-schedule': 'use Schedule.cron(), .daily(), .weekly() or .monthly()',
  'unique-ports': 'give each port its own name and number',
  'port-range': 'use a port number from 1 to 65535',
  'backup-coverage': 'give the workload a BackupPolicy, or BackupPolicy.disabled(reason)',
  'selector-matches-template': 'select on the template\'s app.kubernetes.io/name and instance labels',
  'service-selects-pods': 'create the Service from the workload it fronts (WebService does)',
  'hpa-target': 'attach scaling through the workload\'s scaling prop',
  'pdb-selects-pods': 'use the workload\'s disruptionBudget prop',
  'networkpolicy-selects-pods': 'let the workload create its own NetworkPolicy',
  'ingress-backend': 'expose the WebService with exposeViaIngress()',
  'config-refs': 'reference Config keys with EnvValue.fromConfig(config, key)',
  'service-account': 'workloads create their own ServiceAccount; do not override serviceAccountName',
  'probe-port': 'let HealthCheck use the workload\'s port, or declare the port in extraPorts',
  'pss-privileged': 'remove privileged: true',
  'pss-host-namespaces': 'remove hostNetwork, hostPID, hostIPC and hostPort',
  'pss-volume-types': 'use emptyDir, a PVC, a ConfigMap or a Secret',
  'pss-privilege-escalation': 'do not set security.allowPrivilegeEscalation',
  'pss-run-as-non-root': 'do not set security.user to 0',
  'pss-capabilities': 'only security.addCapabilities: [\'NET_BIND_SERVICE\'] is allowed',
  'pss-seccomp': 'keep the default seccompProfile',
  'resources': 'set resources: ResourceProfile.<preset>()',
  'resources-cpu-limit': 'keep the profile\'s CPU limit, or suppress with a reason after withoutCpuLimit()',
  'resources-ephemeral-storage': 'ResourceProfile presets set 64Mi / 1Gi',
  'image-tag': 'pin a version tag or a digest',
  'image-pull-policy': 'keep the default imagePullPolicy',
  'high-uid': 'keep the default UID/GID 10001; an image that needs its own UID suppresses this with a reason',
  'read-only-root-fs': 'declare the paths the app writes in writablePaths',
  'automount-token': 'only set security.mountServiceAccountToken for workloads that call the Kubernetes API, and suppress with a reason',
  'probes': 'give the workload a health check',
  'probes-distinct': 'HealthCheck renders distinct timings; do not hand-write identical probes',
  'network-policy': 'workloads emit their own NetworkPolicy; add allows with connections.allowFrom/allowTo',
  'disruption-budget': 'keep the default disruptionBudget',
  'anti-affinity': 'use an environment with topologySpread',
  'hpa-replicas': 'use ScalingPolicy.autoscale instead of setting replicas',
  'secret-in-env': 'reference the value with EnvValue.fromSecret(SecretRef.existing(...), key)',
  'secret-in-configmap': 'keep credentials in a Secret and reference it',
  'no-secret-values': 'reference an existing Secret (SecretRef.existing) or emit an ExternalSecret',
  'image-port': 'let the workload take its port from the Image, or change the build\'s port',
  'image-user': 'let the workload take its user from the Image, or build the image with the same uid/gid',
  'image-writable-paths': 'let the workload take writable paths from the Image, or add them to writablePaths',
  'image-entrypoint': 'use exec-form ENTRYPOINT/CMD (JSON arrays)',
  'dockerfile-syntax': 'build Dockerfiles through the Dockerfile model',
  'dockerfile-pinned-base': 'pin the base image version',
  'dockerfile-user': 'presets set USER 10001:10001',
  'dockerfile-exec-form': 'use DockerfileInstruction.entrypoint([...]) / cmd([...])',
  'dockerfile-no-add': 'use COPY (and fetch remote files in a RUN step with checksum verification)',
  'dockerfile-apt': 'apt-get update && apt-get install -y --no-install-recommends … && rm -rf /var/lib/apt/lists/*',
  'dockerfile-pip-cache': 'pip install --no-cache-dir, or RUN --mount=type=cache,target=/root/.cache/pip',
  'dockerfile-no-secrets': 'pass credentials at run time from a Secret, or at build time with --mount=type=secret',
  'dockerfile-absolute-workdir': 'use an absolute WORKDIR',
  'dockerfile-no-sudo': 'run privileged steps before USER',
  'suppression': 'use a rule id from the README\'s rule table',
} as const;

/** One error line of rule `rule`, with that rule's fix. */
function e(rule: keyof typeof FIX, path: string, message: string): string {
  return error(rule, path, message, FIX[rule]);
}

/** A gate report with a single error. */
function oneError(rule: keyof typeof FIX, path: string, message: string): string {
  return report(ONE_ERROR, e(rule, path, message));
}

/** A hand-written Dockerfile (not through the model) as a raw artifact at 'images/raw/Dockerfile'. */
function rawDockerfile(app: BlueprintApp, ...lines: string[]): void {
  new Artifact(app, 'RawDockerfile', { path: 'images/raw/Dockerfile', render: () => `${lines.join('\n')}\n` });
}

/** A Dockerfile that passes every dockerfile-* rule; cases add one defect to it. */
const GOOD_FROM = 'FROM debian:bookworm-slim';
const GOOD_USER = 'USER 10001:10001';
const GOOD_ENTRYPOINT = 'ENTRYPOINT ["/usr/local/bin/app"]';
const RAW = 'RawDockerfile';
const RAW_PATH = 'images/raw/Dockerfile';

/** An Image built here, in the app (a Rust service on port 8080, USER 10001:10001). */
function rustImage(app: BlueprintApp, options: { writablePaths?: string[] } = {}): Image {
  return new Image(app, 'api-image', {
    build: Build.rust({ binary: 'api', healthPath: '/healthz', ...options }),
    repository: 'registry.example.com/shop/api', tag: '1.4.2',
  });
}

// ------------------------------------------------------------------------------------------------- the corpus

/** Errors thrown while building: props of constructs and value objects. */
const CONSTRUCTION: CorpusCase[] = [
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
  // ---- disruption budget
  {
    name: 'disruptionBudget: minAvailable >= the minimum replicas',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, disruptionBudget: { minAvailable: 3 } }); },
    expected: 'WebService \'shop-production/api\': \'disruptionBudget.minAvailable\' (3) must be < the minimum replicas (3), or no node could ever be drained',
  },
  {
    name: 'disruptionBudget: minAvailable 0',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, disruptionBudget: { minAvailable: 0 } }); },
    expected: 'WebService \'shop-production/api\': \'disruptionBudget.minAvailable\' (0) must be a whole number >= 1',
  },
  {
    name: 'disruptionBudget: maxUnavailable 0',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, disruptionBudget: { maxUnavailable: 0 } }); },
    expected: 'WebService \'shop-production/api\': \'disruptionBudget.maxUnavailable\' (0) must be a whole number >= 1 (0 would block every node drain)',
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
  // ---- ports
  {
    name: 'port 0',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, port: 0 }); },
    expected: 'WebService \'shop-production/api\': \'port\' (0) must be >= 1',
  },
  {
    name: 'port above 65535',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, port: 70000 }); },
    expected: 'WebService \'shop-production/api\': \'port\' (70000) must be <= 65535',
  },
  {
    name: 'fractional servicePort',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, servicePort: 80.5 }); },
    expected: 'WebService \'shop-production/api\': \'servicePort\' (80.5) must be a whole number',
  },
  {
    name: 'WebService without a port',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { image: IMAGE, health: HealthCheck.exec(['/app/healthcheck']) }); },
    expected: 'WebService \'shop-production/api\': \'port\' is required: the image is built elsewhere; set the port the app listens on',
  },
  {
    name: 'duplicate port name (extraPorts repeats the main port\'s name)',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, extraPorts: [{ name: 'http', port: 9090 }] }); },
    expected: 'WebService \'shop-production/api\': \'extraPorts.name\' (\'http\') must be unique among the container\'s port names',
  },
  {
    name: 'duplicate port number (extraPorts repeats the main port)',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, extraPorts: [{ name: 'metrics', port: 8080 }] }); },
    expected: 'WebService \'shop-production/api\': \'extraPorts.port\' (8080) must be unique among the container\'s TCP ports',
  },
  {
    name: 'invalid port name',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, extraPorts: [{ name: 'Metrics_Port', port: 9090 }] }); },
    expected: 'WebService \'shop-production/api\': \'extraPorts.name\' (\'Metrics_Port\') must be a valid port name: at most 15 characters, lowercase letters, digits and single \'-\', with at least one letter',
  },
  {
    name: 'nodePort on a ClusterIP Service',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, nodePort: 30080 }); },
    expected: 'WebService \'shop-production/api\': \'nodePort\' (30080) needs serviceType \'NodePort\' or \'LoadBalancer\'',
  },
  {
    name: 'nodePort out of range',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, serviceType: 'NodePort', nodePort: 8080 }); },
    expected: 'WebService \'shop-production/api\': \'nodePort\' (8080) must be >= 30000',
  },
  // ---- names and ids
  {
    name: 'workload id is not a DNS label',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'Mail_Worker', WORKER); },
    expected: `Worker 'shop-production/Mail_Worker': 'id' ('Mail_Worker') ${DNS_LABEL_RULE}`,
  },
  {
    name: 'empty workload id',
    kind: 'construct',
    build: (app) => { new Worker(production(app), '', WORKER); },
    expected: `Worker 'shop-production/': 'id' ('') ${DNS_LABEL_RULE}`,
  },
  {
    name: 'WebService id starting with a digit (Service names are DNS-1035 labels)',
    kind: 'construct',
    build: (app) => { new WebService(production(app), '1api', WEB); },
    expected: `WebService 'shop-production/1api': 'id' ('1api') ${DNS_1035_RULE}`,
  },
  {
    name: 'Blueprint id is not a DNS label',
    kind: 'construct',
    build: (app) => { new Blueprint(app, 'Shop.Production', { environment: Environment.production() }); },
    expected: `Blueprint 'Shop.Production': 'id' ('Shop.Production') ${DNS_LABEL_RULE}`,
  },
  {
    name: 'Blueprint label value with a space',
    kind: 'construct',
    build: (app) => { new Blueprint(app, 'shop-production', { environment: Environment.production(), labels: { team: 'web shop' } }); },
    expected: 'Blueprint \'shop-production\': \'labels[\'team\']\' (\'web shop\') must be a valid label value: at most 63 characters, letters, digits, \'-\', \'_\' and \'.\', starting and ending with a letter or digit',
  },
  {
    name: 'Config id is not a DNS subdomain',
    kind: 'construct',
    build: (app) => { new Config(production(app), 'App_Config', { data: { LOG_LEVEL: 'info' } }); },
    expected: `Config 'shop-production/App_Config': 'id' ('App_Config') ${DNS_SUBDOMAIN_RULE}`,
  },
  {
    name: 'CronTask id longer than 52 characters',
    kind: 'construct',
    build: (app) => { new CronTask(production(app), 'a-very-long-nightly-report-name-that-exceeds-the-limit', CRON); },
    expected: 'CronTask \'shop-production/a-very-long-nightly-report-name-that-exceeds-the-limit\': \'id\' (\'a-very-long-nightly-report-name-that-exceeds-the-limit\') must be at most 52 characters: Kubernetes appends 11 characters to a CronJob\'s name for its Jobs',
  },
  {
    name: 'name collision: two workloads named \'api\' in one blueprint',
    kind: 'construct',
    build: (app) => {
      const shop = production(app);
      new WebService(shop, 'api', WEB);
      new Worker(new Construct(shop, 'jobs'), 'api', WORKER);
    },
    expected: 'Blueprint \'shop-production\': ServiceAccount name \'api\' is used by both \'shop-production/api\' and \'shop-production/jobs/api\'; give one of them another id',
  },
  {
    name: 'workload outside a Blueprint',
    kind: 'construct',
    build: (app) => { new Worker(app, 'worker', WORKER); },
    expected: '\'worker\' must be created inside a Blueprint (new Blueprint(app, id, { environment }))',
  },
  // ---- image references
  {
    name: 'mutable tag \'latest\' in production',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, image: 'registry.example.com/shop/api:latest' }); },
    expected: 'WebService \'shop-production/api\': \'image\' (\'registry.example.com/shop/api:latest\') uses the mutable tag \'latest\'; environment \'production\' requires an immutable tag (e.g. \'1.4.2\') or a digest',
  },
  {
    name: 'untagged image in production',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, image: 'registry.example.com/shop/api' }); },
    expected: 'WebService \'shop-production/api\': \'image\' (\'registry.example.com/shop/api\') has no tag; environment \'production\' requires an immutable tag (e.g. \'1.4.2\') or a digest',
  },
  {
    name: 'mutable tag \'main\' in staging',
    kind: 'construct',
    build: (app) => { new Worker(new Blueprint(app, 'shop-staging', { environment: Environment.staging() }), 'worker', { ...WORKER, image: 'registry.example.com/shop/api:main' }); },
    expected: 'Worker \'shop-staging/worker\': \'image\' (\'registry.example.com/shop/api:main\') uses the mutable tag \'main\'; environment \'staging\' requires an immutable tag (e.g. \'1.4.2\') or a digest',
  },
  {
    name: 'tag without digest where the environment requires a digest',
    kind: 'construct',
    build: (app) => {
      const locked = Environment.custom({ name: 'locked', imagePolicy: ImagePolicy.DIGEST });
      new Worker(new Blueprint(app, 'shop-locked', { environment: locked }), 'worker', WORKER);
    },
    expected: 'Worker \'shop-locked/worker\': \'image\' (\'registry.example.com/shop/api:1.4.2\') must be pinned by digest (repo@sha256:...) in environment \'locked\'',
  },
  {
    name: 'image reference with an uppercase path',
    kind: 'construct',
    build: (app) => { new Worker(development(app), 'worker', { ...WORKER, image: 'registry.example.com/Shop/API:1.0' }); },
    expected: `Worker 'shop-development/worker': 'image' ('registry.example.com/Shop/API:1.0') ${IMAGE_REF_RULE}`,
  },
  {
    name: 'image reference with an invalid tag',
    kind: 'construct',
    build: (app) => { new Worker(development(app), 'worker', { ...WORKER, image: 'registry.example.com/shop/api:-rc1' }); },
    expected: 'Worker \'shop-development/worker\': \'image\' (\'registry.example.com/shop/api:-rc1\') has an invalid tag: up to 128 letters, digits, \'_\', \'.\' and \'-\', not starting with \'.\' or \'-\'',
  },
  {
    name: 'image reference with an invalid digest',
    kind: 'construct',
    build: (app) => { new Worker(development(app), 'worker', { ...WORKER, image: 'registry.example.com/shop/api@sha256:abc' }); },
    expected: 'Worker \'shop-development/worker\': \'image\' (\'registry.example.com/shop/api@sha256:abc\') has an invalid digest: expected \'sha256:\' and 64 lowercase hex digits',
  },
  {
    name: 'empty image reference',
    kind: 'construct',
    build: (app) => { new Worker(development(app), 'worker', { ...WORKER, image: ' ' }); },
    expected: 'Worker \'shop-development/worker\': \'image\' (\' \') must not be empty',
  },
  // ---- environment variables, config and secrets
  {
    name: 'invalid environment variable name',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, env: { '1ST_VALUE': 'x' } }); },
    expected: 'Worker \'shop-production/worker\': \'env[\'1ST_VALUE\']\' (\'1ST_VALUE\') must be a valid environment variable name: letters, digits, \'_\', \'-\' and \'.\', not starting with a digit',
  },
  {
    name: 'the same environment variable added twice (addEnv)',
    kind: 'construct',
    build: (app) => {
      const worker = new Worker(production(app), 'worker', { ...WORKER, env: { LOG_LEVEL: 'info' } });
      worker.addEnv('LOG_LEVEL', 'debug');
    },
    expected: 'Worker \'shop-production/worker\': \'env\' (\'LOG_LEVEL\') is set twice: each environment variable may be set once',
  },
  {
    name: 'invalid environment variable name (addEnv)',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', WORKER).addEnv('MY VAR', 'x'); },
    expected: 'Worker \'shop-production/worker\': \'env[\'MY VAR\']\' (\'MY VAR\') must be a valid environment variable name: letters, digits, \'_\', \'-\' and \'.\', not starting with a digit',
  },
  {
    name: 'unknown ConfigMap key',
    kind: 'construct',
    build: (app) => {
      const shop = production(app);
      const config = new Config(shop, 'app-config', { data: { LOG_LEVEL: 'info', CACHE_TTL: 300 } });
      new Worker(shop, 'worker', { ...WORKER, env: { LOG_LEVEL: EnvValue.fromConfig(config, 'LOGLEVEL') } });
    },
    expected: '\'key\' (\'LOGLEVEL\') is not a key of Config \'shop-production/app-config\' (keys: LOG_LEVEL, CACHE_TTL)',
  },
  {
    name: 'undeclared Secret key',
    kind: 'construct',
    build: (app) => {
      const db = SecretRef.existing('user-db-credentials', ['username', 'password']);
      new Worker(production(app), 'worker', { ...WORKER, env: { DB_PASSWORD: EnvValue.fromSecret(db, 'passwd') } });
    },
    expected: '\'key\' (\'passwd\') is not a declared key of Secret \'user-db-credentials\' (declared: username, password)',
  },
  {
    name: 'SecretRef without keys',
    kind: 'construct',
    build: () => { SecretRef.existing('user-db-credentials', []); },
    expected: '\'secret.keys\' ([]) must list at least one key of Secret \'user-db-credentials\'',
  },
  {
    name: 'SecretRef name is not a DNS subdomain',
    kind: 'construct',
    build: () => { SecretRef.existing('DB_Credentials', ['password']); },
    expected: `'secret.name' ('DB_Credentials') ${DNS_SUBDOMAIN_RULE}`,
  },
  {
    name: 'credential-like Config key',
    kind: 'construct',
    build: (app) => { new Config(production(app), 'app-config', { data: { LOG_LEVEL: 'info', DB_PASSWORD: 'hunter2' } }); },
    expected: 'Config \'shop-production/app-config\': \'data\' key \'DB_PASSWORD\' looks like a credential: keep it in a Secret and reference it with SecretRef.existing(), never in a ConfigMap',
  },
  {
    name: 'Config without data',
    kind: 'construct',
    build: (app) => { new Config(production(app), 'app-config', { data: {} }); },
    expected: 'Config \'shop-production/app-config\': \'data\' ({}) must have at least one key',
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
  // ---- ingress
  {
    name: 'second exposeViaIngress',
    kind: 'construct',
    build: (app) => {
      const web = new WebService(production(app), 'api', { ...WEB, ingress: { host: 'shop.example.com' } });
      web.exposeViaIngress({ host: 'api.example.com' });
    },
    expected: 'WebService \'shop-production/api\': Unable to expose api via an ingress: it is already exposed; add paths to one ingress instead',
  },
  {
    name: 'ingress host that is not fully qualified',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, ingress: { host: 'localhost' } }); },
    expected: 'WebService \'shop-production/api\': \'ingress.host\' (\'localhost\') must be a fully qualified DNS name such as \'shop.example.com\' (a leading \'*.\' is allowed)',
  },
  {
    name: 'ingress host with uppercase letters',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', WEB).exposeViaIngress({ host: 'Shop.Example.com' }); },
    expected: 'WebService \'shop-production/api\': \'ingress.host\' (\'Shop.Example.com\') must be a fully qualified DNS name such as \'shop.example.com\' (a leading \'*.\' is allowed)',
  },
  {
    name: 'ingress path without a leading slash',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, ingress: { host: 'shop.example.com', path: 'api' } }); },
    expected: 'WebService \'shop-production/api\': \'ingress.path\' (\'api\') must start with \'/\'',
  },
  // ---- filesystem and security
  {
    name: 'writablePaths \'/\'',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, writablePaths: ['/'] }); },
    expected: 'Worker \'shop-production/worker\': \'writablePaths\' (\'/\') must not be the root: set security.readOnlyRootFilesystem to false instead',
  },
  {
    name: 'relative writablePaths',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, writablePaths: ['var/cache'] }); },
    expected: 'Worker \'shop-production/worker\': \'writablePaths\' (\'var/cache\') must be an absolute path without spaces or \'..\'',
  },
  {
    name: 'writablePaths lists /tmp again',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, writablePaths: ['/tmp'] }); },
    expected: 'Worker \'shop-production/worker\': \'writablePaths\' (\'/tmp\') is listed twice (/tmp is always writable)',
  },
  {
    name: 'security.user 0 (root)',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, security: { user: 0 } }); },
    expected: 'Worker \'shop-production/worker\': \'security.user\' (0) must be >= 1',
  },
  {
    name: 'disallowed capability',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, security: { addCapabilities: ['NET_BIND_SERVICE', 'SYS_ADMIN'] } }); },
    expected: 'Worker \'shop-production/worker\': \'security.addCapabilities\' (\'SYS_ADMIN\') is not allowed by the "restricted" Pod Security Standard: only NET_BIND_SERVICE may be added',
  },
  {
    name: 'fractional terminationGracePeriod',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, terminationGracePeriod: Duration.millis(1500) }); },
    expected: 'Worker \'shop-production/worker\': \'terminationGracePeriod\' (\'1500ms\') must be a whole number of seconds',
  },
  {
    name: 'empty command',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, command: [] }); },
    expected: 'Worker \'shop-production/worker\': \'command\' ([]) must not be empty when given (omit it to use the image\'s ENTRYPOINT)',
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
  // ---- images
  {
    name: 'Image inside a Blueprint',
    kind: 'construct',
    build: (app) => {
      new Image(production(app), 'api-image', { build: Build.rust({ binary: 'api' }), repository: 'registry.example.com/shop/api', tag: '1.4.2' });
    },
    expected: 'Image \'shop-production/api-image\': an Image is built once for every environment: create it in the app (new Image(app, …)), not inside Blueprint \'shop-production\'',
  },
  {
    name: 'Build uid below 10000',
    kind: 'construct',
    build: (app) => { new Image(app, 'api-image', { build: Build.rust({ binary: 'api', uid: 1000 }), repository: 'registry.example.com/shop/api', tag: '1.4.2' }); },
    expected: '\'uid\' (1000) must be >= 10000 (a fixed non-root id above the ranges base images and host accounts use)',
  },
  {
    name: 'Image repository with an uppercase path',
    kind: 'construct',
    build: (app) => { new Image(app, 'api-image', { build: Build.rust({ binary: 'api' }), repository: 'registry.example.com/Shop/API', tag: '1.4.2' }); },
    expected: 'Image \'api-image\': \'repository\' (\'registry.example.com/Shop/API\') must be [registry/]path with a lowercase path, e.g. \'registry.example.com/shop/api\'',
  },
  {
    name: 'Build with an invalid binary name',
    kind: 'construct',
    build: () => { Build.rust({ binary: 'my api' }); },
    expected: '\'binary\' (\'my api\') must be a binary name matching /^[A-Za-z0-9][A-Za-z0-9_-]*$/',
  },
  {
    name: 'Dockerfile ENV with a secret-like name',
    kind: 'construct',
    build: () => { DockerfileInstruction.env({ API_TOKEN: 'abc' }); },
    expected: 'ENV: \'name\' (\'API_TOKEN\') must not look like a secret (it matches /(PASSWORD|SECRET|TOKEN|API_KEY|PRIVATE_KEY)/i): ARG and ENV values are stored in the image; pass secrets at runtime from a Kubernetes Secret',
  },
  {
    name: 'Dockerfile base image with a moving tag',
    kind: 'construct',
    build: () => {
      Build.fromDockerfile(Dockerfile.of({
        stages: [DockerfileStage.from('debian:latest', { instructions: [DockerfileInstruction.userId(10001, 10001), DockerfileInstruction.cmd(['/app'])] })],
      }));
    },
    expected: '\'FROM\' (\'debian:latest\') must pin a tag or digest, and not a moving tag such as \'latest\' (builds must be reproducible)',
  },
  {
    name: 'Dockerfile without USER',
    kind: 'construct',
    build: () => {
      Build.fromDockerfile(Dockerfile.of({ stages: [DockerfileStage.from('debian:bookworm-slim', { instructions: [DockerfileInstruction.cmd(['/app'])] })] }));
    },
    expected: '\'USER\' (undefined) must be set in the final stage to a numeric UID:GID such as \'10001:10001\' (the image must not run as root)',
  },
  // ---- annotations, labels and ingress options the API server would reject
  {
    name: 'workload label that overrides a selector label',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, labels: { 'app.kubernetes.io/name': 'mailer' } }); },
    expected: 'Worker \'shop-production/worker\': \'labels\' (\'app.kubernetes.io/name\') is set by the blueprint (selectors depend on it): choose another label key',
  },
  {
    name: 'Blueprint namespace is not a DNS label',
    kind: 'construct',
    build: (app) => { new Blueprint(app, 'shop-production', { environment: Environment.production(), namespace: 'Shop' }); },
    expected: `Blueprint 'shop-production': 'namespace' ('Shop') ${DNS_LABEL_RULE}`,
  },
  {
    name: 'Blueprint name too long for the app.kubernetes.io/instance label',
    kind: 'construct',
    build: (app) => { new WebService(new Blueprint(app, 'shop-production', { environment: Environment.production(), name: `shop-${'x'.repeat(55)}` }), 'api', WEB); },
    expected: `Blueprint 'shop-production': 'name' ('shop-${'x'.repeat(55)}') is too long: the label app.kubernetes.io/instance ('shop-${'x'.repeat(55)}-production') must be at most 63 characters`,
  },
  {
    name: 'pod annotation with an invalid key',
    kind: 'construct',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, podAnnotations: { 'log shipper/parse': 'json' } }); },
    expected: 'Worker \'shop-production/worker\': \'podAnnotations\' (\'log shipper/parse\') must be a valid annotation key: an optional DNS-1123 subdomain prefix and \'/\', then at most 63 characters of letters, digits, \'-\', \'_\' and \'.\'',
  },
  {
    name: 'ingress annotation with an invalid key',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, ingress: { host: 'shop.example.com', annotations: { 'nginx ingress/rewrite': '/' } } }); },
    expected: 'WebService \'shop-production/api\': \'ingress.annotations\' (\'nginx ingress/rewrite\') must be a valid annotation key: an optional DNS-1123 subdomain prefix and \'/\', then at most 63 characters of letters, digits, \'-\', \'_\' and \'.\'',
  },
  {
    name: 'ingress class name that is not a DNS subdomain',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, ingress: { host: 'shop.example.com', className: 'Public NGINX' } }); },
    expected: "WebService 'shop-production/api': 'ingress.className' ('Public NGINX') must be the name of an IngressClass (a DNS-1123 subdomain)",
  },
  {
    name: 'ingress TLS secret that is not a Secret name',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, ingress: { host: 'shop.example.com', tlsSecret: 'Shop_TLS' } }); },
    expected: 'WebService \'shop-production/api\': \'ingress.tlsSecret\' (\'Shop_TLS\') must be the name of an existing Secret',
  },
  // ---- network
  {
    name: 'ExternalService host that is an IP address',
    kind: 'construct',
    build: (app) => { new ExternalService(production(app), 'payments', { host: '10.0.0.12', port: 443 }); },
    expected: 'ExternalService \'shop-production/payments\': \'host\' (\'10.0.0.12\') must be a fully qualified DNS name (an IP address needs a Service with Endpoints, not ExternalName)',
  },
  {
    name: 'ExternalService host without a dot',
    kind: 'construct',
    build: (app) => { new ExternalService(production(app), 'payments', { host: 'payments', port: 443 }); },
    expected: 'ExternalService \'shop-production/payments\': \'host\' (\'payments\') must be a fully qualified DNS name (an IP address needs a Service with Endpoints, not ExternalName)',
  },
  {
    name: 'CIDR without a prefix length',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', WEB).connections.allowTo(Peer.cidr('10.0.0.0'), [{ port: 443 }]); },
    expected: '\'cidr\' (\'10.0.0.0\') must be an IPv4 or IPv6 CIDR such as \'10.0.0.0/8\'',
  },
  // ---- suppressions and artifacts
  {
    name: 'suppression with a too-short justification',
    kind: 'construct',
    build: (app) => { Policy.suppress(new Worker(production(app), 'worker', WORKER), 'high-uid', 'legacy image'); },
    expected: 'Policy.suppress \'shop-production/worker\': \'justification\' ("legacy image") must explain in at least 20 characters why rule \'high-uid\' does not apply',
  },
  {
    name: 'suppression of a malformed rule id',
    kind: 'construct',
    build: (app) => { Policy.suppress(new Worker(production(app), 'worker', WORKER), 'High_UID', 'the vendor image runs as UID 999 and cannot change'); },
    expected: 'Policy.suppress \'shop-production/worker\': \'rule\' ("High_UID") must be a rule id such as \'high-uid\' (see the README\'s rule table)',
  },
  {
    name: 'artifact path outside the output directory',
    kind: 'construct',
    build: (app) => { new Artifact(app, 'Notes', { path: '../notes.txt', render: () => 'notes\n' }); },
    expected: 'Artifact \'Notes\': \'path\' (\'../notes.txt\') must be relative to the output directory, without \'..\' or empty segments',
  },
];

/** One input per rule of the validation gate, each producing exactly one finding of that rule. */
const GATE: CorpusCase[] = [
  // ---- schema and uniqueness
  {
    name: 'schema: a Service of an unknown type',
    kind: 'gate', rule: 'schema',
    build: (app) => {
      const web = new WebService(production(app), 'api', WEB);
      web.service.addJsonPatch(JsonPatch.replace('/spec/type', 'Foo'));
    },
    expected: oneError('schema', 'shop-production/api/Service', 'Service \'api\' /spec/type: must be one of \'ClusterIP\', \'ExternalName\', \'LoadBalancer\', \'NodePort\', got \'Foo\''),
  },
  {
    name: 'schema: an unknown field',
    kind: 'gate', rule: 'schema',
    build: (app) => { patchedWeb(app, JsonPatch.add(`${CONTAINER}/imagePullSecret`, 'registry')); },
    expected: oneError('schema', 'shop-production/api/Deployment', `Deployment 'api' ${CONTAINER}/imagePullSecret: unknown field 'imagePullSecret' (Kubernetes 1.28 Container has no such field)`),
  },
  {
    name: 'schema: an API version Kubernetes 1.28 no longer serves',
    kind: 'gate', rule: 'schema',
    build: (app) => {
      const web = new WebService(production(app), 'api', { ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70 }) });
      web.autoscaler!.addJsonPatch(JsonPatch.replace('/apiVersion', 'autoscaling/v2beta2'));
    },
    expected: oneError('schema', 'shop-production/api/Autoscaler', 'HorizontalPodAutoscaler \'api\' /apiVersion: apiVersion \'autoscaling/v2beta2\' kind \'HorizontalPodAutoscaler\' is not served by Kubernetes 1.28 (use \'autoscaling/v2\')'),
  },
  {
    name: 'schema: a CPU limit that is not a quantity',
    kind: 'gate', rule: 'schema',
    build: (app) => { patchedWeb(app, JsonPatch.replace(`${CONTAINER}/resources/limits/cpu`, 'one core')); },
    expected: oneError('schema', 'shop-production/api/Deployment', `Deployment 'api' ${CONTAINER}/resources/limits/cpu: must be a Kubernetes quantity (e.g. '250m', '512Mi'), got 'one core'`),
  },
  {
    name: 'port-range: a Service port above 65535',
    kind: 'gate', rule: 'port-range',
    build: (app) => { new WebService(production(app), 'api', WEB).service.addJsonPatch(JsonPatch.replace('/spec/ports/0/port', 70000)); },
    expected: oneError('port-range', 'shop-production/api/Service', 'Service \'api\' uses port 70000, outside 1-65535'),
  },
  {
    name: 'backup-coverage: a PersistentVolumeClaim in production that no backup covers',
    kind: 'gate', rule: 'backup-coverage',
    build: (app) => {
      const shop = production(app);
      new WebService(shop, 'api', WEB);
      new ApiObject(shop, 'uploads', {
        apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'uploads' },
        spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } },
      });
    },
    expected: oneError('backup-coverage', 'shop-production/uploads', 'PersistentVolumeClaim \'uploads\' is not covered by any backup'),
  },
  {
    name: 'unique-objects: a raw object with the name of a construct\'s object',
    kind: 'gate', rule: 'unique-objects',
    build: (app) => {
      const shop = production(app);
      new WebService(shop, 'api', WEB);
      new ApiObject(shop, 'legacy-account', { apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'api' } });
    },
    expected: oneError('unique-objects', 'shop-production/legacy-account', 'ServiceAccount \'api\' is also emitted by \'shop-production/api/ServiceAccount\''),
  },
  // ---- semantic
  {
    name: 'dns-name: an object name with uppercase letters',
    kind: 'gate', rule: 'dns-name',
    build: (app) => { new ApiObject(production(app), 'settings', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'App_Settings' }, data: { mode: 'fast' } }); },
    expected: oneError('dns-name', 'shop-production/settings', 'ConfigMap name "App_Settings" is not a valid DNS-1123 subdomain'),
  },
  {
    name: 'label-syntax: a label value with a space',
    kind: 'gate', rule: 'label-syntax',
    build: (app) => { patchedWeb(app, JsonPatch.add('/metadata/labels/team', 'web shop')); },
    expected: oneError('label-syntax', 'shop-production/api/Deployment', 'Deployment \'api\': label \'team\' has an invalid value "web shop"'),
  },
  {
    name: 'cron-schedule: a CronJob schedule out of range',
    kind: 'gate', rule: 'cron-schedule',
    build: (app) => { new CronTask(production(app), 'report', CRON).cronJob.addJsonPatch(JsonPatch.replace('/spec/schedule', '0 25 * * *')); },
    expected: oneError('cron-schedule', 'shop-production/report/CronJob', 'CronJob \'report\': \'schedule\' (\'0 25 * * *\') has hour 25 outside 0-23'),
  },
  {
    name: 'cron-schedule: a CronJob time zone that does not exist',
    kind: 'gate', rule: 'cron-schedule',
    build: (app) => { new CronTask(production(app), 'report', CRON).cronJob.addJsonPatch(JsonPatch.replace('/spec/timeZone', 'Mars/Olympus_Mons')); },
    expected: oneError('cron-schedule', 'shop-production/report/CronJob', 'CronJob \'report\': \'schedule.timeZone\' (\'Mars/Olympus_Mons\') is not an IANA time zone name (e.g. \'Etc/UTC\', \'Europe/Berlin\')'),
  },
  {
    name: 'unique-ports: two container ports with one number',
    kind: 'gate', rule: 'unique-ports',
    build: (app) => { patchedWeb(app, JsonPatch.add(`${CONTAINER}/ports/-`, { name: 'admin', containerPort: 8080, protocol: 'TCP' })); },
    expected: oneError('unique-ports', 'shop-production/api/Deployment', 'container \'api\' repeats a port (8080/TCP, 8080/TCP)'),
  },
  {
    name: 'selector-matches-template: a selector the pod template does not carry',
    kind: 'gate', rule: 'selector-matches-template',
    build: (app) => { patchedWorker(app, JsonPatch.add('/spec/selector/matchLabels/tier', 'backend')); },
    expected: oneError('selector-matches-template', 'shop-development/worker/Deployment', 'Deployment \'worker\': selector {"app.kubernetes.io/instance":"shop-development","app.kubernetes.io/name":"worker","tier":"backend"} does not match its pod template labels'),
  },
  {
    name: 'service-selects-pods: a Service targetPort no container declares',
    kind: 'gate', rule: 'service-selects-pods',
    build: (app) => { new WebService(production(app), 'api', WEB).service.addJsonPatch(JsonPatch.replace('/spec/ports/0/targetPort', 9090)); },
    expected: oneError('service-selects-pods', 'shop-production/api/Service', 'Service \'api\': targetPort 9090 is not a container port of the pods it selects'),
  },
  {
    name: 'hpa-target: an autoscaler whose target is not in the blueprint',
    kind: 'gate', rule: 'hpa-target',
    build: (app) => {
      new ApiObject(production(app), 'ghost-scaler', {
        apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name: 'ghost' },
        spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'ghost' }, minReplicas: 2, maxReplicas: 4 },
      });
    },
    expected: oneError('hpa-target', 'shop-production/ghost-scaler', 'HorizontalPodAutoscaler \'ghost\': scaleTargetRef Deployment \'ghost\' is not in the blueprint'),
  },
  {
    // ResourceProfile cannot express a container without a CPU request (Cpu.millis needs >= 1 and `request` is
    // required), so the construct-time check is unreachable through the API; the gate catches a patched one.
    name: 'hpa-target: CPU autoscaling of a container without a CPU request',
    kind: 'gate', rule: 'hpa-target',
    build: (app) => {
      const web = new WebService(production(app), 'api', { ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70 }) });
      web.deployment.addJsonPatch(JsonPatch.remove(`${CONTAINER}/resources/requests/cpu`));
    },
    expected: report('Validation failed: 2 errors; nothing was written.',
      e('hpa-target', 'shop-production/api/Autoscaler', 'HorizontalPodAutoscaler \'api\': scales on cpu utilization but a container of Deployment \'api\' has no cpu request'),
      e('resources', 'shop-production/api/Deployment', 'container \'api\' has no requests.cpu'),
    ),
  },
  {
    name: 'pdb-selects-pods: maxUnavailable 0',
    kind: 'gate', rule: 'pdb-selects-pods',
    build: (app) => { new WebService(production(app), 'api', WEB).disruptionBudget!.addJsonPatch(JsonPatch.replace('/spec/maxUnavailable', 0)); },
    expected: oneError('pdb-selects-pods', 'shop-production/api/DisruptionBudget', 'PodDisruptionBudget \'api\': maxUnavailable 0 blocks every voluntary eviction (node drains hang)'),
  },
  {
    name: 'pdb-selects-pods: minAvailable 100%',
    kind: 'gate', rule: 'pdb-selects-pods',
    build: (app) => {
      new WebService(production(app), 'api', WEB).disruptionBudget!.addJsonPatch(JsonPatch.remove('/spec/maxUnavailable'), JsonPatch.add('/spec/minAvailable', '100%'));
    },
    expected: oneError('pdb-selects-pods', 'shop-production/api/DisruptionBudget', 'PodDisruptionBudget \'api\': minAvailable \'100%\' blocks every voluntary eviction (node drains hang)'),
  },
  {
    name: 'networkpolicy-selects-pods: a policy for pods that do not exist',
    kind: 'gate', rule: 'networkpolicy-selects-pods',
    build: (app) => {
      new ApiObject(production(app), 'allow-ghost', {
        apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', metadata: { name: 'allow-ghost' },
        spec: { podSelector: { matchLabels: { 'app.kubernetes.io/name': 'ghost' } }, policyTypes: ['Ingress'] },
      });
    },
    expected: oneError('networkpolicy-selects-pods', 'shop-production/allow-ghost', 'NetworkPolicy \'allow-ghost\': podSelector {"app.kubernetes.io/name":"ghost"} matches no pod template in the blueprint'),
  },
  {
    name: 'ingress-backend: a backend port the Service does not have',
    kind: 'gate', rule: 'ingress-backend',
    build: (app) => {
      const web = new WebService(production(app), 'api', { ...WEB, ingress: { host: 'shop.example.com' } });
      web.ingress!.addJsonPatch(JsonPatch.replace('/spec/rules/0/http/paths/0/backend/service/port/number', 8080));
    },
    expected: oneError('ingress-backend', 'shop-production/api/Ingress', 'Ingress \'api\': backend port {"number":8080} is not a port of Service \'api\''),
  },
  {
    name: 'config-refs: an env var from a ConfigMap that is not in the blueprint',
    kind: 'gate', rule: 'config-refs',
    build: (app) => { patchedWeb(app, JsonPatch.add(`${CONTAINER}/env`, [{ name: 'MODE', valueFrom: { configMapKeyRef: { name: 'settings', key: 'mode' } } }])); },
    expected: oneError('config-refs', 'shop-production/api/Deployment', 'env MODE: ConfigMap \'settings\' is not in the blueprint'),
  },
  {
    name: 'service-account: pods run as the default ServiceAccount',
    kind: 'gate', rule: 'service-account',
    build: (app) => { patchedWeb(app, JsonPatch.replace('/spec/template/spec/serviceAccountName', 'default')); },
    expected: oneError('service-account', 'shop-production/api/Deployment', 'Deployment \'api\': pods run as the namespace\'s default ServiceAccount'),
  },
  {
    name: 'probe-port: a health check on a port the container does not declare',
    kind: 'gate', rule: 'probe-port',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, health: HealthCheck.http('/healthz', { port: 9090 }) }); },
    expected: oneError('probe-port', 'shop-production/api/Deployment', 'container \'api\': startupProbe port 9090 is not a declared container port'),
  },
  // ---- Pod Security Standards
  {
    name: 'pss-privileged: a privileged container',
    kind: 'gate', rule: 'pss-privileged',
    build: (app) => { patchedWeb(app, JsonPatch.replace(`${CONTAINER}/securityContext/privileged`, true)); },
    expected: oneError('pss-privileged', 'shop-production/api/Deployment', 'container \'api\' is privileged'),
  },
  {
    name: 'pss-host-namespaces: hostNetwork',
    kind: 'gate', rule: 'pss-host-namespaces',
    build: (app) => { patchedWeb(app, JsonPatch.add('/spec/template/spec/hostNetwork', true)); },
    expected: oneError('pss-host-namespaces', 'shop-production/api/Deployment', 'Deployment \'api\': pod sets hostNetwork'),
  },
  {
    name: 'pss-volume-types: a hostPath volume',
    kind: 'gate', rule: 'pss-volume-types',
    build: (app) => { patchedWeb(app, JsonPatch.add('/spec/template/spec/volumes/-', { name: 'docker-sock', hostPath: { path: '/var/run/docker.sock' } })); },
    expected: oneError('pss-volume-types', 'shop-production/api/Deployment', 'Deployment \'api\': volume \'docker-sock\' is of a type the restricted profile forbids (hostPath)'),
  },
  {
    name: 'pss-privilege-escalation: security.allowPrivilegeEscalation',
    kind: 'gate', rule: 'pss-privilege-escalation',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, security: { allowPrivilegeEscalation: true } }); },
    expected: oneError('pss-privilege-escalation', 'shop-production/api/Deployment', 'container \'api\' does not set allowPrivilegeEscalation: false'),
  },
  {
    name: 'pss-run-as-non-root: runAsNonRoot false',
    kind: 'gate', rule: 'pss-run-as-non-root',
    build: (app) => { patchedWeb(app, JsonPatch.replace(`${CONTAINER}/securityContext/runAsNonRoot`, false)); },
    expected: oneError('pss-run-as-non-root', 'shop-production/api/Deployment', 'container \'api\' does not set runAsNonRoot: true'),
  },
  {
    name: 'pss-capabilities: an added capability',
    kind: 'gate', rule: 'pss-capabilities',
    build: (app) => { patchedWeb(app, JsonPatch.add(`${CONTAINER}/securityContext/capabilities/add`, ['NET_ADMIN'])); },
    expected: oneError('pss-capabilities', 'shop-production/api/Deployment', 'container \'api\' adds capabilities NET_ADMIN'),
  },
  {
    name: 'pss-seccomp: an unconfined seccomp profile',
    kind: 'gate', rule: 'pss-seccomp',
    build: (app) => { patchedWeb(app, JsonPatch.replace(`${CONTAINER}/securityContext/seccompProfile/type`, 'Unconfined')); },
    expected: oneError('pss-seccomp', 'shop-production/api/Deployment', 'container \'api\' has seccomp profile "Unconfined"'),
  },
  // ---- policy
  {
    name: 'resources: no memory limit',
    kind: 'gate', rule: 'resources',
    build: (app) => { patchedWeb(app, JsonPatch.remove(`${CONTAINER}/resources/limits/memory`)); },
    expected: oneError('resources', 'shop-production/api/Deployment', 'container \'api\' has no limits.memory'),
  },
  {
    name: 'resources-cpu-limit: a profile without a CPU limit',
    kind: 'gate', rule: 'resources-cpu-limit',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, resources: ResourceProfile.medium().withoutCpuLimit() }); },
    expected: oneError('resources-cpu-limit', 'shop-production/api/Deployment', 'container \'api\' has no CPU limit'),
  },
  {
    name: 'image-tag: a mutable tag in a production environment that allows any image',
    kind: 'gate', rule: 'image-tag',
    build: (app) => {
      const prod = Environment.custom({ name: 'prod', production: true, imagePolicy: ImagePolicy.ANY });
      new Worker(new Blueprint(app, 'shop-prod', { environment: prod }), 'worker', { ...WORKER, image: 'registry.example.com/shop/api:main' });
    },
    expected: oneError('image-tag', 'shop-prod/worker/Deployment', 'container \'worker\' image \'registry.example.com/shop/api:main\' uses the mutable tag \'main\' in production'),
  },
  {
    name: 'high-uid: security.user below 10000',
    kind: 'gate', rule: 'high-uid',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, security: { user: 999 } }); },
    expected: oneError('high-uid', 'shop-production/worker/Deployment', 'container \'worker\' runs as UID 999 (< 10000)'),
  },
  {
    name: 'read-only-root-fs: security.readOnlyRootFilesystem false',
    kind: 'gate', rule: 'read-only-root-fs',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, security: { readOnlyRootFilesystem: false } }); },
    expected: oneError('read-only-root-fs', 'shop-production/worker/Deployment', 'container \'worker\' has a writable root filesystem'),
  },
  {
    name: 'automount-token: security.mountServiceAccountToken',
    kind: 'gate', rule: 'automount-token',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, security: { mountServiceAccountToken: true } }); },
    expected: oneError('automount-token', 'shop-production/worker/Deployment', 'Deployment \'worker\': pods mount a ServiceAccount token'),
  },
  {
    name: 'probes: an exposed service without a health check in production',
    kind: 'gate', rule: 'probes',
    build: (app) => { new WebService(production(app), 'api', { image: IMAGE, port: 8080 }); },
    expected: oneError('probes', 'shop-production/api/Deployment', 'container \'api\' has no readiness probe (it serves traffic in production)'),
  },
  {
    name: 'probes-distinct: the liveness probe is the readiness probe',
    kind: 'gate', rule: 'probes-distinct',
    build: (app) => { patchedWeb(app, JsonPatch.copy(`${CONTAINER}/readinessProbe`, `${CONTAINER}/livenessProbe`)); },
    expected: oneError('probes-distinct', 'shop-production/api/Deployment', 'container \'api\' has identical readiness and liveness probes: a slow dependency would restart it instead of taking it out of rotation'),
  },
  {
    name: 'network-policy: egress is not restricted',
    kind: 'gate', rule: 'network-policy',
    build: (app) => { new WebService(production(app), 'api', WEB).networkPolicy.addJsonPatch(JsonPatch.replace('/spec/policyTypes', ['Ingress'])); },
    expected: oneError('network-policy', 'shop-production/api/Deployment', 'Deployment \'api\': pods are not isolated by a NetworkPolicy for Egress'),
  },
  {
    name: 'disruption-budget: disruptionBudget false in production',
    kind: 'gate', rule: 'disruption-budget',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, disruptionBudget: false }); },
    expected: oneError('disruption-budget', 'shop-production/api/Deployment', 'Deployment \'api\' runs 3+ replicas without a PodDisruptionBudget'),
  },
  {
    name: 'anti-affinity: a production environment without topology spread',
    kind: 'gate', rule: 'anti-affinity',
    build: (app) => {
      const prod = Environment.custom({ name: 'prod', replicas: 2, production: true, disruptionBudgets: true, imagePolicy: ImagePolicy.NO_MUTABLE_TAG });
      new WebService(new Blueprint(app, 'shop-prod', { environment: prod }), 'api', WEB);
    },
    expected: oneError('anti-affinity', 'shop-prod/api/Deployment', 'Deployment \'api\' may place every replica on one node'),
  },
  {
    name: 'hpa-replicas: an autoscaled Deployment that sets replicas',
    kind: 'gate', rule: 'hpa-replicas',
    build: (app) => {
      const web = new WebService(production(app), 'api', { ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 10, cpuUtilization: 70 }) });
      web.deployment.addJsonPatch(JsonPatch.add('/spec/replicas', 4));
    },
    expected: oneError('hpa-replicas', 'shop-production/api/Deployment', 'Deployment \'api\' sets replicas (4) but HorizontalPodAutoscaler \'api\' scales it: every apply would reset the count'),
  },
  {
    name: 'secret-in-env: a literal password',
    kind: 'gate', rule: 'secret-in-env',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, env: { LOG_LEVEL: 'info', DB_PASSWORD: 'hunter2' } }); },
    expected: oneError('secret-in-env', 'shop-production/api/Deployment', 'container \'api\': env DB_PASSWORD holds a literal value; credentials must come from a Secret'),
  },
  {
    name: 'secret-in-configmap: a raw ConfigMap with a token',
    kind: 'gate', rule: 'secret-in-configmap',
    build: (app) => { new ApiObject(production(app), 'settings', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { MODE: 'fast', API_TOKEN: 'abc' } }); },
    expected: oneError('secret-in-configmap', 'shop-production/settings', 'ConfigMap \'settings\' has credential-like keys: API_TOKEN'),
  },
  {
    name: 'no-secret-values: a raw Secret with data',
    kind: 'gate', rule: 'no-secret-values',
    build: (app) => { new ApiObject(production(app), 'db-credentials', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db-credentials' }, stringData: { password: 'hunter2' } }); },
    expected: oneError('no-secret-values', 'shop-production/db-credentials', 'Secret \'db-credentials\' carries secret values in the manifest'),
  },
  // ---- images vs manifests
  {
    name: 'image-port: an explicit port other than the one the image EXPOSEs',
    kind: 'gate', rule: 'image-port',
    build: (app) => { new WebService(production(app), 'api', { image: rustImage(app), port: 9090 }); },
    expected: report('Validation failed: 5 errors; nothing was written.',
      e('image-port', 'shop-production/api/Deployment', 'images/api-image/Dockerfile vs container \'api\': EXPOSE 8080 but the container declares port 9090'),
      e('image-port', 'shop-production/api/Deployment', 'images/api-image/Dockerfile vs container \'api\': EXPOSE 8080 but the startupProbe checks port 9090'),
      e('image-port', 'shop-production/api/Deployment', 'images/api-image/Dockerfile vs container \'api\': EXPOSE 8080 but the readinessProbe checks port 9090'),
      e('image-port', 'shop-production/api/Deployment', 'images/api-image/Dockerfile vs container \'api\': EXPOSE 8080 but the livenessProbe checks port 9090'),
      e('image-port', 'shop-production/api/Deployment', 'images/api-image/Dockerfile vs container \'api\': EXPOSE 8080 but Service \'api\' targets port 9090'),
    ),
  },
  {
    name: 'image-user: security.user other than the image\'s USER',
    kind: 'gate', rule: 'image-user',
    build: (app) => { new WebService(production(app), 'api', { image: rustImage(app), security: { user: 20000 } }); },
    expected: oneError('image-user', 'shop-production/api/Deployment', 'images/api-image/Dockerfile vs container \'api\': USER 10001:10001 but the container runs as 20000:10001'),
  },
  {
    name: 'image-writable-paths: a path the image writes is not mounted',
    kind: 'gate', rule: 'image-writable-paths',
    build: (app) => {
      const web = new WebService(production(app), 'api', { image: rustImage(app, { writablePaths: ['/var/cache/api'] }), security: { readOnlyRootFilesystem: true } });
      web.deployment.addJsonPatch(JsonPatch.remove(`${CONTAINER}/volumeMounts/1`));
    },
    expected: oneError('image-writable-paths', 'shop-production/api/Deployment', 'images/api-image/Dockerfile vs container \'api\': the image writes /var/cache/api but the read-only container mounts no volume there'),
  },
  {
    name: 'image-entrypoint: a shell-form ENTRYPOINT and no command',
    kind: 'gate', rule: 'image-entrypoint',
    build: (app) => {
      const build = Build.fromDockerfile(Dockerfile.of({
        stages: [DockerfileStage.from('debian:bookworm-slim', {
          instructions: [DockerfileInstruction.userId(10001, 10001), DockerfileInstruction.entrypointShellForm('/usr/local/bin/app --serve')],
        })],
      }));
      const external: IImageSource = { imageReference: IMAGE, facts: build.facts(), dockerfilePath: 'vendor/api/Dockerfile' };
      new Worker(production(app), 'worker', { image: external, health: HealthCheck.exec(['/app/healthcheck']) });
    },
    expected: oneError('image-entrypoint', 'shop-production/worker/Deployment', 'vendor/api/Dockerfile vs container \'worker\': the ENTRYPOINT/CMD is in shell form: /bin/sh is PID 1 and does not forward SIGTERM to the app'),
  },
  // ---- Dockerfile hygiene (hand-written Dockerfiles written as artifacts)
  {
    name: 'dockerfile-syntax: an unknown instruction',
    kind: 'gate', rule: 'dockerfile-syntax',
    build: (app) => { rawDockerfile(app, GOOD_FROM, 'COPPY app /app', GOOD_USER, GOOD_ENTRYPOINT); },
    expected: oneError('dockerfile-syntax', RAW, `${RAW_PATH}: line 2: Unknown instruction: COPPY`),
  },
  {
    name: 'dockerfile-pinned-base: an untagged base image',
    kind: 'gate', rule: 'dockerfile-pinned-base',
    build: (app) => { rawDockerfile(app, 'FROM debian', GOOD_USER, GOOD_ENTRYPOINT); },
    expected: oneError('dockerfile-pinned-base', RAW, `${RAW_PATH}: line 1: FROM debian is not pinned to a version`),
  },
  {
    name: 'dockerfile-user: a named USER',
    kind: 'gate', rule: 'dockerfile-user',
    build: (app) => { rawDockerfile(app, GOOD_FROM, 'USER app', GOOD_ENTRYPOINT); },
    expected: oneError('dockerfile-user', RAW, `${RAW_PATH}: line 2: USER app is not numeric: Kubernetes cannot verify runAsNonRoot for a user name`),
  },
  {
    name: 'dockerfile-exec-form: a shell-form CMD',
    kind: 'gate', rule: 'dockerfile-exec-form',
    build: (app) => { rawDockerfile(app, GOOD_FROM, GOOD_USER, 'CMD /usr/local/bin/app --serve'); },
    expected: oneError('dockerfile-exec-form', RAW, `${RAW_PATH}: line 3: CMD is in shell form`),
  },
  {
    name: 'dockerfile-no-add: ADD',
    kind: 'gate', rule: 'dockerfile-no-add',
    build: (app) => { rawDockerfile(app, GOOD_FROM, 'ADD app /usr/local/bin/app', GOOD_USER, GOOD_ENTRYPOINT); },
    expected: oneError('dockerfile-no-add', RAW, `${RAW_PATH}: line 2: ADD is used`),
  },
  {
    name: 'dockerfile-apt: apt-get install without cleanup',
    kind: 'gate', rule: 'dockerfile-apt',
    build: (app) => { rawDockerfile(app, GOOD_FROM, 'RUN apt-get update && apt-get install -y --no-install-recommends curl', GOOD_USER, GOOD_ENTRYPOINT); },
    expected: oneError('dockerfile-apt', RAW, `${RAW_PATH}: line 2: apt lists are not removed in the same RUN`),
  },
  {
    name: 'dockerfile-pip-cache: pip install with its cache',
    kind: 'gate', rule: 'dockerfile-pip-cache',
    build: (app) => { rawDockerfile(app, GOOD_FROM, 'RUN pip install flask==3.0.0', GOOD_USER, GOOD_ENTRYPOINT); },
    expected: oneError('dockerfile-pip-cache', RAW, `${RAW_PATH}: line 2: pip install keeps its cache in the layer`),
  },
  {
    name: 'dockerfile-no-secrets: an ENV with a credential-like name',
    kind: 'gate', rule: 'dockerfile-no-secrets',
    build: (app) => { rawDockerfile(app, GOOD_FROM, 'ENV DB_PASSWORD=hunter2', GOOD_USER, GOOD_ENTRYPOINT); },
    expected: oneError('dockerfile-no-secrets', RAW, `${RAW_PATH}: line 2: ENV DB_PASSWORD looks like a credential`),
  },
  {
    name: 'dockerfile-absolute-workdir: a relative WORKDIR',
    kind: 'gate', rule: 'dockerfile-absolute-workdir',
    build: (app) => { rawDockerfile(app, GOOD_FROM, 'WORKDIR app', GOOD_USER, GOOD_ENTRYPOINT); },
    expected: oneError('dockerfile-absolute-workdir', RAW, `${RAW_PATH}: line 2: WORKDIR app is relative`),
  },
  {
    name: 'dockerfile-no-sudo: RUN sudo',
    kind: 'gate', rule: 'dockerfile-no-sudo',
    build: (app) => { rawDockerfile(app, GOOD_FROM, GOOD_USER, 'RUN sudo mkdir -p /data', GOOD_ENTRYPOINT); },
    expected: oneError('dockerfile-no-sudo', RAW, `${RAW_PATH}: line 3: RUN uses sudo`),
  },
  // ---- the gate's own checks
  {
    name: 'suppression of an unknown rule',
    kind: 'gate', rule: 'suppression',
    build: (app) => { Policy.suppress(new Worker(production(app), 'worker', WORKER), 'no-such-rule', 'this rule does not exist in the gate at all'); },
    expected: oneError('suppression', 'shop-production/worker', 'suppresses unknown rule \'no-such-rule\''),
  },
  {
    name: 'artifact-path: two artifacts with one path',
    kind: 'gate', rule: 'artifact-path',
    build: (app) => {
      rustImage(app);
      new Artifact(app, 'Handwritten', { path: 'images/api-image/Dockerfile', render: () => 'FROM scratch\n' });
    },
    expected: report(ONE_ERROR, '  ✗ [artifact-path] Handwritten: \'path\' (\'images/api-image/Dockerfile\') is written by another artifact or blueprint'),
  },
];

/** Inputs that synthesize, with warnings. */
const WARNINGS: CorpusCase[] = [
  {
    name: 'probes (warning): a worker without a health check',
    kind: 'warning', rule: 'probes',
    build: (app) => { new Worker(production(app), 'worker', { image: IMAGE }); },
    expected: warning('probes', 'shop-production/worker/Deployment', 'container \'worker\' has no readiness probe'),
  },
  {
    name: 'resources-ephemeral-storage (warning): no ephemeral-storage limit',
    kind: 'warning', rule: 'resources-ephemeral-storage',
    build: (app) => {
      new Worker(production(app), 'worker', WORKER).deployment.addJsonPatch(JsonPatch.remove(`${CONTAINER}/resources/limits/ephemeral-storage`));
    },
    expected: warning('resources-ephemeral-storage', 'shop-production/worker/Deployment', 'container \'worker\' has no ephemeral-storage request and limit'),
  },
  {
    name: 'image-tag (warning): \'latest\' in development',
    kind: 'warning', rule: 'image-tag',
    build: (app) => { new Worker(development(app), 'worker', { ...WORKER, image: 'registry.example.com/shop/api:latest' }); },
    expected: warning('image-tag', 'shop-development/worker/Deployment', 'container \'worker\' image \'registry.example.com/shop/api:latest\' uses the latest tag'),
  },
  {
    name: 'image-pull-policy (warning): IfNotPresent',
    kind: 'warning', rule: 'image-pull-policy',
    build: (app) => { new Worker(production(app), 'worker', { ...WORKER, imagePullPolicy: 'IfNotPresent' }); },
    expected: warning('image-pull-policy', 'shop-production/worker/Deployment', 'container \'worker\' uses imagePullPolicy "IfNotPresent"'),
  },
];

/** Every case, construction errors first. */
export const CORPUS: readonly CorpusCase[] = [...CONSTRUCTION, ...GATE, ...WARNINGS];
