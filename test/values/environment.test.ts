import { BlueprintError } from '../../lib/values/_errors';
import { Environment } from '../../lib/values/environment';
import { ImagePolicy } from '../../lib/values/image-ref';
import { PriorityClasses } from '../../lib/values/priority-classes';
import { ResourceProfile } from '../../lib/values/resource-profile';

const DNS_LABEL_RULE = "must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit";

/** The fields an environment decides, for one toEqual. */
function fields(env: Environment) {
  return {
    name: env.name,
    replicas: env.replicas,
    resources: env.resources.toKube(),
    autoscaling: env.autoscaling,
    disruptionBudgets: env.disruptionBudgets,
    topologySpread: env.topologySpread,
    imagePolicy: env.imagePolicy,
    isProduction: env.isProduction,
    priorityClasses: env.priorityClasses.kind,
  };
}

describe('presets', () => {
  test('development: one replica, small, no HPA/PDB/spreading, any image', () => {
    // GIVEN / WHEN
    const env = Environment.development();

    // THEN
    expect(fields(env)).toEqual({
      name: 'development',
      replicas: 1,
      resources: ResourceProfile.small().toKube(),
      autoscaling: false,
      disruptionBudgets: false,
      topologySpread: false,
      imagePolicy: ImagePolicy.ANY,
      isProduction: false,
      priorityClasses: 'per-namespace',
    });
    expect(env.resources.name).toEqual('small');
  });

  test('staging: two replicas, small, HPA/PDB/spreading, no mutable tags, not production', () => {
    // GIVEN / WHEN
    const env = Environment.staging();

    // THEN
    expect(fields(env)).toEqual({
      name: 'staging',
      replicas: 2,
      resources: ResourceProfile.small().toKube(),
      autoscaling: true,
      disruptionBudgets: true,
      topologySpread: true,
      imagePolicy: ImagePolicy.NO_MUTABLE_TAG,
      isProduction: false,
      priorityClasses: 'per-namespace',
    });
    expect(env.resources.name).toEqual('small');
  });

  test('production: three replicas, medium, HPA/PDB/spreading, no mutable tags, production rules', () => {
    // GIVEN / WHEN
    const env = Environment.production();

    // THEN
    expect(fields(env)).toEqual({
      name: 'production',
      replicas: 3,
      resources: {
        requests: { 'cpu': '500m', 'memory': '512Mi', 'ephemeral-storage': '64Mi' },
        limits: { 'cpu': '1', 'memory': '1Gi', 'ephemeral-storage': '1Gi' },
      },
      autoscaling: true,
      disruptionBudgets: true,
      topologySpread: true,
      imagePolicy: ImagePolicy.NO_MUTABLE_TAG,
      isProduction: true,
      priorityClasses: 'per-namespace',
    });
    expect(env.resources.name).toEqual('medium');
  });
});

describe('Environment.custom', () => {
  test('unset fields take the development defaults', () => {
    // GIVEN / WHEN
    const env = Environment.custom({ name: 'qa' });

    // THEN
    expect(fields(env)).toEqual({ ...fields(Environment.development()), name: 'qa' });
  });

  test('takes every option', () => {
    // GIVEN / WHEN
    const env = Environment.custom({
      name: 'production-eu',
      replicas: 5,
      resources: ResourceProfile.large(),
      autoscaling: true,
      disruptionBudgets: true,
      topologySpread: true,
      imagePolicy: ImagePolicy.DIGEST,
      production: true,
      priorityClasses: PriorityClasses.provided({ services: 'tenant-standard', data: 'tenant-stateful' }),
    });

    // THEN
    expect(fields(env)).toEqual({
      name: 'production-eu',
      replicas: 5,
      resources: ResourceProfile.large().toKube(),
      autoscaling: true,
      disruptionBudgets: true,
      topologySpread: true,
      imagePolicy: ImagePolicy.DIGEST,
      isProduction: true,
      priorityClasses: 'provided',
    });
    expect(env.resources.name).toEqual('large');
    expect(env.priorityClasses.nameFor('data', 'shop')).toEqual('tenant-stateful');
  });

  test.each(['', 'Production', 'prod_eu', '-qa', 'qa-', 'a'.repeat(64)])('rejects the name %j with the exact message', (name) => {
    // GIVEN / WHEN / THEN
    expect(() => Environment.custom({ name })).toThrow(`Environment: 'name' ('${name}') ${DNS_LABEL_RULE}`);
  });

  test.each([
    [0, "Environment: 'replicas' (0) must be >= 1"],
    [-2, "Environment: 'replicas' (-2) must be >= 1"],
    [1.5, "Environment: 'replicas' (1.5) must be a whole number"],
    [NaN, "Environment: 'replicas' (NaN) must be a whole number"],
  ])('rejects replicas %p with the exact message', (replicas, message) => {
    // GIVEN / WHEN / THEN
    expect(() => Environment.custom({ name: 'qa', replicas })).toThrow(message);
  });

  test('checks the name before the replicas and throws a BlueprintError', () => {
    // GIVEN / WHEN / THEN
    expect(() => Environment.custom({ name: 'QA', replicas: 0 })).toThrow(`Environment: 'name' ('QA') ${DNS_LABEL_RULE}`);
    expect(() => Environment.custom({ name: 'QA' })).toThrow(BlueprintError);
  });
});

