import { BlueprintTesting, Build, Duration, Environment, HealthCheck, Image, ImageSigning, Job, WebService, Worker } from '../../lib';
import { Blueprint } from '../../lib/blueprint/blueprint';
import { CONTAINER_SECURITY, DNS_EGRESS, IMAGE, WEB, WORKER, blueprint, containerOf, kindsAndNames, objectOf, objectsOf, podTemplate, standardLabels } from '../_helpers';

type JobProps = ConstructorParameters<typeof Job>[2];

/** The name of a Job running IMAGE with `args` (and no command). */
const jobNameOf = (job: Job) => job.jobName;

/** A Job 'migrate' in `env` and its synthesized objects. */
function migrate(props: Partial<JobProps> = {}, env: Environment = Environment.production()): { job: Job; objects: any[]; manifest: any } {
  const shop = blueprint(env);
  const job = new Job(shop, 'migrate', { image: IMAGE, args: ['migrate'], ...props });
  const objects = BlueprintTesting.synth(shop);
  return { job, objects, manifest: objectOf(objects, 'Job', job.jobName) };
}

describe('default configuration', () => {
  test('a minimal Job in production', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    const job = new Job(shop, 'migrate', { image: IMAGE, args: ['migrate'] });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(objects).toMatchSnapshot();
    expect(job.jobName).toEqual('migrate-3b3e6c27');
    expect(kindsAndNames(objects)).toEqual(['Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'ServiceAccount/migrate', 'NetworkPolicy/migrate', 'Job/migrate-3b3e6c27']);
  });

  test('the Job: 3 retries, 30 minutes to run, kept after it finished', () => {
    // WHEN
    const { manifest } = migrate();

    // THEN
    expect(manifest.metadata.labels).toEqual(standardLabels('migrate', 'job', 'production', '1.4.2'));
    expect(Object.keys(manifest.spec).sort()).toEqual(['activeDeadlineSeconds', 'backoffLimit', 'template']);
    expect([manifest.spec.backoffLimit, manifest.spec.activeDeadlineSeconds]).toEqual([3, 1800]);
  });

  test('its pod: restart Never, the hardened container, no token, the services priority, default-deny with DNS only', () => {
    // WHEN
    const { manifest, objects } = migrate();

    // THEN
    const pod = podTemplate(manifest);
    expect(pod.spec.restartPolicy).toEqual('Never');
    expect(pod.spec.automountServiceAccountToken).toBe(false);
    expect(pod.spec.serviceAccountName).toEqual('migrate');
    expect(pod.spec.priorityClassName).toEqual('shop-services');
    expect(containerOf(manifest).securityContext).toEqual(CONTAINER_SECURITY);
    expect(containerOf(manifest).args).toEqual(['migrate']);
    expect(objectOf(objects, 'ServiceAccount', 'migrate').automountServiceAccountToken).toBe(false);
    const policy = objectOf(objects, 'NetworkPolicy', 'migrate').spec;
    expect(policy.policyTypes).toEqual(['Ingress', 'Egress']);
    expect(policy.egress).toEqual([DNS_EGRESS]);
    expect(policy.ingress).toEqual([]);
  });

  test('ttlAfterFinished renders ttlSecondsAfterFinished', () => {
    // WHEN
    const { manifest } = migrate({ ttlAfterFinished: Duration.hours(1), backoffLimit: 0, activeDeadline: Duration.minutes(5) });

    // THEN
    expect([manifest.spec.ttlSecondsAfterFinished, manifest.spec.backoffLimit, manifest.spec.activeDeadlineSeconds]).toEqual([3600, 0, 300]);
  });
});

describe('the Job\'s name', () => {
  test('is <id>-<hash of image, command and arguments>: the same for the same task in every environment', () => {
    // GIVEN
    const name = (props: Partial<JobProps>, env = Environment.production()) => migrate(props, env).job.jobName;

    // THEN
    expect(name({})).toEqual(name({}, Environment.development()));
    expect(name({ env: { LOG: 'debug' }, backoffLimit: 1 })).toEqual(name({}));
    expect(new Set([
      name({}), name({ image: 'registry.example.com/shop/web:1.4.3' }), name({ args: ['migrate', '--dry-run'] }), name({ command: ['/app/migrate'] }),
    ]).size).toEqual(4);
    expect(name({})).toMatch(/^migrate-[0-9a-f]{8}$/);
  });
});

describe('health', () => {
  const api = (app: any) => new Image(app, 'api-image', {
    build: Build.rust({ binary: 'api', healthPath: '/healthz', healthcheckCommand: ['/usr/local/bin/api', '--healthcheck', 'http://127.0.0.1:8080/healthz'] }),
    repository: 'registry.example.com/shop/api', tag: '1.4.2', signing: ImageSigning.githubActions({ repository: 'example/shop' }),
  });

  test('an Image\'s health path gives no probes: the Job runs a task, not the server', () => {
    // GIVEN
    const shop = blueprint();
    const job = new Job(shop, 'migrate', { image: api(shop.node.scope), args: ['migrate'] });

    // WHEN
    const container = containerOf(objectOf(BlueprintTesting.synth(shop), 'Job', job.jobName));

    // THEN
    expect([container.readinessProbe, container.livenessProbe, container.startupProbe]).toEqual([undefined, undefined, undefined]);
    expect(container.securityContext.runAsUser).toEqual(10001);
  });

  test('an explicit health check renders its probes', () => {
    // WHEN
    const { manifest } = migrate({ health: HealthCheck.exec(['/app/alive'], { liveness: HealthCheck.exec(['/app/alive', '--deep']) }) });

    // THEN
    expect(containerOf(manifest).livenessProbe.exec.command).toEqual(['/app/alive', '--deep']);
  });
});

describe('in a mesh', () => {
  function annotations(props: Partial<JobProps> = {}, mesh = true): any {
    const shop = blueprint(Environment.production(), { mesh });
    const job = new Job(shop, 'migrate', { image: IMAGE, ...props });
    return podTemplate(objectOf(BlueprintTesting.synth(shop), 'Job', job.jobName)).metadata.annotations;
  }

  test.each([
    [undefined, { 'sidecar.istio.io/inject': 'false' }],
    ['none', { 'sidecar.istio.io/inject': 'false' }],
    ['native', { 'sidecar.istio.io/nativeSidecar': 'true' }],
    ['classic', { 'proxy.istio.io/config': '{"holdApplicationUntilProxyStarts": true}' }],
  ] as const)('meshSidecar %p', (meshSidecar, expected) => {
    expect(annotations(meshSidecar ? { meshSidecar } : {})).toEqual(expected);
  });

  test('outside a mesh, no annotations', () => {
    expect(annotations({ meshSidecar: 'native' }, false)).toBeUndefined();
  });
});

describe('connectTo', () => {
  test('a migration connects to what it migrates: env, egress to it, ingress there', () => {
    // GIVEN
    const shop = blueprint();
    const db = new WebService(shop, 'db', { ...WEB, port: 5432 });
    const job = new Job(shop, 'migrate', { image: IMAGE, args: ['migrate'] });

    // WHEN
    job.connectTo(db, { waitForReady: true });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    const manifest = objectOf(objects, 'Job', job.jobName);
    expect(containerOf(manifest).env.map((e: any) => e.name)).toEqual(['DB_HOST', 'DB_PORT', 'DB_URL']);
    expect(podTemplate(manifest).spec.initContainers.map((c: any) => c.name)).toEqual(['wait-for-db']);
    expect(objectOf(objects, 'NetworkPolicy', 'migrate').spec.egress[1].to).toEqual([{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'db', 'app.kubernetes.io/instance': 'shop-production' } } }]);
    expect(objectOf(objects, 'NetworkPolicy', 'db').spec.ingress.map((r: any) => r.from)).toContainEqual([{ podSelector: { matchLabels: { 'app.kubernetes.io/name': 'migrate', 'app.kubernetes.io/instance': 'shop-production' } } }]);
  });
});

