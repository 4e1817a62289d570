/**
 * What every module of the bad-input corpus shares: the shape of a case, the fixtures cases build on, and the
 * helpers that spell a gate report exactly as the gate prints it. The cases live in one module per family
 * (`_corpus-<family>.ts`); `_corpus.ts` joins them. Not a test file: jest only runs it through the tests that import it.
 */
import { JsonPatch } from 'cdk8s';
import { Artifact, Blueprint, BlueprintApp, Build, Environment, HealthCheck, Image, ImageSigning, ScalingPolicy, Schedule, WebService, Worker } from '../../lib/index';

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
export const WEB = { image: IMAGE, port: 8080, health: HealthCheck.http('/healthz') };

/** The least a Worker needs to pass the gate without warnings (outside development, whose single replica is warned about). */
export const WORKER = { image: IMAGE, health: HealthCheck.exec(['/app/healthcheck'], { liveness: HealthCheck.exec(['/app/healthcheck', '--alive']) }) };

/** The least a CronTask needs. */
export const CRON = { image: IMAGE, schedule: Schedule.daily({ hour: 2 }) };

export const DNS_LABEL_RULE = 'must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and \'-\', starting and ending with a letter or digit';
export const DNS_1035_RULE = 'must be a DNS-1035 label: at most 63 characters, lowercase letters, digits and \'-\', starting with a letter and ending with a letter or digit';
export const DNS_SUBDOMAIN_RULE = 'must be a DNS-1123 subdomain: at most 253 characters, lowercase letters, digits, \'-\' and \'.\', starting and ending with a letter or digit';
export const IMAGE_REF_RULE = 'is not a valid image reference: expected [registry/]path[:tag][@sha256:digest] with a lowercase path';

export function production(app: BlueprintApp): Blueprint {
  return new Blueprint(app, 'shop-production', { environment: Environment.production() });
}

export function development(app: BlueprintApp): Blueprint {
  return new Blueprint(app, 'shop-development', { environment: Environment.development() });
}

/** A production WebService 'api' that passes the gate; `patch` is applied to its Deployment. */
export function patchedWeb(app: BlueprintApp, ...patches: JsonPatch[]): WebService {
  const web = new WebService(production(app), 'api', WEB);
  web.deployment.addJsonPatch(...patches);
  return web;
}

/** A development Worker 'worker' that passes the gate (two replicas: one is warned about); `patch` is applied to its Deployment. */
export function patchedWorker(app: BlueprintApp, ...patches: JsonPatch[]): Worker {
  const worker = new Worker(development(app), 'worker', { ...WORKER, scaling: ScalingPolicy.fixed(2) });
  worker.deployment.addJsonPatch(...patches);
  return worker;
}

/** A gate report: the headline, then one entry per finding (already in report order). */
export function report(headline: string, ...findings: string[]): string {
  return [headline, ...findings].join('\n');
}

/** One error line of a report, with its fix. */
export function error(rule: string, path: string, message: string, fix: string): string {
  return `  ✗ [${rule}] ${path}: ${message}\n      fix: ${fix}`;
}

/** One warning as `synth()` prints it. */
export function warning(rule: string, path: string, message: string): string {
  return `warning [${rule}] ${path}: ${message}\n`;
}

export const ONE_ERROR = 'Validation failed: 1 error; nothing was written.';
export const CONTAINER = '/spec/template/spec/containers/0';

/** Fixes of the rules, as the report prints them. */
export const FIX = {
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
  'probes-distinct': 'let HealthCheck choose the liveness probe (a tcpSocket for http checks, none for tcp and exec), or give it a \'liveness\' that tests something else',
  'priority-class-exists': 'name classes through the blueprint (blueprint.priorityClassFor(tier)), or declare the cluster\'s own with PriorityClasses.provided({ services, data })',
  'pdb-unhealthy-pod-eviction-policy': 'use the workload\'s disruptionBudget prop: it sets AlwaysAllow, so pods that are not ready never block a node drain',
  'ingress-tls': 'give the ingress a tlsSecret: an existing kubernetes.io/tls Secret for its host (cert-manager can issue one)',
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
  'dockerfile-apt-pin': 'install packages of the bookworm pins table (presets, BackupTools and DockerfileInstruction.aptInstall write name=version from it; npm run gen:apt-pins refreshes it), write name=version, or suppress with a reason',
  'dockerfile-healthcheck': 'python, node and static-site presets write one from healthPath; rust and go take healthcheckCommand (e.g. the binary\'s own health-check mode); an image that serves nothing writes HEALTHCHECK NONE; otherwise suppress with a reason',
  'image-healthcheck': 'let the workload take its port and probes from the Image, or make the HEALTHCHECK request the readiness probe\'s port and path',
  'suppression': 'use a rule id from the README\'s rule table',
} as const;

/** One error line of rule `rule`, with that rule's fix. */
export function e(rule: keyof typeof FIX, path: string, message: string): string {
  return error(rule, path, message, FIX[rule]);
}

/** A gate report with a single error. */
export function oneError(rule: keyof typeof FIX, path: string, message: string): string {
  return report(ONE_ERROR, e(rule, path, message));
}

/** A hand-written Dockerfile (not through the model) as a raw artifact at 'images/raw/Dockerfile'. */
export function rawDockerfile(app: BlueprintApp, ...lines: string[]): void {
  new Artifact(app, 'RawDockerfile', { path: 'images/raw/Dockerfile', render: () => `${lines.join('\n')}\n` });
}

/** A Dockerfile that passes every dockerfile-* rule; cases add one defect to it. */
export const GOOD_FROM = 'FROM debian:bookworm-slim';
export const GOOD_USER = 'USER 10001:10001';
export const GOOD_ENTRYPOINT = 'ENTRYPOINT ["/usr/local/bin/app"]';
/** An image that serves nothing says so (dockerfile-healthcheck); cases put it last, after the line they test. */
export const GOOD_HEALTHCHECK = 'HEALTHCHECK NONE';
export const RAW = 'RawDockerfile';
export const RAW_PATH = 'images/raw/Dockerfile';

/** The HEALTHCHECK of the Rust service the cases build: the binary's own health-check mode (distroless has no curl). */
export const RUST_HEALTHCHECK = ['/usr/local/bin/api', '--healthcheck', 'http://127.0.0.1:8080/healthz'];

/** Who signs the cases' Images: production runs an Image only signed (image-signed-in-production). */
export const SIGNING = ImageSigning.githubActions({ repository: 'example/shop' });

/** An Image built here, in the app (a Rust service on port 8080, USER 10001:10001, checking its own /healthz). */
export function rustImage(app: BlueprintApp, options: { writablePaths?: string[] } = {}): Image {
  return new Image(app, 'api-image', {
    build: Build.rust({ binary: 'api', healthPath: '/healthz', healthcheckCommand: RUST_HEALTHCHECK, ...options }),
    repository: 'registry.example.com/shop/api', tag: '1.4.2', signing: SIGNING,
  });
}