describe('Environment.select', () => {
  test('picks the value for the environment by name', () => {
    // GIVEN
    const values = { development: 1, staging: 2, production: 4, default: 9 };

    // WHEN / THEN
    expect(Environment.development().select(values)).toEqual(1);
    expect(Environment.staging().select(values)).toEqual(2);
    expect(Environment.production().select(values)).toEqual(4);
  });

  test('falls back to default for an environment not listed', () => {
    // GIVEN / WHEN / THEN
    expect(Environment.staging().select({ development: 1, production: 4, default: 2 })).toEqual(2);
    expect(Environment.custom({ name: 'qa' }).select({ production: 4, default: 2 })).toEqual(2);
  });

  test('picks a custom environment by its name', () => {
    // GIVEN / WHEN / THEN
    expect(Environment.custom({ name: 'production-eu' }).select({ 'production': 4, 'production-eu': 6, 'default': 2 })).toEqual(6);
  });

  test('returns falsy values as given instead of falling back to default', () => {
    // GIVEN / WHEN / THEN
    expect(Environment.development().select({ development: 0, default: 3 })).toEqual(0);
    expect(Environment.development().select({ development: false, default: true })).toBe(false);
    expect(Environment.development().select({ development: '', default: 'x' })).toEqual('');
  });

  test('an explicitly undefined value for the environment wins over default (select<T | undefined>)', () => {
    // GIVEN / WHEN / THEN
    expect(Environment.production().select<string | undefined>({ production: undefined, default: 'x' })).toBeUndefined();
    expect(Environment.staging().select<string | undefined>({ production: undefined, default: 'x' })).toEqual('x');
  });

  test('throws when there is neither a value for the name nor a default', () => {
    // GIVEN / WHEN / THEN
    expect(() => Environment.staging().select({ development: 1, production: 4 }))
      .toThrow("Environment 'staging': select() has no value for 'staging' and no 'default'");
    expect(() => Environment.custom({ name: 'qa' }).select({}))
      .toThrow("Environment 'qa': select() has no value for 'qa' and no 'default'");
  });

  // BUG: lib/values/environment.ts:135 reads values[this.name] through the prototype chain, so an environment named 'constructor' (a valid DNS label) gets Object instead of 'default'.
  it('uses only the object\'s own keys, not inherited properties such as \'constructor\'', () => {
    // GIVEN
    const env = Environment.custom({ name: 'constructor' });

    // WHEN / THEN
    expect(env.select({ default: 2 })).toEqual(2);
  });

  // BUG: same as above: select({}) returns the Object constructor instead of throwing.
  it('throws for an environment named \'constructor\' without a value or default', () => {
    // GIVEN
    const env = Environment.custom({ name: 'constructor' });

    // WHEN / THEN
    expect(() => env.select({})).toThrow("Environment 'constructor': select() has no value for 'constructor' and no 'default'");
  });
});
