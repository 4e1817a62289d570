import { ApiObject, Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { checkedProps } from '../k8s/_construct-props';
import { emitObject } from '../k8s/emit';
import { Blueprint } from './blueprint';
import { propError } from '../values/_errors';
import { recorded, report, trackCreation } from '../k8s/_recorded-errors';
import { checkDnsSubdomain } from '../values/_names';
import { checkConstructId } from '../k8s/_construct-id';
import { goDuration, wholeSeconds } from '../values/_duration';
import { SecretRef } from '../values/secret-ref';

/** Where one key of the Secret comes from in the external store. */
export interface ExternalSecretSource {
  /** The key (path, name) in the external store, e.g. 'prod/user-db'. */
  readonly key: string;
  /**
   * A property of a structured (JSON) value.
   * @default - the whole value
   */
  readonly property?: string;
  /**
   * A version of the value.
   * @default - the latest
   */
  readonly version?: string;
}

/** Props for `ExternalSecret`. */
export interface ExternalSecretProps {
  /** The SecretStore (or ClusterSecretStore) of the External Secrets Operator to read from. */
  readonly store: string;
  /** @default 'SecretStore' */
  readonly storeKind?: 'SecretStore' | 'ClusterSecretStore';
  /** The keys of the Secret to create and where each comes from. */
  readonly data: Record<string, ExternalSecretSource>;
  /**
   * How often the operator re-reads the store.
   * @default Duration.hours(1)
   */
  readonly refreshInterval?: Duration;
}

/**
 * A Secret that the External Secrets Operator creates from your secret manager (Vault, AWS Secrets Manager, GCP
 * Secret Manager…): an `ExternalSecret` (external-secrets.io/v1beta1) naming the store and, per key, the remote
 * reference — never a value. Use `secret` wherever a `SecretRef` is taken: the gate's `secret-refs` rule accepts a
 * Secret a pod reads only when an ExternalSecret of the blueprint creates it (or `GeneratedCredentials` does, or a
 * `ProvidedSecret` declares it), with the keys the pod reads.
 *
 * @example
 * const creds = new ExternalSecret(shop, 'user-db-credentials', {
 *   store: 'vault', data: { username: { key: 'prod/user-db', property: 'username' }, password: { key: 'prod/user-db', property: 'password' } },
 * });
 * new Postgres(shop, 'user-db', { credentials: creds.secret, … });
 */
export class ExternalSecret extends Construct {
  /** The Secret the operator creates, with the declared keys. */
  public readonly secret: SecretRef;
  public readonly resource: ApiObject;

  constructor(scope: Construct, id: string, props: ExternalSecretProps) {
    checkConstructId('ExternalSecret', scope, id);
    props = checkedProps('ExternalSecret', scope, id, props);
    super(scope, id);
    const blueprint = Blueprint.of(this);
    trackCreation(this);
    const k = 'ExternalSecret';
    recorded(this, k, () => checkDnsSubdomain('store', props.store));
    const keys = Object.keys(props.data);
    if (keys.length === 0) report(this, k, propError('data', props.data, 'must name at least one key'));
    for (const key of keys) {
      if (!props.data[key].key) report(this, k, propError(`data['${key}'].key`, props.data[key].key, 'must name the key in the external store'));
    }
    const refresh = recorded(this, k, () => wholeSeconds('refreshInterval', props.refreshInterval ?? Duration.hours(1), 1), 3600);
    this.secret = recorded(this, k, () => SecretRef.existing(id, keys), PLACEHOLDER_SECRET);
    const refreshInterval = goDuration(Duration.seconds(refresh));
    this.resource = emitObject(this, 'Resource', {
      apiVersion: 'external-secrets.io/v1beta1', kind: 'ExternalSecret', name: id, labels: blueprint.standardLabels.forPart(id, 'secret'),
      render: () => ({
        spec: {
          secretStoreRef: { name: props.store, kind: props.storeKind ?? 'SecretStore' },
          refreshInterval,
          target: { name: id, creationPolicy: 'Owner' },
          data: Object.entries(props.data).map(([secretKey, src]) => ({
            secretKey,
            remoteRef: { key: src.key, ...(src.property ? { property: src.property } : {}), ...(src.version ? { version: src.version } : {}) },
          })),
        },
      }),
    });
  }
}

/** Stands in for a Secret whose keys could not be declared (the mistake is recorded; nothing is written). */
const PLACEHOLDER_SECRET = SecretRef.existing('invalid', ['invalid']);
