import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { checkedProps } from '../k8s/_construct-props';
import { checkConstructId } from '../k8s/_construct-id';
import { emitObject } from '../k8s/emit';
import { recorded, trackCreation } from '../k8s/_recorded-errors';
import {
  checkProvidedBy, checkSecretKeys, PROVIDED_BY_ANNOTATION, PROVIDED_SECRET_ANNOTATION, PROVIDED_SECRET_KEYS_ANNOTATION, SecretRef,
} from '../values/secret-ref';
import { Blueprint } from './blueprint';

/** Props for `ProvidedSecret`. */
export interface ProvidedSecretProps {
  /** The keys of the Secret that workloads read: the only ones they may reference. */
  readonly keys: string[];
  /**
   * Who or what creates the Secret in the cluster, and where to find out how: at least 20 characters, written on
   * the declaration for reviewers (e.g. `'the platform team\'s sealed-secrets (platform/backup-keys), see RUNBOOK.md'`).
   */
  readonly providedBy: string;
}

/**
 * Declares a Secret that the blueprint reads but does not create: one made out of band — by the platform team's
 * sealed-secrets or SOPS, a cluster add-on, or by hand from a runbook — with who or what creates it. Every Secret a
 * pod reads must be provisioned by the blueprint (`ExternalSecret`, `GeneratedCredentials`) or declared here, or the
 * gate's `secret-refs` rule fails synthesis: applied as is, those pods would stop in `CreateContainerConfigError`
 * (env) or `FailedMount` (volumes) with no hint of what must exist first.
 *
 * The declaration is an object of the output, so that reviewers — and the gate, which reads only rendered objects —
 * see it: a ConfigMap `<name>-provided` without data, annotated `blueprints.cdk8s.io/provided-secret: <name>`,
 * `blueprints.cdk8s.io/provided-secret-keys: <keys>` and `blueprints.cdk8s.io/provided-by: <providedBy>`. No value
 * of the Secret is ever written. Use `secret` wherever a `SecretRef` is taken.
 *
 * @example
 * const keys = new ProvidedSecret(shop, 'user-db-backup-age', {
 *   keys: ['recipients', 'identity'],
 *   providedBy: 'the platform team\'s sealed-secrets (platform/backup-keys), see RUNBOOK.md#backup-keys',
 * }).secret;
 */
export class ProvidedSecret extends Construct {
  /** The declared Secret, with its keys. */
  public readonly secret: SecretRef;
  /** Who or what creates it (trimmed). */
  public readonly providedBy: string;
  /** The declaration: a ConfigMap `<name>-provided` carrying the annotations. */
  public readonly resource: ApiObject;

  constructor(scope: Construct, id: string, props: ProvidedSecretProps) {
    checkConstructId('ProvidedSecret', scope, id);
    props = checkedProps('ProvidedSecret', scope, id, props);
    super(scope, id);
    const blueprint = Blueprint.of(this);
    trackCreation(this);
    const k = 'ProvidedSecret';
    const keys = recorded(this, k, () => {
      checkSecretKeys('keys', id, props.keys);
      return [...props.keys];
    }, ['invalid']);
    this.providedBy = recorded(this, k, () => checkProvidedBy('providedBy', id, props.providedBy), props.providedBy);
    this.secret = recorded(this, k, () => SecretRef.existing(id, keys), PLACEHOLDER_SECRET);
    this.resource = emitObject(this, 'Resource', {
      apiVersion: 'v1', kind: 'ConfigMap', name: `${id}-provided`, labels: blueprint.standardLabels.forPart(id, 'secret'),
      annotations: {
        [PROVIDED_SECRET_ANNOTATION]: id,
        [PROVIDED_SECRET_KEYS_ANNOTATION]: keys.join(', '),
        [PROVIDED_BY_ANNOTATION]: this.providedBy,
      },
      fields: [],
      render: () => ({}),
    });
  }
}

/** Stands in for a Secret whose declaration has a recorded mistake (nothing is written). */
const PLACEHOLDER_SECRET = SecretRef.existing('invalid', ['invalid']);
