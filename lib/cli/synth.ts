import * as fs from 'fs';
import * as path from 'path';
import { BlueprintError, userCallSite } from '../values/_errors';
import { recordedErrors } from '../k8s/_recorded-errors';
import { BlueprintApp } from '../app/app';
import { Finding, ValidationError } from '../validation/finding';
import { OutputFolderError } from '../app/_output-folder';
import { currentSession, Session, startSession } from '../app/_session';
import { formatFindings, formatSummary } from './_report';
import { resolveAppFile, runAppFile } from './_run-app';

/** Options of `cdk8s-blueprints synth`. */
export interface SynthCommandOptions {
  /** The app file (TypeScript or JavaScript). @default - main.ts, main.mts, main.js or main.mjs */
  readonly app?: string;
  /** The output folder of every app that does not set `outdir` itself. @default - $CDK8S_OUTDIR, else dist */
  readonly output?: string;
  /** Print stack traces. @default false */
  readonly verbose?: boolean;
}

/** Where the command prints. */
export interface CommandIO {
  readonly cwd: string;
  readonly out: (text: string) => void;
  readonly err: (text: string) => void;
  /**
   * Resolves when the app file's own work is done (an async main may synthesize later). The CLI waits for the
   * event loop to drain; in-process callers may just yield once.
   * @default - one turn of the event loop
   */
  readonly idle?: () => Promise<void>;
}

/**
 * Runs the user's app file, synthesizes every BlueprintApp it made that it did not synthesize itself, and prints
 * every mistake at once (grouped by construct, with the user's file:line), the warnings, and a one-line summary
 * of what was written. Resolves to the exit status: 0 written, 1 mistakes.
 */
export async function synthCommand(options: SynthCommandOptions, io: CommandIO): Promise<number> {
  const file = resolveAppFile(options.app, io.cwd);
  // Run by `cdk8s synth` (cdk8s.yaml's `app`), CDK8S_OUTDIR is cdk8s' own folder, which it deletes before every
  // run: with --output the app writes there, and the manifests are copied to cdk8s' folder afterwards.
  const cdk8sOutdir = process.env.CDK8S_OUTDIR;
  if (cdk8sOutdir && isCdk8sHelmScaffold(cdk8sOutdir)) {
    // `cdk8s synth --format helm`: cdk8s has written one Chart.yaml for the whole app and runs it into its templates/.
    const charts = `${path.relative(io.cwd, path.resolve(io.cwd, options.output ?? 'dist')) || '.'}/charts/<blueprint>/`;
    io.err(`✗ cdk8s synth --format helm is not supported: it makes one chart of every blueprint and environment of the app (${path.relative(io.cwd, path.dirname(cdk8sOutdir)) || '.'}/), with no values. Synthesis writes a Helm chart per blueprint and environment itself, to ${charts}, when the app asks for them (new BlueprintApp({ helm: true })): run cdk8s synth without --format helm, then helm install <release> ${charts.replace('<blueprint>/', '<blueprint>')}. Nothing was written.\n`);
    return 1;
  }
  if (options.output !== undefined) process.env.CDK8S_OUTDIR = path.resolve(io.cwd, options.output);
  const session = currentSession() ?? startSession();
  const failure = await runAndSynthesize(file, session, options.verbose, io);
  if (failure !== undefined) {
    io.err(failure);
    return 1;
  }
  const report = { cwd: io.cwd, verbose: options.verbose };
  for (const s of session.synths) {
    if (s.warnings.length > 0) io.err(`${formatFindings(s.warnings, report)}\n`);
    io.out(`${formatSummary(s, io.cwd)}\n`);
  }
  if (cdk8sOutdir && options.output !== undefined) {
    const target = path.resolve(io.cwd, cdk8sOutdir);
    const copied = mirrorManifests(session, target);
    io.out(`  copied ${copied} manifest${copied === 1 ? '' : 's'} to ${path.relative(io.cwd, target) || '.'}/ for cdk8s synth\n`);
  }
  return 0;
}

