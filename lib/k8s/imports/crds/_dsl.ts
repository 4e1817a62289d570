/**
 * A tiny DSL for writing strict JSON schemas (ajv draft-07 dialect), shared by the hand-written CRD schemas in this
 * folder and by `scripts/gen-k8s-schema.ts` for the Kubernetes 1.28 built-in types.
 *
 * Two custom keywords are used; the generator registers them with ajv and they are compiled into plain JS:
 * - `k8sClosed: '<type label>'` — like `additionalProperties: false`, but the error names the offending key and the
 *   type (`unknown field 'replica' (Kubernetes 1.28 DeploymentSpec has no such field)`).
 * - `k8sExclusive: [['a', 'b'], ...]` — at most one field of each group may be set (protobuf `oneof`).
 */

/** A JSON schema node (ajv draft-07 plus the `k8sClosed` / `k8sExclusive` keywords). */
export type JsonSchema = { readonly [keyword: string]: unknown };

export const INT32_MIN = -2147483648;
export const INT32_MAX = 2147483647;
export const UINT32_MAX = 4294967295;

/** Regular expressions (ajv compiles them with the `u` flag) used by formats that Kubernetes and the CRDs check. */
export const PATTERNS = {
  /** resource.Quantity as parsed by k8s.io/apimachinery: sign, decimal number, then a binary/decimal SI suffix or an exponent. */
  quantity: '^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$',
  /** metav1.Time (RFC 3339). */
  dateTime: '^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\\.[0-9]+)?(Z|[+-][0-9]{2}:[0-9]{2})$',
  /** `format: byte` (standard base64 with padding). */
  base64: '^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$',
  /** Go `time.ParseDuration` / metav1.Duration / protobuf durations as Istio and CEL accept them. */
  goDuration: '^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|µs|μs|ms|s|m|h))+)$',
  /** Prometheus duration (as in the prometheus-operator CRDs). */
  promDuration: '^(0|(([0-9]+)y)?(([0-9]+)w)?(([0-9]+)d)?(([0-9]+)h)?(([0-9]+)m)?(([0-9]+)s)?(([0-9]+)ms)?)$',
  /** Prometheus label name (as in the prometheus-operator CRDs). */
  promLabelName: '^[a-zA-Z_][a-zA-Z0-9_]*$',
} as const;

/** What each pattern means, for messages: `must be <description>, got '<value>'`. */
export const PATTERN_DESCRIPTIONS: Readonly<Record<string, string>> = {
  [PATTERNS.quantity]: "a Kubernetes quantity (e.g. '250m', '512Mi')",
  [PATTERNS.dateTime]: "an RFC 3339 date-time (e.g. '2024-01-31T12:00:00Z')",
  [PATTERNS.base64]: 'base64-encoded data',
  [PATTERNS.goDuration]: "a duration (e.g. '30s', '1m30s', '720h0m0s')",
  [PATTERNS.promDuration]: "a Prometheus duration (e.g. '30s', '1m', '1h30m')",
  [PATTERNS.promLabelName]: 'a Prometheus label name ([a-zA-Z_][a-zA-Z0-9_]*)',
};

export const string = (): JsonSchema => ({ type: 'string' });
export const boolean = (): JsonSchema => ({ type: 'boolean' });
/** A string restricted to `values`. */
export const enumOf = (...values: string[]): JsonSchema => ({ type: 'string', enum: values });
export const int32 = (): JsonSchema => ({ type: 'integer', minimum: INT32_MIN, maximum: INT32_MAX });
export const uint32 = (): JsonSchema => ({ type: 'integer', minimum: 0, maximum: UINT32_MAX });
/** int64: JSON numbers cannot exceed ±2^53 exactly, so only integrality is checked. */
export const int64 = (): JsonSchema => ({ type: 'integer' });
export const double = (): JsonSchema => ({ type: 'number' });
/** resource.Quantity: a string such as '250m' / '512Mi', or a plain number. */
export const quantity = (): JsonSchema => ({ type: ['string', 'number'], pattern: PATTERNS.quantity });
/** intstr.IntOrString: an int32 or a string (e.g. a named port or '25%'). */
export const intOrString = (): JsonSchema => ({ type: ['integer', 'string'], minimum: INT32_MIN, maximum: INT32_MAX });
export const dateTime = (): JsonSchema => ({ type: 'string', pattern: PATTERNS.dateTime });
export const base64 = (): JsonSchema => ({ type: 'string', pattern: PATTERNS.base64 });
/** Go duration string ('30s', '1h0m0s'). */
export const duration = (): JsonSchema => ({ type: 'string', pattern: PATTERNS.goDuration });
/** Any JSON value (e.g. `x-kubernetes-preserve-unknown-fields` or RawExtension). */
export const anyValue = (): JsonSchema => ({});
/** An object whose content is not checked. */
export const openObject = (): JsonSchema => ({ type: 'object' });

export const arrayOf = (items: JsonSchema, opts: { minItems?: number } = {}): JsonSchema => ({
  type: 'array',
  items,
  ...(opts.minItems !== undefined ? { minItems: opts.minItems } : {}),
});

/** A map with arbitrary keys and `values` as values. */
export const mapOf = (values: JsonSchema): JsonSchema => ({ type: 'object', additionalProperties: values });
export const stringMap = (): JsonSchema => mapOf(string());

/**
 * A closed object: only `properties` are allowed.
 * @param typeLabel how messages name this type, e.g. `Istio TrafficPolicy`.
 */
export function object(
  typeLabel: string,
  properties: Record<string, JsonSchema>,
  opts: { required?: string[]; exclusive?: string[][] } = {},
): JsonSchema {
  const sorted: Record<string, JsonSchema> = {};
  for (const key of Object.keys(properties).sort()) sorted[key] = properties[key];
  return {
    type: 'object',
    properties: sorted,
    ...(opts.required?.length ? { required: [...opts.required] } : {}),
    k8sClosed: typeLabel,
    ...(opts.exclusive?.length ? { k8sExclusive: opts.exclusive.map((g) => [...g]) } : {}),
  };
}

/** Reference to a Kubernetes 1.28 definition of the generated schema, e.g. `io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta`. */
export const k8sRef = (definition: string): JsonSchema => ({ $ref: `k8s#/definitions/${definition}` });

export const OBJECT_META = 'io.k8s.apimachinery.pkg.apis.meta.v1.ObjectMeta';
export const LABEL_SELECTOR = 'io.k8s.apimachinery.pkg.apis.meta.v1.LabelSelector';

/** A CRD kind's schema and identity. */
export interface CrdSchema {
  readonly apiVersion: string;
  readonly kind: string;
  readonly schema: JsonSchema;
}

/**
 * The top-level schema of a custom resource: `apiVersion`, `kind`, standard `metadata` (Kubernetes ObjectMeta),
 * `spec`, and a free-form `status` (written by controllers, never checked).
 */
export function crd(apiVersion: string, kind: string, spec: JsonSchema, opts: { specRequired?: boolean } = {}): CrdSchema {
  return {
    apiVersion,
    kind,
    schema: {
      type: 'object',
      properties: {
        apiVersion: { type: 'string', const: apiVersion },
        kind: { type: 'string', const: kind },
        metadata: k8sRef(OBJECT_META),
        spec,
        status: openObject(),
      },
      required: ['apiVersion', 'kind', ...(opts.specRequired ? ['spec'] : [])],
      k8sClosed: `${apiVersion} ${kind}`,
    },
  };
}
