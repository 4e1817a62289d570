import { Duration } from 'cdk8s';
import fc from 'fast-check';
import { parseAllDocuments } from 'yaml';
import { Blueprint, BlueprintApp, BlueprintError, BlueprintTesting, Build, Config, Cpu, CronTask, CronTaskProps, DeploymentStrategy, DisruptionBudget, EnvValue, Environment, HealthCheck, Image, ImagePolicy, ImageSigning, ResourceProfile, ScalingPolicy, Schedule, ValidationError, WebService, WebServiceProps, Weekday, Worker, WorkerProps } from '../../lib/index';
import { SENSITIVE_NAME } from '../../lib/values/conventions';
import { MUTABLE_TAGS } from '../../lib/values/image-ref';
import { validateSchema } from '../../lib/k8s/schema';
import { ProvidedSecret } from '../../lib/blueprint/provided-secret';

const VALID_RUNS = 100;
const INVALID_RUNS = 200;

// ------------------------------------------------------------------------------------------------- valid props

const word = fc.stringMatching(/^[a-z][a-z0-9]{0,7}$/);
/** A DNS-1035 label short enough for every object name (CronJobs: 52). */
const workloadId = fc.stringMatching(/^[a-z][a-z0-9-]{0,18}[a-z0-9]$/);
const envVarName = fc.stringMatching(/^[A-Z_][A-Z0-9_]{0,12}$/).filter((n) => !SENSITIVE_NAME.test(n));
/** Values that a careless YAML writer would turn into booleans, numbers, nulls or dates. */
const trickyValue = fc.constantFrom('yes', 'no', 'on', 'off', 'y', 'null', '~', 'true', '0x1F', '1e3', '010', '0o17', '.inf',
  '2024-01-01', '', '12:30', '- a', 'a: b', '#x', ' lead', 'trail ', 'multi\nline', 'quote"s', 'it\'s', 'ünïcødé ✓');
const envValue = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 }), trickyValue);
const version = fc.tuple(fc.nat(20), fc.nat(20), fc.nat(99)).map(([a, b, c]) => `${a}.${b}.${c}`);
const image = fc.oneof(
  fc.tuple(word, version).map(([name, v]) => `registry.example.com/shop/${name}:${v}`),
  fc.tuple(word, fc.stringMatching(/^[a-f0-9]{64}$/)).map(([name, digest]) => `ghcr.io/example/${name}@sha256:${digest}`),
);
const host = fc.tuple(fc.boolean(), fc.array(word, { minLength: 2, maxLength: 4 })).map(([wild, labels]) => `${wild ? '*.' : ''}${labels.join('.')}`);
const httpPath = fc.stringMatching(/^\/[a-z0-9\-._~/]{0,16}$/);
const timeZone = fc.constantFrom('Etc/UTC', 'Europe/Berlin', 'America/New_York', 'Asia/Kolkata', 'Australia/Adelaide');

const environment: fc.Arbitrary<Environment> = fc.oneof(
  fc.constant(Environment.development()),
  fc.constant(Environment.staging()),
  fc.constant(Environment.production()),
  fc.record({
    name: word, replicas: fc.integer({ min: 1, max: 4 }), autoscaling: fc.boolean(), hardened: fc.boolean(), production: fc.boolean(), strict: fc.boolean(),
  }).map((p) => Environment.custom({
    name: `env-${p.name}`, replicas: p.replicas, autoscaling: p.autoscaling, disruptionBudgets: p.hardened, topologySpread: p.hardened,
    // production rules require disruption budgets and spreading
    production: p.production && p.hardened, imagePolicy: p.strict ? ImagePolicy.NO_MUTABLE_TAG : ImagePolicy.ANY,
  })),
);

const timings = fc.record({
  period: fc.integer({ min: 2, max: 30 }),
  timeoutFraction: fc.double({ min: 0, max: 0.99, noNaN: true }),
  failureThreshold: fc.integer({ min: 1, max: 10 }),
  startupBudget: fc.integer({ min: 1, max: 600 }),
}).map((t) => ({
  period: Duration.seconds(t.period),
  timeout: Duration.seconds(Math.max(1, Math.floor(t.period * t.timeoutFraction))),
  failureThreshold: t.failureThreshold,
  startupBudget: Duration.seconds(t.startupBudget),
}));

