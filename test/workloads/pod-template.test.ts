/**
 * The pod template every workload renders (lib/workloads/pod-template.ts): the hardened container and pod, its ports,
 * environment, command, resources, probes and writable paths. Run through a Worker.
 */
import {
  BlueprintTesting, Config, Cpu, Duration, Environment, EnvValue, ExternalSecret, HealthCheck, ResourceProfile, Size,
  WebService, Worker,
} from '../../lib';
import { spreadSpec } from '../../lib/workloads/pod-template';
import { IMAGE, MEDIUM, SMALL, WEB, WORKER, blueprint, containerOf, objectOf, podTemplate } from '../_helpers';

/** A worker in production with `props` on top of the minimal ones, and its synthesized Deployment. */
function worker(props: Partial<ConstructorParameters<typeof Worker>[2]> = {}, env: Environment = Environment.production()): { w: Worker; objects: any[]; deployment: any } {
  const shop = blueprint(env);
  const w = new Worker(shop, 'w', { ...WORKER, ...props });
  const objects = BlueprintTesting.synth(shop);
  return { w, objects, deployment: objectOf(objects, 'Deployment', 'w') };
}

/** A worker's Deployment rendered without the validation gate, for props the gate reports (tested separately). */
function renderedWithoutGate(props: Partial<ConstructorParameters<typeof Worker>[2]>): { w: Worker; deployment: any; serviceAccount: any } {
  const w = new Worker(blueprint(), 'w', { ...WORKER, ...props });
  return { w, deployment: w.deployment.toJson(), serviceAccount: w.serviceAccount.toJson() };
}

describe('default configuration', () => {
  test('the pod template of a minimal worker', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new Worker(shop, 'mailer', { image: IMAGE });

    // THEN
    const deployment = objectOf(BlueprintTesting.synth(shop), 'Deployment', 'mailer');
    expect(podTemplate(deployment)).toMatchSnapshot();
  });

  test.each([
    ['development', Environment.development(), SMALL],
    ['staging', Environment.staging(), SMALL],
    ['production', Environment.production(), MEDIUM],
    ['custom', Environment.custom({ name: 'qa', resources: ResourceProfile.large() }), {
      requests: { 'cpu': '1', 'memory': '1Gi', 'ephemeral-storage': '64Mi' },
      limits: { 'cpu': '2', 'memory': '2Gi', 'ephemeral-storage': '1Gi' },
    }],
  ])('resources default to the %s environment\'s profile', (_name, env, expected) => {
    // WHEN
    const { deployment } = worker({}, env);

    // THEN
    expect(containerOf(deployment).resources).toEqual(expected);
  });

  test('no ports, env, command, args, probes or pod annotations unless asked for', () => {
    // WHEN
    const { deployment } = worker({ health: undefined });

    // THEN
    expect(Object.keys(containerOf(deployment)).sort()).toEqual(['image', 'imagePullPolicy', 'name', 'resources', 'securityContext', 'volumeMounts']);
    expect(podTemplate(deployment).metadata.annotations).toBeUndefined();
  });
});

describe('ports', () => {
  test('port is the container port named http', () => {
    // WHEN
    const { w, deployment } = worker({ port: 8080 });

    // THEN
    expect(containerOf(deployment).ports).toEqual([{ name: 'http', containerPort: 8080, protocol: 'TCP' }]);
    expect([w.port, w.portName]).toEqual([8080, 'http']);
  });

  test('portName renames the main port everywhere', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new WebService(shop, 'web', { ...WEB, portName: 'grpc' });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(containerOf(objectOf(objects, 'Deployment', 'web')).ports).toEqual([{ name: 'grpc', containerPort: 8080, protocol: 'TCP' }]);
    expect(objectOf(objects, 'Service', 'web').spec.ports[0].name).toEqual('grpc');
  });

  test('extraPorts follow the main port, TCP unless told', () => {
    // WHEN
    const { deployment } = worker({ port: 8080, extraPorts: [{ name: 'metrics', port: 9090 }, { name: 'statsd', port: 8125, protocol: 'UDP' }] });

    // THEN
    expect(containerOf(deployment).ports).toEqual([
      { name: 'http', containerPort: 8080, protocol: 'TCP' },
      { name: 'metrics', containerPort: 9090, protocol: 'TCP' },
      { name: 'statsd', containerPort: 8125, protocol: 'UDP' },
    ]);
  });

  test('extraPorts without a main port', () => {
    // WHEN
    const { deployment } = worker({ extraPorts: [{ name: 'metrics', port: 9090 }] });

    // THEN
    expect(containerOf(deployment).ports).toEqual([{ name: 'metrics', containerPort: 9090, protocol: 'TCP' }]);
  });
});

