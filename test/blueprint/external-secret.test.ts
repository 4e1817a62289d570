import { Construct } from 'constructs';
import { BlueprintTesting, Duration, EnvValue, ExternalSecret, Worker } from '../../lib';
import { WORKER, blueprint, containerOf, kindsAndNames, objectOf, standardLabels } from '../_helpers';

const DATA = { username: { key: 'prod/user-db', property: 'username' }, password: { key: 'prod/user-db', property: 'password' } };

describe('default configuration', () => {
  test('an ExternalSecret naming the store and, per key, the remote reference — never a value', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new ExternalSecret(shop, 'user-db-credentials', { store: 'vault', data: DATA });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(kindsAndNames(objects)).toEqual(['Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'ExternalSecret/user-db-credentials']);
    expect(objectOf(objects, 'ExternalSecret', 'user-db-credentials')).toEqual({
      apiVersion: 'external-secrets.io/v1beta1',
      kind: 'ExternalSecret',
      metadata: { name: 'user-db-credentials', namespace: 'shop', labels: standardLabels('user-db-credentials', 'secret', 'production') },
      spec: {
        secretStoreRef: { name: 'vault', kind: 'SecretStore' },
        refreshInterval: '1h0m0s',
        target: { name: 'user-db-credentials', creationPolicy: 'Owner' },
        data: [
          { secretKey: 'username', remoteRef: { key: 'prod/user-db', property: 'username' } },
          { secretKey: 'password', remoteRef: { key: 'prod/user-db', property: 'password' } },
        ],
      },
    });
  });

  test('storeKind, refreshInterval and a version of the remote value', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new ExternalSecret(shop, 'api-token', {
      store: 'aws-secrets', storeKind: 'ClusterSecretStore', refreshInterval: Duration.minutes(15),
      data: { token: { key: 'prod/api-token', version: 'AWSCURRENT' } },
    });

    // THEN
    const spec = objectOf(BlueprintTesting.synth(shop), 'ExternalSecret', 'api-token').spec;
    expect(spec.secretStoreRef).toEqual({ name: 'aws-secrets', kind: 'ClusterSecretStore' });
    expect(spec.refreshInterval).toEqual('15m0s');
    expect(spec.data).toEqual([{ secretKey: 'token', remoteRef: { key: 'prod/api-token', version: 'AWSCURRENT' } }]);
  });

  test('secret is a SecretRef to the Secret the operator creates, with the declared keys', () => {
    // GIVEN
    const shop = blueprint();
    const creds = new ExternalSecret(shop, 'user-db-credentials', { store: 'vault', data: DATA });

    // WHEN
    new Worker(shop, 'w', { ...WORKER, env: { DB_PASSWORD: EnvValue.fromSecret(creds.secret, 'password') } });

    // THEN
    expect(creds.secret.name).toEqual('user-db-credentials');
    expect(containerOf(objectOf(BlueprintTesting.synth(shop), 'Deployment', 'w')).env)
      .toEqual([{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'user-db-credentials', key: 'password' } } }]);
  });
});

describe('errors', () => {
  const PREFIX = "ExternalSecret 'shop-production/creds': ";

  test('a store that is no object name', () => {
    expect(() => new ExternalSecret(blueprint(), 'creds', { store: 'Vault Store', data: DATA }))
      .toFail(`${PREFIX}'store' ('Vault Store') must be a DNS-1123 subdomain: at most 253 characters, lowercase letters, digits, '-' and '.', starting and ending with a letter or digit`);
  });

  test('no keys', () => {
    expect(() => new ExternalSecret(blueprint(), 'creds', { store: 'vault', data: {} }))
      .toFail(`${PREFIX}'data' ({}) must name at least one key`);
  });

  test('a key without its key in the external store', () => {
    expect(() => new ExternalSecret(blueprint(), 'creds', { store: 'vault', data: { password: { key: '' } } }))
      .toFail(`${PREFIX}'data['password'].key' ('') must name the key in the external store`);
  });

  test('a refreshInterval that is no whole number of seconds', () => {
    expect(() => new ExternalSecret(blueprint(), 'creds', { store: 'vault', data: DATA, refreshInterval: Duration.millis(1500) }))
      .toFail(`${PREFIX}'refreshInterval' ('1500ms') must be a whole number of seconds`);
  });

  test('two ExternalSecrets of one id in different scopes collide', () => {
    // GIVEN
    const shop = blueprint();
    new ExternalSecret(shop, 'creds', { store: 'vault', data: DATA });

    // THEN
    expect(() => new ExternalSecret(new Construct(shop, 'group'), 'creds', { store: 'vault', data: DATA }))
      .toFail("Blueprint 'shop-production': ExternalSecret name 'creds' is used by both 'shop-production/creds' and 'shop-production/group/creds'; give one of them another id");
  });

  test('a construct outside a Blueprint', () => {
    expect(() => new ExternalSecret(BlueprintTesting.app(), 'creds', { store: 'vault', data: DATA }))
      .toFail("'creds' must be created inside a Blueprint (new Blueprint(app, id, { environment }))");
  });
});

describe('defaultChild', () => {
  test('resource is the ExternalSecret named after the construct', () => {
    // GIVEN
    const creds = new ExternalSecret(blueprint(), 'creds', { store: 'vault', data: DATA });

    // THEN
    expect([creds.resource.kind, creds.resource.name, creds.resource.node.id]).toEqual(['ExternalSecret', 'creds', 'Resource']);
  });
});
