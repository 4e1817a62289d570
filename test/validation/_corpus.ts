/**
 * The bad-input corpus: every mistake a user can make with the library's constructs and value objects, and one
 * input per validation-gate rule, each with the exact error it must produce. One module per family, joined here:
 *
 * - construction errors (`_corpus-construct-values.ts`, `-workloads.ts`, `-blueprint.ts`) run in `corpus.test.ts`;
 * - the built-in schema and unique-objects checks (`_corpus-checks.ts`) in `checks.test.ts`;
 * - each rule family (`_corpus-semantic.ts`, `-secrets.ts`, `-pss.ts`, `-policy.ts`, `-image.ts`) in the test of its
 *   `lib/validation/<family>-rules.ts`;
 * - the gate's own findings (`_corpus-gate.ts`) in `gate.test.ts`.
 *
 * `corpus.test.ts` checks the whole: enough distinct cases, every rule covered, each case in its rule's family.
 * Not a test file (no `.test.ts`): jest only runs it through the tests that import it.
 */
import { ALERTS_CASES } from './_corpus-alerts';
import { BASE_LOCK_CASES } from './_corpus-base-lock';
import { CHECK_CASES } from './_corpus-checks';
import { CONSTRUCT_BLUEPRINT_CASES } from './_corpus-construct-blueprint';
import { CONSTRUCT_VALUE_CASES } from './_corpus-construct-values';
import { CONSTRUCT_WORKLOAD_CASES } from './_corpus-construct-workloads';
import { GATE_CASES } from './_corpus-gate';
import { GATEWAY_CASES } from './_corpus-gateway';
import { IMAGE_CASES } from './_corpus-image';
import { CorpusCase } from './_corpus-kit';
import { POLICY_CASES } from './_corpus-policy';
import { PSS_CASES } from './_corpus-pss';
import { RBAC_CASES } from './_corpus-rbac';
import { SCALING_CASES, SCALING_CONSTRUCT_CASES } from './_corpus-scaling';
import { SECRET_CASES } from './_corpus-secrets';
import { SEMANTIC_CASES } from './_corpus-semantic';
import { SIGNING_CASES } from './_corpus-signing';

export type { CorpusCase, CorpusKind } from './_corpus-kit';

/** The families of the corpus, construction errors first, then the gate's checks in the order they run. */
export const FAMILIES = {
  'construct-values': CONSTRUCT_VALUE_CASES,
  'construct-workloads': [...CONSTRUCT_WORKLOAD_CASES, ...SCALING_CONSTRUCT_CASES],
  'construct-blueprint': CONSTRUCT_BLUEPRINT_CASES,
  'checks': CHECK_CASES,
  'semantic': SEMANTIC_CASES,
  'secrets': SECRET_CASES,
  'pss': PSS_CASES,
  'policy': POLICY_CASES,
  'image': IMAGE_CASES,
  'scaling': SCALING_CASES,
  'gateway': GATEWAY_CASES,
  'rbac': RBAC_CASES,
  'base-lock': BASE_LOCK_CASES,
  'signing': SIGNING_CASES,
  'alerts': ALERTS_CASES,
  'gate': GATE_CASES,
} as const satisfies Record<string, readonly CorpusCase[]>;

/** Every case of every family. */
export const CORPUS: readonly CorpusCase[] = Object.values(FAMILIES).flat();