/** A health check for a container that listens on a port. */
const healthWithPort: fc.Arbitrary<HealthCheck> = fc.oneof(
  // a livenessPath differs from the readiness path: the same one is a mistake (probes-distinct, issue 11)
  fc.tuple(httpPath, fc.option(httpPath, { nil: undefined }), timings).map(([p, live, t]) => HealthCheck.http(p, { ...t, livenessPath: live === p ? undefined : live })),
  timings.map((t) => HealthCheck.tcp(t)),
  fc.tuple(fc.option(word, { nil: undefined }), timings).map(([service, t]) => HealthCheck.grpc({ ...t, service })),
  fc.tuple(fc.array(word, { minLength: 1, maxLength: 3 }), timings).map(([cmd, t]) => HealthCheck.exec([`/app/${cmd[0]}`, ...cmd.slice(1)], t)),
);
const execHealth = fc.array(word, { minLength: 1, maxLength: 3 }).map((cmd) => HealthCheck.exec([`/app/${cmd[0]}`, ...cmd.slice(1)]));

const resources = fc.constantFrom(
  ResourceProfile.nano(), ResourceProfile.micro(), ResourceProfile.small(), ResourceProfile.medium(), ResourceProfile.large(), ResourceProfile.xlarge(),
  ResourceProfile.small().with({ memoryLimit: ResourceProfile.large().memory.limit, cpuRequest: Cpu.millis(300) }),
);

const scaling: fc.Arbitrary<ScalingPolicy | undefined> = fc.oneof(
  fc.constant(undefined),
  fc.integer({ min: 1, max: 5 }).map((n) => ScalingPolicy.fixed(n)),
  fc.record({
    min: fc.integer({ min: 1, max: 5 }), extra: fc.integer({ min: 0, max: 10 }), cpu: fc.option(fc.integer({ min: 1, max: 100 }), { nil: undefined }),
    memory: fc.integer({ min: 1, max: 100 }), stabilization: fc.integer({ min: 0, max: 3600 }),
  }).map((s) => ScalingPolicy.autoscale({
    minReplicas: s.min, maxReplicas: s.min + s.extra, cpuUtilization: s.cpu,
    // at least one target
    memoryUtilization: s.cpu === undefined ? s.memory : undefined, scaleDownStabilization: Duration.seconds(s.stabilization),
  })),
);

/** Always valid: minAvailable 1 is below any replica count that gets a budget (>= 2). */
const disruptionBudget: fc.Arbitrary<DisruptionBudget | false | undefined> = fc.oneof(
  fc.constant(undefined), fc.constant({ minAvailable: 1 }), fc.integer({ min: 1, max: 3 }).map((n) => ({ maxUnavailable: n })),
);

const strategy = fc.oneof(
  fc.constant(undefined),
  fc.constant(DeploymentStrategy.rollingUpdate({ maxSurge: 1, maxUnavailable: 0 })),
  fc.constant(DeploymentStrategy.rollingUpdate({ maxSurge: '50%', maxUnavailable: '25%' })),
);

const envVars = fc.dictionary(envVarName, envValue, { maxKeys: 4, noNullPrototype: true });

const common = fc.record({
  image,
  env: envVars,
  resources: fc.option(resources, { nil: undefined }),
  writablePaths: fc.uniqueArray(fc.stringMatching(/^\/(var|data|cache)\/[a-z]{1,8}$/), { maxLength: 2 }),
  terminationGracePeriod: fc.option(fc.integer({ min: 0, max: 600 }).map((s) => Duration.seconds(s)), { nil: undefined }),
  labels: fc.option(fc.dictionary(fc.constantFrom('team', 'example.com/tier', 'cost-center'), word, { maxKeys: 2, noNullPrototype: true }), { nil: undefined }),
  podAnnotations: fc.option(fc.dictionary(fc.constantFrom('example.com/owner', 'prometheus.io/scrape'), envValue, { maxKeys: 2, noNullPrototype: true }), { nil: undefined }),
});

type WorkloadSpec =
  | { readonly kind: 'web'; readonly props: Omit<WebServiceProps, 'image'> & { image: string }; readonly ingress?: { host: string; tlsSecret?: string } }
  | { readonly kind: 'worker'; readonly props: Omit<WorkerProps, 'image'> & { image: string } }
  | { readonly kind: 'cron'; readonly props: Omit<CronTaskProps, 'image'> & { image: string } };

