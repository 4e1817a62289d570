import { SecretRef } from './secret-ref';
import { propError } from './_errors';

/** Configuration an env var can read a key of: a `Config` (hash-named ConfigMap). */
export interface IConfigSource {
  /** The ConfigMap's name. */
  readonly name: string;
  /** Its data, for artifacts that resolve values (compose files). */
  readonly data: Readonly<Record<string, string>>;
  /** Throws a BlueprintError unless `key` is in the data. */
  checkKey(key: string): void;
}

/** Pod fields the downward API can expose as environment variables. */
export type PodField =
  | 'metadata.name' | 'metadata.namespace' | 'metadata.uid' | 'spec.nodeName' | 'spec.serviceAccountName'
  | 'status.hostIP' | 'status.podIP' | 'status.podIPs' | `metadata.labels['${string}']` | `metadata.annotations['${string}']`;

/** Container resources the downward API can expose. */
export type ResourceField = 'limits.cpu' | 'limits.memory' | 'requests.cpu' | 'requests.memory' | 'limits.ephemeral-storage' | 'requests.ephemeral-storage';

/**
 * The value of an environment variable: a literal, a ConfigMap key, a Secret key, or a pod field (seed 004's
 * env from ConfigMap keys, Secret keys and field refs). Secret values are always referenced, never inlined.
 *
 * @example EnvValue.fromSecret(SecretRef.existing('db', ['password']), 'password')
 */
export class EnvValue {
  /** A literal. Use fromSecret for anything sensitive: the gate rejects literals under credential-like names. */
  public static fromValue(value: string): EnvValue {
    return new EnvValue({ value }, { kind: 'literal', value });
  }

  /** A key of a Config (hash-named ConfigMap); checked to exist. */
  public static fromConfig(config: IConfigSource, key: string): EnvValue {
    config.checkKey(key);
    return new EnvValue({ valueFrom: { configMapKeyRef: { name: config.name, key } } }, { kind: 'config', config, key });
  }

  /** A key of an existing Secret; checked to be one of its declared keys. */
  public static fromSecret(secret: SecretRef, key: string): EnvValue {
    secret.checkKey(key);
    return new EnvValue({ valueFrom: { secretKeyRef: { name: secret.name, key } } }, { kind: 'secret', secret, key });
  }

  /** A field of the pod, through the downward API. */
  public static fromField(field: PodField): EnvValue {
    return new EnvValue({ valueFrom: { fieldRef: { fieldPath: field } } }, { kind: 'field', field });
  }

  /** A resource request or limit of the container, e.g. to size a heap from `limits.memory`. */
  public static fromResource(resource: ResourceField, divisor?: string): EnvValue {
    if (divisor !== undefined && !/^[0-9]+(m|Ki|Mi|Gi)?$/.test(divisor)) throw propError('divisor', divisor, 'must be a quantity such as \'1\', \'1m\' or \'1Mi\'');
    return new EnvValue({ valueFrom: { resourceFieldRef: { resource, ...(divisor ? { divisor } : {}) } } }, { kind: 'resource', resource });
  }

  private constructor(
    /** The EnvVar without its name. */
    public readonly kube: any,
    /** What the value refers to, for relations and the gate. */
    public readonly source:
    | { kind: 'literal'; value: string }
    | { kind: 'config'; config: IConfigSource; key: string }
    | { kind: 'secret'; secret: SecretRef; key: string }
    | { kind: 'field'; field: string }
    | { kind: 'resource'; resource: string },
  ) {}
}