describe('env', () => {
  test('every EnvValue kind renders in the order given', () => {
    // GIVEN
    const shop = blueprint();
    const config = new Config(shop, 'settings', { data: { LOG_LEVEL: 'info' } });
    // a database's credentials, copied from Vault as an app provisions them (the gate's secret-refs)
    const db = new ExternalSecret(shop, 'db-credentials', {
      store: 'vault', storeKind: 'ClusterSecretStore',
      data: { username: { key: 'shop/db', property: 'username' }, password: { key: 'shop/db', property: 'password' } },
    }).secret;

    // WHEN
    new Worker(shop, 'w', {
      ...WORKER,
      env: {
        PLAIN: 'text',
        LITERAL: EnvValue.fromValue('also text'),
        LOG_LEVEL: EnvValue.fromConfig(config, 'LOG_LEVEL'),
        DB_PASSWORD: EnvValue.fromSecret(db, 'password'),
        POD_NAME: EnvValue.fromField('metadata.name'),
        TEAM: EnvValue.fromField("metadata.labels['team']"),
        MEMORY_LIMIT: EnvValue.fromResource('limits.memory', '1Mi'),
        CPU_REQUEST: EnvValue.fromResource('requests.cpu'),
      },
    });

    // THEN
    const deployment = objectOf(BlueprintTesting.synth(shop), 'Deployment', 'w');
    expect(containerOf(deployment).env).toEqual([
      { name: 'PLAIN', value: 'text' },
      { name: 'LITERAL', value: 'also text' },
      { name: 'LOG_LEVEL', valueFrom: { configMapKeyRef: { name: config.name, key: 'LOG_LEVEL' } } },
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'password' } } },
      { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
      { name: 'TEAM', valueFrom: { fieldRef: { fieldPath: "metadata.labels['team']" } } },
      { name: 'MEMORY_LIMIT', valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } } },
      { name: 'CPU_REQUEST', valueFrom: { resourceFieldRef: { resource: 'requests.cpu' } } },
    ]);
    expect(config.name).toMatch(/^settings-[0-9a-f]{10}$/);
  });

  test('addEnv after construction reaches the YAML', () => {
    // GIVEN
    const shop = blueprint();
    const w = new Worker(shop, 'w', { ...WORKER, env: { FIRST: '1' } });

    // WHEN
    w.addEnv('SECOND', '2');

    // THEN
    expect(containerOf(objectOf(BlueprintTesting.synth(shop), 'Deployment', 'w')).env).toEqual([
      { name: 'FIRST', value: '1' }, { name: 'SECOND', value: '2' },
    ]);
    expect([...w.environmentVariables.keys()]).toEqual(['FIRST', 'SECOND']);
  });

  test('a literal under a credential-like name is reported by the gate', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new Worker(shop, 'w', { ...WORKER, env: { DB_PASSWORD: 'hunter2' } });

    // THEN
    expect(() => BlueprintTesting.synth(shop)).toFail(/\[secret-in-env\] shop-production\/w\/Deployment: .*DB_PASSWORD/);
  });
});

describe('command and args', () => {
  test('replace the image\'s ENTRYPOINT and CMD', () => {
    // WHEN
    const { deployment } = worker({ command: ['python', '-m', 'worker'], args: ['--queue', 'mail'] });

    // THEN
    expect(containerOf(deployment)).toMatchObject({ command: ['python', '-m', 'worker'], args: ['--queue', 'mail'] });
  });

  test('args alone keep the image\'s ENTRYPOINT', () => {
    // WHEN
    const container = containerOf(worker({ args: ['--verbose'] }).deployment);

    // THEN
    expect(container.args).toEqual(['--verbose']);
    expect(container.command).toBeUndefined();
  });
});

