import { App, Chart, Cron, Duration, Size } from 'cdk8s';
import * as kplus from 'cdk8s-plus-28';
import { crdSchemaDigest } from '../../lib/k8s/imports/crds';
import { COMPILED_KINDS, CRD_KINDS, CRD_SCHEMA_DIGEST, SERVED_KINDS } from '../../lib/k8s/imports/k8s-1.28/catalog';
import { hasSchema, isServed, validateSchema } from '../../lib/k8s/schema';

type Obj = Record<string, any>;
const clone = <T>(o: T): T => JSON.parse(JSON.stringify(o));

const deployment = (): Obj => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name: 'web', namespace: 'shop', labels: { app: 'web' }, annotations: { 'example.com/owner': 'team-a' } },
  spec: {
    replicas: 2,
    revisionHistoryLimit: 5,
    selector: { matchLabels: { app: 'web' } },
    strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
    template: {
      metadata: { labels: { app: 'web' } },
      spec: {
        serviceAccountName: 'web',
        automountServiceAccountToken: false,
        securityContext: { runAsNonRoot: true, runAsUser: 10001, fsGroup: 10001, seccompProfile: { type: 'RuntimeDefault' } },
        containers: [
          {
            name: 'web',
            image: 'registry.example.com/web:1.2.3',
            imagePullPolicy: 'IfNotPresent',
            ports: [{ name: 'http', containerPort: 8080, protocol: 'TCP' }],
            env: [
              { name: 'MODE', value: 'prod' },
              { name: 'PASSWORD', valueFrom: { secretKeyRef: { name: 'web', key: 'password' } } },
            ],
            resources: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: 1, memory: '512Mi' } },
            readinessProbe: { httpGet: { path: '/healthz', port: 'http' }, periodSeconds: 10 },
            livenessProbe: { tcpSocket: { port: 8080 }, failureThreshold: 3 },
            securityContext: {
              allowPrivilegeEscalation: false,
              readOnlyRootFilesystem: true,
              capabilities: { drop: ['ALL'] },
            },
            volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
          },
        ],
        volumes: [{ name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }],
        topologySpreadConstraints: [
          { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { app: 'web' } } },
        ],
      },
    },
  },
});

const service = (): Obj => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: 'web' },
  spec: {
    type: 'ClusterIP',
    selector: { app: 'web' },
    ports: [
      { name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' },
      { name: 'admin', port: 9090, targetPort: 9090 },
    ],
  },
});

const VALID: Record<string, Obj> = {
  Deployment: deployment(),
  Service: service(),
  HorizontalPodAutoscaler: {
    apiVersion: 'autoscaling/v2',
    kind: 'HorizontalPodAutoscaler',
    metadata: { name: 'web' },
    spec: {
      scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
      minReplicas: 2,
      maxReplicas: 10,
      metrics: [
        { type: 'Resource', resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } } },
        { type: 'Resource', resource: { name: 'memory', target: { type: 'AverageValue', averageValue: '400Mi' } } },
      ],
      behavior: { scaleDown: { stabilizationWindowSeconds: 300, policies: [{ type: 'Pods', value: 1, periodSeconds: 60 }] } },
    },
  },
  PodDisruptionBudget: {
    apiVersion: 'policy/v1',
    kind: 'PodDisruptionBudget',
    metadata: { name: 'web' },
    spec: { minAvailable: '50%', selector: { matchLabels: { app: 'web' } }, unhealthyPodEvictionPolicy: 'AlwaysAllow' },
  },
  NetworkPolicy: {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: 'web' },
    spec: {
      podSelector: { matchLabels: { app: 'web' } },
      policyTypes: ['Ingress', 'Egress'],
      ingress: [{ from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'ingress' } } }], ports: [{ protocol: 'TCP', port: 'http' }] }],
      egress: [{ to: [{ ipBlock: { cidr: '10.0.0.0/8', except: ['10.1.0.0/16'] } }], ports: [{ port: 5432, endPort: 5433 }] }],
    },
  },
  CronJob: {
    apiVersion: 'batch/v1',
    kind: 'CronJob',
    metadata: { name: 'report' },
    spec: {
      schedule: '0 3 * * *',
      timeZone: 'Etc/UTC',
      concurrencyPolicy: 'Forbid',
      successfulJobsHistoryLimit: 3,
      jobTemplate: {
        spec: {
          backoffLimit: 2,
          ttlSecondsAfterFinished: 600,
          template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'report', image: 'report:1', args: ['--daily'] }] } },
        },
      },
    },
  },
  Job: {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: 'migrate' },
    spec: {
      completionMode: 'Indexed',
      completions: 3,
      podFailurePolicy: {
        // onPodConditions is "required" in the 1.28 OpenAPI spec, not by the API server: rules use one or the other.
        rules: [
          { action: 'FailJob', onExitCodes: { containerName: 'migrate', operator: 'In', values: [42] } },
          { action: 'Ignore', onPodConditions: [{ type: 'DisruptionTarget', status: 'True' }] },
        ],
      },
      template: { spec: { restartPolicy: 'Never', containers: [{ name: 'migrate', image: 'migrate:1' }] } },
    },
  },
  StatefulSet: {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'db' },
    spec: {
      serviceName: 'db',
      replicas: 3,
      podManagementPolicy: 'Parallel',
      selector: { matchLabels: { app: 'db' } },
      template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'db', image: 'postgres:16', volumeMounts: [{ name: 'data', mountPath: '/var/lib/postgresql' }] }] } },
      volumeClaimTemplates: [
        { metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'gp3', resources: { requests: { storage: '10Gi' } } } },
      ],
      persistentVolumeClaimRetentionPolicy: { whenDeleted: 'Retain', whenScaled: 'Delete' },
    },
  },
  Ingress: {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'Ingress',
    metadata: { name: 'web', annotations: { 'nginx.ingress.kubernetes.io/ssl-redirect': 'true' } },
    spec: {
      ingressClassName: 'nginx',
      tls: [{ hosts: ['shop.example.com'], secretName: 'shop-tls' }],
      rules: [
        {
          host: 'shop.example.com',
          http: { paths: [{ path: '/', pathType: 'Prefix', backend: { service: { name: 'web', port: { name: 'http' } } } }] },
        },
      ],
    },
  },
  Secret: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, type: 'Opaque', data: { password: 'aHVudGVyMg==' }, stringData: { user: 'me' } },
  ConfigMap: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'c', creationTimestamp: null }, data: { 'app.yaml': 'a: 1' } },
  Namespace: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop', labels: { 'pod-security.kubernetes.io/enforce': 'restricted' } } },
  PriorityClass: { apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', metadata: { name: 'high' }, value: 1000000, preemptionPolicy: 'Never' },
};

