/**
 * ObjectNames (lib/k8s/object-names.ts): the object names of one chart. A second object of one kind and name made
 * by another construct is a recorded mistake naming both, once per pair of constructs.
 */
import { Chart, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { ObjectNames } from '../../lib/k8s/object-names';
import { recordedErrors } from '../../lib/k8s/_recorded-errors';

describe('ObjectNames.of', () => {
  test('one registry per chart, made on first use', () => {
    // GIVEN
    const app = Testing.app();
    const a = new Chart(app, 'shop');
    const b = new Construct(app, 'other');

    // THEN
    expect(ObjectNames.of(a)).toBe(ObjectNames.of(a));
    expect(ObjectNames.of(a)).not.toBe(ObjectNames.of(b));
  });
});

describe('claim', () => {
  test('the first claim and every claim by the same construct succeed; other kinds have their own names', () => {
    // GIVEN
    const chart = Testing.chart();
    const names = ObjectNames.of(chart);
    const api = new Construct(chart, 'api');
    const other = new Construct(chart, 'other');

    // THEN
    expect(names.claim(api, 'ServiceAccount', 'api')).toBe(true);
    expect(names.claim(api, 'ServiceAccount', 'api')).toBe(true);
    expect(names.claim(other, 'Service', 'api')).toBe(true);
    expect(names.claim(other, 'ServiceAccount', 'other')).toBe(true);
    expect(recordedErrors(chart)).toEqual([]);
  });

  test('a claim by another construct fails and is recorded on the chart, once per pair of constructs', () => {
    // GIVEN
    const chart = Testing.chart();
    const names = ObjectNames.of(chart, 'Blueprint');
    const api = new Construct(chart, 'api');
    const jobs = new Construct(new Construct(chart, 'jobs'), 'api');
    const third = new Construct(chart, 'third');
    names.claim(api, 'ServiceAccount', 'api');
    names.claim(api, 'NetworkPolicy', 'api');

    // WHEN
    const results = [
      names.claim(jobs, 'ServiceAccount', 'api'),
      names.claim(jobs, 'NetworkPolicy', 'api'), // the same pair: follows from the first collision
      names.claim(third, 'ServiceAccount', 'api'),
    ];

    // THEN
    expect(results).toEqual([false, false, false]);
    expect(recordedErrors(chart).map((e) => [e.path, e.kind, e.text])).toEqual([
      ['test', 'Blueprint', 'Blueprint \'test\': ServiceAccount name \'api\' is used by both \'test/api\' and \'test/jobs/api\'; give one of them another id'],
      ['test', 'Blueprint', 'Blueprint \'test\': ServiceAccount name \'api\' is used by both \'test/api\' and \'test/third\'; give one of them another id'],
    ]);
  });
});
