/**
 * The corpus, the RBAC rules (`lib/validation/rbac-rules.ts`): Roles with wildcards, bindings to cluster-admin, and
 * grants of Secrets or of creating pods, each made the way a user would (workload.permissions, a JSON patch), with
 * the exact report of the gate.
 */
import { JsonPatch } from 'cdk8s';
import { Worker } from '../../lib/index';
import { CorpusCase, error, ONE_ERROR, production, report, warning, WORKER } from './_corpus-kit';

/** The fixes the report prints for the RBAC rules. */
export const RBAC_FIX = {
  'rbac-wildcard': 'name the resources and verbs the workload calls: workload.permissions.grant({ apiGroups, resources, verbs })',
  'rbac-cluster-admin': 'grant what the workload calls with workload.permissions.grant(...) or grantCluster(...), not cluster-admin',
} as const;

const LEASES = { apiGroups: ['coordination.k8s.io'], resources: ['leases'] };

/** Inputs the RBAC rules reject or warn about. */
export const RBAC_CASES: readonly CorpusCase[] = [
  {
    name: 'rbac-wildcard: a Role granting every verb on leases',
    kind: 'gate', rule: 'rbac-wildcard',
    build: (app) => { new Worker(production(app), 'elector', WORKER).permissions.grant({ ...LEASES, verbs: ['*'] }); },
    expected: report(ONE_ERROR, error('rbac-wildcard', 'shop-production/elector/Role', "Role 'elector', rule 1: wildcard '*' in verbs", RBAC_FIX['rbac-wildcard'])),
  },
  {
    name: 'rbac-wildcard: a ClusterRole granting get on every resource of a group',
    kind: 'gate', rule: 'rbac-wildcard',
    build: (app) => { new Worker(production(app), 'elector', WORKER).permissions.grantCluster({ apiGroups: ['apps'], resources: ['*'], verbs: ['get'] }); },
    expected: report(ONE_ERROR, error('rbac-wildcard', 'shop-production/elector/ClusterRole', "ClusterRole 'shop-elector', rule 1: wildcard '*' in resources", RBAC_FIX['rbac-wildcard'])),
  },
  {
    name: 'rbac-cluster-admin: a ClusterRoleBinding patched to bind cluster-admin',
    kind: 'gate', rule: 'rbac-cluster-admin',
    build: (app) => {
      const w = new Worker(production(app), 'elector', WORKER);
      w.permissions.grantCluster({ resources: ['nodes'], verbs: ['get'] });
      w.permissions.clusterRoleBinding!.addJsonPatch(JsonPatch.replace('/roleRef/name', 'cluster-admin'));
    },
    expected: report(ONE_ERROR, error('rbac-cluster-admin', 'shop-production/elector/ClusterRoleBinding', "ClusterRoleBinding 'shop-elector' binds ClusterRole 'cluster-admin' to ServiceAccount 'elector'", RBAC_FIX['rbac-cluster-admin'])),
  },
  {
    name: 'rbac-cluster-admin: a RoleBinding patched to bind cluster-admin in the namespace',
    kind: 'gate', rule: 'rbac-cluster-admin',
    build: (app) => {
      const w = new Worker(production(app), 'elector', WORKER);
      w.permissions.grant({ ...LEASES, verbs: ['get'] });
      w.permissions.roleBinding!.addJsonPatch(JsonPatch.replace('/roleRef', { apiGroup: 'rbac.authorization.k8s.io', kind: 'ClusterRole', name: 'cluster-admin' }));
    },
    expected: report(ONE_ERROR, error('rbac-cluster-admin', 'shop-production/elector/RoleBinding', "RoleBinding 'elector' binds ClusterRole 'cluster-admin' to ServiceAccount 'elector'", RBAC_FIX['rbac-cluster-admin'])),
  },
  {
    name: 'rbac-secrets (warning): a worker granted reading Secrets',
    kind: 'warning', rule: 'rbac-secrets',
    build: (app) => { new Worker(production(app), 'elector', WORKER).permissions.grantRead(['secrets']); },
    expected: warning('rbac-secrets', 'shop-production/elector/RoleBinding', "RoleBinding 'elector' grants ServiceAccount 'elector' get, list, watch on secrets through Role 'elector'"),
  },
  {
    name: 'rbac-secrets (warning): named Secrets are still Secrets',
    kind: 'warning', rule: 'rbac-secrets',
    build: (app) => { new Worker(production(app), 'elector', WORKER).permissions.grant({ resources: ['secrets'], resourceNames: ['elector-tls'], verbs: ['get', 'update'] }); },
    expected: warning('rbac-secrets', 'shop-production/elector/RoleBinding', "RoleBinding 'elector' grants ServiceAccount 'elector' get on secrets ('elector-tls') through Role 'elector'"),
  },
  {
    name: 'rbac-create-pods (warning): a worker granted creating Jobs',
    kind: 'warning', rule: 'rbac-create-pods',
    build: (app) => { new Worker(production(app), 'elector', WORKER).permissions.grant({ apiGroups: ['batch'], resources: ['jobs'], verbs: ['create', 'get'] }); },
    expected: warning('rbac-create-pods', 'shop-production/elector/RoleBinding', "RoleBinding 'elector' grants ServiceAccount 'elector' create on jobs through Role 'elector'"),
  },
];