describe('validateSchema: valid Kubernetes 1.28 objects', () => {
  test.each(Object.entries(VALID))('%s passes', (_kind, obj) => {
    expect(validateSchema(obj)).toEqual([]);
  });

  test('objects synthesized by cdk8s-plus-28 pass', () => {
    const chart = new Chart(new App(), 'c', { namespace: 'shop' });
    const sa = new kplus.ServiceAccount(chart, 'sa');
    const cm = new kplus.ConfigMap(chart, 'cm', { data: { a: 'b' } });
    const dep = new kplus.Deployment(chart, 'dep', {
      serviceAccount: sa,
      containers: [
        {
          image: 'nginx:1.25',
          portNumber: 8080,
          resources: { cpu: { request: kplus.Cpu.millis(100), limit: kplus.Cpu.units(1) }, memory: { limit: Size.gibibytes(1) } },
          envVariables: { A: kplus.EnvValue.fromConfigMap(cm, 'a') },
          readiness: kplus.Probe.fromHttpGet('/healthz'),
          volumeMounts: [{ path: '/cfg', volume: kplus.Volume.fromConfigMap(chart, 'v', cm) }],
        },
      ],
    });
    const svc = dep.exposeViaService({ ports: [{ port: 80, targetPort: 8080 }] });
    new kplus.Ingress(chart, 'ing', { rules: [{ host: 'a.example.com', path: '/', backend: kplus.IngressBackend.fromService(svc) }] });
    new kplus.HorizontalPodAutoscaler(chart, 'hpa', { target: dep, maxReplicas: 5, metrics: [kplus.Metric.resourceCpu(kplus.MetricTarget.averageUtilization(70))] });
    new kplus.NetworkPolicy(chart, 'np', { selector: dep }).addIngressRule(kplus.Pods.all(chart, 'all'), [kplus.NetworkPolicyPort.tcp(8080)]);
    new kplus.CronJob(chart, 'cj', { schedule: Cron.daily(), containers: [{ image: 'busybox:1', command: ['date'] }] });
    new kplus.Job(chart, 'job', { containers: [{ image: 'busybox:1' }], ttlAfterFinished: Duration.minutes(5) });
    new kplus.StatefulSet(chart, 'ss', { containers: [{ image: 'redis:7', portNumber: 6379 }] });
    new kplus.Role(chart, 'role').allowRead(cm);
    new kplus.PersistentVolumeClaim(chart, 'pvc', { storage: Size.gibibytes(5) });
    const objects = chart.toJson();
    expect(objects.length).toBeGreaterThan(10);
    expect(objects.map((o) => [o.kind, validateSchema(o)])).toEqual(objects.map((o) => [o.kind, []]));
  });
});

