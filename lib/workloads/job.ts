import { ApiObject, Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { checkedMethodOptions, checkedProps } from '../k8s/_construct-props';
import { emitObject } from '../k8s/emit';
import { Blueprint } from '../blueprint/blueprint';
import { BlueprintError, checkInteger, propError } from '../values/_errors';
import { recorded, report } from '../k8s/_recorded-errors';
import { contentHash } from '../values/_names';
import { wholeSeconds } from '../values/_duration';
import { Workload, WorkloadProps } from './workload';
import { ApiServerAddress } from './rbac';
import { dependencyPath } from './_workload-checks';
import { jobWaitContainer, tokenVolume } from './_waits';

/** Props for `Job`. */
export interface JobProps extends WorkloadProps {
  /**
   * Retries of a failed pod before the Job fails.
   * @default 3
   */
  readonly backoffLimit?: number;
  /**
   * Longest the Job may run, retries included, before it is failed (and its pods stopped).
   * @default Duration.minutes(30)
   */
  readonly activeDeadline?: Duration;
  /**
   * Delete the finished Job, and its pods, this long after it finished (`ttlSecondsAfterFinished`). Off by default:
   * Argo CD and Flux see the deleted Job missing and apply it again (it runs again on every sync), `kubectl wait` of
   * a dependent finds nothing to wait for, and the finished Job is the record that the migration ran. Set it only for
   * a Job you apply by hand; a dependent that waits for completion refuses it.
   * @default - kept after it finished
   */
  readonly ttlAfterFinished?: Duration;
  /**
   * In a mesh blueprint, the Istio sidecar of the Job's pods. A classic sidecar never exits, so the Job would never
   * complete unless its process ends by POSTing to the proxy's `http://127.0.0.1:15020/quitquitquit`; without a
   * sidecar the Job cannot reach workloads that require mutual TLS (the blueprint's STRICT PeerAuthentication).
   * - 'none': no sidecar (`sidecar.istio.io/inject: false`);
   * - 'native': the sidecar as a Kubernetes sidecar container, stopped by the kubelet when the Job's container exits
   *   (`sidecar.istio.io/nativeSidecar: true`; needs Kubernetes' SidecarContainers, on by default since 1.29, alpha
   *   in 1.28, and an Istio that reads the annotation);
   * - 'classic': a sidecar that starts first and that the process must stop itself.
   * @default 'none'
   */
  readonly meshSidecar?: 'none' | 'native' | 'classic';
}

/** Options for `Job.runsBefore()`. */
export interface JobRunsBeforeOptions {
  /**
   * Also hold the dependent's pods in `Init` until the Job has completed: an init container runs
   * `kubectl wait --for=condition=complete job/<name>`. That needs the API: the dependent's ServiceAccount is granted
   * get, list and watch on this one Job (a Role), a token is projected into that init container alone (the app's
   * container still has none) and the dependent's pods may reach the API server.
   * @default false — ordering only: the Job comes first in the output and in the construct dependencies, which the
   *   delivery outputs turn into an order the deployer waits on
   */
  readonly waitForCompletion?: boolean;
  /**
   * Where the API server is, for the wait's egress.
   * @default - any address (0.0.0.0/0) on TCP 443 and 6443
   */
  readonly apiServer?: ApiServerAddress;
}

/** The volume of the projected token a dependent's Job waits mount. */
const TOKEN_VOLUME = 'kube-api-job-wait';

/**
 * A one-off task — a schema migration, a data backfill: a batch/v1 Job with retries, a deadline and the same
 * hardened pod as every workload (restricted Pod Security Standard, resources, priority class, a token-less
 * ServiceAccount and a default-deny NetworkPolicy plus its relations), which `connectTo` connects to what it needs.
 *
 * A Job's pod template cannot be changed once created, so the Job is named `<id>-<hash>` after its image, command
 * and arguments: a new release runs its migration as a new Job, and the finished one before it stays until the
 * deployer prunes it. `runsBefore(workload)` orders the Job before the workloads that need it.
 *
 * @example
 * const migrate = new Job(shop, 'user-db-migrate', { image: api, args: ['migrate'] });
 * migrate.connectTo(db, { envNames: { URL: 'DATABASE_URL' }, waitForReady: true });
 * migrate.runsBefore(users);
 */
export class Job extends Workload {
  /** The Job object. */
  public readonly job: ApiObject;
  /** The Job's name in the cluster: `<id>-<hash of image, command and arguments>`. */
  public readonly jobName: string;
  /** Seconds the Job may run (`activeDeadlineSeconds`). */
  public readonly activeDeadlineSeconds: number;
  /** `ttlSecondsAfterFinished`, when given. */
  public readonly ttlSecondsAfterFinished?: number;

  public get workloadObject(): ApiObject {
    return this.job;
  }

  constructor(scope: Construct, id: string, props: JobProps) {
    props = checkedProps('Job', scope, id, props);
    super(scope, id, 'Job', 'job', meshAnnotations(scope, props));
    const k = 'Job';
    if (id.length > 54) report(this, k, propError('id', id, 'must be at most 54 characters: the Job\'s name adds 9 characters of its hash and must stay a 63-character label value (batch.kubernetes.io/job-name)'));
    this.jobName = `${id}-${contentHash(JSON.stringify([this.image.toString(), props.command ?? null, props.args ?? null]), 8)}`;
    const backoffLimit = recorded(this, k, () => { checkInteger('backoffLimit', props.backoffLimit ?? 3, 0, 100); return props.backoffLimit ?? 3; }, 3);
    this.activeDeadlineSeconds = recorded(this, k, () => wholeSeconds('activeDeadline', props.activeDeadline ?? Duration.minutes(30), 1), 1800);
    this.ttlSecondsAfterFinished = props.ttlAfterFinished && recorded(this, k, () => wholeSeconds('ttlAfterFinished', props.ttlAfterFinished!, 0), undefined);
    this.job = emitObject(this, 'Job', {
      apiVersion: 'batch/v1', kind: 'Job', name: this.jobName, labels: this.labels,
      render: () => ({
        spec: {
          backoffLimit,
          activeDeadlineSeconds: this.activeDeadlineSeconds,
          ...(this.ttlSecondsAfterFinished !== undefined ? { ttlSecondsAfterFinished: this.ttlSecondsAfterFinished } : {}),
          template: this.renderPodTemplate({ restartPolicy: 'Never' }),
        },
      }),
    });
  }

  /**
   * Orders this Job before `dependent`: the dependent's objects come after the Job's in the output and depend on it
   * in the construct tree (`node.addDependency`, which Argo CD sync waves and Helm hooks follow), and, with
   * `waitForCompletion`, its pods wait in `Init` until the Job has completed.
   *
   * Why the wait is not the default: a pod can only learn that a Job completed from the API server, so the wait needs
   * a token, a Role and a path to the API server in every dependent pod. Ordering alone needs none; where the
   * deployer applies in order (sync waves, hooks), it is enough.
   */
  public runsBefore(dependent: Workload, options: JobRunsBeforeOptions = {}): void {
    options = checkedMethodOptions(this, this.kind, 'JobRunsBeforeOptions', options);
    const ok = recorded(this, this.kind, () => {
      if (dependent === this) throw new BlueprintError(`Unable to run ${this.name} before itself`);
      if (dependent.blueprint !== this.blueprint) {
        throw new BlueprintError(`runsBefore('${dependent.name}'): '${dependent.node.path}' is in another blueprint; a Job orders only workloads of its own`);
      }
      const cycle = dependencyPath(this.node.dependencies, dependent);
      if (cycle) throw new BlueprintError(`runsBefore('${dependent.name}') would create a dependency cycle: ${[dependent, this, ...cycle].map((c) => c.node.id).join(' → ')}`);
      if (options.waitForCompletion && this.ttlSecondsAfterFinished !== undefined) {
        throw propError('ttlAfterFinished', `${this.ttlSecondsAfterFinished}s`, `cannot be set on a Job that '${dependent.name}' waits for: once deleted, the Job is not there to wait for and every new pod of '${dependent.name}' would wait forever`);
      }
      return true;
    }, false);
    if (!ok) return;
    dependent.node.addDependency(this);
    if (!options.waitForCompletion) return;
    const role = dependent.permissions.grantForInitContainers(
      { apiGroups: ['batch'], resources: ['jobs'], resourceNames: [this.jobName], verbs: ['get', 'list', 'watch'] },
      options.apiServer ? { apiServer: options.apiServer } : {},
    );
    if (!role) return;
    const first = !WAITING.has(dependent);
    WAITING.add(dependent);
    dependent.addInitContainer(
      jobWaitContainer(this.jobName, this.blueprint.namespaceName, TOKEN_VOLUME, this.activeDeadlineSeconds),
      first ? [tokenVolume(TOKEN_VOLUME)] : [],
    );
  }
}

/** Workloads that mount the projected token volume of their Job waits (once per pod). */
const WAITING = new WeakSet<Workload>();

/** Pod annotations for the Job's mesh sidecar. */
function meshAnnotations(scope: Construct, props: JobProps): JobProps {
  if (!Blueprint.of(scope).mesh) return props;
  const mesh: Record<string, string> = {
    none: { 'sidecar.istio.io/inject': 'false' },
    native: { 'sidecar.istio.io/nativeSidecar': 'true' },
    classic: { 'proxy.istio.io/config': '{"holdApplicationUntilProxyStarts": true}' },
  }[props.meshSidecar ?? 'none'];
  return { ...props, podAnnotations: { ...mesh, ...props.podAnnotations } };
}
