import { BlueprintError } from '../../lib/values/_errors';
import {
  checkProvidedBy, checkSecretKeys, PROVIDED_BY_ANNOTATION, PROVIDED_SECRET_ANNOTATION, PROVIDED_SECRET_KEYS_ANNOTATION, SecretRef,
} from '../../lib/values/secret-ref';

const SUBDOMAIN_RULE = "must be a DNS-1123 subdomain: at most 253 characters, lowercase letters, digits, '-' and '.', starting and ending with a letter or digit";
const KEY_RULE = "must be a valid Secret key: letters, digits, '-', '_' and '.'";

describe('SecretRef.existing', () => {
  test('keeps the name and the declared keys', () => {
    // GIVEN / WHEN
    const secret = SecretRef.existing('user-db-credentials', ['username', 'password']);

    // THEN
    expect(secret.name).toEqual('user-db-credentials');
    expect(secret.keys).toEqual(['username', 'password']);
  });

  test('accepts every character Kubernetes allows in a Secret key', () => {
    // GIVEN / WHEN
    const secret = SecretRef.existing('tls.example.com', ['tls.crt', 'ca_bundle', 'API-KEY', '.hidden', 'k'.repeat(253)]);

    // THEN
    expect(secret.keys).toHaveLength(5);
  });

  test('copies the keys: changing the caller\'s array afterwards changes nothing', () => {
    // GIVEN
    const keys = ['password'];
    const secret = SecretRef.existing('db', keys);

    // WHEN
    keys.push('token');

    // THEN
    expect(secret.keys).toEqual(['password']);
    expect(() => secret.checkKey('token')).toThrow("'key' ('token') is not a declared key of Secret 'db' (declared: password)");
  });

  test.each(['', 'User-DB', 'db_credentials', '-db', 'db.'])('rejects the name %j with the exact message', (name) => {
    // GIVEN / WHEN / THEN
    expect(() => SecretRef.existing(name, ['password'])).toThrow(`'secret.name' ('${name}') ${SUBDOMAIN_RULE}`);
  });

  test('rejects an empty key list', () => {
    // GIVEN / WHEN / THEN
    expect(() => SecretRef.existing('db', [])).toThrow("'secret.keys' ([]) must list at least one key of Secret 'db'");
  });

  test.each([
    ['empty', ''],
    ['with a space', 'pass word'],
    ['with a slash', 'pass/word'],
    ['non-ASCII', 'pässword'],
    ['254 characters long', 'k'.repeat(254)],
  ])('rejects a key that is %s with the exact message', (_what, key) => {
    // GIVEN / WHEN / THEN
    expect(() => SecretRef.existing('db', ['username', key])).toThrow(`'secret.keys' ('${key}') ${KEY_RULE}`);
  });

  test('rejects a repeated key', () => {
    // GIVEN / WHEN / THEN
    expect(() => SecretRef.existing('db', ['username', 'password', 'username']))
      .toThrow("'secret.keys' ([\"username\",\"password\",\"username\"]) must not repeat a key");
  });

  test('errors are BlueprintErrors', () => {
    // GIVEN / WHEN / THEN
    expect(() => SecretRef.existing('db', [])).toThrow(BlueprintError);
  });

  // BUG: lib/secret-ref.ts:18 accepts '.', '..' and keys starting with '..', which the API server rejects (IsConfigMapKey).
  it.each(['.', '..', '..data'])('rejects the key %j that Kubernetes forbids', (key) => {
    // GIVEN / WHEN / THEN
    expect(() => SecretRef.existing('db', [key])).toThrow(`'secret.keys' ('${key}') ${KEY_RULE}`);
  });
});

describe('SecretRef.checkKey', () => {
  const secret = SecretRef.existing('user-db-credentials', ['username', 'password']);

  test('accepts a declared key', () => {
    // GIVEN / WHEN / THEN
    expect(() => secret.checkKey('password')).not.toThrow();
  });

  test('rejects an undeclared key, listing the declared ones', () => {
    // GIVEN / WHEN / THEN
    expect(() => secret.checkKey('pasword'))
      .toThrow("'key' ('pasword') is not a declared key of Secret 'user-db-credentials' (declared: username, password)");
  });

  test('is case-sensitive', () => {
    // GIVEN / WHEN / THEN
    expect(() => secret.checkKey('Password'))
      .toThrow("'key' ('Password') is not a declared key of Secret 'user-db-credentials' (declared: username, password)");
  });
});

describe('checkSecretKeys', () => {
  test('accepts distinct valid keys and names the prop it is given in its messages', () => {
    // GIVEN / WHEN / THEN
    expect(() => checkSecretKeys('keys', 'api-token', ['token', 'ca.crt'])).not.toThrow();
    expect(() => checkSecretKeys('keys', 'api-token', [])).toThrow("'keys' ([]) must list at least one key of Secret 'api-token'");
    expect(() => checkSecretKeys('keys', 'api-token', ['to ken'])).toThrow(`'keys' ('to ken') ${KEY_RULE}`);
    expect(() => checkSecretKeys('keys', 'api-token', ['token', 'token'])).toThrow("'keys' ([\"token\",\"token\"]) must not repeat a key");
  });
});

describe('checkProvidedBy', () => {
  test('returns the reason trimmed', () => {
    // GIVEN / WHEN / THEN
    expect(checkProvidedBy('providedBy', 'api-token', '  the platform team\'s sealed-secrets, see RUNBOOK.md \n')).toEqual('the platform team\'s sealed-secrets, see RUNBOOK.md');
  });

  test.each(['', 'sealed-secrets', '   platform team          '])('rejects %j: fewer than 20 characters once trimmed', (reason) => {
    // GIVEN / WHEN / THEN
    expect(() => checkProvidedBy('providedBy', 'api-token', reason))
      .toThrow(`'providedBy' (${JSON.stringify(reason).replace(/^"|"$/g, "'")}) must say in at least 20 characters who or what creates Secret 'api-token' in the cluster (e.g. 'the platform team, with sealed-secrets: see RUNBOOK.md')`);
  });

  test('accepts exactly 20 characters', () => {
    // GIVEN / WHEN / THEN
    expect(checkProvidedBy('providedBy', 'api-token', 'x'.repeat(20))).toEqual('x'.repeat(20));
  });
});

describe('the annotations of a Secret declared as provided', () => {
  test('are the ones the gate reads', () => {
    expect([PROVIDED_SECRET_ANNOTATION, PROVIDED_SECRET_KEYS_ANNOTATION, PROVIDED_BY_ANNOTATION])
      .toEqual(['blueprints.cdk8s.io/provided-secret', 'blueprints.cdk8s.io/provided-secret-keys', 'blueprints.cdk8s.io/provided-by']);
  });
});
