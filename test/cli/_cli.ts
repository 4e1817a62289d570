/**
 * What the tests of the `cdk8s-blueprints` command share: a temporary folder per test, the command run in process
 * (`main`), the command run as its own process, and app files that import the library from this repository.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../lib/cli/main';
import { CommandIO } from '../../lib/cli/synth';

export const REPO = path.resolve(__dirname, '..', '..');
export const VERSION: string = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version;
export const CLI = path.join(REPO, 'lib', 'cli', 'main.ts');

/** A fresh temporary folder for each test of the file, removed after it; the getter returns the current one. */
export function useTmp(): () => string {
  let tmp = '';
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprints-cli-'));
  });
  afterEach(() => {
    fs.rmSync(tmp, { recursive: true, force: true });
  });
  return () => tmp;
}

/** Runs the command in process in `cwd`; what it printed and its exit status. */
export async function cli(cwd: string, ...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIO = { cwd, out: (t) => { out += t; }, err: (t) => { err += t; } };
  const status = await main(argv, io);
  return { status, out, err };
}

/** Runs `cdk8s-blueprints synth` as its own process (the app file is loaded by Node, outside jest's modules). */
export function synthProcess(cwd: string, ...args: string[]) {
  const env = { ...process.env };
  delete env.CDK8S_OUTDIR;
  return spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), CLI, 'synth', ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
}

/** An app file in `dir` that imports the library from this repository. */
export function appFile(dir: string, name: string, lines: string[]): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, [`import { Blueprint, BlueprintApp, Environment, HealthCheck, ScalingPolicy, WebService, Worker } from ${JSON.stringify(path.join(REPO, 'lib'))};`, ...lines, ''].join('\n'));
  return file;
}
