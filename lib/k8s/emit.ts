import { ApiObject, Chart, JsonPatch, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import { ObjectNames } from './object-names';

/** What `emitObject` makes. */
export interface EmitOptions {
  readonly apiVersion: string;
  readonly kind: string;
  /** The object's name: claimed in its chart, so a second object of the kind with the name is a recorded mistake. */
  readonly name: string;
  /**
   * The object's own labels (a workload's part labels); the chart's standard labels are added to every object.
   * @default - the chart's only
   */
  readonly labels?: Record<string, string>;
  /**
   * @default - none
   */
  readonly annotations?: Record<string, string>;
  /**
   * A cluster-scoped kind (Namespace, ClusterRole…): no `metadata.namespace`.
   * @default false
   */
  readonly clusterScoped?: boolean;
  /**
   * Another namespace than the chart's (a Velero Schedule lives in Velero's).
   * @default - the chart's namespace
   */
  readonly namespace?: string;
  /**
   * The top-level fields besides apiVersion, kind and metadata that `render` fills.
   * @default ['spec']
   */
  readonly fields?: readonly string[];
  /**
   * Renders the fields, as the API takes them (plain JSON), when the app synthesizes — after every later
   * `add…` call of the construct. It must not throw for props the construct accepted: checks belong in the
   * constructor, where a mistake is recorded.
   */
  readonly render: () => Record<string, unknown>;
}

/**
 * The one way the library emits a Kubernetes object: claims its name in the chart, sets its metadata, and
 * renders its body lazily from one function.
 *
 * Objects are plain JSON rather than cdk8s-plus-28's generated L1 classes: those expect typed wrappers
 * (`Quantity`, `IntOrString`) and silently drop plain values, which would turn a typo into a missing field. The
 * gate checks every object against the Kubernetes 1.28 schema instead.
 */
export function emitObject(owner: Construct, id: string, options: EmitOptions): ApiObject {
  ObjectNames.of(Chart.of(owner)).claim(owner, options.kind, options.name);
  const fields = options.fields ?? ['spec'];
  const body: Record<string, unknown> = {};
  for (const field of fields) body[field] = Lazy.any({ produce: () => options.render()[field] });
  const obj = new ApiObject(owner, id, {
    apiVersion: options.apiVersion,
    kind: options.kind,
    metadata: {
      name: options.name,
      ...(options.namespace ? { namespace: options.namespace } : {}),
      ...(options.labels ? { labels: options.labels } : {}),
      ...(options.annotations ? { annotations: options.annotations } : {}),
    },
    ...body,
  });
  if (options.clusterScoped) obj.addJsonPatch(JsonPatch.remove('/metadata/namespace'));
  return obj;
}
