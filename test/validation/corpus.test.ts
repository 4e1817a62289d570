/**
 * The bad-input corpus as a whole (test/validation/_corpus.ts): enough distinct cases, every rule of the gate
 * covered, each case in the family of its rule. Runs the construction errors, which belong to no rule of the gate;
 * the gate's cases run in the test file of their family.
 */
import { ALERT_RULES } from '../../lib/validation/alert-rules';
import { BASE_LOCK_RULES } from '../../lib/validation/base-lock-rules';
import { GATEWAY_RULES } from '../../lib/validation/gateway-rules';
import { IMAGE_RULES } from '../../lib/validation/image-rules';
import { INGRESS_RULES } from '../../lib/validation/ingress-rules';
import { PIN_HEALTH_RULES } from '../../lib/validation/pin-health-rules';
import { POLICY_RULES } from '../../lib/validation/policy-rules';
import { PSS_RULES } from '../../lib/validation/pss-rules';
import { RBAC_RULES } from '../../lib/validation/rbac-rules';
import { SCALING_RULES } from '../../lib/validation/scaling-rules';
import { RULES } from '../../lib/validation/registry';
import { SCHEDULING_RULES } from '../../lib/validation/scheduling-rules';
import { SECRET_RULES } from '../../lib/validation/secret-rules';
import { SEMANTIC_RULES } from '../../lib/validation/semantic-rules';
import { SIGNING_RULES } from '../../lib/validation/signing-rules';
import { CORPUS, FAMILIES } from './_corpus';
import { runCases } from './_corpus-run';

/** The checks of the gate that are not in RULES. */
const BUILT_IN_CHECKS = ['schema', 'unique-objects'];

/** The rules the cases of each family may violate. */
const RULES_OF: Record<keyof typeof FAMILIES, readonly string[]> = {
  'construct-values': [],
  'construct-workloads': [],
  'construct-blueprint': [],
  'checks': BUILT_IN_CHECKS,
  'semantic': SEMANTIC_RULES.map((r) => r.id),
  'secrets': SECRET_RULES.map((r) => r.id),
  'pss': PSS_RULES.map((r) => r.id),
  'policy': [...POLICY_RULES, ...SCHEDULING_RULES, ...INGRESS_RULES].map((r) => r.id),
  'image': [...IMAGE_RULES, ...PIN_HEALTH_RULES].map((r) => r.id),
  'scaling': SCALING_RULES.map((r) => r.id),
  'gateway': GATEWAY_RULES.map((r) => r.id),
  'rbac': RBAC_RULES.map((r) => r.id),
  'base-lock': BASE_LOCK_RULES.map((r) => r.id),
  'signing': SIGNING_RULES.map((r) => r.id),
  'alerts': ALERT_RULES.map((r) => r.id),
  'gate': ['suppression', 'artifact-path'],
};

describe('the corpus', () => {
  test('holds at least 60 distinct bad inputs', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CORPUS.map((c) => c.name)).size).toEqual(CORPUS.length);
    expect(new Set(CORPUS.map((c) => c.expected)).size).toEqual(CORPUS.length);
  });

  test('every rule of the gate has a case that the library passes', () => {
    const covered = new Set(CORPUS.filter((c) => c.bug === undefined).map((c) => c.rule));
    expect([...BUILT_IN_CHECKS, ...RULES.map((r) => r.id)].filter((id) => !covered.has(id))).toEqual([]);
  });

  test('every rule of the corpus is a rule of the gate', () => {
    const known = new Set([...BUILT_IN_CHECKS, ...RULES.map((r) => r.id), 'suppression', 'artifact-path']);
    for (const c of CORPUS) if (c.rule !== undefined) expect([c.name, known.has(c.rule)]).toEqual([c.name, true]);
  });

  test.each(Object.entries(FAMILIES))('the %s family holds only cases of its own rules', (family, cases) => {
    // GIVEN
    const rules = RULES_OF[family as keyof typeof FAMILIES];

    // THEN: construction families have no rule and fail while building; the others are gate cases of their rules
    expect(cases.length).toBeGreaterThan(0);
    const strays = cases.filter((c) => (rules.length === 0 ? c.kind !== 'construct' || c.rule !== undefined : c.kind === 'construct' || !rules.includes(c.rule!)));
    expect(strays.map((c) => c.name)).toEqual([]);
  });
});

runCases([...FAMILIES['construct-values'], ...FAMILIES['construct-workloads'], ...FAMILIES['construct-blueprint']]);
