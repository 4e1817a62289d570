/**
 * The policy rules (lib/validation/policy-rules.ts), after kube-score, Polaris and kube-linter, and the library's
 * own about secrets and backups: errors stop synthesis, warnings are printed.
 */
import { POLICY_RULES } from '../../lib/validation/policy-rules';
import { cleanInput, contextOf, violationsOf } from './_clean-input';
import { POLICY_CASES } from './_corpus-policy';
import { runCases } from './_corpus-run';

describe('POLICY_RULES', () => {
  test('are these rules, in this order, every one of category policy', () => {
    expect(POLICY_RULES.map((r) => r.id)).toEqual([
      'resources', 'resources-cpu-limit', 'resources-ephemeral-storage', 'image-tag', 'image-pull-policy', 'high-uid', 'read-only-root-fs',
      'automount-token', 'probes', 'probes-distinct', 'network-policy', 'disruption-budget', 'anti-affinity', 'hpa-replicas',
      'backup-coverage', 'secret-in-env', 'secret-in-configmap', 'no-secret-values',
    ]);
    expect([...new Set(POLICY_RULES.map((r) => r.category))]).toEqual(['policy']);
  });

  test('report nothing on what the library renders by default', () => {
    // GIVEN
    const ctx = contextOf(cleanInput());

    // THEN
    expect(violationsOf(POLICY_RULES, ctx)).toEqual(POLICY_RULES.map((r) => [r.id, []]));
  });
});

// The policy family's cases of the scheduling and ingress rules run in those rules' test files.
runCases(POLICY_CASES.filter((c) => POLICY_RULES.some((r) => r.id === c.rule)));
