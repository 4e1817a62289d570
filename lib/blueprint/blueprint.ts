import { ApiObject, Chart, Names } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { MANAGED_BY } from '../values/conventions';
import { checkedProps } from '../k8s/_construct-props';
import { emitObject } from '../k8s/emit';
import { ObjectNames } from '../k8s/object-names';
import { checkDnsLabel, checkLabelKey, checkLabelValue, checkNotReserved } from '../values/_names';
import { checkConstructId } from '../k8s/_construct-id';
import { BlueprintError, propError } from '../values/_errors';
import { childPath, recordedAt, trackCreation } from '../k8s/_recorded-errors';
import { Environment } from '../values/environment';
import { PriorityClasses, PriorityTier } from '../values/priority-classes';
import { Policy } from '../k8s/suppressions';
import { AlertPolicy } from '../values/alerts';
import { BlueprintAlerts } from './alerts';
import { ImageVerification } from './image-verification';

/** What a BlueprintApp offers its blueprints (an interface: app.ts imports this file). */
interface GatedApp {
  synthesize(): { readonly objects: ReadonlyArray<{ readonly blueprint: string; readonly json: any }> };
}


/** Props for `Blueprint`. */
export interface BlueprintProps {
  /** The environment this copy of the application is for. */
  readonly environment: Environment;
  /**
   * The application's name (`app.kubernetes.io/part-of`).
   * @default - the construct id without a trailing `-<environment name>`
   */
  readonly name?: string;
  /**
   * The namespace every object goes into.
   * @default - the application's name
   */
  readonly namespace?: string;
  /**
   * Whether to emit the Namespace, labelled to enforce the Pod Security Standards "restricted" profile.
   * Turn off when the namespace is managed elsewhere (several blueprints sharing one, or a platform team's).
   * @default true
   */
  readonly createNamespace?: boolean;
  /**
   * Extra labels for every object (e.g. `team`, `cost-center`).
   * @default - none
   */
  readonly labels?: Record<string, string>;
  /**
   * Join the Istio service mesh: sidecar injection on the namespace, STRICT mutual TLS (a PeerAuthentication) in
   * production, egress to istiod from every workload, and traffic policies on web services.
   * @default false
   */
  readonly mesh?: boolean;
  /**
   * Write a Compose file that runs this blueprint locally, to `dist/compose/<id>.compose.yaml`.
   * @default - only for the environment named 'development'
   */
  readonly compose?: boolean;
  /**
   * Which PriorityClass the pods name: `PriorityClasses.perNamespace()` emits `<namespace>-services` and
   * `<namespace>-data`; `PriorityClasses.provided({ services, data })` names a platform team's classes and emits
   * none; `PriorityClasses.none(reason)` names none (and suppresses the gate's `priority-class` warning with the reason).
   * @default - the environment's (`PriorityClasses.perNamespace()` unless it says otherwise)
   */
  readonly priorityClasses?: PriorityClasses;
  /**
   * Prometheus alerts on what the blueprint promises (backups fresh, drills and jobs succeeding, pods not
   * crash-looping, autoscalers below their maximum, volumes not full, certificates renewed): a PrometheusRule
   * `<name>-alerts` (see `BlueprintAlerts`), when given `AlertPolicy.prometheus(options)`; `AlertPolicy.disabled(reason)`
   * states why there are none (shown in the review page; it suppresses the gate's `alerts-watch-backups` rule).
   * @default - in a production environment, `AlertPolicy.prometheus()` when the blueprint backs something up (a dump
   * CronJob or a Velero Schedule, decided when the app synthesizes), else no alerts; elsewhere no alerts
   */
  readonly alerts?: AlertPolicy;
}

/** Marks Blueprint instances (see `Blueprint[Symbol.hasInstance]`). */
const IS_BLUEPRINT = Symbol.for('cdk8s-blueprints.Blueprint');

/** The standard `app.kubernetes.io/*` labels of one blueprint. */
export class BlueprintLabels {
  constructor(
    private readonly appName: string,
    private readonly environmentName: string,
    private readonly extra: Record<string, string>,
  ) {}

  /** Labels on every object of the blueprint. */
  public get common(): Record<string, string> {
    return {
      'app.kubernetes.io/part-of': this.appName,
      'app.kubernetes.io/managed-by': MANAGED_BY,
      'blueprints.cdk8s.io/environment': this.environmentName,
      ...this.extra,
    };
  }

  /**
   * The selector of one part (workload) of the application. Only stable labels: a Deployment's selector can
   * never change in place.
   */
  public selector(part: string): Record<string, string> {
    return {
      'app.kubernetes.io/name': part,
      'app.kubernetes.io/instance': `${this.appName}-${this.environmentName}`,
    };
  }

