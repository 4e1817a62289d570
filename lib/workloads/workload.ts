import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { checkedMethodOptions } from '../k8s/_construct-props';
import { emitObject } from '../k8s/emit';
import { Blueprint } from '../blueprint/blueprint';
import { Connections, Peer } from '../network/connections';
import { BlueprintError, propError } from '../values/_errors';
import { recorded, recordError, report, trackCreation } from '../k8s/_recorded-errors';
import { checkAnnotations, checkDnsLabel, checkEnvName, checkPortName } from '../values/_names';
import { checkConstructId } from '../k8s/_construct-id';
import { registerImageRunner } from '../k8s/_chart-constructs';
import { ResolvedSecurity } from '../values/security';
import { EnvValue } from '../values/env-value';
import { HealthCheck, RenderedProbes } from '../values/health-check';
import { ImageRef } from '../values/image-ref';
import { ResourceProfile } from '../values/resource-profile';
import { wholeSeconds } from '../values/_duration';
import { IImageSource } from '../images/image-source';
import { envPrefixOf, IConnectable, WorkloadConnectToOptions } from '../network/relations';
import { ImageBinding } from '../values/image-facts';
import { PriorityTier, PROVIDED_PRIORITY_CLASS_ANNOTATION } from '../values/priority-classes';
import { PodTemplateMount, PodTemplatePort, renderPodTemplate, volumeName } from './pod-template';
import { WorkloadPermissions } from './rbac';
import { tcpWaitContainer } from './_waits';
import { checkedExtraPorts, checkedLabels, checkedWritablePaths, checkPort, dependencyPath, resolveSecurity } from './_workload-checks';

export { IImageSource } from '../images/image-source';
import type { WorkloadProps } from './workload-props';
export type { ContainerPort, ContainerProps, WorkloadProps } from './workload-props';

/** Ports of the DNS service every workload may reach. */
const DNS_PORTS = [{ port: 53, protocol: 'UDP' as const }, { port: 53, protocol: 'TCP' as const }];

/**
 * The cluster DNS and, in a mesh, istiod as peers: one of each for every workload (a Peer is a value; the
 * NetworkPolicy renders a copy of it), not five objects per workload kept until synthesis.
 */
const DNS_PEER = Peer.podsInNamespace('kube-system', { 'k8s-app': 'kube-dns' }, 'cluster DNS');
const ISTIOD_PEER = Peer.podsInNamespace('istio-system', { app: 'istiod' }, 'istiod');

/** The ServiceAccount's one field, one list for every workload's (emitObject keeps it until synthesis). */
const SERVICE_ACCOUNT_FIELDS: readonly string[] = ['automountServiceAccountToken'];

/**
 * The container `resources` block of each profile that renders, shared by the workloads of the profile (most take
 * their environment's): the pod template only reads it, and an object's toJson resolves it into a copy.
 */
const RESOURCE_BLOCKS = new WeakMap<ResourceProfile, unknown>();

/**
 * What every workload has: one hardened container, a dedicated ServiceAccount without a token, and a
 * NetworkPolicy that denies everything except DNS and what `connections` allows.
 */
export abstract class Workload extends Construct {
  /** The workload's name: the construct id, used for every object it emits. */
  public readonly name: string;
  public readonly blueprint: Blueprint;
  /** 'web', 'worker', 'cron'… (`app.kubernetes.io/component`). */
  public readonly component: string;
  public readonly image: ImageRef;
  /** The image source given, when it was not a plain string. */
  public readonly imageSource?: IImageSource;
  public readonly port?: number;
  public readonly portName: string;
  public readonly resources: ResourceProfile;
  public readonly health?: HealthCheck;
  public readonly security: ResolvedSecurity;
  /** Writable paths, `/tmp` first. */
  public readonly writablePaths: string[];
  /** The network paths this workload allows, rendered into its NetworkPolicy. */
  public readonly connections: Connections;
  /** What the ServiceAccount may do with the Kubernetes API: nothing, until `permissions.grant…()` (which mounts the token). */
  public readonly permissions: WorkloadPermissions;
  public readonly serviceAccount: ApiObject;
  public readonly networkPolicy: ApiObject;
  /** Labels the workload's pods are selected by. */
  public readonly selectorLabels: Record<string, string>;
  /** Every label of the workload's objects and pods. */
  public readonly labels: Record<string, string>;
  /** The construct's class name, for messages ('WebService', 'Worker'…). */
  public readonly kind: string;
  /** What this workload connects to, in the order declared. */
  public readonly relations: Array<{ readonly name: string; readonly host: string; readonly port: number }> = [];
  protected readonly props: WorkloadProps;
  private readonly env = new Map<string, EnvValue>();
  private readonly initContainers: Record<string, unknown>[] = [];
  private readonly podVolumes: Record<string, unknown>[] = [];
  private readonly mounts: PodTemplateMount[] = [];
  private readonly ports: PodTemplatePort[];
  private readonly terminationGracePeriodSeconds: number;
  private readonly podAnnotations?: Record<string, string>;
  /** The container `resources` block, rendered when the workload is made (a quantity that cannot be written is a mistake then). */
  private readonly resourcesBlock: unknown;
  /** The probes of the health check, made when the workload is made (a check that needs a port it lacks is a mistake then). */
  private readonly probes?: RenderedProbes;

