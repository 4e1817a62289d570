/**
 * The semantic rules (lib/validation/semantic-rules.ts): what the API server or the cluster would reject or
 * silently ignore — names, labels, schedules, ports — and references between objects of one blueprint.
 */
import { SEMANTIC_RULES } from '../../lib/validation/semantic-rules';
import { cleanInput, contextOf, violationsOf } from './_clean-input';
import { SEMANTIC_CASES } from './_corpus-semantic';
import { runCases } from './_corpus-run';

describe('SEMANTIC_RULES', () => {
  test('are these rules, in this order, every one of category semantic', () => {
    expect(SEMANTIC_RULES.map((r) => r.id)).toEqual([
      'dns-name', 'label-syntax', 'cron-schedule', 'unique-ports', 'port-range', 'selector-matches-template', 'service-selects-pods',
      'hpa-target', 'pdb-selects-pods', 'networkpolicy-selects-pods', 'ingress-backend', 'config-refs', 'service-account', 'probe-port',
    ]);
    expect([...new Set(SEMANTIC_RULES.map((r) => r.category))]).toEqual(['semantic']);
  });

  test('report nothing on what the library renders by default', () => {
    // GIVEN
    const ctx = contextOf(cleanInput());

    // THEN
    expect(violationsOf(SEMANTIC_RULES, ctx)).toEqual(SEMANTIC_RULES.map((r) => [r.id, []]));
  });
});

runCases(SEMANTIC_CASES);