describe('validateSchema: Kubernetes 1.28 violations', () => {
  test('unknown fields at several depths name the key and the type', () => {
    const obj = deployment();
    obj.specs = {};
    obj.metadata.label = { a: 'b' };
    obj.spec.replica = 3;
    obj.spec.template.spec.containers[0].resources.limit = { cpu: '1' };
    obj.spec.template.spec.containers[0].securityContext.capabilities.remove = ['ALL'];
    expect(validateSchema(obj)).toEqual([
      { pointer: '/metadata/label', message: "unknown field 'label' (Kubernetes 1.28 ObjectMeta has no such field)" },
      { pointer: '/spec/replica', message: "unknown field 'replica' (Kubernetes 1.28 DeploymentSpec has no such field)" },
      {
        pointer: '/spec/template/spec/containers/0/resources/limit',
        message: "unknown field 'limit' (Kubernetes 1.28 ResourceRequirements has no such field)",
      },
      {
        pointer: '/spec/template/spec/containers/0/securityContext/capabilities/remove',
        message: "unknown field 'remove' (Kubernetes 1.28 Capabilities has no such field)",
      },
      { pointer: '/specs', message: "unknown field 'specs' (Kubernetes 1.28 Deployment has no such field)" },
    ]);
  });

  test('keys with / and ~ are escaped in the pointer', () => {
    const obj = service();
    obj.spec['a/b~c'] = 1;
    expect(validateSchema(obj)).toEqual([
      { pointer: '/spec/a~1b~0c', message: "unknown field 'a/b~c' (Kubernetes 1.28 ServiceSpec has no such field)" },
    ]);
  });

  test('status is accepted on kinds that have one, rejected on kinds that do not', () => {
    expect(validateSchema({ ...deployment(), status: { replicas: 1 } })).toEqual([]);
    expect(validateSchema({ ...VALID.ConfigMap, status: {} })).toEqual([
      { pointer: '/status', message: "unknown field 'status' (Kubernetes 1.28 ConfigMap has no such field)" },
    ]);
  });

  test('wrong types', () => {
    const obj = deployment();
    obj.spec.replicas = '3';
    obj.metadata.labels.tier = 1;
    obj.spec.template.spec.volumes = { name: 'tmp' };
    obj.spec.template.spec.containers[0].readinessProbe.periodSeconds = 2.5;
    obj.spec.template.spec.automountServiceAccountToken = 'false';
    expect(validateSchema(obj)).toEqual([
      { pointer: '/metadata/labels/tier', message: 'must be a string, got 1' },
      { pointer: '/spec/replicas', message: "must be an integer, got '3'" },
      { pointer: '/spec/template/spec/automountServiceAccountToken', message: "must be a boolean, got 'false'" },
      { pointer: '/spec/template/spec/containers/0/readinessProbe/periodSeconds', message: 'must be an integer, got 2.5' },
      { pointer: '/spec/template/spec/volumes', message: 'must be an array, got an object' },
    ]);
  });

  test('missing required fields', () => {
    const obj = deployment();
    delete obj.spec.selector;
    delete obj.spec.template.spec.containers;
    expect(validateSchema(obj)).toEqual([
      { pointer: '/spec', message: "missing required field 'selector'" },
      { pointer: '/spec/template/spec', message: "missing required field 'containers'" },
    ]);
    const svc = service();
    delete svc.spec.ports[0].port;
    expect(validateSchema(svc)).toEqual([{ pointer: '/spec/ports/0', message: "missing required field 'port'" }]);
  });

  test('bad quantities', () => {
    const obj = deployment();
    obj.spec.template.spec.containers[0].resources = {
      limits: { cpu: '1 core', memory: '512MB' },
      requests: { cpu: true, memory: '' },
    };
    expect(validateSchema(obj)).toEqual([
      {
        pointer: '/spec/template/spec/containers/0/resources/limits/cpu',
        message: "must be a Kubernetes quantity (e.g. '250m', '512Mi'), got '1 core'",
      },
      {
        pointer: '/spec/template/spec/containers/0/resources/limits/memory',
        message: "must be a Kubernetes quantity (e.g. '250m', '512Mi'), got '512MB'",
      },
      {
        pointer: '/spec/template/spec/containers/0/resources/requests/cpu',
        message: "must be a Kubernetes quantity (e.g. '250m', '512Mi'), got true",
      },
      {
        pointer: '/spec/template/spec/containers/0/resources/requests/memory',
        message: "must be a Kubernetes quantity (e.g. '250m', '512Mi'), got ''",
      },
    ]);
  });

  test.each(['250m', '512Mi', '1.5', '.5', '2Gi', '1e3', '100k', '+1Ki', '1Ei', 0.5, 2])('quantity %p is accepted', (q) => {
    const obj = deployment();
    obj.spec.template.spec.containers[0].resources = { limits: { memory: q } };
    expect(validateSchema(obj)).toEqual([]);
  });

  test('int32 overflow', () => {
    const obj = deployment();
    obj.spec.template.spec.containers[0].ports[0].containerPort = 3000000000;
    obj.spec.replicas = -2147483649;
    expect(validateSchema(obj)).toEqual([
      { pointer: '/spec/replicas', message: 'must be an integer between -2147483648 and 2147483647, got -2147483649' },
      {
        pointer: '/spec/template/spec/containers/0/ports/0/containerPort',
        message: 'must be an integer between -2147483648 and 2147483647, got 3000000000',
      },
    ]);
  });

  test('enum violations', () => {
    const svc = service();
    svc.spec.type = 'Foo';
    expect(validateSchema(svc)).toEqual([
      { pointer: '/spec/type', message: "must be one of 'ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort', got 'Foo'" },
    ]);
    const obj = deployment();
    obj.spec.template.spec.containers[0].imagePullPolicy = 'Sometimes';
    obj.spec.strategy.type = 'BlueGreen';
    expect(validateSchema(obj)).toEqual([
      { pointer: '/spec/strategy/type', message: "must be one of 'Recreate', 'RollingUpdate', got 'BlueGreen'" },
      {
        pointer: '/spec/template/spec/containers/0/imagePullPolicy',
        message: "must be one of 'Always', 'IfNotPresent', 'Never', got 'Sometimes'",
      },
    ]);
  });

  test('IntOrString accepts 8080 and "http", rejects other types and int32 overflow', () => {
    const svc = service();
    expect(svc.spec.ports.map((p: Obj) => p.targetPort)).toEqual(['http', 9090]);
    expect(validateSchema(svc)).toEqual([]);
    svc.spec.ports[0].targetPort = true;
    svc.spec.ports[1].targetPort = 2 ** 31;
    expect(validateSchema(svc)).toEqual([
      { pointer: '/spec/ports/0/targetPort', message: 'must be an integer or a string, got true' },
      { pointer: '/spec/ports/1/targetPort', message: 'must be an integer between -2147483648 and 2147483647, got 2147483648' },
    ]);
  });

  test('Secret data must be base64, timestamps RFC 3339', () => {
    const secret = clone(VALID.Secret);
    secret.data.token = 'not base64!';
    secret.metadata.creationTimestamp = 'yesterday';
    expect(validateSchema(secret)).toEqual([
      { pointer: '/data/token', message: "must be base64-encoded data, got 'not base64!'" },
      { pointer: '/metadata/creationTimestamp', message: "must be an RFC 3339 date-time (e.g. '2024-01-31T12:00:00Z'), got 'yesterday'" },
    ]);
  });
});