const webSpec: fc.Arbitrary<WorkloadSpec> = fc.record({
  common, port: fc.integer({ min: 1, max: 65535 }), servicePort: fc.option(fc.integer({ min: 1, max: 65535 }), { nil: undefined }),
  service: fc.oneof(
    fc.constant({ serviceType: 'ClusterIP' as const }),
    fc.record({ serviceType: fc.constantFrom('NodePort' as const, 'LoadBalancer' as const), nodePort: fc.option(fc.integer({ min: 30000, max: 32767 }), { nil: undefined }) }),
  ),
  metrics: fc.boolean(), health: healthWithPort, scaling, disruptionBudget, strategy,
  ingress: fc.option(fc.record({ host, tlsSecret: fc.option(word.map((w) => `${w}-tls`), { nil: undefined }) }), { nil: undefined }),
}).map((w) => ({
  kind: 'web' as const,
  props: {
    ...w.common, port: w.port, servicePort: w.servicePort, ...w.service, health: w.health, scaling: w.scaling,
    disruptionBudget: w.disruptionBudget, strategy: w.strategy,
    extraPorts: w.metrics ? [{ name: 'metrics', port: w.port === 9090 ? 9091 : 9090 }] : undefined,
  },
  ingress: w.ingress,
}));

const workerSpec: fc.Arbitrary<WorkloadSpec> = fc.record({
  common, scaling, disruptionBudget, strategy,
  listen: fc.oneof(
    fc.record({ port: fc.constant(undefined), health: fc.option(execHealth, { nil: undefined }) }),
    fc.record({ port: fc.integer({ min: 1, max: 65535 }), health: healthWithPort }),
  ),
}).map((w) => ({ kind: 'worker' as const, props: { ...w.common, ...w.listen, scaling: w.scaling, disruptionBudget: w.disruptionBudget, strategy: w.strategy } }));

const schedule: fc.Arbitrary<Schedule> = fc.oneof(
  fc.tuple(fc.integer({ min: 0, max: 59 }), timeZone).map(([m, tz]) => Schedule.hourly(m, { timeZone: tz })),
  fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }), timeZone).map(([hour, minute, tz]) => Schedule.daily({ hour, minute }, { timeZone: tz })),
  fc.tuple(fc.constantFrom<Weekday>('sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'), fc.integer({ min: 0, max: 23 }))
    .map(([day, hour]) => Schedule.weekly(day, { hour })),
  fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 0, max: 23 })).map(([d, hour]) => Schedule.monthly(d, { hour })),
  fc.constantFrom('*/15 * * * *', '0 2 * * MON-FRI', '30 4 1,15 * *', '0 0 * JAN,JUL SUN', '@daily', '@hourly', '5 0-23/2 * * *', '0 12 ? * 1')
    .map((c) => Schedule.cron(c)),
);

const cronSpec: fc.Arbitrary<WorkloadSpec> = fc.record({
  common, schedule,
  concurrencyPolicy: fc.option(fc.constantFrom('Allow' as const, 'Forbid' as const, 'Replace' as const), { nil: undefined }),
  backoffLimit: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  successfulJobsHistoryLimit: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  failedJobsHistoryLimit: fc.option(fc.integer({ min: 0, max: 100 }), { nil: undefined }),
  startingDeadline: fc.option(fc.integer({ min: 10, max: 3600 }).map((s) => Duration.seconds(s)), { nil: undefined }),
  activeDeadline: fc.option(fc.integer({ min: 1, max: 86400 }).map((s) => Duration.seconds(s)), { nil: undefined }),
  suspend: fc.option(fc.boolean(), { nil: undefined }),
}).map(({ common: c, ...rest }) => ({ kind: 'cron' as const, props: { ...c, ...rest } }));

const builtImage = fc.option(fc.constantFrom(
  () => Build.rust({ binary: 'api', healthPath: '/healthz', healthcheckCommand: ['/usr/local/bin/api', '--healthcheck', 'http://127.0.0.1:8080/healthz'] }),
  () => Build.go({ binary: 'api', healthPath: '/healthz', writablePaths: ['/var/cache/api'], healthcheckCommand: ['/usr/local/bin/api', '--healthcheck'] }),
  () => Build.node({ healthPath: '/healthz' }),
  () => Build.python({ server: { kind: 'gunicorn', module: 'app:app' }, healthPath: '/healthz' }),
  () => Build.staticSite({ healthPath: '/' }),
), { nil: undefined });

