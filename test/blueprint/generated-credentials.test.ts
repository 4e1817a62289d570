import { Construct } from 'constructs';
import { BlueprintTesting, Environment, EnvValue, Postgres, Redis, Worker } from '../../lib';
import { GeneratedCredentials } from '../../lib/blueprint/generated-credentials';
import { validateSchema } from '../../lib/k8s/schema';
import { WORKER, blueprint, containerOf, kindsAndNames, objectOf, standardLabels } from '../_helpers';

const GENERATOR_REF = { apiVersion: 'generators.external-secrets.io/v1alpha1', kind: 'Password', name: 'db-credentials' };

describe('default configuration', () => {
  test('a Password generator and an ExternalSecret that writes its password and the user name — never a value', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new GeneratedCredentials(shop, 'db-credentials', { username: 'user_service' });

    // THEN
    const objects = BlueprintTesting.synth(shop);
    const labels = standardLabels('db-credentials', 'secret', 'production');
    expect(kindsAndNames(objects)).toEqual(['Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'Password/db-credentials', 'ExternalSecret/db-credentials']);
    expect(objectOf(objects, 'Password', 'db-credentials')).toEqual({
      apiVersion: 'generators.external-secrets.io/v1alpha1',
      kind: 'Password',
      metadata: { name: 'db-credentials', namespace: 'shop', labels },
      spec: { length: 32, digits: 8, symbols: 0, noUpper: false, allowRepeat: true },
    });
    expect(objectOf(objects, 'ExternalSecret', 'db-credentials')).toEqual({
      apiVersion: 'external-secrets.io/v1beta1',
      kind: 'ExternalSecret',
      metadata: { name: 'db-credentials', namespace: 'shop', labels },
      spec: {
        refreshInterval: '0s',
        target: {
          name: 'db-credentials', creationPolicy: 'Orphan', immutable: true,
          template: { engineVersion: 'v2', data: { username: 'user_service', password: '{{ .password }}' } },
        },
        dataFrom: [{ sourceRef: { generatorRef: GENERATOR_REF } }],
      },
    });
  });

  test('both objects pass the bundled CRD schemas', () => {
    // GIVEN
    const shop = blueprint();
    new GeneratedCredentials(shop, 'db-credentials', { username: 'user_service', password: { symbols: 4, symbolCharacters: '-_.' } });

    // THEN
    const objects = BlueprintTesting.synth(shop).filter((o) => !['Namespace', 'PriorityClass'].includes(o.kind));
    expect(objects.map((o) => validateSchema(o))).toEqual([[], []]);
  });

  test('without a username the Secret holds only the generated password, straight from the generator', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    const cache = new GeneratedCredentials(shop, 'cache-auth');

    // THEN
    expect(cache.secret.keys).toEqual(['password']);
    expect(objectOf(BlueprintTesting.synth(shop), 'ExternalSecret', 'cache-auth').spec).toEqual({
      refreshInterval: '0s',
      target: { name: 'cache-auth', creationPolicy: 'Orphan', immutable: true },
      dataFrom: [{ sourceRef: { generatorRef: { ...GENERATOR_REF, name: 'cache-auth' } } }],
    });
  });

  test('every password option is written to the generator', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN: 36 characters without repeats: 10 digits (all there are), 6 symbols (the whole set), 20 lowercase letters
    new GeneratedCredentials(shop, 'db-credentials', {
      password: { length: 36, digits: 10, symbols: 6, symbolCharacters: '-_.~+=', noUpper: true, allowRepeat: false },
    });

    // THEN
    expect(objectOf(BlueprintTesting.synth(shop), 'Password', 'db-credentials').spec)
      .toEqual({ length: 36, digits: 10, symbols: 6, symbolCharacters: '-_.~+=', noUpper: true, allowRepeat: false });
  });

  test('digits default to a quarter of the length, rounded down, as the generator\'s own default', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new GeneratedCredentials(shop, 'db-credentials', { password: { length: 50 } });

    // THEN
    expect(objectOf(BlueprintTesting.synth(shop), 'Password', 'db-credentials').spec).toEqual({ length: 50, digits: 12, symbols: 0, noUpper: false, allowRepeat: true });
  });

  test('secret is a SecretRef to the Secret the operator creates, with username and password', () => {
    // GIVEN
    const shop = blueprint();
    const creds = new GeneratedCredentials(shop, 'db-credentials', { username: 'user_service' });

    // WHEN
    new Worker(shop, 'w', { ...WORKER, env: { DB_PASSWORD: EnvValue.fromSecret(creds.secret, 'password') } });

    // THEN
    expect([creds.secret.name, creds.secret.keys]).toEqual(['db-credentials', ['username', 'password']]);
    expect(containerOf(objectOf(BlueprintTesting.synth(shop), 'Deployment', 'w')).env)
      .toEqual([{ name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: 'db-credentials', key: 'password' } } }]);
  });

  test('Postgres and Redis take them as credentials and pass the gate', () => {
    // GIVEN
    const shop = blueprint(Environment.development());

    // WHEN
    new Postgres(shop, 'db', { credentials: new GeneratedCredentials(shop, 'db-credentials', { username: 'app' }).secret, database: 'app' });
    new Redis(shop, 'cache', { credentials: new GeneratedCredentials(shop, 'cache-auth').secret });

    // THEN
    expect(() => BlueprintTesting.synth(shop)).not.toThrow();
  });
});

