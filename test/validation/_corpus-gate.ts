/**
 * The corpus, the gate's own findings besides its checks: a suppression of a rule that does not exist
 * (`lib/validation/suppressions.ts`) and two files with one path (synthesis). Each with the exact report.
 */
import { Artifact, Policy, Worker } from '../../lib/index';
import { CorpusCase, ONE_ERROR, oneError, production, report, rustImage, WORKER } from './_corpus-kit';

/** Inputs the gate itself rejects. */
export const GATE_CASES: readonly CorpusCase[] = [
  {
    name: 'suppression of an unknown rule',
    kind: 'gate', rule: 'suppression',
    build: (app) => { Policy.suppress(new Worker(production(app), 'worker', WORKER), 'no-such-rule', 'this rule does not exist in the gate at all'); },
    expected: oneError('suppression', 'shop-production/worker', 'suppresses unknown rule \'no-such-rule\''),
  },
  {
    name: 'artifact-path: two artifacts with one path',
    kind: 'gate', rule: 'artifact-path',
    build: (app) => {
      rustImage(app);
      new Artifact(app, 'Handwritten', { path: 'images/api-image/Dockerfile', render: () => 'FROM scratch\n' });
    },
    expected: report(ONE_ERROR, '  ✗ [artifact-path] Handwritten: \'path\' (\'images/api-image/Dockerfile\') is written by another artifact or blueprint'),
  },
];
