import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { checkedMethodOptions } from '../k8s/_construct-props';
import { emitObject } from '../k8s/emit';
import { recorded, report } from '../k8s/_recorded-errors';
import { Connections, isCidr, Peer } from '../network/connections';
import { BlueprintError, checkInteger, propError, show } from '../values/_errors';

/** A verb of the Kubernetes authorization API. `'*'` is every verb (the gate rejects it: rbac-wildcard). */
export type RbacVerb = 'get' | 'list' | 'watch' | 'create' | 'update' | 'patch' | 'delete' | 'deletecollection' | '*';

/**
 * One rule of a Role or ClusterRole: verbs on resources of API groups, optionally only on named objects.
 * @see https://kubernetes.io/docs/reference/access-authn-authz/rbac/#role-and-clusterrole
 */
export interface RbacRule {
  /**
   * The API groups of the resources: '' is the core group (pods, configmaps, secrets…), 'apps', 'batch',
   * 'coordination.k8s.io'…
   * @default [''] — the core group
   */
  readonly apiGroups?: string[];
  /** Plural resource names, with a subresource after '/' where one is meant ('pods/log'). */
  readonly resources: string[];
  /**
   * Only these objects. `list` and `watch` are then allowed only for requests that select the name
   * (`fieldSelector=metadata.name=<name>`, as `kubectl wait` does); `create` and `deletecollection` cannot be
   * restricted by name.
   * @default - every object of the resources
   */
  readonly resourceNames?: string[];
  readonly verbs: RbacVerb[];
}

/**
 * Where the workload reaches the Kubernetes API server. A NetworkPolicy sees the API server's endpoint addresses
 * (`kubectl get endpoints kubernetes -n default`: the control plane's IPs and port, after the `kubernetes`
 * Service's translation), which differ per cluster and cannot be selected by name.
 */
export interface ApiServerAddress {
  /** IPv4 or IPv6 CIDRs of the API server's endpoints, e.g. ['10.0.0.10/32']. */
  readonly cidrs: string[];
  /**
   * The endpoints' port (6443 on kubeadm clusters, 443 on most managed ones).
   * @default [443, 6443]
   */
  readonly ports?: number[];
}

/** Options for `WorkloadPermissions.grant()` and `.grantCluster()`. */
export interface WorkloadGrantOptions {
  /**
   * Where the API server is, for the workload's egress. The first grant of a workload decides; a later one may
   * repeat it or leave it out.
   * @default - any address (0.0.0.0/0) on TCP 443 and 6443: the address is the cluster's; narrow it here
   */
  readonly apiServer?: ApiServerAddress;
}

/** Options for `WorkloadPermissions.grantRead()`. */
export interface WorkloadPermissionsGrantReadOptions extends WorkloadGrantOptions {
  /** @default [''] — the core group */
  readonly apiGroups?: string[];
  /** @default - every object of the resources */
  readonly resourceNames?: string[];
}

/** The default address of the API server: anywhere, on the two ports API servers listen on. */
export const ANY_API_SERVER: ApiServerAddress = { cidrs: ['0.0.0.0/0'], ports: [443, 6443] };