describe('resources', () => {
  test('a preset replaces the environment\'s profile', () => {
    // WHEN
    const { w, deployment } = worker({ resources: ResourceProfile.micro() });

    // THEN
    expect(containerOf(deployment).resources).toEqual({
      requests: { 'cpu': '100m', 'memory': '128Mi', 'ephemeral-storage': '64Mi' },
      limits: { 'cpu': '250m', 'memory': '256Mi', 'ephemeral-storage': '1Gi' },
    });
    expect(w.resources.name).toEqual('micro');
  });

  test('a custom profile renders its own quantities', () => {
    // WHEN
    const { deployment } = worker({
      resources: ResourceProfile.custom({
        cpu: { request: Cpu.cores(1.5), limit: Cpu.cores(2) },
        memory: { request: Size.gibibytes(1), limit: Size.mebibytes(1536) },
        ephemeralStorage: { request: Size.mebibytes(128), limit: Size.gibibytes(2) },
      }),
    });

    // THEN
    expect(containerOf(deployment).resources).toEqual({
      requests: { 'cpu': '1500m', 'memory': '1Gi', 'ephemeral-storage': '128Mi' },
      limits: { 'cpu': '2', 'memory': '1536Mi', 'ephemeral-storage': '2Gi' },
    });
  });

  test('withoutCpuLimit drops only the CPU limit (and the gate reports it)', () => {
    // WHEN
    const { deployment } = renderedWithoutGate({ resources: ResourceProfile.medium().withoutCpuLimit() });

    // THEN
    expect(containerOf(deployment).resources).toEqual({ requests: MEDIUM.requests, limits: { 'memory': '1Gi', 'ephemeral-storage': '1Gi' } });
    const shop = blueprint();
    new Worker(shop, 'w', { ...WORKER, resources: ResourceProfile.medium().withoutCpuLimit() });
    expect(() => BlueprintTesting.synth(shop)).toFail(/\[resources-cpu-limit\] shop-production\/w\/Deployment: container 'w' has no CPU limit/);
  });
});

