/**
 * RBAC: the Roles and ClusterRoles of the output and what their bindings grant, after kube-linter's RBAC checks
 * (stackrox/kube-linter pkg/builtinchecks/yamls/*.yaml, on the templates in pkg/templates/). A binding is checked
 * against the role it names among the blueprint's objects, as kube-linter's access-to-resources template does.
 */
import { describe } from './_objects';
import { RenderedObject } from './gate';
import type { Rule, RuleContext, Violation } from './types';

const RBAC = 'rbac.authorization.k8s.io/v1';
const BINDINGS = ['RoleBinding', 'ClusterRoleBinding'];

/** What kube-linter access-to-create-pods lists, in their API groups (with the plural 'cronjobs' its '^cronjob$' misses). */
const POD_CREATORS: ReadonlyArray<readonly [group: string, resource: string]> = [
  ['', 'pods'], ['apps', 'deployments'], ['apps', 'statefulsets'], ['apps', 'replicasets'], ['batch', 'cronjobs'], ['batch', 'jobs'], ['apps', 'daemonsets'],
];
/** Verbs on Secrets that kube-linter access-to-secrets flags. */
const SECRET_VERBS = ['get', 'list', 'delete', 'create', 'watch'];

export const RBAC_RULES: readonly Rule[] = [
  {
    id: 'rbac-wildcard', severity: 'error', category: 'policy',
    source: 'kube-linter wildcard-in-rules (pkg/builtinchecks/yamls/wildcard-use-in-rules.yaml, pkg/templates/wildcardinrules/template.go: \'*\' in a Role\'s or ClusterRole\'s resources or verbs); CIS Kubernetes 5.1.3',
    summary: 'No Role or ClusterRole rule grants the wildcard \'*\' as a resource or a verb: it grants every resource or verb the API has or will have (CRDs, later releases).',
    fix: 'name the resources and verbs the workload calls: workload.permissions.grant({ apiGroups, resources, verbs })',
    check: (ctx) => roles(ctx).flatMap((role) => rulesOf(role).flatMap((rule, i) => {
      const out: Violation[] = [];
      if (list(rule.resources).includes('*')) out.push({ path: role.path, message: `${describe(role)}, rule ${i + 1}: wildcard '*' in resources` });
      if (list(rule.verbs).includes('*')) out.push({ path: role.path, message: `${describe(role)}, rule ${i + 1}: wildcard '*' in verbs` });
      return out;
    })),
  },
  {
    id: 'rbac-cluster-admin', severity: 'error', category: 'policy',
    source: 'kube-linter cluster-admin-role-binding (pkg/builtinchecks/yamls/cluster-admin-role-binding.yaml, pkg/templates/clusteradminrolebinding/template.go: a ClusterRoleBinding whose roleRef is the ClusterRole cluster-admin); CIS Kubernetes 5.1.1. A RoleBinding to it is flagged too: it makes its subjects admins of the namespace',
    summary: 'No ClusterRoleBinding or RoleBinding binds the ClusterRole cluster-admin.',
    fix: 'grant what the workload calls with workload.permissions.grant(...) or grantCluster(...), not cluster-admin',
    check: (ctx) => bindings(ctx)
      .filter((b) => b.json.roleRef?.kind === 'ClusterRole' && b.json.roleRef?.name === 'cluster-admin')
      .map((b) => ({ path: b.path, message: `${describe(b)} binds ClusterRole 'cluster-admin' to ${subjectsText(b)}` })),
  },
  {
    id: 'rbac-secrets', severity: 'warning', category: 'policy',
    source: 'kube-linter access-to-secrets (pkg/builtinchecks/yamls/access-to-secrets.yaml on pkg/templates/accesstoresources/template.go: a binding whose role grants get, list, watch, create, delete or \'*\' on secrets or \'*\'; here only in the core group or \'*\'); CIS Kubernetes 5.1.2',
    summary: 'No binding grants access to Secrets through the API: whoever holds the token can read them all (or those named), past the pod\'s own references.',
    fix: 'read the Secret in the pod (EnvValue.fromSecret, a secret volume) instead of through the API; a workload that must call the API for Secrets names them with resourceNames and suppresses this with a reason',
    check: (ctx) => accessTo(ctx, [['', 'secrets']], (verb) => SECRET_VERBS.includes(verb)),
  },
  {
    id: 'rbac-create-pods', severity: 'warning', category: 'policy',
    source: 'kube-linter access-to-create-pods (pkg/builtinchecks/yamls/access-to-create-pods.yaml on pkg/templates/accesstoresources/template.go: a binding whose role grants create, or \'*\', on pods, deployments, statefulsets, replicasets, jobs, daemonsets or cronjobs; here each in its API group or \'*\'); CIS Kubernetes 5.1.4',
    summary: 'No binding grants create on pods or on the controllers that make them: a pod can run as any ServiceAccount of the namespace and mount any of its Secrets, which escalates the grant to all of theirs.',
    fix: 'leave creating pods to controllers (a Job, a CronTask); a workload that must create them (a CI runner, an operator) suppresses this with a reason',
    check: (ctx) => accessTo(ctx, POD_CREATORS, (verb) => verb === 'create'),
  },
];

