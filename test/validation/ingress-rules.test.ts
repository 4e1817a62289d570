/**
 * The ingress rules (lib/validation/ingress-rules.ts), after Polaris's tlsSettingsMissing. Their corpus cases are in
 * the policy family (_corpus-policy.ts).
 */
import { INGRESS_RULES } from '../../lib/validation/ingress-rules';
import { cleanInput, contextOf, violationsOf } from './_clean-input';
import { POLICY_CASES } from './_corpus-policy';
import { runCases } from './_corpus-run';

/** An Ingress as the gate sees it. */
function ingress(spec: Record<string, unknown>, production = true) {
  return { path: 'shop/web/Ingress', blueprint: 'shop', production, json: { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name: 'web' }, spec } };
}

describe('INGRESS_RULES', () => {
  test('are these rules, every one of category policy', () => {
    expect(INGRESS_RULES.map((r) => r.id)).toEqual(['ingress-tls']);
    expect([...new Set(INGRESS_RULES.map((r) => r.category))]).toEqual(['policy']);
  });

  test('report nothing on what the library renders by default', () => {
    // GIVEN
    const ctx = contextOf(cleanInput());

    // THEN
    expect(violationsOf(INGRESS_RULES, ctx)).toEqual(INGRESS_RULES.map((r) => [r.id, []]));
  });
});

describe('ingress-tls', () => {
  const check = (objects: any[]) => INGRESS_RULES[0].check(contextOf({ objects, artifacts: [] }));

  test('an empty tls list is TLS settings to Polaris; a missing one is not, an error in production only', () => {
    // GIVEN / WHEN / THEN
    expect(check([ingress({ tls: [] })])).toEqual([]);
    expect(check([ingress({ rules: [{ host: 'a.example.com' }, { host: 'b.example.com' }] })])).toEqual([
      { path: 'shop/web/Ingress', message: "Ingress 'web' has no TLS settings: 'a.example.com', 'b.example.com' are served over plain HTTP", severity: 'error' },
    ]);
    expect(check([ingress({ rules: [{}] }, false)])).toEqual([
      { path: 'shop/web/Ingress', message: "Ingress 'web' has no TLS settings: every host are served over plain HTTP", severity: 'warning' },
    ]);
  });
});

runCases(POLICY_CASES.filter((c) => INGRESS_RULES.some((r) => r.id === c.rule)));