  protected constructor(scope: Construct, id: string, kind: string, component: string, props: WorkloadProps) {
    checkConstructId(kind, scope, id);
    super(scope, id);
    trackCreation(this);
    this.blueprint = Blueprint.of(this);
    this.name = id;
    this.component = component;
    this.kind = kind;
    this.props = props;
    this.connections = new Connections(this, kind);
    const env = this.blueprint.environment;
    // Every check records its mistake and lets construction go on (with the value as given, or a fallback where
    // the value cannot be rendered), so one synth reports every mistake of the app. What passes is rendered as is:
    // rendering cannot fail.
    const check = (fn: () => void) => recorded(this, kind, fn);

    const facts = typeof props.image === 'string' ? undefined : props.image.facts;
    const port = props.port ?? facts?.port;
    const parsed = recorded(this, kind, () => ImageRef.parse(typeof props.image === 'string' ? props.image : props.image.imageReference), undefined);
    if (parsed) check(() => parsed.check(env.imagePolicy, env.name));
    this.image = parsed ?? PLACEHOLDER_IMAGE;
    if (port !== undefined) check(() => checkPort('port', port));
    this.portName = props.portName ?? 'http';
    check(() => checkPortName('portName', this.portName));
    const extraPorts = checkedExtraPorts(this, kind, this.portName, port, props.extraPorts ?? []);
    // The main port, then the extra ones, pushed (no list per part to spread).
    this.ports = [];
    if (port !== undefined) this.ports.push({ name: this.portName, port, protocol: 'TCP' });
    for (const p of extraPorts) this.ports.push({ name: p.name, port: p.port, protocol: p.protocol ?? 'TCP' });
    this.security = resolveSecurity(this, kind, { user: facts?.user.uid, group: facts?.user.gid, ...props.security });
    this.writablePaths = checkedWritablePaths(this, kind, facts?.writablePaths ?? [], props.writablePaths ?? []);
    const labels = checkedLabels(this, kind, props.labels ?? {});
    // The default (30 s) passes the check: only a given period is checked (no Duration and closure per workload).
    const grace = props.terminationGracePeriod;
    this.terminationGracePeriodSeconds = grace === undefined ? 30 : recorded(this, kind, () => wholeSeconds('terminationGracePeriod', grace), 30);
    this.podAnnotations = recorded(this, kind, () => checkAnnotations('podAnnotations', props.podAnnotations), undefined);
    if (props.command?.length === 0) report(this, kind, propError('command', props.command, 'must not be empty when given (omit it to use the image\'s ENTRYPOINT)'));

    this.imageSource = typeof props.image === 'string' ? undefined : props.image;
    // Listed with its chart, for the blueprint's image policy (ImageVerification), which would otherwise walk the chart.
    if (this.imageSource !== undefined) registerImageRunner(this);
    this.port = port;
    this.resources = props.resources ?? env.resources;
    let block = RESOURCE_BLOCKS.get(this.resources);
    if (block === undefined) {
      block = recorded(this, kind, () => this.resources.toKube(), undefined);
      if (block !== undefined) RESOURCE_BLOCKS.set(this.resources, block);
    }
    this.resourcesBlock = block ?? ResourceProfile.nano().toKube();
    // A task (CronJob, Job) runs a command, not the server the image's health path belongs to: probes only when asked.
    this.health = props.health ?? (facts?.healthPath && component !== 'cron' && component !== 'job' ? HealthCheck.http(facts.healthPath) : undefined);
    const version = this.image.tag && /^[A-Za-z0-9]([-A-Za-z0-9_.]{0,61}[A-Za-z0-9])?$/.test(this.image.tag) ? this.image.tag : undefined;
    this.selectorLabels = this.blueprint.standardLabels.selector(id);
    this.labels = { ...this.blueprint.standardLabels.forPart(id, component, version), ...labels };

    this.permissions = new WorkloadPermissions({ scope: this, name: id, kind, namespace: this.blueprint.namespaceName, labels: this.labels, connections: this.connections });
    const envVars = props.env;
    if (envVars !== undefined) for (const name of Object.keys(envVars)) this.addEnv(name, envVars[name]);
    if (this.health?.needsPort && this.health.port === undefined && this.port === undefined) {
      recordError(this, this.node.path, kind, `'health' (${this.health.kind}) needs a port: set 'port' on the workload or 'port' on the health check`);
    } else if (this.health) {
      // A liveness test that the workload's port makes the readiness test is a mistake of these props.
      const health = this.health;
      this.probes = recorded(this, kind, () => health.toProbes(this.port), undefined);
    }

    this.serviceAccount = emitObject(this, 'ServiceAccount', {
      apiVersion: 'v1', kind: 'ServiceAccount', name: id, labels: this.labels, fields: SERVICE_ACCOUNT_FIELDS,
      render: () => ({ automountServiceAccountToken: this.mountsToken }),
    });

    this.connections.allowTo(DNS_PEER, DNS_PORTS);
    if (this.blueprint.mesh) {
      // The sidecar fetches its configuration and certificates from istiod.
      this.connections.allowTo(ISTIOD_PEER, [{ port: 15012 }]);
    }
    this.networkPolicy = emitObject(this, 'NetworkPolicy', {
      apiVersion: 'networking.k8s.io/v1', kind: 'NetworkPolicy', name: id, labels: this.labels,
      render: () => ({
        spec: {
          podSelector: { matchLabels: this.selectorLabels },
          policyTypes: ['Ingress', 'Egress'],
          ...this.connections.toKube(),
        },
      }),
    });
  }

