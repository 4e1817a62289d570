/**
 * The validation gate (lib/validation/gate.ts): checks run over the whole output, in order, before anything is
 * written; synthesis and the test helper throw one report listing every error.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Blueprint, BlueprintApp, BlueprintTesting, Environment, Finding, GateCheck, GateInput, ValidationError, WebService } from '../../lib/index';
import { runChecks } from '../../lib/validation/gate';
import { GATE_CASES } from './_corpus-gate';
import { IMAGE } from './_corpus-kit';
import { runCases, thrownBy } from './_corpus-run';

const INPUT: GateInput = { objects: [], artifacts: [{ path: 'notes.txt', constructPath: 'Notes', content: 'notes\n' }] };

/** A check named `name` that reports one finding of `severity` on every artifact. */
function check(name: string, severity: Finding['severity'] = 'error'): GateCheck {
  return { name, run: (input) => input.artifacts.map((a) => ({ path: a.constructPath, rule: name, severity, message: `${name} saw ${a.path}` })) };
}

describe('runChecks', () => {
  test('returns the findings of every check, in check order, errors and warnings alike', () => {
    expect(runChecks(INPUT, [check('first'), check('second', 'warning'), check('third')])).toEqual([
      { path: 'Notes', rule: 'first', severity: 'error', message: 'first saw notes.txt' },
      { path: 'Notes', rule: 'second', severity: 'warning', message: 'second saw notes.txt' },
      { path: 'Notes', rule: 'third', severity: 'error', message: 'third saw notes.txt' },
    ]);
  });

  test('gives every check the same input and reports each check\'s milliseconds', () => {
    // GIVEN
    const seen: GateInput[] = [];
    const timed: [string, number][] = [];
    const spy = (name: string): GateCheck => ({ name, run: (input) => { seen.push(input); return []; } });

    // WHEN
    const findings = runChecks(INPUT, [spy('a'), spy('b')], (name, ms) => timed.push([name, ms]));

    // THEN
    expect(findings).toEqual([]);
    expect(seen).toEqual([INPUT, INPUT]);
    expect(seen[1]).toBe(INPUT);
    expect(timed.map(([name]) => name)).toEqual(['a', 'b']);
    for (const [, ms] of timed) expect(ms).toBeGreaterThanOrEqual(0);
  });

  test('no checks, no findings; an exception in a check is not swallowed', () => {
    expect(runChecks(INPUT, [])).toEqual([]);
    const broken: GateCheck = { name: 'broken', run: () => { throw new Error('broken check'); } };
    expect(() => runChecks(INPUT, [check('first'), broken])).toThrow('broken check');
  });
});

describe('a failed synth', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprints-gate-'));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });

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

runCases(GATE_CASES);