const app = fc.record({
  environments: fc.uniqueArray(environment, { minLength: 1, maxLength: 2, selector: (e) => e.name }),
  workloads: fc.uniqueArray(fc.tuple(workloadId, fc.oneof(webSpec, workerSpec, cronSpec)), { minLength: 1, maxLength: 3, selector: ([id]) => id }),
  config: fc.option(fc.dictionary(envVarName, envValue, { minKeys: 1, maxKeys: 3, noNullPrototype: true }), { nil: undefined }),
  secretKeys: fc.option(fc.uniqueArray(word, { minLength: 1, maxLength: 2 }), { nil: undefined }),
  build: builtImage,
});

type AppSpec = typeof app extends fc.Arbitrary<infer T> ? T : never;

/** Builds the app a spec describes: every workload in every environment. */
function buildApp(spec: AppSpec): BlueprintApp {
  const root = BlueprintTesting.app();
  const built = spec.build && new Image(root, 'built', { build: spec.build(), repository: 'registry.example.com/shop/built', tag: '1.0.0', signing: ImageSigning.githubActions({ repository: 'example/shop' }) });
  for (const env of spec.environments) {
    const shop = new Blueprint(root, `shop-${env.name}`, { environment: env });
    const config = spec.config && new Config(shop, 'settings', { data: spec.config });
    const secret = spec.secretKeys && new ProvidedSecret(shop, 'shop-credentials', { keys: spec.secretKeys, providedBy: 'the test: no cluster runs these pods' }).secret;
    spec.workloads.forEach(([id, w], i) => {
      const env2 = { ...w.props.env } as Record<string, string | EnvValue>;
      if (config) env2.CONFIG_VALUE = EnvValue.fromConfig(config, Object.keys(spec.config!)[0]);
      if (secret) env2.SECRET_VALUE = EnvValue.fromSecret(secret, spec.secretKeys![0]);
      env2.POD_NAME = EnvValue.fromField('metadata.name');
      // the first workload runs the image built here, with the port, health check and user it declares
      const fromImage = built && i === 0 && w.kind !== 'cron'
        ? { image: built, port: undefined, health: undefined, writablePaths: undefined } : {};
      const props = { ...w.props, env: env2, ...fromImage };
      if (w.kind === 'web') {
        const web = new WebService(shop, id, props as WebServiceProps);
        // production serves an ingress over TLS only (the gate's ingress-tls is an error there)
        if (w.ingress) web.exposeViaIngress(env.isProduction ? { ...w.ingress, tlsSecret: w.ingress.tlsSecret ?? `${id}-tls` } : w.ingress);
      } else if (w.kind === 'worker') {
        new Worker(shop, id, props as WorkerProps);
      } else {
        new CronTask(shop, id, props as CronTaskProps);
      }
    });
  }
  return root;
}

describe('valid props', () => {
  test('synthesize, pass the gate and the schema, and round-trip through YAML', () => {
    fc.assert(fc.property(app, (spec) => {
      // GIVEN
      const root = buildApp(spec);

      // WHEN
      const result = root.synthesize();

      // THEN: no error (synthesize throws on any), every object valid against the Kubernetes 1.28 schema
      expect(result.warnings.filter((w) => w.severity === 'error')).toEqual([]);
      for (const o of result.objects) expect([o.path, validateSchema(o.json)]).toEqual([o.path, []]);

      // THEN: every manifest file parses back to the same objects. cdk8s writes YAML 1.1, which is also what
      // kubectl reads (sigs.k8s.io/yaml); under YAML 1.2 a value such as '0o17' would turn into a number.
      for (const env of spec.environments) {
        const id = `shop-${env.name}`;
        const docs = parseAllDocuments(result.files.get(`${id}.k8s.yaml`)!, { version: '1.1' });
        if (!Array.isArray(docs)) throw new Error(`${id}.k8s.yaml is empty`);
        for (const doc of docs) expect(doc.errors).toEqual([]);
        expect(docs.map((d) => d.toJS())).toEqual(result.objects.filter((o) => o.blueprint === id).map((o) => o.json));
      }
    }), { numRuns: VALID_RUNS });
  });
});

// ------------------------------------------------------------------------------------------------- invalid props

