/**
 * The rule set of the gate (lib/validation/registry.ts): every family's rules, in the order they run, each with
 * what a report needs and a row in the README's rule table.
 */
import * as fs from 'fs';
import * as path from 'path';
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

/** The checks of the gate that are not in RULES. */
const BUILT_IN_CHECKS = ['schema', 'unique-objects'];

describe('RULES', () => {
  test('are the semantic, Pod Security, policy and image rules, in that order', () => {
    expect(RULES).toEqual([...SEMANTIC_RULES, ...PSS_RULES, ...POLICY_RULES, ...IMAGE_RULES, ...PIN_HEALTH_RULES, ...SCHEDULING_RULES, ...INGRESS_RULES, ...SECRET_RULES, ...SCALING_RULES, ...GATEWAY_RULES, ...RBAC_RULES, ...BASE_LOCK_RULES, ...SIGNING_RULES, ...ALERT_RULES]);
    expect(RULES.length).toEqual(77);
  });

  test('rule ids are unique kebab-case and not the ids of the built-in checks', () => {
    const ids = RULES.map((r) => r.id);
    expect(new Set(ids).size).toEqual(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    for (const id of BUILT_IN_CHECKS) expect(ids).not.toContain(id);
  });

  test.each(RULES.map((r) => [r.id, r]))('%s has a severity, a category, a source, a summary and a fix', (_id, rule) => {
    expect(['error', 'warning']).toContain(rule.severity);
    expect(['semantic', 'pss', 'policy', 'image']).toContain(rule.category);
    for (const field of [rule.source, rule.summary, rule.fix]) {
      expect(typeof field).toBe('string');
      expect(field.trim().length).toBeGreaterThan(5);
    }
  });

  test('every rule id appears in the README\'s rule table', () => {
    // A row of the table names the id in backticks (`high-uid`) or as a bare cell (| high-uid |).
    const readme = fs.readFileSync(path.join(__dirname, '..', '..', 'README.md'), 'utf8');
    const missing = [...BUILT_IN_CHECKS, ...RULES.map((r) => r.id)]
      .filter((id) => !readme.includes(`\`${id}\``) && !new RegExp(`\\|\\s*${id}\\s*\\|`).test(readme));
    expect(missing).toEqual([]);
  });
});
