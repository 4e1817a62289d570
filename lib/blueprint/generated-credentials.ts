import { ApiObject } from 'cdk8s';
import { Construct } from 'constructs';
import { checkedProps } from '../k8s/_construct-props';
import { checkConstructId } from '../k8s/_construct-id';
import { emitObject } from '../k8s/emit';
import { recorded, trackCreation } from '../k8s/_recorded-errors';
import { checkInteger, propError } from '../values/_errors';
import { SecretRef } from '../values/secret-ref';
import { Blueprint } from './blueprint';

/** How External Secrets' `Password` generator makes the password. */
export interface PasswordOptions {
  /**
   * Characters, from 16 to 256.
   * @default 32
   */
  readonly length?: number;
  /**
   * How many of them are digits.
   * @default - a quarter of the length, rounded down (the generator's own default)
   */
  readonly digits?: number;
  /**
   * How many of them are symbols. None by default: a password is often put into a URL (`DATABASE_URL`), where
   * `@`, `/`, `:` or `?` would break it.
   * @default 0
   */
  readonly symbols?: number;
  /**
   * The symbols to pick from.
   * @default - the generator's: ~!@#$%^&*()_+`-={}|[]\:"<>?,./
   */
  readonly symbolCharacters?: string;
  /**
   * No uppercase letters.
   * @default false
   */
  readonly noUpper?: boolean;
  /**
   * Whether a character may repeat. Without repeats the password has less entropy and at most 52 letters (26
   * with `noUpper`), 10 digits and as many symbols as the symbol set has.
   * @default true
   */
  readonly allowRepeat?: boolean;
}

/** Props for `GeneratedCredentials`. */
export interface GeneratedCredentialsProps {
  /**
   * The user name, written as the Secret's `username` key. It is a name, not a credential: it appears in the
   * output, in the ExternalSecret's template.
   * @default - no `username` key: the Secret holds only `password` (e.g. for Redis)
   */
  readonly username?: string;
  /**
   * How the password is generated.
   * @default - 32 letters and digits (8 digits), repeats allowed
   */
  readonly password?: PasswordOptions;
}

/** The Password generator's own symbol set (external-secrets pkg/generator/password/password.go). */
const DEFAULT_SYMBOLS = '~!@#$%^&*()_+`-={}|[]\\:"<>?,./';

/** The generator's apiVersion, as the ExternalSecret's generatorRef names it. */
const GENERATORS = 'generators.external-secrets.io/v1alpha1';

/**
 * Credentials the cluster generates itself — a database's or a cache's password — so that no value is ever written
 * to the output or kept anywhere but in the cluster: an External Secrets `Password` generator
 * (generators.external-secrets.io/v1alpha1) and an `ExternalSecret` that writes its password, with the user name
 * as a literal, into the Secret `<id>`. Use `secret` (keys `username` and `password`, or `password` alone) wherever
 * a `SecretRef` is taken, e.g. `Postgres`' `credentials`.
 *
 * The password is generated once and kept: the ExternalSecret never refreshes (`refreshInterval: 0s`), its Secret
 * is immutable and orphaned (`creationPolicy: Orphan`), so neither a refresh nor deleting or renaming the construct
 * replaces the password a database was initialised with. To rotate it, change it in the database, then delete the
 * Secret: the operator creates a new one. Requires the External Secrets Operator (0.9 or later) in the cluster.
 *
 * @example
 * const credentials = new GeneratedCredentials(shop, 'user-db-credentials', { username: 'users' }).secret;
 * new Postgres(shop, 'user-db', { credentials, database: 'users' });
 */
export class GeneratedCredentials extends Construct {
  /** The Secret the operator creates: keys `username` (when given) and `password`. */
  public readonly secret: SecretRef;
  /** The `Password` generator. */
  public readonly generator: ApiObject;
  /** The `ExternalSecret` that writes the Secret. */
  public readonly resource: ApiObject;

  constructor(scope: Construct, id: string, props: GeneratedCredentialsProps = {}) {
    checkConstructId('GeneratedCredentials', scope, id);
    props = checkedProps('GeneratedCredentials', scope, id, props);
    super(scope, id);
    const blueprint = Blueprint.of(this);
    trackCreation(this);
    const k = 'GeneratedCredentials';
    const username = props.username;
    if (username !== undefined) recorded(this, k, () => checkUsername(username));
    const spec = recorded(this, k, () => passwordSpec(props.password ?? {}), passwordSpec({}));
    this.secret = SecretRef.existing(id, username !== undefined ? ['username', 'password'] : ['password']);
    const labels = blueprint.standardLabels.forPart(id, 'secret');
    this.generator = emitObject(this, 'Generator', {
      apiVersion: GENERATORS, kind: 'Password', name: id, labels,
      render: () => ({ spec }),
    });
    this.resource = emitObject(this, 'Resource', {
      apiVersion: 'external-secrets.io/v1beta1', kind: 'ExternalSecret', name: id, labels,
      render: () => ({
        spec: {
          refreshInterval: '0s',
          target: {
            name: id, creationPolicy: 'Orphan', immutable: true,
            ...(username !== undefined ? { template: { engineVersion: 'v2', data: { username, password: '{{ .password }}' } } } : {}),
          },
          dataFrom: [{ sourceRef: { generatorRef: { apiVersion: GENERATORS, kind: 'Password', name: id } } }],
        },
      }),
    });
  }
}

/** A role or ACL user name: it is written literally into the Secret's template. */
function checkUsername(username: string): void {
  if (!/^[A-Za-z_][A-Za-z0-9_.-]{0,62}$/.test(username)) {
    throw propError('username', username, 'must be 1 to 63 letters, digits, \'_\', \'.\' and \'-\', starting with a letter or \'_\'');
  }
}

/** The Password generator's spec, every field explicit, checked as the generator checks it (sethvargo/go-password). */
function passwordSpec(options: PasswordOptions): Record<string, unknown> {
  const length = options.length ?? 32;
  checkInteger('password.length', length, 16, 256);
  const digits = options.digits ?? Math.floor(length / 4);
  checkInteger('password.digits', digits, 0, length);
  const symbols = options.symbols ?? 0;
  checkInteger('password.symbols', symbols, 0, length);
  if (digits + symbols > length) {
    throw propError('password.symbols', symbols, `plus 'password.digits' (${digits}) must be <= 'password.length' (${length})`);
  }
  const symbolCharacters = options.symbolCharacters;
  if (symbolCharacters !== undefined && symbolCharacters.length === 0) {
    throw propError('password.symbolCharacters', symbolCharacters, 'must hold at least one character');
  }
  const noUpper = options.noUpper ?? false;
  const allowRepeat = options.allowRepeat ?? true;
  if (!allowRepeat) {
    const letters = length - digits - symbols;
    const available = noUpper ? 26 : 52;
    const symbolSet = new Set(symbolCharacters ?? DEFAULT_SYMBOLS).size;
    if (digits > 10) throw propError('password.digits', digits, 'must be <= 10 when \'password.allowRepeat\' is false (there are 10 digits)');
    if (symbols > symbolSet) throw propError('password.symbols', symbols, `must be <= ${symbolSet} when 'password.allowRepeat' is false (the symbol set has ${symbolSet})`);
    if (letters > available) {
      throw propError('password.length', length, `leaves ${letters} letters, more than the ${available} there are, when 'password.allowRepeat' is false: allow repeats, or ask for more digits or symbols`);
    }
  }
  return { length, digits, symbols, ...(symbolCharacters !== undefined ? { symbolCharacters } : {}), noUpper, allowRepeat };
}
