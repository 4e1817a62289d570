/**
 * The Pod Security Standards "restricted" rules (lib/validation/pss-rules.ts): every pod template of the output
 * is admitted by a namespace that enforces the profile.
 */
import { PSS_RULES } from '../../lib/validation/pss-rules';
import { cleanInput, contextOf, violationsOf } from './_clean-input';
import { PSS_CASES } from './_corpus-pss';
import { runCases } from './_corpus-run';

describe('PSS_RULES', () => {
  test('are these rules, in this order, every one of category pss', () => {
    expect(PSS_RULES.map((r) => r.id)).toEqual([
      'pss-privileged', 'pss-host-namespaces', 'pss-volume-types', 'pss-privilege-escalation', 'pss-run-as-non-root', 'pss-capabilities',
      'pss-seccomp',
    ]);
    expect([...new Set(PSS_RULES.map((r) => r.category))]).toEqual(['pss']);
  });

  test('report nothing on what the library renders by default', () => {
    // GIVEN
    const ctx = contextOf(cleanInput());

    // THEN
    expect(violationsOf(PSS_RULES, ctx)).toEqual(PSS_RULES.map((r) => [r.id, []]));
  });
});

runCases(PSS_CASES);
