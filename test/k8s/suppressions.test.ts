/**
 * Suppressions (lib/k8s/suppressions.ts): `Policy.suppress` records, per construct, which gate rule does not apply
 * and why; every object the suppression covers carries the justification as an annotation for reviewers.
 */
import { ApiObject, Testing } from 'cdk8s';
import { Construct } from 'constructs';
import { BlueprintError, Policy } from '../../lib/index';
import { annotateSuppressions, covers, SUPPRESSION_ANNOTATION_PREFIX, Suppression } from '../../lib/k8s/suppressions';

const REASON = 'the vendor image owns its data directory as UID 999';

describe('Policy', () => {
  test('all() lists every suppression under the root in tree order, with its justification trimmed', () => {
    // GIVEN
    const chart = Testing.chart();
    const db = new Construct(chart, 'db');
    const web = new Construct(chart, 'web');
    const backup = new Construct(db, 'backup');

    // WHEN
    Policy.suppress(web, 'probes', `  ${REASON}  `);
    Policy.suppress(backup, 'high-uid', REASON);
    Policy.suppress(db, 'high-uid', REASON);
    Policy.suppress(db, 'read-only-root-fs', 'postgres writes its socket next to its data');

    // THEN
    expect(Policy.all(chart)).toEqual([
      { path: 'test/db', rule: 'high-uid', justification: REASON },
      { path: 'test/db', rule: 'read-only-root-fs', justification: 'postgres writes its socket next to its data' },
      { path: 'test/db/backup', rule: 'high-uid', justification: REASON },
      { path: 'test/web', rule: 'probes', justification: REASON },
    ]);
    expect(Policy.all(backup)).toEqual([{ path: 'test/db/backup', rule: 'high-uid', justification: REASON }]);
  });

  test('suppressing a rule again replaces its justification', () => {
    // GIVEN
    const chart = Testing.chart();
    Policy.suppress(chart, 'high-uid', REASON);

    // WHEN
    Policy.suppress(chart, 'high-uid', 'a second, longer justification replaces the first');

    // THEN
    expect(Policy.all(chart)).toEqual([{ path: 'test', rule: 'high-uid', justification: 'a second, longer justification replaces the first' }]);
  });

  test('errors: the rule must be a rule id, and the justification 20 characters once trimmed', () => {
    // GIVEN
    const chart = Testing.chart();

    // THEN
    expect(() => Policy.suppress(chart, 'high uid', REASON)).toThrow(new BlueprintError('Policy.suppress \'test\': \'rule\' ("high uid") must be a rule id such as \'high-uid\' (see the README\'s rule table)'));
    expect(() => Policy.suppress(chart, '-high', REASON)).toThrow('Policy.suppress \'test\': \'rule\' ("-high") must be a rule id such as \'high-uid\' (see the README\'s rule table)');
    expect(() => Policy.suppress(chart, 'high-uid', `   ${'x'.repeat(19)}   `)).toThrow(`Policy.suppress 'test': 'justification' ("   ${'x'.repeat(19)}   ") must explain in at least 20 characters why rule 'high-uid' does not apply`);
    expect(Policy.all(chart)).toEqual([]);
  });
});

describe('covers', () => {
  const s: Suppression = { path: 'shop/api', rule: 'high-uid', justification: REASON };

  test('the construct and everything inside it, not a sibling whose name starts the same', () => {
    expect(['shop/api', 'shop/api/Deployment', 'shop/api/db/StatefulSet', 'shop/api2', 'shop', 'shop/admin'].filter((p) => covers(s, p)))
      .toEqual(['shop/api', 'shop/api/Deployment', 'shop/api/db/StatefulSet']);
  });

  test('a suppression on the app (path \'\') covers everything', () => {
    expect(covers({ ...s, path: '' }, 'shop/admin/Deployment')).toBe(true);
  });
});

describe('annotateSuppressions', () => {
  test('annotates every object a suppression covers with `suppress.blueprints.cdk8s.io/<rule>`', () => {
    // GIVEN
    const chart = Testing.chart();
    const api = new Construct(chart, 'api');
    new ApiObject(api, 'Deployment', { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api' } });
    new ApiObject(chart, 'Other', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'other' } });

    // WHEN
    annotateSuppressions(chart, [
      { path: 'test/api', rule: 'high-uid', justification: REASON },
      { path: 'test/api/Deployment', rule: 'probes', justification: 'probed by the mesh sidecar instead' },
    ]);

    // THEN
    expect(SUPPRESSION_ANNOTATION_PREFIX).toEqual('suppress.blueprints.cdk8s.io/');
    expect(Testing.synth(chart).map((o) => [o.metadata.name, o.metadata.annotations])).toEqual([
      ['api', { 'suppress.blueprints.cdk8s.io/high-uid': REASON, 'suppress.blueprints.cdk8s.io/probes': 'probed by the mesh sidecar instead' }],
      ['other', undefined],
    ]);
  });

  test('no suppressions, no annotations', () => {
    const chart = Testing.chart();
    new ApiObject(chart, 'Other', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'other' } });
    annotateSuppressions(chart, []);
    expect(Testing.synth(chart)).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'other' } }]);
  });
});
