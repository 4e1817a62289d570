/**
 * The scaling rules (lib/validation/scaling-rules.ts): KEDA ScaledObjects and TriggerAuthentications,
 * VerticalPodAutoscalers, HorizontalPodAutoscalers and PodDisruptionBudgets agreeing. Their corpus cases are in
 * _corpus-scaling.ts.
 */
import { SCALING_RULES } from '../../lib/validation/scaling-rules';
import { cleanInput, contextOf, violationsOf } from './_clean-input';
import { SCALING_CASES } from './_corpus-scaling';
import { runCases } from './_corpus-run';

describe('SCALING_RULES', () => {
  test('are these rules, each citing its source', () => {
    expect(SCALING_RULES.map((r) => [r.id, r.severity, r.category])).toEqual([
      ['scaledobject-target', 'error', 'semantic'],
      ['one-autoscaler', 'error', 'semantic'],
      ['scale-to-zero-budget', 'error', 'policy'],
      ['trigger-authentication', 'error', 'semantic'],
      ['vpa-recommend-only', 'error', 'policy'],
    ]);
    for (const r of SCALING_RULES) expect(r.source.length).toBeGreaterThan(40);
  });

  test('report nothing on what the library renders by default', () => {
    // GIVEN
    const ctx = contextOf(cleanInput());

    // THEN
    expect(violationsOf(SCALING_RULES, ctx)).toEqual(SCALING_RULES.map((r) => [r.id, []]));
  });
});

describe('rules over hand-made objects', () => {
  const obj = (kind: string, name: string, spec: any, apiVersion = 'keda.sh/v1alpha1') => ({ path: `shop/${name}/${kind}`, blueprint: 'shop', production: true, json: { apiVersion, kind, metadata: { name, namespace: 'shop' }, spec } });
  const deployment = obj('Deployment', 'worker', { template: { metadata: { labels: { app: 'worker' } } } }, 'apps/v1');
  const check = (id: string, objects: any[]) => SCALING_RULES.find((r) => r.id === id)!.check(contextOf({ objects, artifacts: [] }));

  test('scaledobject-target: a missing target, and min above max', () => {
    // GIVEN / WHEN / THEN
    expect(check('scaledobject-target', [obj('ScaledObject', 'a', { scaleTargetRef: { name: 'gone' }, triggers: [] })])).toEqual([
      { path: 'shop/a/ScaledObject', message: "ScaledObject 'a': scaleTargetRef Deployment 'gone' is not in the blueprint" },
    ]);
    expect(check('scaledobject-target', [deployment, obj('ScaledObject', 'a', { scaleTargetRef: { name: 'worker' }, minReplicaCount: 5, maxReplicaCount: 2, triggers: [] })])).toEqual([
      { path: 'shop/a/ScaledObject', message: "ScaledObject 'a': minReplicaCount 5 is above maxReplicaCount 2" },
    ]);
  });

  test('one-autoscaler: two ScaledObjects on one Deployment; objects of another apiVersion are not KEDA\'s', () => {
    // GIVEN
    const so = (name: string) => obj('ScaledObject', name, { scaleTargetRef: { name: 'worker' }, triggers: [] });

    // WHEN / THEN
    expect(check('one-autoscaler', [deployment, so('a'), so('b')])).toEqual([
      { path: 'shop/b/ScaledObject', message: "Deployment 'worker' is scaled by ScaledObject 'a' and ScaledObject 'b': they would fight over its replicas" },
    ]);
    expect(check('one-autoscaler', [deployment, so('a'), obj('ScaledObject', 'b', { scaleTargetRef: { name: 'worker' } }, 'example.com/v1')])).toEqual([]);
  });

  test('trigger-authentication: an authenticationRef to no TriggerAuthentication, and a key the Secret lacks', () => {
    // GIVEN
    const so = obj('ScaledObject', 'a', { scaleTargetRef: { name: 'worker' }, triggers: [{ type: 'redis', name: 'q', metadata: {}, authenticationRef: { name: 'missing' } }] });
    const auth = obj('TriggerAuthentication', 'auth', { secretTargetRef: [{ parameter: 'password', name: 'creds', key: 'pass' }] });
    const secret = { path: 'shop/creds', blueprint: 'shop', production: true, json: { apiVersion: 'v1', kind: 'Secret', metadata: { name: 'creds', namespace: 'shop' }, data: { password: 'eA==' } } };

    // WHEN / THEN
    expect(check('trigger-authentication', [deployment, so, auth, secret])).toEqual([
      { path: 'shop/a/ScaledObject', message: "ScaledObject 'a': trigger 'q' authenticates with TriggerAuthentication 'missing', which is not in the blueprint" },
      { path: 'shop/auth/TriggerAuthentication', message: "TriggerAuthentication 'auth' reads key 'pass' of Secret 'creds' (parameter password), but Secret 'creds' holds only 'password'" },
    ]);
  });

  test('vpa-recommend-only: a missing target; Auto without an autoscaler is not this rule\'s concern', () => {
    // GIVEN
    const vpa = (mode: string, name = 'worker') => obj('VerticalPodAutoscaler', 'v', { targetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name }, updatePolicy: { updateMode: mode } }, 'autoscaling.k8s.io/v1');

    // WHEN / THEN
    expect(check('vpa-recommend-only', [vpa('Off', 'gone')])).toEqual([{ path: 'shop/v/VerticalPodAutoscaler', message: "VerticalPodAutoscaler 'v': targetRef Deployment 'gone' is not in the blueprint" }]);
    expect(check('vpa-recommend-only', [deployment, vpa('Auto')])).toEqual([]);
  });
});

runCases(SCALING_CASES);