describe('runsBefore', () => {
  test('orders the Job before its dependent, in the output and the construct tree, and adds nothing to its pods', () => {
    // GIVEN the dependent is made first
    const shop = blueprint();
    const web = new WebService(shop, 'web', WEB);
    const job = new Job(shop, 'migrate', { image: IMAGE, args: ['migrate'] });

    // WHEN
    job.runsBefore(web);

    // THEN
    const objects = BlueprintTesting.synth(shop);
    const names = kindsAndNames(objects);
    expect(names.indexOf(`Job/${job.jobName}`)).toBeLessThan(names.indexOf('ServiceAccount/web'));
    expect(names.indexOf(`Job/${job.jobName}`)).toBeLessThan(names.indexOf('Deployment/web'));
    expect(web.node.dependencies).toContain(job);
    const pod = podTemplate(objectOf(objects, 'Deployment', 'web'));
    expect(pod.spec.initContainers).toBeUndefined();
    expect(pod.spec.automountServiceAccountToken).toBe(false);
    expect(objectsOf(objects, 'Role')).toEqual([]);
  });

  test('waitForCompletion: an init container waits with kubectl and a token of its own; a Role on this one Job', () => {
    // GIVEN
    const shop = blueprint();
    const web = new WebService(shop, 'web', WEB);
    const job = new Job(shop, 'migrate', { image: IMAGE, args: ['migrate'], activeDeadline: Duration.minutes(10) });

    // WHEN
    job.runsBefore(web, { waitForCompletion: true });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    const deployment = objectOf(objects, 'Deployment', 'web');
    const pod = podTemplate(deployment);
    expect(pod.spec.automountServiceAccountToken).toBe(false);
    expect(objectOf(objects, 'ServiceAccount', 'web').automountServiceAccountToken).toBe(false);
    expect(pod.spec.initContainers).toEqual([{
      name: `wait-for-job-${job.jobName}`,
      image: 'registry.k8s.io/kubectl:v1.28.15',
      imagePullPolicy: 'Always',
      args: ['wait', '--for=condition=complete', `job/${job.jobName}`, '--namespace=shop', '--timeout=600s'],
      env: [{ name: 'HOME', value: '/tmp' }],
      resources: { requests: { cpu: '50m', memory: '64Mi', 'ephemeral-storage': '64Mi' }, limits: { cpu: '100m', memory: '128Mi', 'ephemeral-storage': '1Gi' } },
      volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }, { name: 'kube-api-job-wait', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true }],
      securityContext: CONTAINER_SECURITY,
    }]);
    expect(pod.spec.volumes).toContainEqual({
      name: 'kube-api-job-wait',
      projected: {
        sources: [
          { serviceAccountToken: { path: 'token', expirationSeconds: 3607 } },
          { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
          { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
        ],
      },
    });
    expect(objectOf(objects, 'Role', 'web').rules).toEqual([{ apiGroups: ['batch'], resources: ['jobs'], resourceNames: [job.jobName], verbs: ['get', 'list', 'watch'] }]);
    expect(objectOf(objects, 'RoleBinding', 'web').subjects).toEqual([{ kind: 'ServiceAccount', name: 'web', namespace: 'shop' }]);
    expect(objectOf(objects, 'NetworkPolicy', 'web').spec.egress).toContainEqual({ ports: [{ port: 443, protocol: 'TCP' }, { port: 6443, protocol: 'TCP' }], to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] });
    const names = kindsAndNames(objects);
    expect(names.indexOf(`Job/${job.jobName}`)).toBeLessThan(names.indexOf('Role/web'));
  });

  test('two Jobs waited for: one token volume, a wait each, both in the one Role; apiServer narrows the egress', () => {
    // GIVEN
    const shop = blueprint();
    const worker = new Worker(shop, 'worker', WORKER);
    const schema = new Job(shop, 'schema', { image: IMAGE, args: ['schema'] });
    const seed = new Job(shop, 'seed', { image: IMAGE, args: ['seed'] });

    // WHEN
    schema.runsBefore(seed);
    schema.runsBefore(worker, { waitForCompletion: true, apiServer: { cidrs: ['10.0.0.10/32'], ports: [6443] } });
    seed.runsBefore(worker, { waitForCompletion: true });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    const pod = podTemplate(objectOf(objects, 'Deployment', 'worker'));
    expect(pod.spec.initContainers.map((c: any) => c.name)).toEqual([`wait-for-job-${schema.jobName}`, `wait-for-job-${seed.jobName}`]);
    expect(pod.spec.volumes.filter((v: any) => v.projected).length).toEqual(1);
    expect(objectOf(objects, 'Role', 'worker').rules.map((r: any) => r.resourceNames)).toEqual([[schema.jobName], [seed.jobName]]);
    expect(objectOf(objects, 'NetworkPolicy', 'worker').spec.egress.slice(1)).toEqual([{ ports: [{ port: 6443, protocol: 'TCP' }], to: [{ ipBlock: { cidr: '10.0.0.10/32' } }] }]);
    const names = kindsAndNames(objects);
    expect(names.indexOf(`Job/${schema.jobName}`)).toBeLessThan(names.indexOf(`Job/${seed.jobName}`));
    expect(names.indexOf(`Job/${seed.jobName}`)).toBeLessThan(names.indexOf('Deployment/worker'));
  });

  test('the gate passes a Job and a dependent that waits for it, in production and development', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    for (const environment of [Environment.production(), Environment.development()]) {
      const shop = new Blueprint(app, `shop-${environment.name}`, { environment });
      const web = new WebService(shop, 'web', WEB);
      new Job(shop, 'migrate', { image: IMAGE, args: ['migrate'] }).runsBefore(web, { waitForCompletion: true });
    }

    // WHEN / THEN: development warns only about its one replica, by design
    expect(app.synthesize().warnings.map((f: any) => f.rule)).toEqual(['deployment-replicas']);
  });
});

