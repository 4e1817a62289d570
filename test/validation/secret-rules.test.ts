/**
 * The secret rules (lib/validation/secret-rules.ts): every Secret a pod reads — env, envFrom, secret and projected
 * volumes, imagePullSecrets — is created by the blueprint (an ExternalSecret, a Secret object) or declared as
 * provided, with the keys the pod reads.
 */
import { ruleContext } from '../../lib/validation/checks';
import { RenderedObject } from '../../lib/validation/gate';
import { externalSecretKeys, SECRET_RULES, secretUses } from '../../lib/validation/secret-rules';
import { cleanInput, contextOf, violationsOf } from './_clean-input';
import { runCases } from './_corpus-run';
import { SECRET_CASES } from './_corpus-secrets';

const [RULE] = SECRET_RULES;
const UNDECLARED = 'which no ExternalSecret of the blueprint creates and no ProvidedSecret declares';

/** A rendered object of blueprint `shop-production`, namespace `shop`. */
function rendered(path: string, json: any, blueprint = 'shop-production'): RenderedObject {
  return { path, blueprint, production: true, json: { ...json, metadata: { namespace: 'shop', ...json.metadata } } };
}

/** A Deployment 'api' whose pod spec is `spec` (one container 'api' unless `spec` has containers). */
function deployment(spec: any, blueprint = 'shop-production'): RenderedObject {
  return rendered(`${blueprint}/api/Deployment`, {
    apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api' },
    spec: { template: { metadata: { labels: { app: 'api' } }, spec: { containers: [{ name: 'api', image: 'api:1' }], ...spec } } },
  }, blueprint);
}

function externalSecret(name: string, spec: any, blueprint = 'shop-production'): RenderedObject {
  return rendered(`${blueprint}/${name}/Resource`, { apiVersion: 'external-secrets.io/v1beta1', kind: 'ExternalSecret', metadata: { name }, spec }, blueprint);
}

function provided(name: string, keys: string, by = 'the platform team, with sealed-secrets'): RenderedObject {
  return rendered(`shop-production/${name}/Resource`, {
    apiVersion: 'v1', kind: 'ConfigMap',
    metadata: {
      name: `${name}-provided`,
      annotations: { 'blueprints.cdk8s.io/provided-secret': name, 'blueprints.cdk8s.io/provided-secret-keys': keys, 'blueprints.cdk8s.io/provided-by': by },
    },
  });
}

/** What the rule reports on these objects, as `path: message`. */
function check(...objects: RenderedObject[]): string[] {
  return RULE.check(ruleContext({ objects, artifacts: [] })).map((v) => `${v.path}: ${v.message}`);
}

const ENV = (name: string, secret: string, key: string, extra: object = {}) => ({ name, valueFrom: { secretKeyRef: { name: secret, key, ...extra } } });

describe('SECRET_RULES', () => {
  test('are these rules, in this order, every one of category semantic', () => {
    expect(SECRET_RULES.map((r) => r.id)).toEqual(['secret-refs']);
    expect([...new Set(SECRET_RULES.map((r) => r.category))]).toEqual(['semantic']);
  });

  test('report nothing on what the library renders by default', () => {
    // GIVEN
    const ctx = contextOf(cleanInput());

    // THEN
    expect(violationsOf(SECRET_RULES, ctx)).toEqual(SECRET_RULES.map((r) => [r.id, []]));
  });
});

