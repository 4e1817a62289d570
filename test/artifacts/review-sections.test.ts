/**
 * Each section of the review page on a tiny blueprint of hand-written objects: the page reads rendered objects
 * only, so it is right for any kind a blueprint emits — an unknown CRD, an HTTPRoute, a KEDA ScaledObject, a Velero
 * Schedule — whichever construct made it.
 */
import { renderReview, ReviewObject } from '../../lib/artifacts/review';
import { mermaidOf, section, tableIn } from './_review-pages';

const NS = 'tiny';
const LABELS = (name: string) => ({ 'app.kubernetes.io/name': name, 'app.kubernetes.io/instance': 'tiny-production' });

function obj(kind: string, name: string, body: Record<string, unknown> = {}, apiVersion = 'v1', metadata: Record<string, unknown> = {}): ReviewObject {
  return { path: `tiny-production/${name}/${kind}`, blueprint: 'tiny-production', json: { apiVersion, kind, metadata: { name, namespace: NS, labels: LABELS(name), ...metadata }, ...body } };
}

function container(name: string, image: string, cpu: string, memory: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { name, image, resources: { requests: { cpu, memory }, limits: { cpu, memory } }, ...extra };
}

function deployment(name: string, spec: Record<string, unknown>, pod: Record<string, unknown>): ReviewObject {
  return obj('Deployment', name, { spec: { selector: { matchLabels: LABELS(name) }, ...spec, template: { metadata: { labels: LABELS(name) }, spec: pod } } }, 'apps/v1');
}

function policy(name: string, spec: Record<string, unknown>): ReviewObject {
  return obj('NetworkPolicy', name, { spec: { podSelector: { matchLabels: LABELS(name) }, ...spec } }, 'networking.k8s.io/v1');
}

const page = (objects: ReviewObject[], more: Partial<Parameters<typeof renderReview>[0]> = {}) => renderReview({ blueprint: 'tiny-production', objects, ...more });