  /**
   * The priority of the workload's pods, whose PriorityClass the blueprint names (`blueprint.priorityClassFor`):
   * 'services' for stateless workloads and tasks; a stateful service overrides it with 'data'.
   */
  public get priorityTier(): PriorityTier {
    return 'services';
  }

  /** The object that holds the pod template (Deployment, StatefulSet, CronJob). */
  public abstract get workloadObject(): ApiObject;

  /** The container/Dockerfile pairs the gate cross-checks: one when the image is built here. */
  public imageBindings(): ImageBinding[] {
    const src = this.imageSource;
    if (!src?.facts) return [];
    return [{ objectPath: this.workloadObject.node.path, container: this.name, dockerfilePath: src.dockerfilePath ?? src.imageReference, facts: src.facts }];
  }

  /**
   * Declares that this workload uses `target`: injects the connection settings as environment variables
   * (credentials only as Secret references — a URL refers to them with `$(VAR)`), lets this workload's pods
   * reach the target's pods on its port and only those (egress here, ingress there), orders the target first in
   * the output and, with `waitForReady`, holds this workload's start until the target accepts connections.
   *
   * @example web.connectTo(db, { envNames: { URL: 'DATABASE_URL' }, waitForReady: true });
   */
  public connectTo(target: IConnectable, options: WorkloadConnectToOptions = {}): void {
    options = checkedMethodOptions(this, this.kind, 'WorkloadConnectToOptions', options);
    const ep = target.connectionEndpoint();
    const prefix = options.envPrefix ?? envPrefixOf(ep.name);
    const ok = recorded(this, this.kind, () => {
      if (ep.path === this.node.path) throw new BlueprintError(`Unable to connect ${this.name} to itself`);
      const cycle = dependencyPath(ep.dependencies, this);
      if (cycle) {
        throw new BlueprintError(`connectTo('${ep.name}') would create a dependency cycle: ${[this, ...cycle].map((c) => c.node.id).join(' → ')}`);
      }
      return true;
    }, false);
    if (!ok) return;
    const envOk = options.skipEnv || recorded(this, this.kind, () => {
      if (!/^[A-Z_][A-Z0-9_]*$/.test(prefix)) throw propError('envPrefix', prefix, 'must be upper snake case, e.g. \'USER_DB\'');
      return true;
    }, false);
    if (!options.skipEnv && envOk) {
      const name = (suffix: string) => options.envNames?.[suffix] ?? `${prefix}_${suffix}`;
      this.addEnv(name('HOST'), ep.host);
      this.addEnv(name('PORT'), String(ep.port));
      for (const [suffix, value] of ep.env(name)) this.addEnv(name(suffix), value);
    }
    this.connections.allowTo(ep.peer, ep.peerPorts);
    ep.admit?.(Peer.pods(this.selectorLabels, `${this.kind} ${this.name}`), this.name);
    for (const dep of ep.dependencies) this.node.addDependency(dep);
    if (options.waitForReady) {
      this.initContainers.push(tcpWaitContainer(ep.name, ep.host, ep.port));
    }
    this.relations.push({ name: ep.name, host: ep.host, port: ep.port });
  }

