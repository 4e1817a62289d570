/**
 * The corpus, construction errors of workload props: disruption budgets, ports, the filesystem and security
 * settings, environment variables with their config and secrets, and the image references each environment accepts.
 */
import { Duration } from 'cdk8s';
import { Blueprint, Config, Environment, EnvValue, HealthCheck, ImagePolicy, SecretRef, WebService, Worker } from '../../lib/index';
import { CorpusCase, development, DNS_SUBDOMAIN_RULE, IMAGE, IMAGE_REF_RULE, production, WEB, WORKER } from './_corpus-kit';

/** Errors recorded while building: the props of workloads. */
export const CONSTRUCT_WORKLOAD_CASES: readonly CorpusCase[] = [
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
    name: 'a liveness test that the workload\'s port makes the readiness test',
    kind: 'construct',
    build: (app) => { new WebService(production(app), 'api', { ...WEB, health: HealthCheck.http('/healthz', { liveness: HealthCheck.http('/healthz', { port: 8080 }) }) }); },
    expected: 'WebService \'shop-production/api\': \'health.liveness\' (HealthCheck.http(\'/healthz\', { port: 8080 })) must not repeat the readiness probe (httpGet on the same path and port): '
      + 'kube-score (pod-probes) grades that CRITICAL, as a liveness probe that fails with readiness restarts pods that should only leave rotation; test something else, or set \'health.liveness\' to false',
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
];