/**
 * The ServiceAccounts the blueprint's RoleBindings and ClusterRoleBindings bind, as `<blueprint>/<namespace>/<name>`:
 * workloads granted API access on purpose (`automount-token` lets their pods mount the token).
 */
export function boundServiceAccounts(ctx: RuleContext): Set<string> {
  const out = new Set<string>();
  for (const b of bindings(ctx)) {
    for (const s of list(b.json.subjects)) {
      if (s?.kind === 'ServiceAccount' && typeof s.name === 'string') out.add(`${b.blueprint}/${s.namespace ?? b.json.metadata?.namespace ?? ''}/${s.name}`);
    }
  }
  return out;
}

function roles(ctx: RuleContext): RenderedObject[] {
  return [...ctx.ofKind('Role'), ...ctx.ofKind('ClusterRole')].filter((o) => o.json.apiVersion === RBAC);
}

function bindings(ctx: RuleContext): RenderedObject[] {
  return BINDINGS.flatMap((k) => ctx.ofKind(k)).filter((o) => o.json.apiVersion === RBAC);
}

function rulesOf(role: RenderedObject): any[] {
  return list(role.json.rules);
}

function list(value: unknown): any[] {
  return Array.isArray(value) ? value : [];
}

/** The role a binding names, among the blueprint's objects: a Role of its namespace, or a ClusterRole. */
function roleOf(ctx: RuleContext, binding: RenderedObject): RenderedObject | undefined {
  const ref = binding.json.roleRef ?? {};
  if (ref.kind === 'Role' && binding.json.kind === 'RoleBinding') return ctx.named('Role', binding, ref.name);
  if (ref.kind !== 'ClusterRole') return undefined;
  return ctx.ofKind('ClusterRole').find((r) => r.blueprint === binding.blueprint && r.json.metadata?.name === ref.name);
}

/**
 * One violation per binding and rule of its role that grants a matching verb on one of `targets`: '*' matches every
 * verb and resource, as in kube-linter; unlike kube-linter, a resource counts only in its API group (or '*'), so
 * `apps/*` grants no Secrets.
 */
function accessTo(ctx: RuleContext, targets: ReadonlyArray<readonly [string, string]>, verb: (v: string) => boolean): Violation[] {
  const out: Violation[] = [];
  for (const b of bindings(ctx)) {
    const role = roleOf(ctx, b);
    if (!role) continue;
    for (const rule of rulesOf(role)) {
      const groups = list(rule.apiGroups);
      const granted = (r: string) => targets.some(([g, t]) => (groups.includes(g) || groups.includes('*')) && (r === '*' || r === t));
      const resources = list(rule.resources).filter(granted);
      const verbs = list(rule.verbs).filter((v) => v === '*' || verb(v));
      if (resources.length === 0 || verbs.length === 0) continue;
      const names = list(rule.resourceNames);
      out.push({
        path: b.path,
        message: `${describe(b)} grants ${subjectsText(b)} ${verbs.join(', ')} on ${resources.join(', ')}${names.length ? ` (${names.map((n) => `'${n}'`).join(', ')})` : ''} through ${describe(role)}`,
      });
    }
  }
  return out;
}

function subjectsText(b: RenderedObject): string {
  const subjects = list(b.json.subjects).map((s) => `${s?.kind} '${s?.name}'`);
  return subjects.length ? subjects.join(', ') : 'no subject';
}