describe('inventory', () => {
  test('every kind appears, an unknown one too; images show tag, digest and the Dockerfile that builds them', () => {
    const objects = [
      obj('Widget', 'gadget', { spec: { size: 3 } }, 'example.com/v1alpha1'),
      deployment('web', {}, {
        initContainers: [container('init', 'localhost:5000/tools/init:0.1', '10m', '8Mi')],
        containers: [container('web', 'registry.example.com/tiny/web:1.0.0', '100m', '64Mi'), container('proxy', 'envoyproxy/envoy@sha256:abc123', '10m', '8Mi')],
      }),
      { path: 'other-production/x/ConfigMap', blueprint: 'other-production', json: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' } } },
    ];
    const inv = section(page(objects, { images: [{ reference: 'registry.example.com/tiny/web:1.0.0', dockerfilePath: 'images/web/Dockerfile' }] }), 'Inventory');
    expect(inv).toContain('2 objects of 2 kinds.');
    expect(tableIn(inv, 'kind').rows).toEqual([['Deployment', '`apps/v1`', '1', '`web`'], ['Widget', '`example.com/v1alpha1`', '1', '`gadget`']]);
    expect(tableIn(inv, 'image').rows).toEqual([
      ['`localhost:5000/tools/init`', '`0.1`', '—', 'not built here', 'Deployment `web`: init container `init`'],
      ['`registry.example.com/tiny/web`', '`1.0.0`', '—', '[images/web/Dockerfile](../images/web/Dockerfile)', 'Deployment `web`: container `web`'],
      ['`envoyproxy/envoy`', '—', '`sha256:abc123`', 'not built here', 'Deployment `web`: container `proxy`'],
    ]);
  });
});

describe('exposure', () => {
  const web = deployment('web', {}, { containers: [container('web', 'w:1', '100m', '64Mi', { ports: [{ name: 'http', containerPort: 8080 }] })] });
  const db = obj('StatefulSet', 'db', { spec: { selector: { matchLabels: LABELS('db') }, template: { metadata: { labels: LABELS('db') }, spec: { containers: [container('db', 'd:1', '100m', '64Mi')] } } } }, 'apps/v1');
  const svc = (name: string, port: number, targetPort: number | string) => obj('Service', name, { spec: { selector: LABELS(name), ports: [{ port, targetPort }] } });

  test('an HTTPRoute is drawn like an Ingress: internet → host → Service → workload, its Gateway a prerequisite', () => {
    const route = obj('HTTPRoute', 'web', { spec: {
      parentRefs: [{ group: 'gateway.networking.k8s.io', kind: 'Gateway', name: 'public', namespace: 'gateways' }],
      hostnames: ['tiny.example.com'], rules: [{ matches: [{ path: { type: 'PathPrefix', value: '/app' } }], backendRefs: [{ group: '', kind: 'Service', name: 'web', port: 80 }] }],
    } }, 'gateway.networking.k8s.io/v1');
    const p = page([web, svc('web', 80, 8080), route]);
    expect(mermaidOf(p).split('\n')).toEqual(expect.arrayContaining([
      '  h_tiny_example_com[/"tiny.example.com<br/>HTTPRoute web, Gateway gateways/public"/]',
      '  internet -->|"HTTP(S)"| h_tiny_example_com',
      '  h_tiny_example_com -->|"/app"| s_web',
      '  s_web -->|"80→8080"| w_deployment_web',
    ]));
    const pre = section(p, 'Prerequisites');
    expect(tableIn(pre, 'kind').rows).toEqual([['Gateway', '`gateways/public`', 'HTTPRoute `web`']]);
    expect(tableIn(pre, 'API group').rows).toEqual([['`gateway.networking.k8s.io`', 'HTTPRoute (gateway.networking.k8s.io/v1)', 'Gateway API']]);
  });

  test('pod to pod only where both sides allow it, through the Service that serves the port; egress to an IP block', () => {
    const objects = [
      web, db, svc('db', 5432, 5432),
      policy('web', { policyTypes: ['Ingress', 'Egress'], ingress: [], egress: [
        { to: [{ podSelector: { matchLabels: LABELS('db') } }], ports: [{ port: 5432, protocol: 'TCP' }, { port: 6379 }] },
        { to: [{ ipBlock: { cidr: '203.0.113.0/24', except: ['203.0.113.7/32'] } }], ports: [{ port: 443 }] },
      ] }),
      policy('db', { policyTypes: ['Ingress'], ingress: [{ from: [{ podSelector: { matchLabels: LABELS('web') } }], ports: [{ port: 5432 }] }] }),
    ];
    const p = page(objects);
    const graph = mermaidOf(p).split('\n');
    expect(graph.filter((l) => l.includes(' -->'))).toEqual([
      '  s_db -->|"5432→5432"| w_statefulset_db',
      '  w_deployment_web -->|"5432/TCP"| s_db',
      '  w_deployment_web -->|"443/TCP"| o_ip_203_0_113_0_24_except_203_0_113_7_32',
    ]);
    expect(section(p, 'Exposure')).toContain('- StatefulSet `db` may connect anywhere (no NetworkPolicy isolates its egress)');
    expect(tableIn(section(p, 'Prerequisites'), 'peer').rows).toEqual([['203.0.113.0/24 except 203.0.113.7/32', 'is reached by', '443/TCP', 'Deployment `web`']]);
  });

  test('an ExternalName Service is drawn as an alias of its host outside the namespace', () => {
    const external = obj('Service', 'payments', { spec: { type: 'ExternalName', externalName: 'api.payments.example.com', ports: [{ port: 443 }] } });
    expect(mermaidOf(page([external])).split('\n')).toEqual(expect.arrayContaining([
      '    s_payments(["Service payments :443"])',
      '    o_dns_api_payments_example_com{{"api.payments.example.com"}}',
      '  s_payments -->|"DNS alias (ExternalName)"| o_dns_api_payments_example_com',
    ]));
  });

  test('without a NetworkPolicy nothing is drawn between pods, and the page says every pod is open', () => {
    const p = section(page([web, db]), 'Exposure');
    expect(p).toContain('- Deployment `web` accepts connections from anywhere (no NetworkPolicy isolates its ingress)');
    expect(p).toContain('No connection is allowed to or from these pods.');
  });
});

describe('capacity and availability', () => {
  test('requests and limits per pod (an init container larger than the containers counts), times min and max replicas, and the total', () => {
    const api = deployment('api', {}, {
      initContainers: [container('migrate', 'm:1', '2', '1Gi')],
      containers: [container('api', 'a:1', '250m', '256Mi'), container('sidecar', 's:1', '250m', '256Mi')],
      priorityClassName: 'platform-high', topologySpreadConstraints: [{ topologyKey: 'kubernetes.io/hostname', maxSkew: 1, whenUnsatisfiable: 'DoNotSchedule' }],
    });
    const worker = deployment('worker', { replicas: 3, strategy: { type: 'Recreate' } }, { containers: [container('worker', 'w:1', '100m', '128Mi')] });
    const agent = obj('DaemonSet', 'agent', { spec: { selector: { matchLabels: LABELS('agent') }, template: { metadata: { labels: LABELS('agent') }, spec: { containers: [container('agent', 'g:1', '50m', '32Mi')] } } } }, 'apps/v1');
    const objects = [
      api, worker, agent,
      obj('HorizontalPodAutoscaler', 'api', { spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'api' }, minReplicas: 2, maxReplicas: 4 } }, 'autoscaling/v2'),
      obj('ScaledObject', 'worker', { spec: { scaleTargetRef: { name: 'worker' }, maxReplicaCount: 6 } }, 'keda.sh/v1alpha1'),
      obj('PodDisruptionBudget', 'api', { spec: { minAvailable: 1, selector: { matchLabels: LABELS('api') } } }, 'policy/v1'),
    ];
    const p = page(objects);
    expect(tableIn(section(p, 'Capacity'), 'workload').rows.map((r) => r.slice(0, 6))).toEqual([
      ['Deployment `api`', '2–4 (HorizontalPodAutoscaler `api`)', '2 / 1Gi / not set', '2 / 1Gi / not set', '4 / 2Gi / not set', '8 / 4Gi / not set'],
      ['Deployment `worker`', '0–6 (ScaledObject `worker`)', '100m / 128Mi / not set', '100m / 128Mi / not set', '0 / 0 / not set', '600m / 768Mi / not set'],
      ['DaemonSet `agent`', '1 per node', '50m / 32Mi / not set', '50m / 32Mi / not set', '50m / 32Mi / not set', '50m / 32Mi / not set'],
      ['**total**', '', '', '', '**4 / 2Gi / not set**', '**8600m / 4864Mi / not set**'],
    ]);
    expect(section(p, 'Capacity')).toContain('Not in the total: DaemonSet `agent` (one pod per node).');
    // a workload without a memory request makes the memory total a lower bound
    const bare = deployment('bare', { replicas: 2 }, { containers: [{ name: 'bare', image: 'b:1', resources: { requests: { cpu: '100m' } } }] });
    expect(tableIn(section(page([api, bare, objects[3]]), 'Capacity'), 'workload').rows[2].slice(4, 6)).toEqual([
      '**4200m / at least 2Gi / not set**', '**8200m / at least 4Gi / not set**',
    ]);
    expect(tableIn(section(p, 'Availability'), 'workload').rows).toEqual([
      ['Deployment `api`', '2–4 (HorizontalPodAutoscaler `api`)', 'PodDisruptionBudget `api`: minAvailable 1', '`kubernetes.io/hostname` max skew 1, required', '`platform-high` (not in this blueprint)', 'RollingUpdate (maxSurge 25%, maxUnavailable 25%)'],
      ['Deployment `worker`', '0–6 (ScaledObject `worker`)', 'none', 'none', 'none (the cluster default)', 'Recreate'],
      ['DaemonSet `agent`', '1 per node', 'none', 'none', 'none (the cluster default)', 'RollingUpdate'],
    ]);
    expect(tableIn(section(p, 'Prerequisites'), 'kind').rows).toEqual([['PriorityClass', '`platform-high`', 'Deployment `api`']]);
  });
});

