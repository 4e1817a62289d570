import { BlueprintError } from '../../lib/values/_errors';
import { SecretRef } from '../../lib/values/secret-ref';

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