describe('errors', () => {
  const PREFIX = "GeneratedCredentials 'shop-production/db-credentials': ";
  const make = (props: object) => () => new GeneratedCredentials(blueprint(), 'db-credentials', props);

  test('a username that is no role name', () => {
    expect(make({ username: 'user service' }))
      .toFail(`${PREFIX}'username' ('user service') must be 1 to 63 letters, digits, '_', '.' and '-', starting with a letter or '_'`);
    expect(make({ username: '{{ .password }}' }))
      .toFail(`${PREFIX}'username' ('{{ .password }}') must be 1 to 63 letters, digits, '_', '.' and '-', starting with a letter or '_'`);
  });

  test.each([
    [{ length: 8 }, "'password.length' (8) must be >= 16"],
    [{ length: 300 }, "'password.length' (300) must be <= 256"],
    [{ length: 20.5 }, "'password.length' (20.5) must be a whole number"],
    [{ digits: -1 }, "'password.digits' (-1) must be >= 0"],
    [{ length: 16, digits: 17 }, "'password.digits' (17) must be <= 16"],
    [{ length: 16, digits: 10, symbols: 10 }, "'password.symbols' (10) plus 'password.digits' (10) must be <= 'password.length' (16)"],
    [{ symbols: 2, symbolCharacters: '' }, "'password.symbolCharacters' ('') must hold at least one character"],
    [{ length: 64, digits: 11, allowRepeat: false }, "'password.digits' (11) must be <= 10 when 'password.allowRepeat' is false (there are 10 digits)"],
    [{ symbols: 4, symbolCharacters: '-_', allowRepeat: false }, "'password.symbols' (4) must be <= 2 when 'password.allowRepeat' is false (the symbol set has 2)"],
    [{ length: 40, digits: 8, noUpper: true, allowRepeat: false }, "'password.length' (40) leaves 32 letters, more than the 26 there are, when 'password.allowRepeat' is false: allow repeats, or ask for more digits or symbols"],
  ])('password %j', (password, message) => {
    expect(make({ password })).toFail(`${PREFIX}${message}`);
  });

  test('a misspelt password option, with the option it was meant to be', () => {
    expect(make({ password: { lenght: 40 } }))
      .toFail(`${PREFIX}'password.lenght' (40) is not a prop of PasswordOptions: did you mean 'password.length'?`);
  });

  test('a GeneratedCredentials and an ExternalSecret of one name collide', () => {
    // GIVEN
    const shop = blueprint();
    new GeneratedCredentials(shop, 'db-credentials');

    // THEN
    expect(() => new GeneratedCredentials(new Construct(shop, 'group'), 'db-credentials'))
      .toFail("Blueprint 'shop-production': Password name 'db-credentials' is used by both 'shop-production/db-credentials' and 'shop-production/group/db-credentials'; give one of them another id");
  });

  test('a construct outside a Blueprint', () => {
    expect(() => new GeneratedCredentials(BlueprintTesting.app(), 'db-credentials'))
      .toFail("'db-credentials' must be created inside a Blueprint (new Blueprint(app, id, { environment }))");
  });
});

describe('defaultChild', () => {
  test('resource is the ExternalSecret, generator the Password generator', () => {
    // GIVEN
    const creds = new GeneratedCredentials(blueprint(), 'db-credentials');

    // THEN
    expect([creds.resource.kind, creds.resource.name, creds.resource.node.id]).toEqual(['ExternalSecret', 'db-credentials', 'Resource']);
    expect([creds.generator.kind, creds.generator.name, creds.generator.node.id]).toEqual(['Password', 'db-credentials', 'Generator']);
  });
});