/** One mutation: how to build an app with one bad field, and what the error must name. */
interface Mutation {
  /** The bad value, for the counterexample. */
  readonly input: unknown;
  readonly build: (root: BlueprintApp) => void;
  /** The message names at least one of these (the prop, quoted, or the construct path). */
  readonly names: string[];
}

const IMAGE = 'registry.example.com/shop/api:1.4.2';
const WEB = { image: IMAGE, port: 8080, health: HealthCheck.http('/healthz') };
const WORKER = { image: IMAGE, health: HealthCheck.exec(['/app/healthcheck']) };

const production = (root: BlueprintApp) => new Blueprint(root, 'shop-production', { environment: Environment.production() });
const development = (root: BlueprintApp) => new Blueprint(root, 'shop-development', { environment: Environment.development() });

/** Not a whole number, or outside [min, max] (no upper bound when max is undefined). */
function badInteger(min: number, max?: number): fc.Arbitrary<number> {
  return fc.oneof(
    fc.integer({ min: -1_000_000, max: min - 1 }),
    ...(max !== undefined ? [fc.integer({ min: max + 1, max: max + 1_000_000 })] : []),
    fc.double({ min, max: max ?? min + 1_000, noNaN: true, noInteger: true }),
    fc.constantFrom(NaN, Infinity, -Infinity),
  );
}

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const DNS_1035 = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;

/** Strings that are not valid image references. */
const badImage = fc.oneof(
  fc.constantFrom('', ' ', 'registry.example.com/Shop/api:1.0', 'api:-rc1', 'api@sha256:abc', 'api:1.0 ', 'my image:1.0', 'api::1', 'UPPER'),
  fc.tuple(word, fc.stringMatching(/^[A-Z][A-Za-z]{0,6}$/)).map(([a, b]) => `registry.example.com/${a}/${b}:1.0.0`),
  fc.tuple(word, fc.stringMatching(/^[.-][a-z0-9]{0,5}$/)).map(([a, t]) => `registry.example.com/${a}:${t}`),
);