const RESOURCE = /^(\*|[a-z][a-z0-9.-]*(\/[a-z][a-z0-9-]*)?)$/;
const API_GROUP = /^(\*|[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*)?$/;

/** What the permissions of a workload belong to. */
export interface IPermissionsOwner {
  readonly scope: Construct;
  /** The workload's name: its ServiceAccount's, its Role's and RoleBinding's. */
  readonly name: string;
  readonly kind: string;
  readonly namespace: string;
  readonly labels: Record<string, string>;
  readonly connections: Connections;
}

/**
 * What a workload may do with the Kubernetes API (`workload.permissions`): its dedicated ServiceAccount is granted
 * rules through one Role and RoleBinding `<name>` in the namespace and one ClusterRole and ClusterRoleBinding
 * `<namespace>-<name>` for cluster-wide rules, each made on the first grant of its kind with every rule granted by
 * synthesis. Without a grant a workload has no token and no path to the API server; the first grant mounts the
 * token (`automountServiceAccountToken: true` on the ServiceAccount and the pods) and opens egress to the API server.
 *
 * @example
 * // Leader election through a Lease (client-go's leaderelection, controller-runtime's manager)
 * worker.permissions.grant({ apiGroups: ['coordination.k8s.io'], resources: ['leases'], verbs: ['get', 'create', 'update'] });
 */
export class WorkloadPermissions {
  /** The Role, after the first namespaced grant. */
  public role?: ApiObject;
  public roleBinding?: ApiObject;
  /** The ClusterRole, after the first cluster-wide grant. */
  public clusterRole?: ApiObject;
  public clusterRoleBinding?: ApiObject;
  private readonly rules: RbacRule[] = [];
  private readonly clusterRules: RbacRule[] = [];
  private apiServer?: ApiServerAddress;
  private appToken = false;
  /** The Role of each other namespace, made on the first grant there (most workloads have none: no map each). */
  private otherNamespaces?: Map<string, { role: ApiObject; rules: RbacRule[] }>;

  constructor(private readonly owner: IPermissionsOwner) {}

  /** Whether the workload's container needs the ServiceAccount token: it was granted something. */
  public get mountsToken(): boolean {
    return this.appToken;
  }

  /** Grants `rule` in the namespace: returns the Role (undefined when the rule has a mistake, which is recorded). */
  public grant(rule: RbacRule, options: WorkloadGrantOptions = {}): ApiObject | undefined {
    return this.grantIn(rule, options, false);
  }

  /**
   * Grants `rule` in the namespace to init containers that mount their own projected token (a Job's completion
   * wait): the workload's container keeps running without a token. The egress to the API server is the pod's.
   */
  public grantForInitContainers(rule: RbacRule, options: WorkloadGrantOptions = {}): ApiObject | undefined {
    return this.grantIn(rule, options, true);
  }

  private grantIn(rule: RbacRule, options: WorkloadGrantOptions, forInitOnly: boolean): ApiObject | undefined {
    const o = this.owner;
    const ok = this.accept(rule, options);
    if (!ok) return undefined;
    this.rules.push(ok);
    if (!forInitOnly) this.appToken = true;
    if (!this.role) {
      this.role = emitObject(o.scope, 'Role', {
        apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', name: o.name, labels: o.labels, fields: ['rules'],
        render: () => ({ rules: this.rules.map(renderRule) }),
      });
      this.roleBinding = emitObject(o.scope, 'RoleBinding', {
        apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'RoleBinding', name: o.name, labels: o.labels, fields: ['roleRef', 'subjects'],
        render: () => this.binding('Role', o.name),
      });
    }
    return this.role;
  }

  /**
   * Grants `rule` in another namespace (Velero's, a drill's scratch namespace): a Role and RoleBinding
   * `<namespace>.<name>` there (the owner's namespace keeps apart the applications sharing it), bound to the
   * workload's ServiceAccount.
   */
  public grantInNamespace(namespace: string, rule: RbacRule, options: WorkloadGrantOptions = {}): ApiObject | undefined {
    const o = this.owner;
    if (namespace === o.namespace) return this.grant(rule, options);
    const ok = this.accept(rule, options);
    if (!ok) return undefined;
    this.appToken = true;
    const otherNamespaces = (this.otherNamespaces ??= new Map());
    let grant = otherNamespaces.get(namespace);
    if (!grant) {
      const rules: RbacRule[] = [];
      const name = `${o.namespace}.${o.name}`;
      const rbac = { apiVersion: 'rbac.authorization.k8s.io/v1', name, namespace, labels: o.labels };
      const role = emitObject(o.scope, `Role-${namespace}`, { ...rbac, kind: 'Role', fields: ['rules'], render: () => ({ rules: rules.map(renderRule) }) });
      emitObject(o.scope, `RoleBinding-${namespace}`, { ...rbac, kind: 'RoleBinding', fields: ['roleRef', 'subjects'], render: () => this.binding('Role', name) });
      grant = { role, rules };
      otherNamespaces.set(namespace, grant);
    }
    grant.rules.push(ok);
    return grant.role;
  }

  /** Grants get, list and watch on `resources` in the namespace. */
  public grantRead(resources: string[], options: WorkloadPermissionsGrantReadOptions = {}): ApiObject | undefined {
    const { apiGroups, resourceNames, ...grantOptions } = checkedMethodOptions(this.owner.scope, this.owner.kind, 'WorkloadPermissionsGrantReadOptions', options);
    return this.grant({ ...(apiGroups ? { apiGroups } : {}), resources, ...(resourceNames ? { resourceNames } : {}), verbs: ['get', 'list', 'watch'] }, grantOptions);
  }

  /** Grants `rule` in every namespace of the cluster (or on cluster-scoped resources: nodes, namespaces…). */
  public grantCluster(rule: RbacRule, options: WorkloadGrantOptions = {}): ApiObject | undefined {
    const o = this.owner;
    const ok = this.accept(rule, options);
    if (!ok) return undefined;
    this.clusterRules.push(ok);
    this.appToken = true;
    if (!this.clusterRole) {
      // Cluster-scoped names are shared by every application of the cluster: the namespace keeps them apart.
      const name = `${o.namespace}-${o.name}`;
      this.clusterRole = emitObject(o.scope, 'ClusterRole', {
        apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', name, labels: o.labels, clusterScoped: true, fields: ['rules'],
        render: () => ({ rules: this.clusterRules.map(renderRule) }),
      });
      this.clusterRoleBinding = emitObject(o.scope, 'ClusterRoleBinding', {
        apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRoleBinding', name, labels: o.labels, clusterScoped: true, fields: ['roleRef', 'subjects'],
        render: () => this.binding('ClusterRole', name),
      });
    }
    return this.clusterRole;
  }

  private binding(kind: 'Role' | 'ClusterRole', name: string): Record<string, unknown> {
    return {
      roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind, name },
      subjects: [{ kind: 'ServiceAccount', name: this.owner.name, namespace: this.owner.namespace }],
    };
  }

  /** The rule when it and the options pass (each mistake recorded), the egress opened on the first grant. */
  private accept(rule: RbacRule, options: WorkloadGrantOptions): RbacRule | undefined {
    const o = this.owner;
    try {
      rule = checkedMethodOptions(o.scope, o.kind, 'RbacRule', rule, 'rule');
      options = checkedMethodOptions(o.scope, o.kind, 'WorkloadGrantOptions', options);
    } catch (e) {
      // A required field missing or of the wrong type: recorded already; the rule grants nothing.
      if (e instanceof BlueprintError && e.recorded) return undefined;
      throw e;
    }
    const checked = recorded(o.scope, o.kind, () => checkRule(rule), undefined);
    const address = options.apiServer && recorded(o.scope, o.kind, () => checkApiServer(options.apiServer!), undefined);
    if (!checked || (options.apiServer && !address)) return undefined;
    if (this.apiServer && address && show(address) !== show(this.apiServer)) {
      report(o.scope, o.kind, propError('apiServer', address, `differs from the one an earlier grant gave (${show(this.apiServer)}): a workload reaches one API server`));
      return undefined;
    }
    if (!this.apiServer) {
      this.apiServer = address ?? ANY_API_SERVER;
      const ports = (this.apiServer.ports ?? ANY_API_SERVER.ports!).map((port) => ({ port }));
      for (const cidr of this.apiServer.cidrs) o.connections.allowTo(Peer.cidr(cidr), ports);
    }
    return checked;
  }
}