describe('validateSchema: apiVersion and kind', () => {
  test.each([
    ['autoscaling/v2beta2', 'HorizontalPodAutoscaler', 'autoscaling/v2'],
    ['policy/v1beta1', 'PodDisruptionBudget', 'policy/v1'],
    ['batch/v1beta1', 'CronJob', 'batch/v1'],
    ['extensions/v1beta1', 'Ingress', 'networking.k8s.io/v1'],
    ['apps/v1beta2', 'Deployment', 'apps/v1'],
  ])('%s %s is not served', (apiVersion, kind, use) => {
    expect(validateSchema({ apiVersion, kind, metadata: { name: 'x' }, spec: {} })).toEqual([
      { pointer: '/apiVersion', message: `apiVersion '${apiVersion}' kind '${kind}' is not served by Kubernetes 1.28 (use '${use}')` },
    ]);
  });

  test('unknown kinds, CRD versions without a schema, served kinds without a bundled schema', () => {
    expect(validateSchema({ apiVersion: 'example.com/v1', kind: 'Widget' })).toEqual([
      { pointer: '/apiVersion', message: "apiVersion 'example.com/v1' kind 'Widget' is not served by Kubernetes 1.28 and is not a known CRD kind (give the app its CustomResourceDefinition: new BlueprintApp({ crdFiles: [...] }))" },
    ]);
    expect(validateSchema({ apiVersion: 'networking.istio.io/v1alpha3', kind: 'DestinationRule' })).toEqual([
      {
        pointer: '/apiVersion',
        message: "apiVersion 'networking.istio.io/v1alpha3' kind 'DestinationRule' is not a CRD version this library validates (use 'networking.istio.io/v1')",
      },
    ]);
    expect(validateSchema({ apiVersion: 'storage.k8s.io/v1', kind: 'CSIDriver', metadata: { name: 'x' } })).toEqual([
      {
        pointer: '',
        message:
          "apiVersion 'storage.k8s.io/v1' kind 'CSIDriver' is served by Kubernetes 1.28 but its schema is not bundled, so it cannot be validated (add it to COMPILED_KINDS in scripts/gen-k8s-schema.ts)",
      },
    ]);
  });

  test('not an object, missing or bad apiVersion / kind', () => {
    expect(validateSchema([])).toEqual([{ pointer: '', message: 'must be a Kubernetes object, got an array' }]);
    expect(validateSchema({ kind: 'Pod' })).toEqual([{ pointer: '', message: "missing required field 'apiVersion'" }]);
    expect(validateSchema({ apiVersion: 'v1', kind: 3 })).toEqual([{ pointer: '/kind', message: 'must be a non-empty string, got 3' }]);
  });

  test('isServed / hasSchema', () => {
    expect(isServed('autoscaling/v2', 'HorizontalPodAutoscaler')).toBe(true);
    expect(isServed('autoscaling/v1', 'HorizontalPodAutoscaler')).toBe(true);
    expect(isServed('autoscaling/v2beta2', 'HorizontalPodAutoscaler')).toBe(false);
    expect(isServed('policy/v1beta1', 'PodDisruptionBudget')).toBe(false);
    expect(isServed('storage.k8s.io/v1', 'CSIDriver')).toBe(true);
    expect(isServed('networking.istio.io/v1', 'DestinationRule')).toBe(false);
    expect(hasSchema('networking.istio.io/v1', 'DestinationRule')).toBe(true);
    expect(hasSchema('storage.k8s.io/v1', 'CSIDriver')).toBe(false);
    expect(SERVED_KINDS).toHaveLength(139);
    for (const k of [
      'v1/Namespace', 'v1/ServiceAccount', 'v1/ConfigMap', 'v1/Secret', 'v1/Service', 'v1/Pod', 'apps/v1/Deployment',
      'apps/v1/StatefulSet', 'apps/v1/DaemonSet', 'batch/v1/Job', 'batch/v1/CronJob', 'autoscaling/v2/HorizontalPodAutoscaler',
      'policy/v1/PodDisruptionBudget', 'networking.k8s.io/v1/NetworkPolicy', 'networking.k8s.io/v1/Ingress',
      'networking.k8s.io/v1/IngressClass', 'v1/PersistentVolumeClaim', 'rbac.authorization.k8s.io/v1/Role',
      'rbac.authorization.k8s.io/v1/RoleBinding', 'rbac.authorization.k8s.io/v1/ClusterRole',
      'rbac.authorization.k8s.io/v1/ClusterRoleBinding', 'v1/LimitRange', 'v1/ResourceQuota', 'scheduling.k8s.io/v1/PriorityClass',
    ]) {
      expect(COMPILED_KINDS).toContain(k);
    }
  });
});

