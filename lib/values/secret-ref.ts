import { checkDnsSubdomain } from './_names';
import { BlueprintError, propError } from './_errors';

/**
 * A reference to a Secret, by name, with the keys workloads may read. Blueprints never write secret values: they
 * reference keys of a Secret, and the keys declared here are the only ones a workload may use — a typo is an error
 * at synth, not a pod stuck in `CreateContainerConfigError`.
 *
 * Every Secret a blueprint reads must also be in the output or declared (the gate's `secret-refs` rule): take the
 * reference from the construct that provisions or declares it — `new ExternalSecret(...).secret` (from your secret
 * manager), `new GeneratedCredentials(...).secret` (a password the cluster generates) or
 * `new ProvidedSecret(blueprint, name, { keys, providedBy }).secret` (created out of band, with who creates it).
 *
 * @example const db = new GeneratedCredentials(shop, 'user-db-credentials', { username: 'users' }).secret;
 */
export class SecretRef {
  /**
   * A reference to the Secret `name` with the keys workloads will read. The blueprint must provision it (an
   * `ExternalSecret`) or declare it (`ProvidedSecret`), or the gate reports every pod that reads it.
   */
  public static existing(name: string, keys: string[]): SecretRef {
    checkDnsSubdomain('secret.name', name);
    checkSecretKeys('secret.keys', name, keys);
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

/** Throws unless `keys` is a non-empty list of distinct keys that Kubernetes accepts in a Secret (named `prop` in the message). */
export function checkSecretKeys(prop: string, name: string, keys: readonly string[]): void {
  if (keys.length === 0) throw propError(prop, keys, `must list at least one key of Secret '${name}'`);
  for (const key of keys) {
    if (!/^[-._a-zA-Z0-9]+$/.test(key) || key.length > 253 || key === '.' || key.startsWith('..')) {
      throw propError(prop, key, 'must be a valid Secret key: letters, digits, \'-\', \'_\' and \'.\'');
    }
  }
  if (new Set(keys).size !== keys.length) throw propError(prop, keys, 'must not repeat a key');
}

/**
 * Who or what creates a Secret declared as provided out of band, trimmed: at least 20 characters, like a
 * suppression's justification, so that a reviewer knows where the Secret comes from.
 */
export function checkProvidedBy(prop: string, name: string, providedBy: string): string {
  const text = providedBy.trim();
  if (text.length < 20) {
    throw propError(prop, providedBy, `must say in at least 20 characters who or what creates Secret '${name}' in the cluster (e.g. 'the platform team, with sealed-secrets: see RUNBOOK.md')`);
  }
  return text;
}

/**
 * The annotations of the object that declares a Secret as provided out of band (`ProvidedSecret`): its name, its
 * keys (comma-separated) and who provides it. The gate's `secret-refs` rule reads them; they are what reviewers see.
 */
export const PROVIDED_SECRET_ANNOTATION = 'blueprints.cdk8s.io/provided-secret';
export const PROVIDED_SECRET_KEYS_ANNOTATION = 'blueprints.cdk8s.io/provided-secret-keys';
export const PROVIDED_BY_ANNOTATION = 'blueprints.cdk8s.io/provided-by';

/** One key of an existing Secret. */
export interface SecretKeyRef {
  readonly secret: SecretRef;
  readonly key: string;
}