describe('mistakes', () => {
  const PREFIX = "Job 'shop-production/migrate': ";
  const make = (props: Partial<JobProps>, id = 'migrate') => () => new Job(blueprint(), id, { image: IMAGE, ...props });

  test('an id longer than 54 characters', () => {
    const id = 'm'.repeat(55);
    expect(make({}, id)).toFail(`Job 'shop-production/${id}': 'id' ('${id}') must be at most 54 characters: the Job's name adds 9 characters of its hash and must stay a 63-character label value (batch.kubernetes.io/job-name)`);
  });

  test.each([
    [{ backoffLimit: -1 }, "'backoffLimit' (-1) must be >= 0"],
    [{ backoffLimit: 101 }, "'backoffLimit' (101) must be <= 100"],
    [{ activeDeadline: Duration.seconds(0) }, "'activeDeadline' ('0s') must be at least 1s"],
    [{ ttlAfterFinished: Duration.millis(1500) }, "'ttlAfterFinished' ('1500ms') must be a whole number of seconds"],
    [{ meshSidecar: 'sometimes' as any }, "'meshSidecar' ('sometimes') must be one of 'none', 'native', 'classic'"],
  ])('%p', (props, message) => {
    expect(make(props)).toFail(`${PREFIX}${message}`);
  });

  test('runsBefore itself, a workload of another blueprint, and a cycle', () => {
    // GIVEN
    const shop = blueprint();
    const job = new Job(shop, 'migrate', { image: IMAGE });
    const other = new Worker(blueprint(Environment.development()), 'worker', WORKER);
    const web = new WebService(shop, 'web', WEB);
    job.connectTo(web);

    // THEN
    expect(() => job.runsBefore(job)).toFail(`${PREFIX}Unable to run migrate before itself`);
    expect(() => job.runsBefore(other)).toFail(`${PREFIX}runsBefore('worker'): 'shop-development/worker' is in another blueprint; a Job orders only workloads of its own`);
    expect(() => job.runsBefore(web)).toFail(`${PREFIX}runsBefore('web') would create a dependency cycle: web → migrate → web`);
  });

  test('waitForCompletion on a Job deleted after it finished', () => {
    // GIVEN
    const shop = blueprint();
    const job = new Job(shop, 'migrate', { image: IMAGE, ttlAfterFinished: Duration.minutes(10) });
    const web = new WebService(shop, 'web', WEB);

    // THEN
    expect(() => job.runsBefore(web, { waitForCompletion: true })).toFail(`${PREFIX}'ttlAfterFinished' ('600s') cannot be set on a Job that 'web' waits for: once deleted, the Job is not there to wait for and every new pod of 'web' would wait forever`);
  });

  test('an unknown option', () => {
    const shop = blueprint();
    const job = new Job(shop, 'migrate', { image: IMAGE });
    expect(() => job.runsBefore(new WebService(shop, 'web', WEB), { waitForCompletoin: true } as any)).toFail(`${PREFIX}'waitForCompletoin' (true) is not a prop of JobRunsBeforeOptions: did you mean 'waitForCompletion'?`);
  });
});

describe('defaultChild', () => {
  test('job is the Job object, named after the task and its hash', () => {
    // WHEN
    const { job } = migrate();

    // THEN
    expect([job.job.kind, job.job.name, job.job.node.id, job.workloadObject]).toEqual(['Job', jobNameOf(job), 'Job', job.job]);
    expect(job.component).toEqual('job');
  });
});