describe('secret-refs: every kind of reference', () => {
  test('env secretKeyRef: the Secret, its keys and the variables of each container', () => {
    // GIVEN
    const pod = deployment({
      initContainers: [{ name: 'migrate', image: 'api:1', env: [ENV('DB_PASSWORD', 'db', 'password')] }],
      containers: [{ name: 'api', image: 'api:1', env: [ENV('DB_USER', 'db', 'username'), ENV('DB_PASSWORD', 'db', 'password'), { name: 'MODE', value: 'fast' }] }],
    });

    // THEN
    expect(check(pod)).toEqual([
      `shop-production/api/Deployment: Deployment 'api' reads Secret 'db', keys 'password', 'username' (env DB_PASSWORD of container 'migrate', env DB_USER, DB_PASSWORD of container 'api'), ${UNDECLARED}`,
    ]);
  });

  test('envFrom secretRef: the whole Secret', () => {
    expect(check(deployment({ containers: [{ name: 'api', image: 'api:1', envFrom: [{ secretRef: { name: 'api-env' } }, { configMapRef: { name: 'settings' } }] }] }))).toEqual([
      `shop-production/api/Deployment: Deployment 'api' reads Secret 'api-env' (envFrom of container 'api'), ${UNDECLARED}`,
    ]);
  });

  test('secret volume: as strictly as env, with the keys of its items', () => {
    expect(check(deployment({
      volumes: [
        { name: 'tls', secret: { secretName: 'api-tls', items: [{ key: 'tls.crt', path: 'tls.crt' }, { key: 'tls.key', path: 'tls.key' }] } },
        { name: 'all', secret: { secretName: 'api-files' } },
      ],
    }))).toEqual([
      `shop-production/api/Deployment: Deployment 'api' reads Secret 'api-tls', keys 'tls.crt', 'tls.key' (volume tls), ${UNDECLARED}`,
      `shop-production/api/Deployment: Deployment 'api' reads Secret 'api-files' (volume all), ${UNDECLARED}`,
    ]);
  });

  test('projected volume: each secret source', () => {
    expect(check(deployment({
      volumes: [{ name: 'creds', projected: { sources: [{ secret: { name: 'db', items: [{ key: 'password', path: 'db-password' }] } }, { configMap: { name: 'settings' } }, { secret: { name: 'api-token' } }] } }],
    }))).toEqual([
      `shop-production/api/Deployment: Deployment 'api' reads Secret 'db', key 'password' (projected volume creds), ${UNDECLARED}`,
      `shop-production/api/Deployment: Deployment 'api' reads Secret 'api-token' (projected volume creds), ${UNDECLARED}`,
    ]);
  });

  test('imagePullSecrets', () => {
    expect(check(deployment({ imagePullSecrets: [{ name: 'registry-credentials' }] }))).toEqual([
      `shop-production/api/Deployment: Deployment 'api' reads Secret 'registry-credentials' (imagePullSecrets), ${UNDECLARED}`,
    ]);
  });

  test('one finding per Secret and pod, listing every place it is read', () => {
    expect(check(deployment({
      containers: [{ name: 'api', image: 'api:1', env: [ENV('TOKEN', 'api-token', 'token')], envFrom: [{ secretRef: { name: 'api-token' } }] }],
      volumes: [{ name: 'token', secret: { secretName: 'api-token', items: [{ key: 'token', path: 'token' }] } }],
    }))).toEqual([
      `shop-production/api/Deployment: Deployment 'api' reads Secret 'api-token', key 'token' (env TOKEN of container 'api', envFrom of container 'api', volume token), ${UNDECLARED}`,
    ]);
  });

  test('CronJob and StatefulSet pods too', () => {
    // GIVEN
    const cron = rendered('shop-production/report/CronJob', {
      apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'report' },
      spec: { schedule: '@daily', jobTemplate: { spec: { template: { spec: { containers: [{ name: 'report', image: 'r:1', env: [ENV('TOKEN', 'api-token', 'token')] }] } } } } },
    });
    const sts = rendered('shop-production/db/StatefulSet', {
      apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'db' },
      spec: { template: { spec: { containers: [{ name: 'db', image: 'postgres:15', env: [ENV('POSTGRES_PASSWORD', 'db', 'password')] }] } } },
    });

    // THEN
    expect(check(cron, sts)).toEqual([
      `shop-production/report/CronJob: CronJob 'report' reads Secret 'api-token', key 'token' (env TOKEN of container 'report'), ${UNDECLARED}`,
      `shop-production/db/StatefulSet: StatefulSet 'db' reads Secret 'db', key 'password' (env POSTGRES_PASSWORD of container 'db'), ${UNDECLARED}`,
    ]);
  });

  test('optional references are left out: the kubelet starts the pod without them', () => {
    expect(check(deployment({
      containers: [{ name: 'api', image: 'api:1', env: [ENV('TOKEN', 'api-token', 'token', { optional: true })], envFrom: [{ secretRef: { name: 'api-env', optional: true } }] }],
      volumes: [
        { name: 'tls', secret: { secretName: 'api-tls', optional: true } },
        { name: 'creds', projected: { sources: [{ secret: { name: 'db', optional: true } }] } },
      ],
    }))).toEqual([]);
  });
});

