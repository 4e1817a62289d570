import { Construct } from 'constructs';
import { BlueprintTesting, EnvValue, Worker } from '../../lib';
import { ProvidedSecret } from '../../lib/blueprint/provided-secret';
import { WORKER, blueprint, containerOf, kindsAndNames, objectOf, standardLabels } from '../_helpers';

const BY = 'the platform team, with sealed-secrets: see RUNBOOK.md#api-token';

describe('default configuration', () => {
  test('a ConfigMap <name>-provided without data, whose annotations name the Secret, its keys and who provides it — never a value', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new ProvidedSecret(shop, 'api-token', { keys: ['token', 'ca.crt'], providedBy: BY });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(kindsAndNames(objects)).toEqual(['Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'ConfigMap/api-token-provided']);
    expect(objectOf(objects, 'ConfigMap', 'api-token-provided')).toEqual({
      apiVersion: 'v1',
      kind: 'ConfigMap',
      metadata: {
        name: 'api-token-provided',
        namespace: 'shop',
        labels: standardLabels('api-token', 'secret', 'production'),
        annotations: {
          'blueprints.cdk8s.io/provided-secret': 'api-token',
          'blueprints.cdk8s.io/provided-secret-keys': 'token, ca.crt',
          'blueprints.cdk8s.io/provided-by': BY,
        },
      },
    });
  });

  test('secret is a SecretRef to the declared Secret with its keys; a workload reading it passes the gate', () => {
    // GIVEN
    const shop = blueprint();
    const token = new ProvidedSecret(shop, 'api-token', { keys: ['token'], providedBy: BY });

    // WHEN
    new Worker(shop, 'w', { ...WORKER, env: { API_TOKEN: EnvValue.fromSecret(token.secret, 'token') } });

    // THEN
    expect([token.secret.name, token.secret.keys]).toEqual(['api-token', ['token']]);
    expect(containerOf(objectOf(BlueprintTesting.synth(shop), 'Deployment', 'w')).env)
      .toEqual([{ name: 'API_TOKEN', valueFrom: { secretKeyRef: { name: 'api-token', key: 'token' } } }]);
  });

  test('providedBy is kept trimmed, on the construct and in the annotation', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    const token = new ProvidedSecret(shop, 'api-token', { keys: ['token'], providedBy: `  ${BY}\n` });

    // THEN
    expect(token.providedBy).toEqual(BY);
    expect(objectOf(BlueprintTesting.synth(shop), 'ConfigMap', 'api-token-provided').metadata.annotations['blueprints.cdk8s.io/provided-by']).toEqual(BY);
  });

  test('the keys are copied: changing the caller\'s array afterwards changes nothing', () => {
    // GIVEN
    const keys = ['token'];
    const token = new ProvidedSecret(blueprint(), 'api-token', { keys, providedBy: BY });

    // WHEN
    keys.push('other');

    // THEN
    expect(token.secret.keys).toEqual(['token']);
  });
});

describe('errors', () => {
  const PREFIX = "ProvidedSecret 'shop-production/api-token': ";

  test('a reason shorter than 20 characters', () => {
    expect(() => new ProvidedSecret(blueprint(), 'api-token', { keys: ['token'], providedBy: 'sealed-secrets' }))
      .toFail(`${PREFIX}'providedBy' ('sealed-secrets') must say in at least 20 characters who or what creates Secret 'api-token' in the cluster (e.g. 'the platform team, with sealed-secrets: see RUNBOOK.md')`);
  });

  test('no keys', () => {
    expect(() => new ProvidedSecret(blueprint(), 'api-token', { keys: [], providedBy: BY }))
      .toFail(`${PREFIX}'keys' ([]) must list at least one key of Secret 'api-token'`);
  });

  test('a key Kubernetes does not accept', () => {
    expect(() => new ProvidedSecret(blueprint(), 'api-token', { keys: ['api token'], providedBy: BY }))
      .toFail(`${PREFIX}'keys' ('api token') must be a valid Secret key: letters, digits, '-', '_' and '.'`);
  });

  test('a repeated key', () => {
    expect(() => new ProvidedSecret(blueprint(), 'api-token', { keys: ['token', 'token'], providedBy: BY }))
      .toFail(`${PREFIX}'keys' (["token","token"]) must not repeat a key`);
  });

  test('a misspelt prop, with the prop it was meant to be', () => {
    expect(() => new ProvidedSecret(blueprint(), 'api-token', { keys: ['token'], provided: BY } as any))
      .toFail(`${PREFIX}'provided' ('${BY}') is not a prop of ProvidedSecretProps: did you mean 'providedBy'?`);
  });

  test('an id that is no DNS label', () => {
    expect(() => new ProvidedSecret(blueprint(), 'API_TOKEN', { keys: ['token'], providedBy: BY }))
      .toFail("ProvidedSecret 'shop-production/API_TOKEN': 'id' ('API_TOKEN') must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit");
  });

  test('two declarations of one Secret in different scopes collide', () => {
    // GIVEN
    const shop = blueprint();
    new ProvidedSecret(shop, 'api-token', { keys: ['token'], providedBy: BY });

    // THEN
    expect(() => new ProvidedSecret(new Construct(shop, 'group'), 'api-token', { keys: ['token'], providedBy: BY }))
      .toFail("Blueprint 'shop-production': ConfigMap name 'api-token-provided' is used by both 'shop-production/api-token' and 'shop-production/group/api-token'; give one of them another id");
  });

  test('a construct outside a Blueprint', () => {
    expect(() => new ProvidedSecret(BlueprintTesting.app(), 'api-token', { keys: ['token'], providedBy: BY }))
      .toFail("'api-token' must be created inside a Blueprint (new Blueprint(app, id, { environment }))");
  });
});

describe('defaultChild', () => {
  test('resource is the ConfigMap that carries the declaration', () => {
    // GIVEN
    const token = new ProvidedSecret(blueprint(), 'api-token', { keys: ['token'], providedBy: BY });

    // THEN
    expect([token.resource.kind, token.resource.name, token.resource.node.id]).toEqual(['ConfigMap', 'api-token-provided', 'Resource']);
  });
});