describe('validateSchema: CRDs', () => {
  const meta = { name: 'web', namespace: 'shop' };
  const CRDS: Record<string, [Obj, (o: Obj) => void, { pointer: string; message: string }[]]> = {
    'networking.istio.io/v1 DestinationRule': [
      {
        apiVersion: 'networking.istio.io/v1',
        kind: 'DestinationRule',
        metadata: meta,
        spec: {
          host: 'web.shop.svc.cluster.local',
          trafficPolicy: {
            loadBalancer: { simple: 'LEAST_REQUEST', warmupDurationSecs: '60s', localityLbSetting: { enabled: true, failoverPriority: ['topology.kubernetes.io/zone'] } },
            connectionPool: {
              tcp: { maxConnections: 100, connectTimeout: '3s', tcpKeepalive: { probes: 3, time: '7200s', interval: '75s' }, maxConnectionDuration: '1h', idleTimeout: '1h' },
              http: {
                http1MaxPendingRequests: 1024, http2MaxRequests: 1024, maxRequestsPerConnection: 10, maxRetries: 3, idleTimeout: '30s',
                h2UpgradePolicy: 'UPGRADE', useClientProtocol: false, maxConcurrentStreams: 100,
              },
            },
            outlierDetection: {
              consecutive5xxErrors: 5, consecutiveGatewayErrors: 3, consecutiveLocalOriginFailures: 5, splitExternalLocalOriginErrors: true,
              interval: '10s', baseEjectionTime: '30s', maxEjectionPercent: 50, minHealthPercent: 30,
            },
            tls: { mode: 'ISTIO_MUTUAL' },
            portLevelSettings: [{ port: { number: 8080 }, loadBalancer: { consistentHash: { httpCookie: { name: 'session', ttl: '0s' } } } }],
          },
          subsets: [{ name: 'v1', labels: { version: 'v1' }, trafficPolicy: { loadBalancer: { simple: 'ROUND_ROBIN' } } }],
        },
      },
      (o) => {
        o.spec.trafficPolicy.loadBalancer.simple = 'FASTEST';
        o.spec.trafficPolicy.connectionPool.tcp.maxConnection = 1;
      },
      [
        {
          pointer: '/spec/trafficPolicy/connectionPool/tcp/maxConnection',
          message: "unknown field 'maxConnection' (Istio ConnectionPoolSettings.TCPSettings has no such field)",
        },
        {
          pointer: '/spec/trafficPolicy/loadBalancer/simple',
          message: "must be one of 'UNSPECIFIED', 'LEAST_CONN', 'RANDOM', 'PASSTHROUGH', 'ROUND_ROBIN', 'LEAST_REQUEST', got 'FASTEST'",
        },
      ],
    ],
    'networking.istio.io/v1beta1 DestinationRule': [
      { apiVersion: 'networking.istio.io/v1beta1', kind: 'DestinationRule', metadata: meta, spec: { host: 'web', subsets: [{ name: 'v2', labels: { version: 'v2' } }] } },
      (o) => {
        delete o.spec.host;
        delete o.spec.subsets[0].name;
      },
      [
        { pointer: '/spec', message: "missing required field 'host'" },
        { pointer: '/spec/subsets/0', message: "missing required field 'name'" },
      ],
    ],
    'networking.istio.io/v1 VirtualService': [
      {
        apiVersion: 'networking.istio.io/v1',
        kind: 'VirtualService',
        metadata: meta,
        spec: {
          hosts: ['shop.example.com'],
          gateways: ['istio-system/public'],
          http: [
            {
              name: 'api',
              match: [{ uri: { prefix: '/api' }, headers: { 'x-canary': { exact: 'true' } } }],
              route: [
                { destination: { host: 'web', subset: 'v1', port: { number: 8080 } }, weight: 90, headers: { response: { set: { 'x-v': '1' } } } },
                { destination: { host: 'web', subset: 'v2', port: { number: 8080 } }, weight: 10 },
              ],
              timeout: '5s',
              retries: { attempts: 3, perTryTimeout: '2s', retryOn: '5xx,connect-failure', retryRemoteLocalities: true },
              fault: { delay: { fixedDelay: '100ms', percentage: { value: 0.5 } } },
              mirror: { host: 'shadow' },
              corsPolicy: { allowOrigins: [{ exact: 'https://example.com' }], allowMethods: ['GET'], maxAge: '24h' },
              headers: { request: { add: { 'x-a': 'b' }, remove: ['x-b'] } },
              rewrite: { uri: '/' },
            },
            { redirect: { uri: '/new', redirectCode: 301 } },
          ],
        },
      },
      (o) => {
        o.spec.http[0].timeout = '5 seconds';
        o.spec.http[0].route[0].weight = '90';
        o.spec.http[0].match[0].uri.regex = '^/api';
      },
      [
        { pointer: '/spec/http/0/match/0/uri', message: "only one of 'exact', 'prefix', 'regex' may be set, got 'prefix' and 'regex'" },
        { pointer: '/spec/http/0/route/0/weight', message: "must be an integer, got '90'" },
        { pointer: '/spec/http/0/timeout', message: "must be a duration (e.g. '30s', '1m30s', '720h0m0s'), got '5 seconds'" },
      ],
    ],
    'networking.istio.io/v1beta1 VirtualService': [
      { apiVersion: 'networking.istio.io/v1beta1', kind: 'VirtualService', metadata: meta, spec: { hosts: ['web'], tcp: [{ match: [{ port: 5432 }], route: [{ destination: { host: 'db' } }] }] } },
      (o) => {
        o.spec.http = [{ route: [{ destination: { subset: 'v1' } }] }];
      },
      [{ pointer: '/spec/http/0/route/0/destination', message: "missing required field 'host'" }],
    ],
    'security.istio.io/v1 PeerAuthentication': [
      { apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', metadata: meta, spec: { selector: { matchLabels: { app: 'web' } }, mtls: { mode: 'STRICT' }, portLevelMtls: { '8080': { mode: 'PERMISSIVE' } } } },
      (o) => {
        o.spec.mtls.mode = 'ON';
      },
      [{ pointer: '/spec/mtls/mode', message: "must be one of 'UNSET', 'DISABLE', 'PERMISSIVE', 'STRICT', got 'ON'" }],
    ],
    'security.istio.io/v1beta1 PeerAuthentication': [
      { apiVersion: 'security.istio.io/v1beta1', kind: 'PeerAuthentication', metadata: meta, spec: { mtls: { mode: 'STRICT' } } },
      (o) => {
        o.spec.mtls.strict = true;
      },
      [{ pointer: '/spec/mtls/strict', message: "unknown field 'strict' (Istio PeerAuthentication.MutualTLS has no such field)" }],
    ],
    'monitoring.coreos.com/v1 ServiceMonitor': [
      {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'ServiceMonitor',
        metadata: { ...meta, labels: { release: 'prometheus' } },
        spec: {
          selector: { matchLabels: { app: 'web' } },
          namespaceSelector: { matchNames: ['shop'] },
          endpoints: [
            {
              port: 'metrics',
              path: '/metrics',
              interval: '30s',
              scrapeTimeout: '10s',
              scheme: 'https',
              tlsConfig: { insecureSkipVerify: false, serverName: 'web', ca: { secret: { name: 'ca', key: 'ca.crt' } } },
              relabelings: [{ sourceLabels: ['__meta_kubernetes_pod_node_name'], targetLabel: 'node', action: 'replace' }],
            },
          ],
        },
      },
      (o) => {
        o.spec.endpoints[0].interval = '30 seconds';
        o.spec.endpoints[0].metricsPath = '/m';
      },
      [
        { pointer: '/spec/endpoints/0/interval', message: "must be a Prometheus duration (e.g. '30s', '1m', '1h30m'), got '30 seconds'" },
        { pointer: '/spec/endpoints/0/metricsPath', message: "unknown field 'metricsPath' (prometheus-operator Endpoint has no such field)" },
      ],
    ],
    'monitoring.coreos.com/v1 PrometheusRule': [
      {
        apiVersion: 'monitoring.coreos.com/v1',
        kind: 'PrometheusRule',
        metadata: meta,
        spec: { groups: [{ name: 'shop.backups', rules: [{ alert: 'BackupTooOld', expr: 'time() - x > 1', for: '5m', labels: { severity: 'critical' }, annotations: { summary: 's' } }] }] },
      },
      (o) => {
        o.spec.groups[0].rules[0].for = '5 minutes';
        o.spec.groups[0].rules[0].severity = 'critical';
      },
      [
        { pointer: '/spec/groups/0/rules/0/for', message: "must be a Prometheus duration (e.g. '30s', '1m', '1h30m'), got '5 minutes'" },
        { pointer: '/spec/groups/0/rules/0/severity', message: "unknown field 'severity' (prometheus-operator Rule has no such field)" },
      ],
    ],
    'velero.io/v1 Schedule': [
      {
        apiVersion: 'velero.io/v1',
        kind: 'Schedule',
        metadata: { name: 'daily', namespace: 'velero' },
        spec: {
          schedule: '0 1 * * *',
          useOwnerReferencesInBackup: false,
          template: {
            includedNamespaces: ['shop'],
            excludedResources: ['events'],
            labelSelector: { matchLabels: { backup: 'true' } },
            snapshotVolumes: true,
            ttl: '720h0m0s',
            storageLocation: 'default',
            defaultVolumesToFsBackup: true,
            hooks: {
              resources: [
                {
                  name: 'db-freeze',
                  includedNamespaces: ['shop'],
                  labelSelector: { matchLabels: { app: 'db' } },
                  pre: [{ exec: { container: 'db', command: ['/bin/sh', '-c', 'sync'], onError: 'Fail', timeout: '30s' } }],
                  post: [{ exec: { command: ['/bin/true'] } }],
                },
              ],
            },
          },
        },
      },
      (o) => {
        delete o.spec.schedule;
        o.spec.template.ttl = '30 days';
        o.spec.template.hooks.resources[0].pre[0].exec.onError = 'Retry';
      },
      [
        { pointer: '/spec', message: "missing required field 'schedule'" },
        {
          pointer: '/spec/template/hooks/resources/0/pre/0/exec/onError',
          message: "must be one of 'Continue', 'Fail', got 'Retry'",
        },
        { pointer: '/spec/template/ttl', message: "must be a duration (e.g. '30s', '1m30s', '720h0m0s'), got '30 days'" },
      ],
    ],
    'velero.io/v1 Restore': [
      {
        apiVersion: 'velero.io/v1',
        kind: 'Restore',
        metadata: { name: 'shop.notes-drill', namespace: 'velero' },
        spec: {
          scheduleName: 'shop.notes-volumes',
          includedNamespaces: ['shop'],
          includedResources: ['persistentvolumeclaims', 'persistentvolumes'],
          labelSelector: { matchLabels: { app: 'notes' } },
          namespaceMapping: { shop: 'shop-notes-drill' },
          restorePVs: true,
          existingResourcePolicy: 'none',
          restoreStatus: { includedResources: ['*'] },
          itemOperationTimeout: '4h0m0s',
          uploaderConfig: { writeSparseFiles: true, parallelFilesDownload: 4 },
        },
      },
      (o) => {
        o.spec.existingResourcePolicy = 'replace';
        o.spec.itemOperationTimeout = '4 hours';
      },
      [
        { pointer: '/spec/existingResourcePolicy', message: "must be one of 'none', 'update', got 'replace'" },
        { pointer: '/spec/itemOperationTimeout', message: "must be a duration (e.g. '30s', '1m30s', '720h0m0s'), got '4 hours'" },
      ],
    ],
    'external-secrets.io/v1beta1 ExternalSecret': [
      {
        apiVersion: 'external-secrets.io/v1beta1',
        kind: 'ExternalSecret',
        metadata: meta,
        spec: {
          secretStoreRef: { name: 'vault', kind: 'ClusterSecretStore' },
          refreshInterval: '1h',
          target: { name: 'web', creationPolicy: 'Owner', deletionPolicy: 'Retain', template: { type: 'Opaque', data: { url: 'postgres://{{ .user }}' } } },
          data: [{ secretKey: 'user', remoteRef: { key: 'shop/db', property: 'user', version: '2' } }],
          dataFrom: [{ extract: { key: 'shop/common' } }],
        },
      },
      (o) => {
        o.spec.secretStoreRef.kind = 'Vault';
        delete o.spec.data[0].remoteRef;
      },
      [
        { pointer: '/spec/data/0', message: "missing required field 'remoteRef'" },
        { pointer: '/spec/secretStoreRef/kind', message: "must be one of 'SecretStore', 'ClusterSecretStore', got 'Vault'" },
      ],
    ],
    'generators.external-secrets.io/v1alpha1 Password': [
      {
        apiVersion: 'generators.external-secrets.io/v1alpha1',
        kind: 'Password',
        metadata: meta,
        spec: { length: 32, digits: 8, symbols: 4, symbolCharacters: '-_.', noUpper: false, allowRepeat: true },
      },
      (o) => {
        o.spec.length = '32';
        o.spec.encoding = 'hex';
        delete o.spec.digits;
      },
      [
        { pointer: '/spec/encoding', message: "unknown field 'encoding' (Password PasswordSpec has no such field)" },
        { pointer: '/spec/length', message: "must be an integer, got '32'" },
      ],
    ],
    'keda.sh/v1alpha1 ScaledObject': [
      {
        apiVersion: 'keda.sh/v1alpha1',
        kind: 'ScaledObject',
        metadata: meta,
        spec: {
          scaleTargetRef: { name: 'web', kind: 'Deployment', apiVersion: 'apps/v1' },
          pollingInterval: 30,
          cooldownPeriod: 300,
          initialCooldownPeriod: 60,
          minReplicaCount: 1,
          maxReplicaCount: 20,
          fallback: { failureThreshold: 3, replicas: 4 },
          advanced: {
            restoreToOriginalReplicaCount: true,
            horizontalPodAutoscalerConfig: { name: 'web-keda', behavior: { scaleDown: { stabilizationWindowSeconds: 120, policies: [{ type: 'Percent', value: 50, periodSeconds: 60 }] } } },
          },
          triggers: [
            { type: 'prometheus', name: 'rps', metadata: { serverAddress: 'http://prometheus:9090', query: 'sum(rate(http_requests_total[1m]))', threshold: '100' }, metricType: 'AverageValue' },
            { type: 'cpu', metricType: 'Utilization', metadata: { value: '70' } },
          ],
        },
      },
      (o) => {
        delete o.spec.triggers[0].metadata;
        o.spec.triggers[1].metadata.value = 70;
        o.spec.advanced.horizontalPodAutoscalerConfig.behavior.scaleDown.stabilizationWindow = 1;
      },
      [
        {
          pointer: '/spec/advanced/horizontalPodAutoscalerConfig/behavior/scaleDown/stabilizationWindow',
          message: "unknown field 'stabilizationWindow' (Kubernetes 1.28 HPAScalingRules has no such field)",
        },
        { pointer: '/spec/triggers/0', message: "missing required field 'metadata'" },
        { pointer: '/spec/triggers/1/metadata/value', message: 'must be a string, got 70' },
      ],
    ],
    'keda.sh/v1alpha1 TriggerAuthentication': [
      {
        apiVersion: 'keda.sh/v1alpha1', kind: 'TriggerAuthentication', metadata: meta,
        spec: {
          secretTargetRef: [{ parameter: 'password', name: 'queue-auth', key: 'password' }],
          env: [{ parameter: 'host', name: 'REDIS_HOST', containerName: 'worker' }],
          podIdentity: { provider: 'aws', roleArn: 'arn:aws:iam::1:role/keda' },
          hashiCorpVault: { address: 'https://vault:8200', authentication: 'kubernetes' },
        },
      },
      (o) => {
        delete o.spec.secretTargetRef[0].key;
        o.spec.podIdentity.provider = 'azure';
        o.spec.secretTargetRef[0].optional = true;
      },
      [
        { pointer: '/spec/podIdentity/provider', message: "must be one of 'none', 'azure-workload', 'aws', 'aws-eks', 'gcp', got 'azure'" },
        { pointer: '/spec/secretTargetRef/0', message: "missing required field 'key'" },
        { pointer: '/spec/secretTargetRef/0/optional', message: "unknown field 'optional' (KEDA AuthSecretTargetRef has no such field)" },
      ],
    ],
    'kyverno.io/v1 Policy': [
      {
        apiVersion: 'kyverno.io/v1', kind: 'Policy', metadata: { ...meta, annotations: { 'pod-policies.kyverno.io/autogen-controllers': 'none' } },
        spec: {
          validationFailureAction: 'Enforce', background: false, webhookTimeoutSeconds: 30,
          rules: [{
            name: 'verify-image-signatures',
            match: { any: [{ resources: { kinds: ['Pod'] } }] },
            verifyImages: [
              {
                type: 'Cosign', imageReferences: ['registry.example.com/shop/api:*', 'registry.example.com/shop/api@*'],
                attestors: [{ entries: [{ keyless: { issuer: 'https://token.actions.githubusercontent.com', subject: 'https://github.com/acme/shop/.github/workflows/build-images.yml@refs/heads/main', rekor: { url: 'https://rekor.sigstore.dev' } } }] }],
                mutateDigest: true, verifyDigest: true, required: true,
              },
              {
                imageReferences: ['registry.example.com/shop/web:*'],
                attestors: [{ count: 1, entries: [{ keys: { publicKeys: '-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n', rekor: { url: 'https://rekor.sigstore.dev' } } }] }],
              },
            ],
          }],
        },
      },
      (o) => {
        o.spec.webhookTimeoutSeconds = '30';
        o.spec.rules[0].verifyImages[0].imageReference = o.spec.rules[0].verifyImages[0].imageReferences;
        o.spec.rules[0].verifyImages[1].attestors[0].entries[0].keyless = { issuer: 'https://accounts.google.com' };
        o.spec.validationFailureAction = 'Deny';
      },
      [
        { pointer: '/spec/rules/0/verifyImages/0/imageReference', message: "unknown field 'imageReference' (Kyverno ImageVerification has no such field)" },
        { pointer: '/spec/rules/0/verifyImages/1/attestors/0/entries/0', message: "only one of 'keys', 'keyless', 'certificates', 'attestor' may be set, got 'keys' and 'keyless'" },
        { pointer: '/spec/validationFailureAction', message: "must be one of 'Audit', 'Enforce', 'audit', 'enforce', got 'Deny'" },
        { pointer: '/spec/webhookTimeoutSeconds', message: "must be an integer, got '30'" },
      ],
    ],
    'gateway.networking.k8s.io/v1 HTTPRoute': [
      {
        apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute', metadata: meta,
        spec: {
          parentRefs: [{ name: 'public', namespace: 'gateway-system', sectionName: 'https' }],
          hostnames: ['shop.example.com'],
          rules: [{
            matches: [{ path: { type: 'PathPrefix', value: '/' }, headers: [{ name: 'x-canary', value: 'true' }], method: 'GET' }],
            filters: [{ type: 'RequestHeaderModifier', requestHeaderModifier: { set: [{ name: 'x-env', value: 'prod' }] } }],
            backendRefs: [{ name: 'web', port: 80, weight: 100 }],
            timeouts: { request: '10s' },
          }],
        },
      },
      (o) => {
        o.spec.hostnames[0] = 'Shop_Example';
        o.spec.rules[0].matches[0].path.type = 'Prefix';
        o.spec.rules[0].backendRefs[0].port = 70000;
        o.spec.rules[0].backendRefs[0].servicePort = 80;
        o.spec.parentRefs[0].sectionName = 'x'.repeat(254);
      },
      [
        { pointer: '/spec/hostnames/0', message: "must be a string matching /^(\\*\\.)?[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/, got 'Shop_Example'" },
        { pointer: '/spec/parentRefs/0/sectionName', message: 'must be at most 253 character(s) long, got ' + `'${'x'.repeat(77)}...'` },
        { pointer: '/spec/rules/0/backendRefs/0/port', message: 'must be <= 65535, got 70000' },
        { pointer: '/spec/rules/0/backendRefs/0/servicePort', message: "unknown field 'servicePort' (Gateway API HTTPRoute spec.rules[].backendRefs[] has no such field)" },
        { pointer: '/spec/rules/0/matches/0/path/type', message: "must be one of 'Exact', 'PathPrefix', 'RegularExpression', got 'Prefix'" },
      ],
    ],
    'autoscaling.k8s.io/v1 VerticalPodAutoscaler': [
      {
        apiVersion: 'autoscaling.k8s.io/v1', kind: 'VerticalPodAutoscaler', metadata: meta,
        spec: {
          targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' },
          updatePolicy: { updateMode: 'Off' },
          resourcePolicy: { containerPolicies: [{ containerName: '*', controlledResources: ['cpu', 'memory'], minAllowed: { cpu: '50m', memory: '64Mi' } }] },
        },
      },
      (o) => {
        o.spec.updatePolicy.updateMode = 'Never';
        o.spec.resourcePolicy.containerPolicies[0].minAllowed.cpu = 'lots';
        delete o.spec.targetRef.name;
      },
      [
        { pointer: '/spec/resourcePolicy/containerPolicies/0/minAllowed/cpu', message: "must be a string matching /^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$/, got 'lots'" },
        { pointer: '/spec/targetRef', message: "missing required field 'name'" },
        { pointer: '/spec/updatePolicy/updateMode', message: "must be one of 'Off', 'Initial', 'Recreate', 'Auto', got 'Never'" },
      ],
    ],
    'argoproj.io/v1alpha1 Application': [
      {
        apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', metadata: { name: 'shop-production', namespace: 'argocd' },
        spec: {
          project: 'default',
          source: { repoURL: 'https://github.com/example/shop-deploy.git', targetRevision: 'main', path: 'dist', directory: { include: 'shop-production.k8s.yaml' } },
          destination: { server: 'https://prod.k8s.example.com:6443', namespace: 'shop' },
          syncPolicy: { automated: { prune: true, selfHeal: true }, syncOptions: ['PruneLast=true'], retry: { limit: 5, backoff: { duration: '5s', factor: 2, maxDuration: '3m' } } },
        },
      },
      (o) => {
        o.spec.source.directory.includes = '*.yaml';
        delete o.spec.source.repoURL;
        o.spec.syncPolicy.automated.prune = 'yes';
        delete o.spec.project;
      },
      [
        { pointer: '/spec', message: "missing required field 'project'" },
        { pointer: '/spec/source', message: "missing required field 'repoURL'" },
        { pointer: '/spec/source/directory/includes', message: "unknown field 'includes' (Argo CD ApplicationSourceDirectory has no such field)" },
        { pointer: '/spec/syncPolicy/automated/prune', message: "must be a boolean, got 'yes'" },
      ],
    ],
    'kustomize.toolkit.fluxcd.io/v1 Kustomization': [
      {
        apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', metadata: { name: 'shop-production-wave-1', namespace: 'flux-system' },
        spec: {
          interval: '5m', timeout: '5m', sourceRef: { kind: 'GitRepository', name: 'shop-deploy' }, path: './dist/gitops/kustomize/shop-production/wave-1',
          prune: true, wait: true, dependsOn: [{ name: 'shop-production-wave-0' }], kubeConfig: { secretRef: { name: 'prod-kubeconfig' } },
        },
      },
      (o) => {
        o.spec.interval = '1d';
        o.spec.sourceRef.kind = 'Git';
        o.spec.dependsOn = ['shop-production-wave-0'];
        o.spec.waitFor = true;
      },
      [
        { pointer: '/spec/dependsOn/0', message: "must be an object, got 'shop-production-wave-0'" },
        { pointer: '/spec/interval', message: "must be a string matching /^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$/, got '1d'" },
        { pointer: '/spec/sourceRef/kind', message: "must be one of 'OCIRepository', 'GitRepository', 'Bucket', got 'Git'" },
        { pointer: '/spec/waitFor', message: "unknown field 'waitFor' (Flux KustomizationSpec has no such field)" },
      ],
    ],
    'source.toolkit.fluxcd.io/v1 GitRepository': [
      {
        apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', metadata: { name: 'shop-deploy', namespace: 'flux-system' },
        spec: { interval: '5m', url: 'https://github.com/example/shop-deploy.git', ref: { branch: 'main' } },
      },
      (o) => {
        o.spec.url = 'git@github.com:example/shop-deploy.git';
        o.spec.ref.revision = 'main';
        delete o.spec.interval;
      },
      [
        { pointer: '/spec', message: "missing required field 'interval'" },
        { pointer: '/spec/ref/revision', message: "unknown field 'revision' (Flux GitRepositoryRef has no such field)" },
        { pointer: '/spec/url', message: "must be a string matching /^(http|https|ssh)://.*$/, got 'git@github.com:example/shop-deploy.git'" },
      ],
    ],
  };

  test('every CRD kind has a case', () => {
    expect(Object.keys(CRDS).map((k) => k.replace(' ', '/')).sort()).toEqual([...CRD_KINDS].sort());
  });

  describe.each(Object.entries(CRDS))('%s', (_name, [valid, breakIt, expected]) => {
    test('valid object passes', () => {
      expect(validateSchema(valid)).toEqual([]);
    });
    test('invalid object is reported', () => {
      const obj = clone(valid);
      breakIt(obj);
      expect(validateSchema(obj)).toEqual(expected);
    });
  });

  test('a Password generator may leave every field to its default, and its spec out', () => {
    expect(validateSchema({ apiVersion: 'generators.external-secrets.io/v1alpha1', kind: 'Password', metadata: meta, spec: {} })).toEqual([]);
    expect(validateSchema({ apiVersion: 'generators.external-secrets.io/v1alpha1', kind: 'Password', metadata: meta })).toEqual([]);
  });

  test('an ExternalSecret takes a generator in dataFrom, and a dataFrom source names a store or a generator, not both', () => {
    // GIVEN
    const generated: any = {
      apiVersion: 'external-secrets.io/v1beta1',
      kind: 'ExternalSecret',
      metadata: meta,
      spec: {
        refreshInterval: '0s',
        target: { name: 'db', creationPolicy: 'Orphan', immutable: true, template: { engineVersion: 'v2', data: { username: 'app', password: '{{ .password }}' } } },
        dataFrom: [{ sourceRef: { generatorRef: { apiVersion: 'generators.external-secrets.io/v1alpha1', kind: 'Password', name: 'db' } } }],
      },
    };
    const both = clone(generated);
    both.spec.dataFrom[0].sourceRef.storeRef = { name: 'vault' };
    const nameless = clone(generated);
    delete nameless.spec.dataFrom[0].sourceRef.generatorRef.name;

    // THEN
    expect(validateSchema(generated)).toEqual([]);
    expect(validateSchema(both)).toEqual([
      { pointer: '/spec/dataFrom/0/sourceRef', message: "only one of 'storeRef', 'generatorRef' may be set, got 'storeRef' and 'generatorRef'" },
    ]);
    expect(validateSchema(nameless)).toEqual([{ pointer: '/spec/dataFrom/0/sourceRef/generatorRef', message: "missing required field 'name'" }]);
  });

  test('a Kyverno Policy needs a rule, rule names of at most 63 characters, and a webhook timeout Kyverno accepts (1-30 s)', () => {
    // GIVEN
    const valid = CRDS['kyverno.io/v1 Policy'][0];
    const noRules = clone(valid);
    noRules.spec.rules = [];
    const long = clone(valid);
    long.spec.rules[0].name = 'r'.repeat(64);
    long.spec.webhookTimeoutSeconds = 31;

    // THEN
    expect(validateSchema(noRules)).toEqual([{ pointer: '/spec/rules', message: 'must have at least 1 item(s), got an array' }]);
    expect(validateSchema(long)).toEqual([
      { pointer: '/spec/rules/0/name', message: `must be at most 63 character(s) long, got '${'r'.repeat(64)}'` },
      { pointer: '/spec/webhookTimeoutSeconds', message: 'must be <= 30, got 31' },
    ]);
  });

  test('CRD objects get ObjectMeta checks', () => {
    const obj = clone(CRDS['keda.sh/v1alpha1 ScaledObject'][0]);
    obj.metadata.label = {};
    expect(validateSchema(obj)).toEqual([
      { pointer: '/metadata/label', message: "unknown field 'label' (Kubernetes 1.28 ObjectMeta has no such field)" },
    ]);
  });

  test('compiled validators are up to date with lib/k8s/imports/crds (else run `npm run gen:schema`)', () => {
    expect(CRD_SCHEMA_DIGEST).toBe(crdSchemaDigest());
  });
});
