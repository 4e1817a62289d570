import { BlueprintError } from '../../lib/values/_errors';
import { TrafficPolicy } from '../../lib/values/traffic-policy';
import { TrafficSplit } from '../../lib/values/traffic-split';
import { HOST, TARGET, render, seedPolicy } from './_traffic';

describe('TrafficSplit', () => {
  const canary = () =>
    TrafficSplit.weighted([
      { subset: 'v1', labels: { 'app.kubernetes.io/version': '1.4.2' }, weight: 90 },
      { subset: 'v2', labels: { 'app.kubernetes.io/version': '1.5.0' }, weight: 10 },
    ]);

  test('a 90/10 canary: two subsets and two weighted routes', () => {
    // GIVEN
    const split = canary();

    // WHEN
    const { dr, vs } = render(seedPolicy(), { ...TARGET, split });

    // THEN
    expect(dr.spec.subsets).toEqual([
      { name: 'v1', labels: { 'app.kubernetes.io/version': '1.4.2' } },
      { name: 'v2', labels: { 'app.kubernetes.io/version': '1.5.0' } },
    ]);
    expect(vs.spec.http).toEqual([
      {
        name: 'default',
        route: [
          { destination: { host: HOST, subset: 'v1', port: { number: 80 } }, weight: 90 },
          { destination: { host: HOST, subset: 'v2', port: { number: 80 } }, weight: 10 },
        ],
        timeout: '5s',
        retries: { attempts: 3, perTryTimeout: '1s', retryOn: '5xx,connect-failure' },
      },
    ]);
  });

  test('one subset at 100 and a drained subset at 0', () => {
    // GIVEN
    const split = TrafficSplit.weighted([
      { subset: 'blue', labels: { color: 'blue' }, weight: 0 },
      { subset: 'green', labels: { color: 'green' }, weight: 100 },
    ]);

    // WHEN
    const { vs } = render(TrafficPolicy.of(), { ...TARGET, split });

    // THEN
    expect(vs.spec.http[0].route.map((r: any) => [r.destination.subset, r.weight])).toEqual([['blue', 0], ['green', 100]]);
  });

  test('keeps its own copy of the subsets', () => {
    // GIVEN
    const labels = { version: 'v1' };
    const split = TrafficSplit.weighted([{ subset: 'v1', labels, weight: 100 }]);

    // WHEN
    labels.version = 'changed';

    // THEN
    expect(split.subsets).toEqual([{ subset: 'v1', labels: { version: 'v1' }, weight: 100 }]);
  });

  const v = (subset: string, weight: number, labels: Record<string, string> = { version: subset }) => ({ subset, labels, weight });
  const DNS_LABEL_RULE = "must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit";
  test.each<[string, ReturnType<typeof v>[], string]>([
    ['no subsets', [], "'split' ([]) must name at least one subset"],
    ['a bad subset name', [v('V1', 100)], `'split[0].subset' ('V1') ${DNS_LABEL_RULE}`],
    ['a duplicate subset name', [v('v1', 50), v('v1', 50)], "'split[1].subset' ('v1') must be unique: 'split[0].subset' has the same name"],
    ['no labels', [v('v1', 100, {})], "'split[0].labels' ({}) must select the version's pods with at least one label"],
    [
      'a bad label key',
      [v('v1', 100, { 'bad key': 'x' })],
      "'split[0].labels' ('bad key') must be a valid label key: an optional DNS-1123 subdomain prefix and '/', then at most 63 characters of letters, digits, '-', '_' and '.'",
    ],
    [
      'a bad label value',
      [v('v1', 100, { version: '1.0 beta' })],
      "'split[0].labels.version' ('1.0 beta') must be a valid label value: at most 63 characters, letters, digits, '-', '_' and '.', starting and ending with a letter or digit",
    ],
    ['a weight above 100', [v('v1', 101)], "'split[0].weight' (101) must be <= 100"],
    ['the first bad weight', [v('v1', 101), v('v2', -1)], "'split[0].weight' (101) must be <= 100"],
    ['a negative weight', [v('v1', 50), v('v2', -1)], "'split[1].weight' (-1) must be >= 0"],
    ['a fractional weight', [v('v1', 99.5), v('v2', 0.5)], "'split[0].weight' (99.5) must be a whole number"],
    ['weights over 100', [v('v1', 90), v('v2', 20)], "'split[*].weight' (90 + 20 = 110) must sum to exactly 100"],
    ['weights under 100', [v('v1', 90)], "'split[*].weight' (90) must sum to exactly 100"],
  ])('rejects %s', (_name, subsets, message) => {
    // GIVEN / WHEN / THEN
    expect(() => TrafficSplit.weighted(subsets)).toThrow(new BlueprintError(message));
  });
});
