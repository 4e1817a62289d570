import { BlueprintTesting, CronTask, Environment, HealthCheck, Schedule, WebService, Worker } from '../../lib';
import { Blueprint } from '../../lib/blueprint/blueprint';
import { DNS_EGRESS, IMAGE, WEB, blueprint, kindsAndNames, objectOf, objectsOf, podTemplate, standardLabels } from '../_helpers';

/** A worker the gate passes without warnings: readiness and a liveness that tests something else. */
const WORKER = { image: IMAGE, health: HealthCheck.exec(['/app/healthcheck'], { liveness: HealthCheck.exec(['/app/healthcheck', '--alive']) }) };
const LEASES = { apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'create', 'update'] as const };
const API_EGRESS = { ports: [{ port: 443, protocol: 'TCP' }, { port: 6443, protocol: 'TCP' }], to: [{ ipBlock: { cidr: '0.0.0.0/0' } }] };

/** A Worker 'elector' in production, `grant` applied to it, and the synthesized objects. */
function granted(grant: (w: Worker) => void): { worker: Worker; objects: any[] } {
  const shop = blueprint();
  const worker = new Worker(shop, 'elector', WORKER);
  grant(worker);
  return { worker, objects: BlueprintTesting.synth(shop) };
}

describe('without a grant', () => {
  test('no Role, no token, no path to the API server', () => {
    // WHEN
    const { objects, worker } = granted(() => undefined);

    // THEN
    expect(objectsOf(objects, 'Role')).toEqual([]);
    expect(worker.mountsToken).toBe(false);
    expect(objectOf(objects, 'ServiceAccount', 'elector').automountServiceAccountToken).toBe(false);
    expect(objectOf(objects, 'NetworkPolicy', 'elector').spec.egress).toEqual([DNS_EGRESS]);
  });
});

describe('grant', () => {
  test('leader election through a Lease: a Role and RoleBinding, the token mounted, egress to the API server', () => {
    // WHEN
    const { objects, worker } = granted((w) => w.permissions.grant({ ...LEASES, verbs: [...LEASES.verbs] }));

    // THEN
    expect(objects.filter((o) => o.metadata.name === 'elector' && o.kind.startsWith('Role'))).toMatchSnapshot();
    expect(objectOf(objects, 'Role', 'elector')).toEqual({
      apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role',
      metadata: { name: 'elector', namespace: 'shop', labels: standardLabels('elector', 'worker', 'production', '1.4.2') },
      rules: [{ apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'create', 'update'] }],
    });
    expect(objectOf(objects, 'RoleBinding', 'elector').roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'elector' });
    expect(objectOf(objects, 'RoleBinding', 'elector').subjects).toEqual([{ kind: 'ServiceAccount', name: 'elector', namespace: 'shop' }]);
    expect(worker.mountsToken).toBe(true);
    expect(objectOf(objects, 'ServiceAccount', 'elector').automountServiceAccountToken).toBe(true);
    expect(podTemplate(objectOf(objects, 'Deployment', 'elector')).spec.automountServiceAccountToken).toBe(true);
    expect(objectOf(objects, 'NetworkPolicy', 'elector').spec.egress).toEqual([DNS_EGRESS, API_EGRESS]);
    // the roles are the workload's own objects: in its sync wave, after what it depends on (a pod that starts first retries)
    const names = kindsAndNames(objects);
    expect(names.slice(names.indexOf('ServiceAccount/elector'))).toEqual([
      'ServiceAccount/elector', 'NetworkPolicy/elector', 'Deployment/elector', 'PodDisruptionBudget/elector', 'Role/elector', 'RoleBinding/elector',
    ]);
  });

  test('every grant adds a rule to the one Role; the core group is explicit; the egress is opened once', () => {
    // WHEN
    const { objects } = granted((w) => {
      w.permissions.grant({ resources: ['configmaps'], resourceNames: ['elector-state'], verbs: ['get', 'update'] });
      w.permissions.grantRead(['pods']);
      w.permissions.grantRead(['jobs'], { apiGroups: ['batch'], resourceNames: ['migrate'] });
    });

    // THEN
    expect(objectOf(objects, 'Role', 'elector').rules).toEqual([
      { apiGroups: [''], resources: ['configmaps'], resourceNames: ['elector-state'], verbs: ['get', 'update'] },
      { apiGroups: [''], resources: ['pods'], verbs: ['get', 'list', 'watch'] },
      { apiGroups: ['batch'], resources: ['jobs'], resourceNames: ['migrate'], verbs: ['get', 'list', 'watch'] },
    ]);
    expect(objectsOf(objects, 'RoleBinding').length).toEqual(1);
    expect(objectOf(objects, 'NetworkPolicy', 'elector').spec.egress).toEqual([DNS_EGRESS, API_EGRESS]);
  });

  test('apiServer narrows the egress to the cluster\'s API server endpoints', () => {
    // WHEN
    const { objects } = granted((w) => {
      w.permissions.grant({ ...LEASES, verbs: ['get'] }, { apiServer: { cidrs: ['10.0.0.10/32', '10.0.0.11/32'], ports: [6443] } });
      w.permissions.grantRead(['configmaps'], { apiServer: { cidrs: ['10.0.0.10/32', '10.0.0.11/32'], ports: [6443] } });
    });

    // THEN
    expect(objectOf(objects, 'NetworkPolicy', 'elector').spec.egress.slice(1)).toEqual([
      { ports: [{ port: 6443, protocol: 'TCP' }], to: [{ ipBlock: { cidr: '10.0.0.10/32' } }] },
      { ports: [{ port: 6443, protocol: 'TCP' }], to: [{ ipBlock: { cidr: '10.0.0.11/32' } }] },
    ]);
  });

  test('a WebService and a CronTask can be granted too', () => {
    // GIVEN
    const shop = blueprint();
    const web = new WebService(shop, 'api', WEB);
    const task = new CronTask(shop, 'report', { image: IMAGE, schedule: Schedule.daily() });

    // WHEN
    web.permissions.grantRead(['configmaps']);
    task.permissions.grantRead(['pods']);

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(podTemplate(objectOf(objects, 'Deployment', 'api')).spec.automountServiceAccountToken).toBe(true);
    expect(objectOf(objects, 'CronJob', 'report').spec.jobTemplate.spec.template.spec.automountServiceAccountToken).toBe(true);
    expect(objectsOf(objects, 'Role').map((r) => r.metadata.name)).toEqual(['api', 'report']);
  });
});