describe('secret-refs: what provisions or declares a Secret', () => {
  const POD = deployment({ containers: [{ name: 'api', image: 'api:1', env: [ENV('DB_USER', 'db', 'username'), ENV('DB_PASSWORD', 'db', 'password')] }] });

  test('an ExternalSecret of the blueprint creating the keys, by target.name or else by its own name', () => {
    expect(check(POD, externalSecret('db-es', { target: { name: 'db' }, data: [{ secretKey: 'username', remoteRef: { key: 'k' } }, { secretKey: 'password', remoteRef: { key: 'k' } }] }))).toEqual([]);
    expect(check(POD, externalSecret('db', { data: [{ secretKey: 'username', remoteRef: { key: 'k' } }, { secretKey: 'password', remoteRef: { key: 'k' } }] }))).toEqual([]);
  });

  test('an ExternalSecret that does not create a key the pod reads', () => {
    expect(check(POD, externalSecret('db', { data: [{ secretKey: 'username', remoteRef: { key: 'k' } }] }))).toEqual([
      "shop-production/api/Deployment: Deployment 'api' reads key 'password' of Secret 'db' (env DB_PASSWORD of container 'api'), but ExternalSecret 'db' creates only 'username'",
    ]);
  });

  test('an ExternalSecret that only merges into a Secret, or writes none, creates nothing', () => {
    const data = [{ secretKey: 'username', remoteRef: { key: 'k' } }, { secretKey: 'password', remoteRef: { key: 'k' } }];
    for (const creationPolicy of ['Merge', 'None']) {
      expect(check(POD, externalSecret('db', { target: { creationPolicy }, data }))).toEqual([
        `shop-production/api/Deployment: Deployment 'api' reads Secret 'db', keys 'username', 'password' (env DB_USER, DB_PASSWORD of container 'api'), ${UNDECLARED}`,
      ]);
    }
    expect(check(POD, externalSecret('db', { target: { creationPolicy: 'Orphan' }, data }))).toEqual([]);
  });

  test('a declaration as provided, with the keys it lists', () => {
    expect(check(POD, provided('db', 'username, password'))).toEqual([]);
    expect(check(POD, provided('db', 'username'))).toEqual([
      "shop-production/api/Deployment: Deployment 'api' reads key 'password' of Secret 'db' (env DB_PASSWORD of container 'api'), but its declaration as provided (ConfigMap 'db-provided') lists only 'username'",
    ]);
  });

  test('a declaration without a reason declares nothing', () => {
    expect(check(POD, provided('db', 'username, password', '  '))).toEqual([
      `shop-production/api/Deployment: Deployment 'api' reads Secret 'db', keys 'username', 'password' (env DB_USER, DB_PASSWORD of container 'api'), ${UNDECLARED}`,
    ]);
  });

  test('a Secret object of the blueprint (with its keys when it has data)', () => {
    expect(check(POD, rendered('shop-production/db', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, type: 'Opaque' }))).toEqual([]);
    expect(check(POD, rendered('shop-production/db', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db' }, stringData: { username: 'app' } }))).toEqual([
      "shop-production/api/Deployment: Deployment 'api' reads key 'password' of Secret 'db' (env DB_PASSWORD of container 'api'), but Secret 'db' holds only 'username'",
    ]);
  });

  test('what another blueprint or another namespace provisions does not count', () => {
    // GIVEN
    const elsewhere = externalSecret('db', { data: [{ secretKey: 'username', remoteRef: { key: 'k' } }, { secretKey: 'password', remoteRef: { key: 'k' } }] }, 'shop-staging');
    const otherNamespace = rendered('shop-production/db', { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'billing' } });

    // THEN
    expect(check(POD, elsewhere, otherNamespace)).toEqual([
      `shop-production/api/Deployment: Deployment 'api' reads Secret 'db', keys 'username', 'password' (env DB_USER, DB_PASSWORD of container 'api'), ${UNDECLARED}`,
    ]);
  });

  test('a mounted Secret is checked against the keys as strictly as env', () => {
    // GIVEN
    const pod = deployment({ volumes: [{ name: 'age', secret: { secretName: 'backup-age', items: [{ key: 'identity', path: 'identity' }] } }] });

    // THEN
    expect(check(pod, provided('backup-age', 'recipients'))).toEqual([
      "shop-production/api/Deployment: Deployment 'api' reads key 'identity' of Secret 'backup-age' (volume age), but its declaration as provided (ConfigMap 'backup-age-provided') lists only 'recipients'",
    ]);
    expect(check(pod, provided('backup-age', 'recipients, identity'))).toEqual([]);
  });
});