const mutations: fc.Arbitrary<Mutation> = fc.oneof(
  badInteger(1, 65535).map((port): Mutation => ({
    input: port,
    build: (r) => { new WebService(production(r), 'api', { ...WEB, port }); },
    names: ['\'port\''],
  })),
  badInteger(1, 65535).map((servicePort): Mutation => ({
    input: servicePort,
    build: (r) => { new WebService(production(r), 'api', { ...WEB, servicePort }); },
    names: ['\'servicePort\''],
  })),
  badInteger(30000, 32767).map((nodePort): Mutation => ({
    input: nodePort,
    build: (r) => { new WebService(production(r), 'api', { ...WEB, serviceType: 'NodePort', nodePort }); },
    names: ['\'nodePort\''],
  })),
  fc.integer({ min: 30000, max: 32767 }).map((nodePort): Mutation => ({
    input: nodePort,
    build: (r) => { new WebService(production(r), 'api', { ...WEB, nodePort }); },
    names: ['\'nodePort\''],
  })),
  fc.tuple(fc.integer({ min: 2, max: 50 }), fc.integer({ min: 1, max: 20 })).map(([max, over]): Mutation => ({
    input: [max, over],
    build: (r) => { new WebService(production(r), 'api', { ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: max + over, maxReplicas: max, cpuUtilization: 70 }) }); },
    names: ['\'scaling.minReplicas\''],
  })),
  badInteger(1).map((minReplicas): Mutation => ({
    input: minReplicas,
    build: (r) => { new Worker(production(r), 'worker', { ...WORKER, scaling: ScalingPolicy.autoscale({ minReplicas, maxReplicas: 2_000_000, cpuUtilization: 70 }) }); },
    names: ['\'scaling.minReplicas\''],
  })),
  fc.tuple(fc.constantFrom('cpuUtilization', 'memoryUtilization'), badInteger(1, 100)).map(([metric, value]): Mutation => ({
    input: [metric, value],
    build: (r) => { new WebService(production(r), 'api', { ...WEB, scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 4, [metric]: value }) }); },
    names: [`'scaling.${metric}'`],
  })),
  badInteger(0).map((replicas): Mutation => ({
    input: replicas,
    build: (r) => { new Worker(production(r), 'worker', { ...WORKER, scaling: ScalingPolicy.fixed(replicas) }); },
    names: ['\'scaling.replicas\''],
  })),
  fc.string({ minLength: 1, maxLength: 12 }).filter((n) => !ENV_NAME.test(n)).map((name): Mutation => ({
    input: name,
    build: (r) => { new Worker(production(r), 'worker', { ...WORKER, env: { [name]: 'x' } }); },
    names: ['\'env['],
  })),
  fc.tuple(envVarName, fc.boolean()).map(([name, viaProps]): Mutation => ({
    input: [name, viaProps],
    build: (r) => {
      const w = new Worker(production(r), 'worker', { ...WORKER, env: viaProps ? { [name]: 'a' } : {} });
      w.addEnv(name, 'b');
      if (!viaProps) w.addEnv(name, 'c');
    },
    names: ['\'env\''],
  })),
  badImage.map((bad): Mutation => ({
    input: bad,
    build: (r) => { new Worker(development(r), 'worker', { ...WORKER, image: bad }); },
    names: ['\'image\''],
  })),
  fc.constantFrom(...MUTABLE_TAGS).map((tag): Mutation => ({
    input: tag,
    build: (r) => { new WebService(production(r), 'api', { ...WEB, image: `registry.example.com/shop/api:${tag}` }); },
    names: ['\'image\''],
  })),
  // (ids that are Object.prototype members are left out: see 'known bugs' below)
  fc.string({ minLength: 1, maxLength: 70 }).filter((id) => (!DNS_1035.test(id) || id.length > 63) && !(id in Object.prototype)).map((id): Mutation => ({
    input: id,
    build: (r) => { new WebService(production(r), id, WEB); },
    names: ['\'id\''],
  })),
  fc.oneof(
    fc.stringMatching(/^[a-z][a-z/]{0,10}$/),
    fc.constantFrom('/', '/tmp', '/data/../etc', '/my data', ''),
  ).map((p): Mutation => ({
    input: p,
    build: (r) => { new Worker(production(r), 'worker', { ...WORKER, writablePaths: [p] }); },
    names: ['\'writablePaths\''],
  })),
  fc.tuple(fc.constantFrom('user', 'group'), badInteger(1, 2147483647)).map(([field, id]): Mutation => ({
    input: [field, id],
    build: (r) => { new Worker(production(r), 'worker', { ...WORKER, security: { [field]: id } }); },
    names: [`'security.${field}'`],
  })),
  fc.stringMatching(/^[A-Z_]{1,16}$/).filter((c) => c !== 'NET_BIND_SERVICE').map((cap): Mutation => ({
    input: cap,
    build: (r) => { new Worker(production(r), 'worker', { ...WORKER, security: { addCapabilities: [cap] } }); },
    names: ['\'security.addCapabilities\''],
  })),
  fc.tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 60 })).map(([period, over]): Mutation => ({
    input: [period, over],
    build: (r) => { new WebService(production(r), 'api', { ...WEB, health: HealthCheck.tcp({ period: Duration.seconds(period), timeout: Duration.seconds(period + over) }) }); },
    names: ['\'health.timeout\''],
  })),
  badInteger(1).map((failureThreshold): Mutation => ({
    input: failureThreshold,
    build: (r) => { new WebService(production(r), 'api', { ...WEB, health: HealthCheck.http('/healthz', { failureThreshold }) }); },
    names: ['\'health.failureThreshold\''],
  })),
  badInteger(1, 65535).map((port): Mutation => ({
    input: port,
    build: (r) => { new WebService(production(r), 'api', { ...WEB, health: HealthCheck.grpc({ port }) }); },
    names: ['\'health.port\''],
  })),
  fc.string({ maxLength: 10 }).filter((p) => !p.startsWith('/') || /\s/.test(p)).map((p): Mutation => ({
    input: p,
    build: (r) => { new WebService(production(r), 'api', { ...WEB, health: HealthCheck.http(p) }); },
    names: ['\'health.path\''],
  })),
  fc.tuple(fc.integer({ min: 0, max: 4 }), fc.boolean()).chain(([field, dropLast]) => {
    const [lo, hi] = ([[0, 59], [0, 23], [1, 31], [1, 12], [0, 6]] as const)[field];
    const above = fc.integer({ min: hi + 1, max: 999 });
    return fc.tuple(lo > 0 ? fc.oneof(above, fc.integer({ min: 0, max: lo - 1 })) : above, fc.constant(field), fc.constant(dropLast));
  }).map(([value, field, dropLast]): Mutation => {
    const fields = ['0', '2', '*', '*', '*'];
    fields[field] = String(value);
    // a value out of range, sometimes also with a field missing
    const expression = (dropLast && field < 4 ? fields.slice(0, 4) : fields).join(' ');
    return {
      input: expression,
      build: (r) => { new CronTask(production(r), 'report', { image: IMAGE, schedule: Schedule.cron(expression) }); },
      names: ['\'schedule\''],
    };
  }),
  word.map((w): Mutation => ({
    input: w,
    build: (r) => { new CronTask(production(r), 'report', { image: IMAGE, schedule: Schedule.daily({ hour: 2 }, { timeZone: `Nowhere/${w}` }) }); },
    names: ['\'schedule.timeZone\''],
  })),
  fc.tuple(fc.constantFrom('hour', 'minute'), badInteger(0, 23)).filter(([f, v]) => f === 'hour' || !(Number.isInteger(v) && v >= 0 && v <= 59)).map(([field, value]): Mutation => ({
    input: [field, value],
    build: (r) => { new CronTask(production(r), 'report', { image: IMAGE, schedule: Schedule.daily({ [field]: value }) }); },
    names: [`'schedule.${field}'`],
  })),
  fc.oneof(word, fc.stringMatching(/^[a-z]+\.[A-Z_]+\.com$/)).map((h): Mutation => ({
    input: h,
    build: (r) => { new WebService(production(r), 'api', { ...WEB, ingress: { host: h } }); },
    names: ['\'ingress.host\''],
  })),
  badInteger(1).map((maxUnavailable): Mutation => ({
    input: maxUnavailable,
    build: (r) => { new WebService(production(r), 'api', { ...WEB, disruptionBudget: { maxUnavailable } }); },
    names: ['\'disruptionBudget.maxUnavailable\''],
  })),
  fc.integer({ min: 3, max: 100 }).map((minAvailable): Mutation => ({
    input: minAvailable,
    build: (r) => { new WebService(production(r), 'api', { ...WEB, disruptionBudget: { minAvailable } }); },
    names: ['\'disruptionBudget.minAvailable\''],
  })),
  fc.integer({ min: 1, max: 999_999 }).filter((ms) => ms % 1000 !== 0).map((ms): Mutation => ({
    input: ms,
    build: (r) => { new Worker(production(r), 'worker', { ...WORKER, terminationGracePeriod: Duration.millis(ms) }); },
    names: ['\'terminationGracePeriod\''],
  })),
  fc.tuple(fc.constantFrom('backoffLimit', 'successfulJobsHistoryLimit', 'failedJobsHistoryLimit'), badInteger(0, 100)).map(([field, value]): Mutation => ({
    input: [field, value],
    build: (r) => { new CronTask(production(r), 'report', { image: IMAGE, schedule: Schedule.daily(), [field]: value }); },
    names: [`'${field}'`],
  })),
  fc.integer({ min: 0, max: 9 }).map((s): Mutation => ({
    input: s,
    build: (r) => { new CronTask(production(r), 'report', { image: IMAGE, schedule: Schedule.daily(), startingDeadline: Duration.seconds(s) }); },
    names: ['\'startingDeadline\''],
  })),
  fc.tuple(word, fc.constantFrom('PASSWORD', 'secret', 'Token', 'API_KEY', 'apikey', 'PRIVATE_KEY', 'credentials')).map(([w, s]): Mutation => ({
    input: [w, s],
    build: (r) => { new Config(production(r), 'settings', { data: { [`${w}_${s}`]: 'x' } }); },
    names: ['\'data\''],
  })),
  fc.oneof(fc.integer({ min: -100, max: -1 }), fc.integer({ min: 101, max: 1000 }).map((n) => `${n}%` as const)).map((maxSurge): Mutation => ({
    input: maxSurge,
    build: (r) => { new WebService(production(r), 'api', { ...WEB, strategy: DeploymentStrategy.rollingUpdate({ maxSurge }) }); },
    names: ['\'strategy.maxSurge\''],
  })),
  fc.integer({ min: 1001, max: 64000 }).map((millis): Mutation => ({
    input: millis,
    build: (r) => { new Worker(production(r), 'worker', { ...WORKER, resources: ResourceProfile.medium().with({ cpuRequest: Cpu.millis(millis) }) }); },
    names: ['\'resources.cpu.request\''],
  })),
  fc.integer({ min: 1, max: 65535 }).filter((p) => p !== 8080).map((other): Mutation => ({
    input: other,
    build: (r) => { new WebService(production(r), 'api', { ...WEB, extraPorts: [{ name: 'metrics', port: other }, { name: 'admin', port: 8080 }] }); },
    names: ['\'extraPorts.port\''],
  })),
  fc.oneof(
    fc.string({ maxLength: 12 }).filter((n) => !/^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/.test(n)).map((name) => ({ name })),
    badInteger(1).map((replicas) => ({ name: 'qa', replicas })),
  ).map((props): Mutation => ({
    input: props,
    build: (r) => { new Blueprint(r, 'shop-qa', { environment: Environment.custom(props) }); },
    names: ['\'name\'', '\'replicas\''],
  })),
  // accepted while building, rejected by the gate: the report names the construct path
  fc.integer({ min: 1, max: 9999 }).map((user): Mutation => ({
    input: user,
    build: (r) => { new Worker(production(r), 'worker', { ...WORKER, security: { user } }); },
    names: ['shop-production/worker/Deployment'],
  })),
  fc.constantFrom<Partial<WebServiceProps>>(
    { health: undefined }, { security: { readOnlyRootFilesystem: false } }, { security: { allowPrivilegeEscalation: true } },
    { security: { mountServiceAccountToken: true } }, { disruptionBudget: false }, { resources: ResourceProfile.small().withoutCpuLimit() },
    { env: { DB_PASSWORD: 'hunter2' } },
  ).map((loosened): Mutation => ({
    input: loosened,
    build: (r) => { new WebService(production(r), 'api', { ...WEB, ...loosened }); },
    names: ['shop-production/api/Deployment'],
  })),
);