describe('health', () => {
  const TIMINGS = {
    startup: { periodSeconds: 5, timeoutSeconds: 3, failureThreshold: 24, successThreshold: 1 },
    readiness: { periodSeconds: 10, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 },
    liveness: { periodSeconds: 20, timeoutSeconds: 3, failureThreshold: 3, successThreshold: 1 },
  };

  test('http renders startup and readiness probes on the main port, and a TCP connect to it for liveness', () => {
    // WHEN
    const { deployment } = worker({ port: 8080, health: HealthCheck.http('/healthz') });

    // THEN
    const action = { httpGet: { path: '/healthz', port: 8080, scheme: 'HTTP' } };
    expect(containerOf(deployment)).toMatchObject({
      startupProbe: { ...action, ...TIMINGS.startup },
      readinessProbe: { ...action, ...TIMINGS.readiness },
      livenessProbe: { tcpSocket: { port: 8080 }, ...TIMINGS.liveness },
    });
  });

  test('http livenessPath and scheme', () => {
    // WHEN
    const c = containerOf(worker({ port: 8443, health: HealthCheck.http('/healthz', { livenessPath: '/livez', scheme: 'HTTPS' }) }).deployment);

    // THEN
    expect(c.startupProbe.httpGet).toEqual({ path: '/healthz', port: 8443, scheme: 'HTTPS' });
    expect(c.readinessProbe.httpGet).toEqual({ path: '/healthz', port: 8443, scheme: 'HTTPS' });
    expect(c.livenessProbe.httpGet).toEqual({ path: '/livez', port: 8443, scheme: 'HTTPS' });
  });

  test('tcp: no liveness probe rather than a copy of readiness', () => {
    // WHEN
    const c = containerOf(worker({ port: 5432, health: HealthCheck.tcp() }).deployment);

    // THEN
    expect(c.startupProbe).toEqual({ tcpSocket: { port: 5432 }, ...TIMINGS.startup });
    expect(c.readinessProbe).toEqual({ tcpSocket: { port: 5432 }, ...TIMINGS.readiness });
    expect(c).not.toHaveProperty('livenessProbe');
  });

  test('a liveness test on a port only the workload gives that makes it the readiness probe is a mistake of the workload', () => {
    // GIVEN
    const health = HealthCheck.exec(['/app/ready'], { liveness: HealthCheck.exec(['/app/alive']) });
    const same = HealthCheck.http('/healthz', { liveness: HealthCheck.http('/healthz', { port: 8080 }) });

    // WHEN / THEN
    expect(containerOf(worker({ health }).deployment).livenessProbe.exec).toEqual({ command: ['/app/alive'] });
    expect(() => worker({ port: 8080, health: same })).toFail("Worker 'shop-production/w': 'health.liveness' (HealthCheck.http('/healthz', { port: 8080 })) "
      + 'must not repeat the readiness probe (httpGet on the same path and port): kube-score (pod-probes) grades that CRITICAL, as a liveness probe that fails '
      + "with readiness restarts pods that should only leave rotation; test something else, or set 'health.liveness' to false");
  });

  test('grpc, with and without a service name', () => {
    // WHEN
    const plain = containerOf(worker({ port: 50051, health: HealthCheck.grpc() }).deployment);
    const named = containerOf(worker({ port: 50051, health: HealthCheck.grpc({ service: 'shop.Api' }) }).deployment);

    // THEN
    expect(plain.readinessProbe).toEqual({ grpc: { port: 50051 }, ...TIMINGS.readiness });
    expect(named.startupProbe).toEqual({ grpc: { port: 50051, service: 'shop.Api' }, ...TIMINGS.startup });
    expect(named.livenessProbe).toEqual({ grpc: { port: 50051, service: 'shop.Api' }, ...TIMINGS.liveness });
  });

  test('exec needs no port, and renders no liveness probe unless given another command', () => {
    // WHEN
    const c = containerOf(worker({ health: HealthCheck.exec(['/app/healthcheck', '--quick']) }).deployment);

    // THEN
    const action = { exec: { command: ['/app/healthcheck', '--quick'] } };
    expect([c.startupProbe, c.readinessProbe, c.livenessProbe]).toEqual([{ ...action, ...TIMINGS.startup }, { ...action, ...TIMINGS.readiness }, undefined]);
    expect(c.ports).toBeUndefined();
  });

  test('the check\'s own port wins over the main port', () => {
    // WHEN
    const c = containerOf(worker({ port: 8080, extraPorts: [{ name: 'admin', port: 9901 }], health: HealthCheck.http('/ready', { port: 9901 }) }).deployment);

    // THEN
    expect([c.startupProbe.httpGet.port, c.readinessProbe.httpGet.port, c.livenessProbe.tcpSocket.port]).toEqual([9901, 9901, 9901]);
  });

  test('timings: period, timeout, failureThreshold and startupBudget', () => {
    // WHEN
    const c = containerOf(worker({
      port: 8080,
      health: HealthCheck.tcp({ period: Duration.seconds(5), timeout: Duration.seconds(2), failureThreshold: 5, startupBudget: Duration.minutes(1), liveness: HealthCheck.exec(['/app/alive']) }),
    }).deployment);

    // THEN
    expect(c.startupProbe).toEqual({ tcpSocket: { port: 8080 }, periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 12, successThreshold: 1 });
    expect(c.readinessProbe).toEqual({ tcpSocket: { port: 8080 }, periodSeconds: 5, timeoutSeconds: 2, failureThreshold: 5, successThreshold: 1 });
    expect(c.livenessProbe).toEqual({ exec: { command: ['/app/alive'] }, periodSeconds: 10, timeoutSeconds: 2, failureThreshold: 5, successThreshold: 1 });
  });

  test('the health field keeps the check', () => {
    // GIVEN
    const health = HealthCheck.exec(['/bin/true']);

    // THEN
    expect(worker({ health }).w.health).toBe(health);
  });
});