  /**
   * Every label of one part's objects and pods: the selector's, the component, the version if any, then the common
   * ones (in this order), in one object filled key by key (no selector, common labels or version record to spread).
   */
  public forPart(part: string, component: string, version?: string): Record<string, string> {
    const labels: Record<string, string> = {
      'app.kubernetes.io/name': part,
      'app.kubernetes.io/instance': `${this.appName}-${this.environmentName}`,
      'app.kubernetes.io/component': component,
    };
    if (version) labels['app.kubernetes.io/version'] = version;
    labels['app.kubernetes.io/part-of'] = this.appName;
    labels['app.kubernetes.io/managed-by'] = MANAGED_BY;
    labels['blueprints.cdk8s.io/environment'] = this.environmentName;
    const extra = this.extra;
    for (const key of Object.keys(extra)) labels[key] = extra[key];
    return labels;
  }
}

/**
 * One application in one environment: a cdk8s Chart that synthesizes to `dist/<id>.k8s.yaml`.
 *
 * It owns the namespace (labelled for the "restricted" Pod Security Standard), the standard labels, the
 * PriorityClasses its pods name (by default its own cluster-scoped `<namespace>-services` and `<namespace>-data`;
 * see `PriorityClasses`), and the object names: every object is named after the construct that made it
 * (`user-service`, not `shop-user-service-c85cb0fc`), and two objects of one kind with one name are an error.
 *
 * @example
 * const app = new BlueprintApp();
 * for (const env of [Environment.development(), Environment.production()]) {
 *   const shop = new Blueprint(app, `shop-${env.name}`, { environment: env });
 *   new WebService(shop, 'web', { image: 'registry.example.com/shop/web:1.0.0', port: 8080 });
 * }
 */
export class Blueprint extends Chart {
  /**
   * `x instanceof Blueprint` holds for Blueprints only: cdk8s' Chart makes `instanceof` true for every chart of any
   * class (`Chart.isChart`), which would count a plain Chart (or a GitOps manifest) as a Blueprint. A registered
   * symbol on the prototype, so copies of the library loaded twice agree.
   */
  public static override [Symbol.hasInstance](o: unknown): o is Blueprint {
    return typeof o === 'object' && o !== null && (o as Record<symbol, unknown>)[IS_BLUEPRINT] === true;
  }

  /** The Blueprint a construct belongs to; throws when it is not inside one. */
  public static override of(c: IConstruct): Blueprint {
    for (let s: IConstruct | undefined = c; s; s = s.node.scope) {
      if (s instanceof Blueprint) return s as Blueprint;
    }
    throw new BlueprintError(`'${c.node.path}' must be created inside a Blueprint (new Blueprint(app, id, { environment }))`);
  }

  public readonly environment: Environment;
  /** The application's name. */
  public readonly appName: string;
  /** The namespace of every object. */
  public readonly namespaceName: string;
  /** The standard labels of this blueprint's objects. */
  public readonly standardLabels: BlueprintLabels;
  /** The Namespace object, when the blueprint creates it. */
  public readonly namespaceResource?: ApiObject;
  /** Whether the blueprint is in the Istio mesh. */
  public readonly mesh: boolean;
  /** Whether synthesis writes a Compose file for this blueprint. */
  public readonly compose: boolean;
  /** The namespace-wide STRICT mTLS policy, in production meshes. */
  public readonly peerAuthentication?: ApiObject;
  /** Which PriorityClass the pods name: the blueprint's prop, else the environment's. */
  public readonly priorityClasses: PriorityClasses;
  /** The PriorityClass objects, by tier, when the blueprint emits them (`PriorityClasses.perNamespace()`). */
  public readonly priorityClassObjects: Readonly<Partial<Record<PriorityTier, ApiObject>>>;
  /**
   * The blueprint's alerts, when its alert policy emits them or, in production without the prop, may (their
   * `prometheusRule` is there once the app has synthesized, if the blueprint backs something up).
   */
  public readonly alerts?: BlueprintAlerts;
  /**
   * The blueprint's admission policy for signed images, in production: a Kyverno Policy once the app has synthesized,
   * if its workloads run an Image with `signing`.
   */
  public readonly imageVerification?: ImageVerification;