describe('grantCluster', () => {
  test('a ClusterRole and ClusterRoleBinding named <namespace>-<workload>, without a namespace', () => {
    // WHEN
    const { objects } = granted((w) => w.permissions.grantCluster({ resources: ['nodes'], verbs: ['get', 'list'] }));

    // THEN
    const role = objectOf(objects, 'ClusterRole', 'shop-elector');
    expect(role.metadata.namespace).toBeUndefined();
    expect(role.rules).toEqual([{ apiGroups: [''], resources: ['nodes'], verbs: ['get', 'list'] }]);
    const binding = objectOf(objects, 'ClusterRoleBinding', 'shop-elector');
    expect(binding.metadata.namespace).toBeUndefined();
    expect(binding.roleRef).toEqual({ apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'shop-elector' });
    expect(binding.subjects).toEqual([{ kind: 'ServiceAccount', name: 'elector', namespace: 'shop' }]);
    expect(objectsOf(objects, 'Role')).toEqual([]);
    expect(objectOf(objects, 'ServiceAccount', 'elector').automountServiceAccountToken).toBe(true);
  });
});

describe('grantInNamespace', () => {
  test('a Role and RoleBinding <namespace>.<workload> in the other namespace, bound to the workload\'s ServiceAccount', () => {
    // WHEN
    const { objects } = granted((w) => {
      w.permissions.grantInNamespace('velero', { apiGroups: ['velero.io'], resources: ['restores'], verbs: ['create'] });
      w.permissions.grantInNamespace('velero', { apiGroups: ['velero.io'], resources: ['restores'], resourceNames: ['r'], verbs: ['get'] });
    });

    // THEN
    const role = objectOf(objects, 'Role', 'shop.elector');
    expect([role.metadata.namespace, role.rules]).toEqual(['velero', [
      { apiGroups: ['velero.io'], resources: ['restores'], verbs: ['create'] },
      { apiGroups: ['velero.io'], resources: ['restores'], resourceNames: ['r'], verbs: ['get'] },
    ]]);
    const binding = objectOf(objects, 'RoleBinding', 'shop.elector');
    expect([binding.metadata.namespace, binding.roleRef, binding.subjects]).toEqual([
      'velero', { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'shop.elector' }, [{ kind: 'ServiceAccount', name: 'elector', namespace: 'shop' }],
    ]);
    expect(objectOf(objects, 'ServiceAccount', 'elector').automountServiceAccountToken).toBe(true);
    expect(objectOf(objects, 'NetworkPolicy', 'elector').spec.egress).toEqual([DNS_EGRESS, API_EGRESS]);
  });

  test('the workload\'s own namespace: a plain grant', () => {
    // WHEN
    const { objects } = granted((w) => w.permissions.grantInNamespace('shop', { resources: ['pods'], verbs: ['get'] }));

    // THEN
    expect(objectOf(objects, 'Role', 'elector').rules).toEqual([{ apiGroups: [''], resources: ['pods'], verbs: ['get'] }]);
    expect(objectsOf(objects, 'Role')).toHaveLength(1);
  });
});