/** A rule as the API takes it, with the core group made explicit. */
function renderRule(rule: RbacRule): Record<string, unknown> {
  return {
    apiGroups: rule.apiGroups ?? [''],
    resources: rule.resources,
    ...(rule.resourceNames ? { resourceNames: rule.resourceNames } : {}),
    verbs: rule.verbs,
  };
}

/** The rule, when it is one the API server accepts and can enforce as written. */
export function checkRule(rule: RbacRule): RbacRule {
  if (rule.resources.length === 0) throw propError('rule.resources', rule.resources, 'must name at least one resource');
  if (rule.verbs.length === 0) throw propError('rule.verbs', rule.verbs, 'must name at least one verb');
  for (const r of rule.resources) {
    if (!RESOURCE.test(r)) throw propError('rule.resources', r, 'must be a plural resource name in lowercase (\'configmaps\'), optionally with a subresource (\'pods/log\')');
  }
  for (const g of rule.apiGroups ?? []) {
    if (!API_GROUP.test(g)) throw propError('rule.apiGroups', g, 'must be \'\' (the core group) or an API group such as \'apps\' or \'coordination.k8s.io\'');
  }
  if (rule.apiGroups?.length === 0) throw propError('rule.apiGroups', rule.apiGroups, 'must name at least one API group (omit it for the core group)');
  if (rule.resourceNames) {
    if (rule.resourceNames.length === 0) throw propError('rule.resourceNames', rule.resourceNames, 'must name at least one object (omit it for every object)');
    for (const n of rule.resourceNames) if (n.trim() === '') throw propError('rule.resourceNames', n, 'must not be empty');
    const unnamed = rule.verbs.filter((v) => v === 'create' || v === 'deletecollection');
    if (unnamed.length > 0) {
      throw propError('rule.verbs', unnamed[0], 'cannot be restricted by \'resourceNames\': the API server authorizes create and deletecollection without an object name; grant it in a rule without resourceNames');
    }
  }
  return rule;
}

function checkApiServer(address: ApiServerAddress): ApiServerAddress {
  if (address.cidrs.length === 0) throw propError('apiServer.cidrs', address.cidrs, 'must name at least one CIDR');
  for (const c of address.cidrs) if (!isCidr(c)) throw propError('apiServer.cidrs', c, 'must be an IPv4 or IPv6 CIDR such as \'10.0.0.10/32\'');
  for (const p of address.ports ?? []) checkInteger('apiServer.ports', p, 1, 65535);
  if (address.ports?.length === 0) throw propError('apiServer.ports', address.ports, 'must name at least one port (omit it for 443 and 6443)');
  return address;
}