  /**
   * Mounts a volume into the container. `volume` is the pod volume without its name (e.g.
   * `{ persistentVolumeClaim: { claimName } }`, `{ secret: { secretName } }`), or undefined for a volume the
   * controller provides (a StatefulSet's volumeClaimTemplates).
   */
  public addVolumeMount(name: string, mountPath: string, volume: Record<string, unknown> | undefined, options: { readOnly?: boolean; subPath?: string } = {}): void {
    options = checkedMethodOptions(this, this.kind, 'Workload.addVolumeMount.options', options);
    const ok = recorded(this, this.kind, () => {
      checkDnsLabel('volume name', name);
      if (!mountPath.startsWith('/')) throw propError('mountPath', mountPath, 'must be an absolute path');
      const taken = [...this.writablePaths, ...this.mounts.map((m) => m.mountPath)];
      if (taken.includes(mountPath)) throw propError('mountPath', mountPath, 'is already a mount point of this container');
      if ([...this.writablePaths.map(volumeName), ...this.mounts.map((m) => m.name)].includes(name)) throw propError('volume name', name, 'is already used by another volume of this pod');
      return true;
    }, false);
    if (!ok) return;
    if (volume) this.podVolumes.push({ name, ...volume });
    this.mounts.push({ name, mountPath, ...(options.readOnly ? { readOnly: true } : {}), ...(options.subPath ? { subPath: options.subPath } : {}) });
  }

  /** Whether the pods mount the ServiceAccount token: with `security.mountServiceAccountToken`, or after a grant. */
  public get mountsToken(): boolean {
    return this.security.mountServiceAccountToken || this.permissions.mountsToken;
  }

  /** Adds an init container (JSON without `securityContext`: it gets the container's) and the pod volumes it alone mounts. */
  public addInitContainer(container: Record<string, unknown>, volumes: Record<string, unknown>[] = []): void {
    this.initContainers.push(container);
    this.podVolumes.push(...volumes);
  }

  /** Adds an environment variable; a name may be set once. */
  public addEnv(name: string, value: string | EnvValue): void {
    const ok = recorded(this, this.kind, () => {
      checkEnvName(`env['${name}']`, name);
      if (this.env.has(name)) throw propError('env', name, 'is set twice: each environment variable may be set once');
      return true;
    }, false);
    if (!ok) return;
    this.env.set(name, typeof value === 'string' ? EnvValue.fromValue(value) : value);
  }

  /** The environment variables, in the order they were set. */
  public get environmentVariables(): ReadonlyMap<string, EnvValue> {
    return this.env;
  }

  /** The pod template as it is rendered into the manifest (for artifacts such as compose files). */
  public podTemplate(): any {
    return this.renderPodTemplate();
  }

  /** The pod template (metadata + spec), rendered when the app synthesizes; `extraSpec` adds the controller's pod fields. */
  protected renderPodTemplate(extraSpec: Record<string, unknown> = {}): any {
    const priorityClassName = this.blueprint.priorityClassFor(this.priorityTier);
    // A class the cluster provides is declared on the pod, so the gate knows it exists without the output emitting it.
    const provided = priorityClassName && this.blueprint.priorityClasses.isProvided ? { [PROVIDED_PRIORITY_CLASS_ANNOTATION]: priorityClassName } : undefined;
    const annotations = provided || this.podAnnotations ? { ...this.podAnnotations, ...provided } : undefined;
    return renderPodTemplate({
      name: this.name,
      image: this.image.toString(),
      imagePullPolicy: this.props.imagePullPolicy ?? 'Always',
      command: this.props.command,
      args: this.props.args,
      env: this.env,
      ports: this.ports,
      resources: this.resourcesBlock,
      probes: this.probes,
      security: { ...this.security, mountServiceAccountToken: this.mountsToken },
      writablePaths: this.writablePaths,
      volumes: this.podVolumes,
      mounts: this.mounts,
      initContainers: this.initContainers,
      mesh: this.blueprint.mesh,
      labels: this.labels,
      annotations,
      terminationGracePeriodSeconds: this.terminationGracePeriodSeconds,
      priorityClassName,
    }, extraSpec);
  }
}

export { WAIT_IMAGE } from './_waits';

/** Stands in for an image reference that could not be parsed (the mistake is recorded; nothing is written). */
const PLACEHOLDER_IMAGE = ImageRef.parse('invalid.invalid/image-reference-with-a-mistake:0');
