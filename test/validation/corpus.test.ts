import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Blueprint, BlueprintApp, BlueprintError, BlueprintTesting, Environment, ValidationError, WebService } from '../../lib/index';
import { withRecordedErrors } from '../../lib/k8s/_recorded-errors';
import { CORPUS, CorpusCase, IMAGE } from './_corpus';

let tmp: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprints-corpus-'));
});

afterEach(() => {
  jest.restoreAllMocks();
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** The error `fn` throws, or undefined. */
function thrownBy(fn: () => unknown): unknown {
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

test('the corpus holds at least 60 distinct bad inputs', () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(60);
  expect(new Set(CORPUS.map((c) => c.name)).size).toEqual(CORPUS.length);
  expect(new Set(CORPUS.map((c) => c.expected)).size).toEqual(CORPUS.length);
});

describe('errors while building (exact message; recorded by the construct, or thrown by a value object)', () => {
  for (const c of CORPUS.filter((x) => x.kind === 'construct')) {
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

describe('errors of the validation gate (exact report; synth() writes nothing)', () => {
  for (const c of CORPUS.filter((x) => x.kind === 'gate')) {
    caseTest(c)(c.name, () => {
      // GIVEN
      const outdir = path.join(tmp, 'dist');
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

describe('warnings of the validation gate (exact output of synth())', () => {
  for (const c of CORPUS.filter((x) => x.kind === 'warning')) {
    caseTest(c)(c.name, () => {
      // GIVEN
      const printed: string[] = [];
      jest.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
        printed.push(String(chunk));
        return true;
      });
      const app = new BlueprintApp({ outdir: path.join(tmp, 'dist') });
      c.build(app);

      // WHEN
      app.synth();

      // THEN
      expect(printed.join('')).toEqual(c.expected);
      expect(app.synthesize().warnings.map((w) => w.rule)).toContain(c.rule);
    });
  }
});

describe('a failed synth', () => {
  test('leaves an existing output directory untouched', () => {
    // GIVEN
    const outdir = path.join(tmp, 'dist');
    fs.mkdirSync(outdir);
    const app = new BlueprintApp({ outdir });
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });
    new WebService(shop, 'api', { image: IMAGE, port: 8080 }); // no health check: an error in production

    // WHEN
    const error = thrownBy(() => app.synth());

    // THEN
    expect(error).toBeInstanceOf(ValidationError);
    expect(fs.readdirSync(outdir)).toEqual([]);
  });

  test('the test helper throws the same report as synth()', () => {
    // GIVEN
    const build = (app: BlueprintApp) => {
      const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });
      new WebService(shop, 'api', { image: IMAGE, port: 8080 });
      return shop;
    };
    const viaSynth = thrownBy(() => {
      const app = new BlueprintApp({ outdir: path.join(tmp, 'dist') });
      build(app);
      app.synth();
    }) as Error;

    // WHEN
    const viaHelper = thrownBy(() => BlueprintTesting.synth(build(BlueprintTesting.app()))) as Error;

    // THEN
    expect(viaHelper).toBeInstanceOf(ValidationError);
    expect(viaHelper.message).toEqual(viaSynth.message);
  });
});