describe('data', () => {
  test('a Velero Schedule covers a workload\'s claim; an opted-out claim says why; an uncovered template says so; a dump to S3 without encryption', () => {
    const app = deployment('files', {}, { containers: [container('files', 'f:1', '100m', '64Mi')], volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'files-data' } }] });
    const cache = obj('StatefulSet', 'cache', { spec: { replicas: 2, selector: { matchLabels: LABELS('cache') }, volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], storageClassName: 'fast', resources: { requests: { storage: '1Gi' } } } }], template: { metadata: { labels: LABELS('cache') }, spec: { containers: [container('cache', 'c:1', '100m', '64Mi')] } } } }, 'apps/v1');
    const dump = obj('CronJob', 'cache-backup', { spec: { schedule: '0 3 * * *', jobTemplate: { spec: { template: { spec: { containers: [container('b', 'b:1', '100m', '64Mi', {
      env: [{ name: 'BACKUP_DESTINATION', value: 's3' }, { name: 'S3_ENDPOINT', value: 'https://s3.example.com' }, { name: 'S3_BUCKET', value: 'backups' }, { name: 'S3_PREFIX', value: 'cache' }, { name: 'RETENTION_DAYS', value: '7' }],
    })] } } } } } }, 'batch/v1', { labels: { ...LABELS('cache-backup'), 'blueprints.cdk8s.io/backup-of': 'other' } });
    const objects = [
      app, cache, dump,
      obj('PersistentVolumeClaim', 'files-data', { spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } } }, 'v1', { labels: LABELS('files') }),
      obj('PersistentVolumeClaim', 'scratch', { spec: { resources: { requests: { storage: '1Gi' } } } }, 'v1', { annotations: { 'blueprints.cdk8s.io/backup-disabled': 'rebuilt from the source on every start' } }),
      obj('Schedule', 'tiny-files', { spec: { schedule: 'CRON_TZ=Europe/Berlin 0 1 * * *', template: { includedNamespaces: [NS], labelSelector: { matchLabels: LABELS('files') }, ttl: '336h0m0s' } } }, 'velero.io/v1',
        { annotations: { 'blueprints.cdk8s.io/encryption': 'none: the storage location encrypts at rest (SSE-KMS)' } }),
    ];
    const d = section(page(objects), 'Data');
    expect(tableIn(d, 'volume').rows).toEqual([
      ['`data` (`data-cache-0`, `data-cache-1`)', 'StatefulSet `cache`', '`1Gi`', 'ReadWriteOnce', '`fast`', 'not backed up'],
      ['PVC `files-data`', 'Deployment `files`', '`5Gi`', 'ReadWriteOnce', 'cluster default', 'volume snapshot: Schedule `tiny-files`'],
      ['PVC `scratch`', 'no pod', '`1Gi`', '—', 'cluster default', 'not backed up: rebuilt from the source on every start'],
    ]);
    expect(tableIn(d, 'backup').rows).toEqual([
      ['dump: CronJob `cache-backup`', '`other`', '`0 3 * * *`', '7 days', 'none', 'S3 `https://s3.example.com backups/cache`'],
      ['volume snapshot: Schedule `tiny-files`', 'Deployment `files`', '`CRON_TZ=Europe/Berlin 0 1 * * *`', '`336h0m0s`', 'none: the storage location encrypts at rest (SSE-KMS)', 'Velero default location'],
    ]);
    expect(tableIn(d, 'job').rows).toEqual([[
      'volume restore of Schedule `tiny-files`', 'volumes of Deployment `files`',
      'by hand, after scaling to 0 and deleting the claims: `velero restore create --namespace tiny --from-schedule tiny-files --include-namespaces tiny --include-resources persistentvolumeclaims,persistentvolumes --selector app.kubernetes.io/name=files,app.kubernetes.io/instance=tiny-production --restore-volumes=true --existing-resource-policy=none --wait`, or `kubectl create -f` its Restore in `restore/`',
    ]]);
    expect(d).toContain('No scheduled restore drill for: `other`, `tiny-files`.');
    expect(d).toContain('- PVC `scratch` (no pod): rebuilt from the source on every start');
  });
});

