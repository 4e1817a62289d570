/**
 * The `cdk8s-blueprints` command line (lib/cli/main.ts): its commands and options, --help and --version, and the
 * exit status of a wrong command line (2).
 */
import { cli, useTmp, VERSION } from './_cli';

const tmp = useTmp();

describe('the command line', () => {
  test('--version prints the version', async () => {
    expect(await cli(tmp(), '--version')).toEqual({ status: 0, out: `${VERSION}\n`, err: '' });
  });

  test('--help lists the commands', async () => {
    const r = await cli(tmp(), '--help');
    expect(r.status).toBe(0);
    expect(r.out).toContain('Usage: cdk8s-blueprints [options] [command]');
    expect(r.out).toMatch(/init \[options\] \[dir\]\s+scaffold a cdk8s-blueprints project/);
    expect(r.out).toMatch(/synth \[options\]\s+run the app file and write what it synthesizes/);
    // commander wraps descriptions to the terminal's width: compared with single spaces
    expect(r.out.replace(/\s+/g, ' ')).toContain('diff [options] show what synth would change in the output folder, object by object and field by field, writing nothing (exit 1 when something differs)');
  });

  test('diff --help lists its options', async () => {
    const r = await cli(tmp(), 'diff', '--help');
    expect(r.status).toBe(0);
    const help = r.out.replace(/\s+/g, ' ');
    expect(help).toContain('-a, --app <file> the app file, TypeScript or JavaScript');
    expect(help).toContain('-o, --output <dir> the output folder to compare with, for apps that do not set outdir (default: $CDK8S_OUTDIR or dist)');
    expect(help).toContain('--env <environment> compare two environments with each other instead: give it twice (--env development --env production)');
    expect(help).toContain('--format <format> text for a terminal, markdown for a pull-request comment (choices: "text", "markdown", default: "text")');
  });

  test('synth --help lists its options', async () => {
    const r = await cli(tmp(), 'synth', '--help');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/-a, --app <file>\s+the app file, TypeScript or JavaScript/);
    expect(r.out).toMatch(/-o, --output <dir>/);
    expect(r.out).toMatch(/--verbose\s+print stack traces/);
  });

  test('no command prints the help and exits 2', async () => {
    const r = await cli(tmp());
    expect(r.status).toBe(2);
    expect(r.err).toContain('Usage: cdk8s-blueprints [options] [command]');
  });

  test('an unknown command exits 2 with a suggestion', async () => {
    expect(await cli(tmp(), 'synt')).toEqual({ status: 2, out: '', err: "error: unknown command 'synt'\n(Did you mean synth?)\n" });
  });

  test('an unknown flag exits 2', async () => {
    expect(await cli(tmp(), 'synth', '--ouput', 'x')).toEqual({ status: 2, out: '', err: "error: unknown option '--ouput'\n(Did you mean --output?)\n" });
  });

  test('a flag without its value exits 2', async () => {
    expect(await cli(tmp(), 'synth', '--app')).toEqual({ status: 2, out: '', err: "error: option '-a, --app <file>' argument missing\n" });
  });

  test('a missing app file exits 2', async () => {
    expect(await cli(tmp(), 'synth', '--app', 'nope.ts')).toEqual({ status: 2, out: '', err: "error: --app: 'nope.ts' is not a file\n" });
    expect(await cli(tmp(), 'synth')).toEqual({ status: 2, out: '', err: `error: no app file: none of main.ts, main.mts, main.js, main.mjs is in ${tmp()}; pass --app FILE\n` });
  });
});