describe('the gate', () => {
  test('passes granted workloads: their token is deliberate (automount-token), their rules name what they call', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    for (const environment of [Environment.production(), Environment.staging()]) {
      const shop = new Blueprint(app, `shop-${environment.name}`, { environment });
      const w = new Worker(shop, 'elector', WORKER);
      w.permissions.grant({ ...LEASES, verbs: [...LEASES.verbs] });
      w.permissions.grantCluster({ resources: ['nodes'], verbs: ['get'] });
    }

    // WHEN / THEN
    expect(app.synthesize().warnings.map((f: any) => `${f.rule} ${f.path}: ${f.message}`)).toEqual([]);
  });
});

describe('mistakes', () => {
  const PREFIX = "Worker 'shop-production/elector': ";
  const grant = (fn: (w: Worker) => unknown) => () => fn(new Worker(blueprint(), 'elector', WORKER));

  test.each([
    [{ resources: [], verbs: ['get'] }, "'rule.resources' ([]) must name at least one resource"],
    [{ resources: ['pods'], verbs: [] }, "'rule.verbs' ([]) must name at least one verb"],
    [{ resources: ['Pods'], verbs: ['get'] }, "'rule.resources' ('Pods') must be a plural resource name in lowercase ('configmaps'), optionally with a subresource ('pods/log')"],
    [{ resources: ['pods'], verbs: ['read'] }, "'rule.verbs[0]' ('read') must be one of 'get', 'list', 'watch', 'create', 'update', 'patch', 'delete', 'deletecollection', '*'"],
    [{ resources: ['pods'], apiGroups: ['Apps'], verbs: ['get'] }, "'rule.apiGroups' ('Apps') must be '' (the core group) or an API group such as 'apps' or 'coordination.k8s.io'"],
    [{ resources: ['pods'], apiGroups: [], verbs: ['get'] }, "'rule.apiGroups' ([]) must name at least one API group (omit it for the core group)"],
    [{ resources: ['pods'], resourceNames: [], verbs: ['get'] }, "'rule.resourceNames' ([]) must name at least one object (omit it for every object)"],
    [{ resources: ['pods'], resourceNames: [' '], verbs: ['get'] }, "'rule.resourceNames' (' ') must not be empty"],
    [{ resources: ['configmaps'], resourceNames: ['state'], verbs: ['get', 'create'] }, "'rule.verbs' ('create') cannot be restricted by 'resourceNames': the API server authorizes create and deletecollection without an object name; grant it in a rule without resourceNames"],
  ])('rule %p', (rule, message) => {
    expect(grant((w) => w.permissions.grant(rule as any))).toFail(`${PREFIX}${message}`);
  });

  test.each([
    [{ cidrs: [] }, "'apiServer.cidrs' ([]) must name at least one CIDR"],
    [{ cidrs: ['10.0.0.300/32'] }, "'apiServer.cidrs' ('10.0.0.300/32') must be an IPv4 or IPv6 CIDR such as '10.0.0.10/32'"],
    [{ cidrs: ['10.0.0.10/32'], ports: [70000] }, "'apiServer.ports' (70000) must be <= 65535"],
    [{ cidrs: ['10.0.0.10/32'], ports: [] }, "'apiServer.ports' ([]) must name at least one port (omit it for 443 and 6443)"],
  ])('apiServer %p', (apiServer, message) => {
    expect(grant((w) => w.permissions.grantRead(['pods'], { apiServer }))).toFail(`${PREFIX}${message}`);
  });

  test('a second grant naming another API server', () => {
    expect(grant((w) => {
      w.permissions.grantRead(['pods'], { apiServer: { cidrs: ['10.0.0.10/32'] } });
      w.permissions.grantRead(['configmaps'], { apiServer: { cidrs: ['10.0.0.11/32'] } });
    })).toFail(`${PREFIX}'apiServer' ({"cidrs":["10.0.0.11/32"]}) differs from the one an earlier grant gave ({"cidrs":["10.0.0.10/32"]}): a workload reaches one API server`);
  });

  test('a rule with a mistake grants nothing: no Role, no token', () => {
    // GIVEN
    const shop = blueprint();
    const w = new Worker(shop, 'elector', WORKER);

    // WHEN
    let role: unknown = 'not called';
    expect(() => { role = w.permissions.grant({ resources: ['pods'], verbs: ['read' as any] }); }).toFail();

    // THEN
    expect([role, w.mountsToken, w.permissions.role]).toEqual([undefined, false, undefined]);
  });

  test('an unknown key of a rule', () => {
    expect(grant((w) => w.permissions.grant({ resources: ['pods'], verbs: ['get'], resourceName: ['x'] } as any)))
      .toFail(`${PREFIX}'rule.resourceName' (["x"]) is not a prop of RbacRule: did you mean 'rule.resourceNames'?`);
  });
});