describe('prerequisites', () => {
  test('Secrets read and not created (declared or not), the secret store, a missing ConfigMap; created ones are not listed', () => {
    const api = deployment('api', {}, { containers: [container('api', 'a:1', '100m', '64Mi', {
      env: [
        { name: 'A', valueFrom: { secretKeyRef: { name: 'made', key: 'password' } } },
        { name: 'B', valueFrom: { secretKeyRef: { name: 'vendor-key', key: 'key' } } },
        { name: 'C', valueFrom: { secretKeyRef: { name: 'maybe', key: 'x', optional: true } } },
        { name: 'D', valueFrom: { configMapKeyRef: { name: 'settings', key: 'd' } } },
      ],
      envFrom: [{ secretRef: { name: 'team-env' } }],
    })], imagePullSecrets: [{ name: 'registry-pull' }] });
    const objects = [
      api,
      obj('ExternalSecret', 'made', { spec: { secretStoreRef: { kind: 'ClusterSecretStore', name: 'vault' }, target: { name: 'made' }, data: [{ secretKey: 'password', remoteRef: { key: 'db' } }] } }, 'external-secrets.io/v1beta1'),
      obj('ConfigMap', 'team-env-provided', {}, 'v1', { annotations: {
        'blueprints.cdk8s.io/provided-secret': 'team-env', 'blueprints.cdk8s.io/provided-secret-keys': 'A, B', 'blueprints.cdk8s.io/provided-by': 'the team\'s sealed-secrets in team/env',
      } }),
    ];
    const pre = section(page(objects), 'Prerequisites');
    expect(tableIn(pre, 'Secret').rows).toEqual([
      ['`vendor-key`', '`key`', 'Deployment `api`', '**not declared**'],
      ['`team-env`', 'all', 'Deployment `api`', 'the team\'s sealed-secrets in team/env (ConfigMap `team-env-provided`)'],
      ['`registry-pull`', 'all', 'Deployment `api` (image pull)', '**not declared**'],
    ]);
    expect(tableIn(pre, 'kind').rows).toEqual([['ClusterSecretStore', '`vault`', 'ExternalSecret `made`'], ['ConfigMap', '`settings`', 'Deployment `api`']]);
    expect(tableIn(pre, 'API group').rows).toEqual([['`external-secrets.io`', 'ExternalSecret (external-secrets.io/v1beta1)', 'External Secrets Operator']]);
  });

  test('an Ingress\'s TLS Secret is a prerequisite unless a cert-manager Certificate of the blueprint writes it; its issuer is', () => {
    const ingress = obj('Ingress', 'web', { spec: { ingressClassName: 'nginx', tls: [{ hosts: ['tiny.example.com'], secretName: 'tiny-tls' }], rules: [] } }, 'networking.k8s.io/v1');
    expect(tableIn(section(page([ingress]), 'Prerequisites'), 'Secret').rows).toEqual([['`tiny-tls`', '`tls.crt`, `tls.key`', 'Ingress `web` (TLS)', '**not declared**']]);
    const certificate = obj('Certificate', 'tiny-tls', { spec: { secretName: 'tiny-tls', dnsNames: ['tiny.example.com'], issuerRef: { kind: 'ClusterIssuer', name: 'letsencrypt' } } }, 'cert-manager.io/v1');
    const pre = section(page([ingress, certificate]), 'Prerequisites');
    expect(pre).toContain('None: the blueprint creates every Secret it reads.');
    expect(tableIn(pre, 'kind').rows).toEqual([['ClusterIssuer', '`letsencrypt`', 'Certificate `tiny-tls`'], ['IngressClass', '`nginx`', 'Ingress `web`']]);
  });
});

describe('warnings and suppressions', () => {
  test('only this blueprint\'s warnings; suppressions grouped by rule and reason, with the objects they cover', () => {
    const sup = { annotations: { 'suppress.blueprints.cdk8s.io/high-uid': 'the vendor image runs as UID 999 and owns its data as 999' } };
    const objects = [obj('ServiceAccount', 'db', {}, 'v1', sup), obj('ConfigMap', 'db', {}, 'v1', sup)];
    const f = section(page(objects, { warnings: [
      { rule: 'probes', path: 'tiny-production/db/StatefulSet', severity: 'warning', message: 'container \'db\' has no liveness probe' },
      { rule: 'probes', path: 'tiny-productionx/db/StatefulSet', severity: 'warning', message: 'another blueprint\'s' },
    ] }), 'Gate warnings and suppressions');
    expect(tableIn(f, 'rule').rows).toEqual([['`probes`', '`tiny-production/db/StatefulSet`', 'container \'db\' has no liveness probe']]);
    expect(f).toContain('| `high-uid` | the vendor image runs as UID 999 and owns its data as 999 | ServiceAccount `db`, ConfigMap `db` |');
  });
});
