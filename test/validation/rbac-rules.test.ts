/**
 * The RBAC rules (lib/validation/rbac-rules.ts): wildcards in Roles and ClusterRoles, bindings of cluster-admin,
 * grants of Secrets and of creating pods. Their corpus cases are in _corpus-rbac.ts.
 */
import { BlueprintTesting, Policy, Worker } from '../../lib/index';
import { RBAC_RULES } from '../../lib/validation/rbac-rules';
import { cleanInput, contextOf, violationsOf } from './_clean-input';
import { production, WORKER } from './_corpus-kit';
import { RBAC_CASES } from './_corpus-rbac';
import { runCases } from './_corpus-run';

describe('RBAC_RULES', () => {
  test('are these rules, each citing its source', () => {
    expect(RBAC_RULES.map((r) => [r.id, r.severity, r.category])).toEqual([
      ['rbac-wildcard', 'error', 'policy'],
      ['rbac-cluster-admin', 'error', 'policy'],
      ['rbac-secrets', 'warning', 'policy'],
      ['rbac-create-pods', 'warning', 'policy'],
    ]);
    for (const r of RBAC_RULES) expect(r.source).toMatch(/^kube-linter [a-z-]+ \(pkg\/builtinchecks\/yamls\/[a-z-]+\.yaml/);
  });

  test('report nothing on what the library renders by default', () => {
    // GIVEN
    const ctx = contextOf(cleanInput());

    // THEN
    expect(violationsOf(RBAC_RULES, ctx)).toEqual(RBAC_RULES.map((r) => [r.id, []]));
  });
});

describe('rules over hand-made objects', () => {
  const obj = (kind: string, name: string, body: any, namespace: string | undefined = 'shop') => ({
    path: `shop/${name}/${kind}`, blueprint: 'shop', production: true,
    json: { apiVersion: 'rbac.authorization.k8s.io/v1', kind, metadata: { name, ...(namespace ? { namespace } : {}) }, ...body },
  });
  const sa = [{ kind: 'ServiceAccount', name: 'app', namespace: 'shop' }];
  const check = (id: string, objects: any[]) => RBAC_RULES.find((r) => r.id === id)!.check(contextOf({ objects, artifacts: [] }));

  test('rbac-wildcard: one violation per wildcard, resources before verbs, in rule order; apiGroups are not kube-linter\'s', () => {
    // GIVEN
    const role = obj('Role', 'app', { rules: [{ apiGroups: ['*'], resources: ['pods'], verbs: ['get'] }, { apiGroups: [''], resources: ['*'], verbs: ['*'] }] });

    // THEN
    expect(check('rbac-wildcard', [role])).toEqual([
      { path: 'shop/app/Role', message: "Role 'app', rule 2: wildcard '*' in resources" },
      { path: 'shop/app/Role', message: "Role 'app', rule 2: wildcard '*' in verbs" },
    ]);
    expect(check('rbac-wildcard', [{ ...role, json: { ...role.json, apiVersion: 'example.com/v1' } }])).toEqual([]);
  });

  test('rbac-secrets: a ClusterRole bound by a RoleBinding, \'*\' matching both, only in the core group, and a binding to a role not in the output', () => {
    // GIVEN
    const clusterRole = obj('ClusterRole', 'reader', { rules: [
      { apiGroups: [''], resources: ['*'], verbs: ['list'] }, { apiGroups: ['*'], resources: ['secrets'], verbs: ['*'] }, { apiGroups: ['apps'], resources: ['*'], verbs: ['get'] },
    ] }, undefined);
    const binding = obj('RoleBinding', 'app', { roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'reader' }, subjects: sa });
    const dangling = obj('RoleBinding', 'other', { roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'gone' }, subjects: sa });

    // THEN
    expect(check('rbac-secrets', [clusterRole, binding, dangling])).toEqual([
      { path: 'shop/app/RoleBinding', message: "RoleBinding 'app' grants ServiceAccount 'app' list on * through ClusterRole 'reader'" },
      { path: 'shop/app/RoleBinding', message: "RoleBinding 'app' grants ServiceAccount 'app' * on secrets through ClusterRole 'reader'" },
    ]);
  });

  test('rbac-create-pods: every controller kind kube-linter lists (with the plural cronjobs), each in its group; patch and update are not create', () => {
    // GIVEN
    const resources = ['pods', 'deployments', 'statefulsets', 'replicasets', 'cronjobs', 'jobs', 'daemonsets', 'services'];
    const role = obj('Role', 'app', { rules: [
      { apiGroups: ['', 'apps', 'batch'], resources, verbs: ['create'] }, { apiGroups: [''], resources: ['pods'], verbs: ['patch', 'update'] },
      { apiGroups: ['batch'], resources: ['*'], verbs: ['create'] }, { apiGroups: ['example.com'], resources: ['jobs'], verbs: ['create'] },
    ] });
    const binding = obj('RoleBinding', 'app', { roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'Role', name: 'app' }, subjects: sa });

    // THEN
    expect(check('rbac-create-pods', [role, binding])).toEqual([
      { path: 'shop/app/RoleBinding', message: "RoleBinding 'app' grants ServiceAccount 'app' create on pods, deployments, statefulsets, replicasets, cronjobs, jobs, daemonsets through Role 'app'" },
      { path: 'shop/app/RoleBinding', message: "RoleBinding 'app' grants ServiceAccount 'app' create on * through Role 'app'" },
    ]);
  });

  test('rbac-cluster-admin: a binding without subjects says so; other ClusterRoles pass', () => {
    // GIVEN
    const admin = obj('ClusterRoleBinding', 'root', { roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' } }, undefined);
    const view = obj('ClusterRoleBinding', 'view', { roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'view' }, subjects: sa }, undefined);

    // THEN
    expect(check('rbac-cluster-admin', [admin, view])).toEqual([{ path: 'shop/root/ClusterRoleBinding', message: "ClusterRoleBinding 'root' binds ClusterRole 'cluster-admin' to no subject" }]);
  });
});

describe('suppression', () => {
  test('a warning is suppressed on the workload with a reason, like every rule', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const w = new Worker(production(app), 'elector', WORKER);
    w.permissions.grant({ resources: ['secrets'], resourceNames: ['elector-tls'], verbs: ['get', 'update'] });

    // WHEN
    Policy.suppress(w, 'rbac-secrets', 'rotates its own serving certificate in the Secret elector-tls');

    // THEN
    expect(app.synthesize().warnings).toEqual([]);
  });
});

runCases(RBAC_CASES);