describe('spreadSpec', () => {
  const labelSelector = { matchLabels: { 'app.kubernetes.io/name': 'w' } };
  const constraints = [
    { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector },
    { maxSkew: 1, topologyKey: 'kubernetes.io/hostname', whenUnsatisfiable: 'ScheduleAnyway', labelSelector },
  ];

  test('soft topology spread constraints over zones and nodes', () => {
    // GIVEN / WHEN / THEN
    expect(spreadSpec(labelSelector.matchLabels, false)).toEqual({ topologySpreadConstraints: constraints });
  });

  test('with a soft anti-affinity over nodes', () => {
    // GIVEN / WHEN / THEN
    expect(spreadSpec(labelSelector.matchLabels, true)).toEqual({
      topologySpreadConstraints: constraints,
      affinity: { podAntiAffinity: { preferredDuringSchedulingIgnoredDuringExecution: [{ weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector } }] } },
    });
  });
});

describe('writablePaths', () => {
  test('each path gets an emptyDir after /tmp, named after the path', () => {
    // WHEN
    const { w, deployment } = worker({ writablePaths: ['/var/cache/nginx', '/data'] });

    // THEN
    expect(podTemplate(deployment).spec.volumes).toEqual([
      { name: 'tmp', emptyDir: { sizeLimit: '256Mi' } },
      { name: 'var-cache-nginx', emptyDir: { sizeLimit: '1Gi' } },
      { name: 'data', emptyDir: { sizeLimit: '1Gi' } },
    ]);
    expect(containerOf(deployment).volumeMounts).toEqual([
      { name: 'tmp', mountPath: '/tmp' },
      { name: 'var-cache-nginx', mountPath: '/var/cache/nginx' },
      { name: 'data', mountPath: '/data' },
    ]);
    expect(w.writablePaths).toEqual(['/tmp', '/var/cache/nginx', '/data']);
  });

  test('the root filesystem stays read-only', () => {
    expect(containerOf(worker({ writablePaths: ['/data'] }).deployment).securityContext.readOnlyRootFilesystem).toBe(true);
  });

  // BUG: volume names are derived from paths lossily ('/var/cache' and '/var-cache' both become 'var-cache'; so do
  // '/tmp' and '/tmp/'), giving a pod two volumes of one name, which the API server rejects.
  test('two paths that map to one volume name are rejected, naming the prop and the path', () => {
    expect(() => new Worker(blueprint(), 'w', { ...WORKER, writablePaths: ['/var/cache', '/var-cache'] }))
      .toFail(/^Worker 'shop-production\/w': 'writablePaths' \('\/var-cache'\) /);
  });

  // BUG: same as above: '/tmp/' is not recognised as '/tmp' and yields a second volume named 'tmp'.
  test('a trailing slash does not make /tmp a second writable path', () => {
    expect(() => new Worker(blueprint(), 'w', { ...WORKER, writablePaths: ['/tmp/'] }))
      .toFail(/^Worker 'shop-production\/w': 'writablePaths' \('\/tmp\/'\) /);
  });
});

describe('pod fields', () => {
  test('terminationGracePeriod', () => {
    expect(podTemplate(worker({ terminationGracePeriod: Duration.minutes(2) }).deployment).spec.terminationGracePeriodSeconds).toEqual(120);
  });

  test('podAnnotations go on the pod template only', () => {
    // GIVEN
    const annotations = { 'fluentbit.io/parser': 'json' };

    // WHEN
    const { deployment } = worker({ podAnnotations: annotations });

    // THEN
    expect(podTemplate(deployment).metadata.annotations).toEqual(annotations);
    expect(deployment.metadata.annotations).toBeUndefined();
  });

  test.each(['IfNotPresent', 'Never'] as const)('imagePullPolicy %s', (policy) => {
    // WHEN
    const { w } = renderedWithoutGate({ imagePullPolicy: policy });

    // THEN
    expect(containerOf(w.deployment.toJson()).imagePullPolicy).toEqual(policy);
  });
});