describe('invalid props', () => {
  test('throw a BlueprintError or a ValidationError that names the prop or the construct path', () => {
    fc.assert(fc.property(mutations, (m) => {
      // GIVEN
      const root = BlueprintTesting.app();

      // WHEN
      let error: unknown;
      try {
        m.build(root);
        root.synthesize();
      } catch (e) {
        error = e;
      }

      // THEN
      if (!(error instanceof BlueprintError) && !(error instanceof ValidationError)) {
        throw new Error(`expected a BlueprintError or a ValidationError, got ${error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error)}`);
      }
      if (!m.names.some((n) => error.message.includes(n))) {
        throw new Error(`expected the message to name one of ${m.names.join(', ')}, got: ${error.message}`);
      }
    }), { numRuns: INVALID_RUNS });
  });
});

describe('regressions found by these properties', () => {
  // Fixed: the constructs library looks children up with `name in this._children` on a plain object, so a construct id that
  // is an Object.prototype member ('constructor' is a valid DNS label) throws "There is already a Construct with name
  // 'constructor'" — a plain Error with a misleading message. Proposed fix (lib/workload.ts, lib/config.ts,
  // lib/external-service.ts): reject such ids before super() with a BlueprintError naming 'id', or report upstream.
  test('a workload id that is an Object.prototype member is accepted or rejected with a BlueprintError', () => {
    const root = BlueprintTesting.app();
    const error = (() => {
      try {
        new WebService(production(root), 'constructor', WEB);
        root.synthesize();
        return undefined;
      } catch (e) {
        return e;
      }
    })();
    expect(error === undefined || error instanceof BlueprintError).toBe(true);
  });

  // Fixed: props objects were rendered as given: a null-prototype object (what fc.dictionary and Object.create(null) build)
  // as podAnnotations or ingress annotations crashes cdk8s' resolver with "TypeError: Cannot read properties of
  // undefined (reading 'name')" at synth. Proposed fix (lib/workload.ts renderPodTemplate, lib/web-service.ts
  // exposeViaIngress): copy them into plain objects ({ ...props.podAnnotations }) when the construct is created.
  test('annotations given as a null-prototype object synthesize', () => {
    fc.assert(fc.property(fc.dictionary(fc.constantFrom('example.com/owner', 'example.com/team'), word, { minKeys: 1, maxKeys: 2 }), (annotations) => {
      const root = BlueprintTesting.app();
      new Worker(production(root), 'worker', { ...WORKER, podAnnotations: Object.assign(Object.create(null), annotations) });
      expect(() => root.synthesize()).not.toThrow();
    }), { numRuns: 3 });
  });
});
