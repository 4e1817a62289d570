import { BlueprintError, checkInteger, inContext, propError, show, withContext } from '../../lib/values/_errors';

describe('show', () => {
  test('quotes strings with single quotes and renders everything else as JSON', () => {
    // GIVEN / WHEN / THEN
    expect(show('web')).toEqual("'web'");
    expect(show('')).toEqual("''");
    expect(show(12)).toEqual('12');
    expect(show(true)).toEqual('true');
    expect(show(null)).toEqual('null');
    expect(show(['a', 'b'])).toEqual('["a","b"]');
    expect(show({ a: 1 })).toEqual('{"a":1}');
  });

  test('renders undefined and non-finite numbers readably instead of as JSON null', () => {
    // GIVEN / WHEN / THEN
    expect(show(undefined)).toEqual('undefined');
    expect(show(NaN)).toEqual('NaN');
    expect(show(Infinity)).toEqual('Infinity');
    expect(show(-Infinity)).toEqual('-Infinity');
  });
});

describe('propError', () => {
  test('builds a BlueprintError of the form \'<prop>\' (<value>) <rule>', () => {
    // WHEN
    const error = propError('scaling.minReplicas', 0, 'must be >= 1');

    // THEN
    expect(error).toBeInstanceOf(BlueprintError);
    expect(error.name).toEqual('BlueprintError');
    expect(error.message).toEqual("'scaling.minReplicas' (0) must be >= 1");
  });
});

describe('withContext / inContext', () => {
  test('withContext prefixes the kind and construct path', () => {
    // GIVEN / WHEN
    const error = withContext('WebService', 'shop-production/api', "'port' (0) must be >= 1");

    // THEN
    expect(error.message).toEqual("WebService 'shop-production/api': 'port' (0) must be >= 1");
  });

  test('inContext returns the value of fn', () => {
    // GIVEN / WHEN / THEN
    expect(inContext('Worker', 'shop/w', () => 42)).toEqual(42);
  });

  test('inContext re-throws a BlueprintError with the construct prefix', () => {
    // GIVEN
    const fn = (): void => { throw propError('scaling.minReplicas', 12, "must be <= 'scaling.maxReplicas' (10)"); };

    // WHEN / THEN
    expect(() => inContext('WebService', 'shop-production/user-service', fn))
      .toThrow("WebService 'shop-production/user-service': 'scaling.minReplicas' (12) must be <= 'scaling.maxReplicas' (10)");
  });

  test('inContext does not prefix twice when the message already names the same kind', () => {
    // GIVEN
    const fn = (): void => { throw new BlueprintError("WebService 'inner/path': 'x' (1) must be >= 2"); };

    // WHEN
    let message = '';
    try {
      inContext('WebService', 'outer/path', fn);
    } catch (e) {
      message = (e as Error).message;
    }

    // THEN
    expect(message).toEqual("WebService 'inner/path': 'x' (1) must be >= 2");
  });

  test('inContext lets non-Blueprint errors through unchanged', () => {
    // GIVEN
    const bug = new TypeError('cannot read properties of undefined');

    // WHEN
    let caught: unknown;
    try {
      inContext('Worker', 'shop/w', () => { throw bug; });
    } catch (e) {
      caught = e;
    }

    // THEN
    expect(caught).toBe(bug);
  });
});

describe('checkInteger', () => {
  test('accepts whole numbers within the bounds', () => {
    // GIVEN / WHEN / THEN
    expect(() => checkInteger('replicas', 0, 0)).not.toThrow();
    expect(() => checkInteger('minute', 59, 0, 59)).not.toThrow();
  });

  test('rejects fractions, values below min and above max with exact messages', () => {
    // GIVEN / WHEN / THEN
    expect(() => checkInteger('replicas', 1.5, 1)).toThrow("'replicas' (1.5) must be a whole number");
    expect(() => checkInteger('replicas', NaN, 1)).toThrow("'replicas' (NaN) must be a whole number");
    expect(() => checkInteger('replicas', 0, 1)).toThrow("'replicas' (0) must be >= 1");
    expect(() => checkInteger('minute', 60, 0, 59)).toThrow("'minute' (60) must be <= 59");
  });
});
