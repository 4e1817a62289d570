/**
 * Runs corpus cases as jest tests, one per case, by how the case fails: an exact construction error, an exact gate
 * report (and `synth()` writes nothing), or the exact warnings `synth()` prints. Each test file of
 * test/validation/ runs the cases of its own family through these.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BlueprintApp, BlueprintError, BlueprintTesting, ValidationError } from '../../lib/index';
import { withRecordedErrors } from '../../lib/k8s/_recorded-errors';
import { CorpusCase } from './_corpus-kit';

/** The error `fn` throws, or undefined. */
export function thrownBy(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  return undefined;
}

/** A test, or a `test.failing` for a case that documents a known bug. */
function caseTest(c: CorpusCase): jest.It {
  return c.bug ? test.failing : test;
}

/** A fresh temporary folder for each test of the enclosing describe, removed after it. */
function tmpdirs(): () => string {
  let tmp = '';
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprints-corpus-'));
  });
  afterEach(() => {
    jest.restoreAllMocks();
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  return () => tmp;
}

/** Registers the tests of `cases`: a describe block for each kind of failure among them. */
export function runCases(cases: readonly CorpusCase[]): void {
  const construct = cases.filter((x) => x.kind === 'construct');
  const gate = cases.filter((x) => x.kind === 'gate');
  const warnings = cases.filter((x) => x.kind === 'warning');

  if (construct.length > 0) {
    describe('errors while building (exact message; recorded by the construct, or thrown by a value object)', () => {
      for (const c of construct) {
        caseTest(c)(c.name, () => {
          // GIVEN
          const app = BlueprintTesting.app();

          // WHEN
          const recorded: string[] = [];
          const error = withRecordedErrors((e) => recorded.push(e.text), () => thrownBy(() => c.build(app)));

          // THEN: exactly one mistake, with the exact message
          const mistakes = [...recorded, ...(error instanceof BlueprintError ? [error.message] : [])];
          expect(error === undefined || error instanceof BlueprintError).toBe(true);
          expect(mistakes).toEqual([c.expected]);
          // a recorded one fails synthesis with it
          if (recorded.length > 0) expect(() => app.synthesize()).toThrow(ValidationError);
        });
      }
    });
  }

  if (gate.length > 0) {
    describe('errors of the validation gate (exact report; synth() writes nothing)', () => {
      const tmp = tmpdirs();
      for (const c of gate) {
        caseTest(c)(c.name, () => {
          // GIVEN
          const outdir = path.join(tmp(), 'dist');
          const app = new BlueprintApp({ outdir });
          c.build(app);

          // WHEN
          const error = thrownBy(() => app.synth());

          // THEN
          expect(error).toBeInstanceOf(ValidationError);
          expect((error as ValidationError).message).toEqual(c.expected);
          expect((error as ValidationError).findings.filter((f) => f.severity === 'error').map((f) => f.rule)).toContain(c.rule);
          expect(fs.existsSync(outdir)).toBe(false);
        });
      }
    });
  }

  if (warnings.length > 0) {
    describe('warnings of the validation gate (exact output of synth())', () => {
      const tmp = tmpdirs();
      for (const c of warnings) {
        caseTest(c)(c.name, () => {
          // GIVEN
          const printed: string[] = [];
          jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
            printed.push(String(chunk));
            return true;
          });
          const app = new BlueprintApp({ outdir: path.join(tmp(), 'dist') });
          c.build(app);

          // WHEN
          app.synth();

          // THEN
          expect(printed.join('')).toEqual(c.expected);
          expect(app.synthesize().warnings.map((w) => w.rule)).toContain(c.rule);
        });
      }
    });
  }
}
