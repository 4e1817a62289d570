import * as path from 'path';
import { SynthRecord, startSession } from '../app/_session';
import { formatFindings } from './_report';
import { resolveAppFile, UsageError } from './_run-app';
import { CommandIO, runAndSynthesize } from './synth';
import { diffFolder, FolderDiff, readOutputFolder } from './_diff-folder';
import { blueprintsOf, diffEnvironments } from './_diff-env';
import { formatEnvMarkdown, formatEnvText, formatFolderMarkdown, formatFolderText } from './_diff-format';

/** Options of `cdk8s-blueprints diff`. */
export interface DiffCommandOptions {
  /** The app file (TypeScript or JavaScript). @default - main.ts, main.mts, main.js or main.mjs */
  readonly app?: string;
  /** The output folder of every app that does not set `outdir` itself. @default - $CDK8S_OUTDIR, else dist */
  readonly output?: string;
  /** Two environments to compare with each other instead of the output folder. @default - compare with the output folder */
  readonly env?: readonly string[];
  /** How to print: for a terminal, or Markdown for a pull-request comment. @default 'text' */
  readonly format?: 'text' | 'markdown';
  /** ANSI colours in the text format. @default false */
  readonly color?: boolean;
  /** Print stack traces. @default false */
  readonly verbose?: boolean;
}

/**
 * Runs the user's app file as `synth` does — every BlueprintApp synthesized and gated — but in memory, writing
 * nothing; then compares what it would write with the output folder (or, with two `env`s, the environments with
 * each other) and prints the differences. Resolves to the exit status: 0 no differences, 1 differences, 2 an
 * error (the app's mistakes, a failing gate, a missing output folder, a folder synth would refuse).
 */
export async function diffCommand(options: DiffCommandOptions, io: CommandIO): Promise<number> {
  const envs = options.env ?? [];
  if (envs.length !== 0 && envs.length !== 2) {
    throw new UsageError(`--env: give exactly two environments, e.g. --env development --env production (got ${envs.length}: ${envs.join(', ')})`);
  }
  if (envs.length === 2 && options.output !== undefined) throw new UsageError('--env compares two environments with each other, --output an output folder with the app: give one or the other');
  const file = resolveAppFile(options.app, io.cwd);
  const records = await synthesizeInMemory(file, options, io);
  if (typeof records === 'number') return records;
  const format = options.format ?? 'text';
  const color = format === 'text' && options.color === true;

  if (envs.length === 2) {
    const blueprints = records.apps.flatMap((app) => blueprintsOf(app));
    const objects = records.synths.flatMap((s) => s.output!.objects);
    const diff = diffEnvironments(blueprints, objects, envs[0], envs[1]);
    io.out(`${format === 'markdown' ? formatEnvMarkdown(diff) : `${formatEnvText(diff, color)}\n`}`);
    return diff.blueprints.some((b) => b.objects.length > 0) ? 1 : 0;
  }

  const shown = (outdir: string) => {
    const rel = path.relative(io.cwd, outdir);
    return rel === '' ? '.' : rel.startsWith('..') ? outdir : rel;
  };
  const diffs: FolderDiff[] = [];
  for (const [outdir, files] of outputsByFolder(records.synths)) {
    const folder = readOutputFolder(outdir, shown(outdir));
    diffs.push(diffFolder(outdir, folder.files, files, folder.foreign));
  }
  io.out(format === 'markdown' ? formatFolderMarkdown(diffs, shown) : `${formatFolderText(diffs, shown, color)}\n`);
  const refused = diffs.filter((d) => d.foreign.length > 0);
  for (const d of refused) {
    const list = d.foreign.slice(0, 10).map((f) => `'${f}'`).join(', ') + (d.foreign.length > 10 ? ` and ${d.foreign.length - 10} more` : '');
    io.err(`✗ synth would refuse ${shown(d.outdir)}/: it holds ${d.foreign.length === 1 ? '1 file' : `${d.foreign.length} files`} synth did not write ` +
      `(not listed in its manifest '.cdk8s-blueprints.json'): ${list}\n`);
  }
  if (refused.length > 0) return 2;
  return diffs.some((d) => d.files.length > 0) ? 1 : 0;
}

/**
 * Runs the app file under a dry-run session: `synth()` (the app's own calls, then the CLI's for every app that
 * did not call it) synthesizes and gates, and records its output instead of writing. Prints the same report as
 * `synth` on mistakes; resolves to the exit status (2) then.
 */
async function synthesizeInMemory(file: string, options: DiffCommandOptions, io: CommandIO): Promise<{ apps: object[]; synths: SynthRecord[] } | number> {
  const previousOutdir = process.env.CDK8S_OUTDIR;
  if (options.output !== undefined) process.env.CDK8S_OUTDIR = path.resolve(io.cwd, options.output);
  const session = startSession({ dryRun: true });
  let failure: string | undefined;
  try {
    failure = await runAndSynthesize(file, session, options.verbose, io);
  } finally {
    if (options.output !== undefined) {
      if (previousOutdir === undefined) delete process.env.CDK8S_OUTDIR; else process.env.CDK8S_OUTDIR = previousOutdir;
    }
  }
  if (failure !== undefined) {
    io.err(failure);
    return 2;
  }
  const wrote = session.synths.filter((s) => !s.output);
  if (wrote.length > 0) {
    io.err(`✗ the app file's cdk8s-blueprints (another copy than this command's) does not know diff, and wrote ${wrote.map((s) => `${s.outdir}/`).join(', ')}: run the project's own cdk8s-blueprints (npx cdk8s-blueprints diff)\n`);
    return 2;
  }
  const report = { cwd: io.cwd, verbose: options.verbose };
  for (const s of session.synths) if (s.warnings.length > 0) io.err(`${formatFindings(s.warnings, report)}\n`);
  return { apps: session.apps, synths: session.synths };
}

/** What the synths would write, by output folder (a later synth into the same folder replaces an earlier one, as on disk). */
function outputsByFolder(synths: readonly SynthRecord[]): Map<string, ReadonlyMap<string, string>> {
  const out = new Map<string, ReadonlyMap<string, string>>();
  for (const s of synths) out.set(path.resolve(s.outdir), s.output!.files);
  return out;
}
