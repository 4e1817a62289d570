import { checkDnsSubdomain } from './_names';
import { BlueprintError, propError } from './_errors';

/**
 * A reference to a Secret that exists in the cluster (created by your secret manager, External Secrets,
 * Sealed Secrets or by hand). Blueprints never write secret values: they reference keys of a Secret, and the
 * keys you declare here are the only ones a workload may use — a typo is an error at synth, not a pod stuck in
 * `CreateContainerConfigError`.
 *
 * @example const db = SecretRef.existing('user-db-credentials', ['username', 'password']);
 */
export class SecretRef {
  /** A Secret created outside this blueprint, with the keys workloads will read. */
  public static existing(name: string, keys: string[]): SecretRef {
    checkDnsSubdomain('secret.name', name);
    if (keys.length === 0) throw propError('secret.keys', keys, `must list at least one key of Secret '${name}'`);
    for (const key of keys) {
      if (!/^[-._a-zA-Z0-9]+$/.test(key) || key.length > 253 || key === '.' || key.startsWith('..')) {
        throw propError('secret.keys', key, 'must be a valid Secret key: letters, digits, \'-\', \'_\' and \'.\'');
      }
    }
    if (new Set(keys).size !== keys.length) throw propError('secret.keys', keys, 'must not repeat a key');
    return new SecretRef(name, [...keys]);
  }

  private constructor(public readonly name: string, public readonly keys: readonly string[]) {}

  /** A reference to one declared key, e.g. for an encryption key or S3 credentials. */
  public keyRef(key: string): SecretKeyRef {
    this.checkKey(key);
    return { secret: this, key };
  }

  /** Throws unless `key` is one of the declared keys. */
  public checkKey(key: string): void {
    if (!this.keys.includes(key)) {
      throw new BlueprintError(`'key' ('${key}') is not a declared key of Secret '${this.name}' (declared: ${this.keys.join(', ')})`);
    }
  }
}

/** One key of an existing Secret. */
export interface SecretKeyRef {
  readonly secret: SecretRef;
  readonly key: string;
}
