import { Blueprint } from '../../lib/blueprint/blueprint';
import { Config } from '../../lib/blueprint/config';
import { SecretRef } from '../../lib/values/secret-ref';
import { BlueprintTesting } from '../../lib/app/testing';
import { EnvValue } from '../../lib/values/env-value';
import { Environment } from '../../lib/values/environment';

function config(): Config {
  const app = BlueprintTesting.app();
  const shop = new Blueprint(app, 'shop-development', { environment: Environment.development() });
  return new Config(shop, 'app-config', { data: { LOG_LEVEL: 'info', CACHE_TTL: 300 } });
}

describe('EnvValue.fromValue', () => {
  test('renders a literal value', () => {
    // GIVEN / WHEN
    const value = EnvValue.fromValue('info');

    // THEN
    expect(value.kube).toEqual({ value: 'info' });
    expect(value.source).toEqual({ kind: 'literal', value: 'info' });
  });

  test('keeps an empty literal', () => {
    // GIVEN / WHEN / THEN
    expect(EnvValue.fromValue('').kube).toEqual({ value: '' });
  });
});

describe('EnvValue.fromConfig', () => {
  test('renders a configMapKeyRef to the hash-named ConfigMap', () => {
    // GIVEN
    const cfg = config();

    // WHEN
    const value = EnvValue.fromConfig(cfg, 'LOG_LEVEL');

    // THEN
    expect(cfg.name).toMatch(/^app-config-[0-9a-f]{10}$/);
    expect(value.kube).toEqual({ valueFrom: { configMapKeyRef: { name: cfg.name, key: 'LOG_LEVEL' } } });
    expect(value.source).toEqual({ kind: 'config', config: cfg, key: 'LOG_LEVEL' });
  });

  test('rejects a key the Config does not have', () => {
    // GIVEN
    const cfg = config();

    // WHEN / THEN
    expect(() => EnvValue.fromConfig(cfg, 'LOGLEVEL'))
      .toThrow("'key' ('LOGLEVEL') is not a key of Config 'shop-development/app-config' (keys: LOG_LEVEL, CACHE_TTL)");
  });
});

describe('EnvValue.fromSecret', () => {
  const db = SecretRef.existing('user-db-credentials', ['username', 'password']);

  test('renders a secretKeyRef, never the value', () => {
    // GIVEN / WHEN
    const value = EnvValue.fromSecret(db, 'password');

    // THEN
    expect(value.kube).toEqual({ valueFrom: { secretKeyRef: { name: 'user-db-credentials', key: 'password' } } });
    expect(value.source).toEqual({ kind: 'secret', secret: db, key: 'password' });
  });

  test('rejects a key the SecretRef does not declare', () => {
    // GIVEN / WHEN / THEN
    expect(() => EnvValue.fromSecret(db, 'passwd'))
      .toThrow("'key' ('passwd') is not a declared key of Secret 'user-db-credentials' (declared: username, password)");
  });
});

describe('EnvValue.fromField', () => {
  test.each([
    'metadata.name',
    'metadata.namespace',
    'status.podIP',
    "metadata.labels['app.kubernetes.io/name']",
  ] as const)('renders a fieldRef for %s', (field) => {
    // GIVEN / WHEN
    const value = EnvValue.fromField(field);

    // THEN
    expect(value.kube).toEqual({ valueFrom: { fieldRef: { fieldPath: field } } });
    expect(value.source).toEqual({ kind: 'field', field });
  });
});

describe('EnvValue.fromResource', () => {
  test('renders a resourceFieldRef without a divisor by default', () => {
    // GIVEN / WHEN
    const value = EnvValue.fromResource('limits.memory');

    // THEN
    expect(value.kube).toEqual({ valueFrom: { resourceFieldRef: { resource: 'limits.memory' } } });
    expect(value.source).toEqual({ kind: 'resource', resource: 'limits.memory' });
  });

  test.each(['1', '1m', '1Ki', '1Mi', '1Gi'])('renders the divisor %s', (divisor) => {
    // GIVEN / WHEN
    const value = EnvValue.fromResource('requests.cpu', divisor);

    // THEN
    expect(value.kube).toEqual({ valueFrom: { resourceFieldRef: { resource: 'requests.cpu', divisor } } });
  });

  test.each(['', 'Mi', '1M', '1.5', '1 Mi', '-1', '1Ti'])('rejects the divisor %j with the exact message', (divisor) => {
    // GIVEN / WHEN / THEN
    expect(() => EnvValue.fromResource('limits.memory', divisor))
      .toThrow(`'divisor' ('${divisor}') must be a quantity such as '1', '1m' or '1Mi'`);
  });
});