/**
 * Copies every `*.k8s.yaml` the synths wrote into `target` (cdk8s' own output folder, which it empties itself),
 * so `cdk8s synth` lists them, runs its validation plugins on them and prints them with --stdout.
 */
function mirrorManifests(session: Session, target: string): number {
  let copied = 0;
  for (const s of session.synths) {
    if (path.resolve(s.outdir) === target) continue;
    for (const rel of [...s.written, ...s.unchanged].filter((f) => f.endsWith('.k8s.yaml'))) {
      const dest = path.join(target, rel);
      fs.mkdirSync(path.dirname(dest), { recursive: true });
      fs.copyFileSync(path.join(s.outdir, rel), dest);
      copied++;
    }
  }
  fs.mkdirSync(target, { recursive: true });
  return copied;
}

/**
 * Runs the app file in `session` and synthesizes every BlueprintApp it made that did not synthesize itself (the
 * session decides whether synthesis writes). Resolves to the report to print when that failed (every mistake at
 * once, with a stack trace when `verbose`) or made no app; to undefined when every app synthesized.
 */
export async function runAndSynthesize(file: string, session: Session, verbose: boolean | undefined, io: CommandIO): Promise<string | undefined> {
  try {
    await runAppFile(file);
    await (io.idle ?? settle)();
    for (const app of session.apps) {
      if (!session.synths.some((s) => s.app === app)) (app as BlueprintApp).synth();
    }
  } catch (e) {
    return `${formatFindings(failureFindings(e, session), { cwd: io.cwd, verbose })}${verbose ? `\n\n${stackOf(e)}` : ''}\n`;
  }
  if (session.apps.length === 0) {
    return `✗ ${path.relative(io.cwd, file) || file} made no BlueprintApp: create one (const app = new BlueprintApp()) and call app.synth()\n`;
  }
  return undefined;
}

/** The report of an error that escaped the app file asynchronously (an uncaught exception in its async main). */
export function formatFailure(e: unknown, cwd: string, verbose = false): string {
  const session = currentSession() ?? startSession();
  return `${formatFindings(failureFindings(e, session), { cwd, verbose })}${verbose ? `\n\n${stackOf(e)}` : ''}\n`;
}

/** Whether `dir` is the templates/ folder of the chart `cdk8s synth --format helm` scaffolds (its Chart.yaml beside it). */
function isCdk8sHelmScaffold(dir: string): boolean {
  return path.basename(dir) === 'templates' && fs.existsSync(path.join(path.dirname(dir), 'Chart.yaml'));
}

/** Lets promises the app file started (an async main) run before its apps are looked at. */
function settle(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

/**
 * What went wrong, as findings: a ValidationError's own; otherwise every mistake the constructs recorded so far
 * plus the error that stopped the app file (a value object's BlueprintError, or a bug in the app) at its line.
 */
export function failureFindings(e: unknown, session: Session): Finding[] {
  // By name, not instanceof: the app file may load another copy of the library than the CLI's own.
  if (isError(e, 'ValidationError') && Array.isArray((e as ValidationError).findings)) return [...(e as ValidationError).findings];
  const recorded: Finding[] = session.apps.flatMap((app) => recordedErrors(app as BlueprintApp)).map((r) => ({
    path: r.path, owner: r.path, rule: r.rule, severity: 'error', message: r.message, site: userCallSite(r.stack),
  }));
  if (isError(e, 'BlueprintError') && (e as BlueprintError).recorded) return recorded;
  const error = e instanceof Error ? e : new Error(String(e));
  const rule = e instanceof OutputFolderError || /^Output folder '/.test(error.message) ? 'output-folder' : isError(e, 'BlueprintError') ? 'value' : error.name;
  return [...recorded, { path: '', rule, severity: 'error', message: error.message, site: userCallSite(error) }];
}

function isError(e: unknown, name: string): boolean {
  return e instanceof Error && e.name === name;
}

function stackOf(e: unknown): string {
  return e instanceof Error ? e.stack ?? e.message : String(e);
}