  constructor(scope: Construct, id: string, props: BlueprintProps) {
    checkConstructId('Blueprint', scope, id, false);
    props = checkedProps('Blueprint', scope, id, props);
    const env = props.environment;
    const appName = props.name ?? (id.endsWith(`-${env.name}`) ? id.slice(0, -(env.name.length + 1)) : id);
    const namespace = props.namespace ?? appName;
    const path = childPath(scope, id);
    const check = (fn: () => void) => recordedAt(scope, path, 'Blueprint', fn, undefined);
    // The name defaults to the id and the namespace to the name: a mistake in one is reported once, where it was made.
    const idOk = recordedAt(scope, path, 'Blueprint', () => { checkDnsLabel('id', id); return true; }, false);
    const nameOk = (props.name === undefined && !idOk) || recordedAt(scope, path, 'Blueprint', () => { checkDnsLabel('name', appName); return true; }, false);
    const instance = `${appName}-${env.name}`;
    if (nameOk && instance.length > 63) check(() => { throw propError('name', appName, `is too long: the label app.kubernetes.io/instance ('${instance}') must be at most 63 characters`); });
    if (props.namespace !== undefined || (nameOk && idOk)) check(() => checkDnsLabel('namespace', namespace));
    const extraLabels: Record<string, string> = {};
    for (const [k, v] of Object.entries(props.labels ?? {})) {
      check(() => {
        checkLabelKey('labels', k);
        checkNotReserved('labels', k);
        checkLabelValue(`labels['${k}']`, v);
        extraLabels[k] = v;
      });
    }
    const labels = new BlueprintLabels(appName, env.name, extraLabels);
    super(scope, id, { namespace, labels: labels.common, disableResourceNameHashes: true });
    ObjectNames.of(this, 'Blueprint');
    trackCreation(this);
    this.environment = env;
    this.appName = appName;
    this.namespaceName = namespace;
    this.standardLabels = labels;
    this.mesh = props.mesh ?? false;
    this.compose = props.compose ?? env.name === 'development';

    if (props.createNamespace ?? true) {
      this.namespaceResource = emitObject(this, 'Namespace', {
        apiVersion: 'v1', kind: 'Namespace', name: namespace, clusterScoped: true, fields: [],
        labels: {
          'pod-security.kubernetes.io/enforce': 'restricted',
          'pod-security.kubernetes.io/enforce-version': 'v1.28',
          'pod-security.kubernetes.io/audit': 'restricted',
          'pod-security.kubernetes.io/warn': 'restricted',
          ...(props.mesh ? { 'istio-injection': 'enabled' } : {}),
        },
        render: () => ({}),
      });
    }
    this.priorityClasses = props.priorityClasses ?? env.priorityClasses;
    const priorityClasses = this.priorityClasses;
    const objects: Partial<Record<PriorityTier, ApiObject>> = {};
    for (const pc of recordedAt(scope, path, 'Blueprint', () => priorityClasses.definitions(namespace), [])) {
      // Cluster-scoped, so named after the namespace, which is unique in a cluster.
      objects[pc.tier] = emitObject(this, `PriorityClass-${pc.tier}`, {
        apiVersion: 'scheduling.k8s.io/v1', kind: 'PriorityClass', name: pc.name, clusterScoped: true,
        fields: ['value', 'globalDefault', 'preemptionPolicy', 'description'],
        render: () => ({ value: pc.value, globalDefault: false, preemptionPolicy: pc.preemptionPolicy, description: pc.description }),
      });
    }
    this.priorityClassObjects = objects;
    if (priorityClasses.reason !== undefined) Policy.suppress(this, 'priority-class', priorityClasses.reason);

    const alerts = props.alerts;
    if (alerts?.enabled) this.alerts = new BlueprintAlerts(this, 'Alerts', { policy: alerts, name: `${appName}-alerts` });
    else if (alerts === undefined && env.isProduction) this.alerts = new BlueprintAlerts(this, 'Alerts', { policy: AlertPolicy.prometheus(), name: `${appName}-alerts`, onlyWithBackups: true });
    else if (alerts?.disabledReason !== undefined) Policy.suppress(this, 'alerts-watch-backups', alerts.disabledReason);

    if (env.isProduction) this.imageVerification = new ImageVerification(this, 'ImageVerification', { name: `${appName}-verify-images` });

    if (this.mesh && env.isProduction) {
      this.peerAuthentication = emitObject(this, 'PeerAuthentication', {
        apiVersion: 'security.istio.io/v1', kind: 'PeerAuthentication', name: 'default',
        render: () => ({ spec: { mtls: { mode: 'STRICT' } } }),
      });
    }
  }

  /**
   * The PriorityClass pods of `tier` name — `'services'` for WebService, Worker and CronTask, `'data'` for stateful
   * services — or undefined when the blueprint runs without priority classes (`PriorityClasses.none(reason)`).
   * @example blueprint.priorityClassFor('data') // 'shop-data'
   */
  public priorityClassFor(tier: PriorityTier): string | undefined {
    return this.priorityClasses.nameFor(tier, this.namespaceName);
  }

  /**
   * Reserves an object name for a kind; a second claim of the same name is a recorded mistake naming both
   * constructs. `emitObject` claims the names of every object the library emits; call this for your own.
   */
  public claimName(owner: IConstruct, kind: string, name: string): void {
    ObjectNames.of(this).claim(owner, kind, name);
  }

  /**
   * This blueprint's objects, after the validation gate has checked the whole app: cdk8s' own `Testing.synth(chart)`
   * and `app.synthYaml()` come through here, so they cannot skip the gate either.
   */
  public override toJson(): any[] {
    const root = this.node.root as unknown as Partial<GatedApp>;
    if (typeof root.synthesize !== 'function') return super.toJson();
    return root.synthesize().objects.filter((o) => o.blueprint === this.node.id).map((o) => o.json);
  }

  /** Objects added without an explicit name (escape hatches) are named after their path, without a hash. */
  public override generateObjectName(apiObject: ApiObject): string {
    return Names.toDnsLabel(apiObject, { includeHash: false });
  }
}

Object.defineProperty(Blueprint.prototype, IS_BLUEPRINT, { value: true });