describe('secretUses', () => {
  test('lists every reference in order: env and envFrom of each container (init first), volumes, pull secrets', () => {
    // GIVEN
    const [site] = ruleContext({
      objects: [deployment({
        initContainers: [{ name: 'init', image: 'i:1', envFrom: [{ secretRef: { name: 'a' } }] }],
        containers: [{ name: 'api', image: 'api:1', env: [ENV('B', 'b', 'k')] }],
        volumes: [{ name: 'c', secret: { secretName: 'c' } }, { name: 'd', projected: { sources: [{ secret: { name: 'd', items: [{ key: 'x', path: 'x' }] } }] } }],
        imagePullSecrets: [{ name: 'e' }],
      })],
      artifacts: [],
    }).pods;

    // THEN
    expect(secretUses(site)).toEqual([
      { name: 'a', where: "envFrom of container 'init'" },
      { name: 'b', key: 'k', where: "container 'api'", env: 'B' },
      { name: 'c', where: 'volume c' },
      { name: 'd', key: 'x', where: 'projected volume d' },
      { name: 'e', where: 'imagePullSecrets' },
    ]);
  });
});

describe('externalSecretKeys', () => {
  const data = [{ secretKey: 'username', remoteRef: { key: 'k' } }];
  const generator = { sourceRef: { generatorRef: { apiVersion: 'generators.external-secrets.io/v1alpha1', kind: 'Password', name: 'p' } } };

  test.each([
    ['data', { data }, ['username']],
    ['a Password generator: its key password', { data, dataFrom: [generator] }, ['username', 'password']],
    ['a generator whose keys are rewritten: unknown', { dataFrom: [{ ...generator, rewrite: [{ regexp: { source: 'p', target: 'q' } }] }] }, undefined],
    ['extract or find: unknown', { data, dataFrom: [{ extract: { key: 'k' } }] }, undefined],
    ['template data: its keys replace the fetched ones', { dataFrom: [generator], target: { template: { data: { user: 'app', pass: '{{ .password }}' } } } }, ['user', 'pass']],
    ['template data merged', { data, target: { template: { mergePolicy: 'Merge', data: { url: 'x' } } } }, ['username', 'url']],
    ['a template without data keeps the fetched keys', { data, target: { template: { type: 'Opaque' } } }, ['username']],
    ['templateFrom: unknown', { data, target: { template: { templateFrom: [{ configMap: { name: 't', items: [{ key: 'a' }] } }] } } }, undefined],
  ])('%s', (_what, spec, keys) => {
    expect(externalSecretKeys(spec)).toEqual(keys);
  });
});

runCases(SECRET_CASES);
