#!/usr/bin/env node
/**
 * The `cdk8s-blueprints` command: `init [dir]` scaffolds a project, `synth` runs an app file and writes its output,
 * `diff` shows what a synth would change (or how two environments differ) without writing anything, `lock` resolves
 * the base images of the app's Dockerfiles to digests in its base-image lock.
 * Exit status: 0 done, 1 the app has mistakes (or a command failed), 2 the command line is wrong; `diff`: 0 no
 * differences, 1 differences, 2 an error (the app's mistakes included); `lock`: 0 the lock is complete, 1 a registry
 * could not be reached or gave no digest (the lock is left unchanged) or the app reads no lock, 2 a wrong command line.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { CommandIO } from './synth';
import { UsageError, useCompileCache } from './_run-app';

// The commands' modules, and commander, are loaded when used: `synth` never loads the diff engine, and the CLI puts
// its compile cache in front of Node's loader (useCompileCache) before it loads the library.
/* eslint-disable @typescript-eslint/no-require-imports */
const commander = () => require('commander') as typeof import('commander');
const synthModule = () => require('./synth') as typeof import('./synth');
/* eslint-enable @typescript-eslint/no-require-imports */

const VERSION: string = JSON.parse(fs.readFileSync(path.join(__dirname, '..', '..', 'package.json'), 'utf8')).version;

/** Waits until the app file's own asynchronous work is done: the event loop has nothing left but us. */
function drained(): Promise<void> {
  return new Promise((resolve) => process.once('beforeExit', () => resolve()));
}

/** Parses `argv` (without node and the script) and runs the command; resolves to the exit status. */
export async function main(argv: readonly string[], io: CommandIO & { readonly color?: boolean }): Promise<number> {
  let status = 0;
  const { Command, CommanderError, Option } = commander();
  const program = new Command('cdk8s-blueprints')
    .description('Typed app blueprints on cdk8s: Kubernetes manifests per environment and the Dockerfiles of their images, checked before anything is written.')
    .version(VERSION, '-V, --version', 'print the version')
    .helpOption('-h, --help', 'print this help')
    .addHelpCommand(false)
    .showSuggestionAfterError(true)
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err });

  program.command('init')
    .description('scaffold a cdk8s-blueprints project: main.ts, a snapshot test, package.json, tsconfig.json, cdk8s.yaml')
    .argument('[dir]', 'the folder to create it in (must be empty)', '.')
    .option('--name <name>', 'the application\'s name (default: the folder\'s name)')
    .option('--dependency <spec>', `how package.json depends on cdk8s-blueprints, e.g. a tarball or file: path (default: ^${VERSION})`)
    .action((dir: string, opts: { name?: string; dependency?: string }) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { initCommand } = require('./init') as typeof import('./init');
      status = initCommand({ dir, name: opts.name, dependency: opts.dependency ?? `^${VERSION}` }, io);
    });

  program.command('synth')
    .description('run the app file and write what it synthesizes: manifests, Dockerfiles, compose files')
    .option('-a, --app <file>', 'the app file, TypeScript or JavaScript (default: main.ts, main.mts, main.js or main.mjs)')
    .option('-o, --output <dir>', 'the output folder, for apps that do not set outdir (default: $CDK8S_OUTDIR or dist)')
    .option('--verbose', 'print stack traces')
    .action(async (opts: { app?: string; output?: string; verbose?: boolean }) => {
      status = await synthModule().synthCommand(opts, io);
    });

  program.command('diff')
    .description('show what synth would change in the output folder, object by object and field by field, writing nothing (exit 1 when something differs)')
    .option('-a, --app <file>', 'the app file, TypeScript or JavaScript (default: main.ts, main.mts, main.js or main.mjs)')
    .option('-o, --output <dir>', 'the output folder to compare with, for apps that do not set outdir (default: $CDK8S_OUTDIR or dist)')
    .option('--env <environment>', 'compare two environments with each other instead: give it twice (--env development --env production)', (v: string, list: string[] = []) => [...list, v])
    .addOption(new Option('--format <format>', 'text for a terminal, markdown for a pull-request comment').choices(['text', 'markdown']).default('text'))
    .option('--verbose', 'print stack traces')
    .action(async (opts: { app?: string; output?: string; env?: string[]; format: 'text' | 'markdown'; verbose?: boolean }) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { diffCommand } = require('./diff') as typeof import('./diff');
      status = await diffCommand({ ...opts, color: io.color ?? false }, io);
    });

  program.command('lock')
    .description('resolve the base images of the app\'s Dockerfiles to digests through the registry API and write them to its base-image lock (BlueprintApp\'s baseImageLock): missing entries, or all with --refresh; exit 1, the lock unchanged, when a registry fails')
    .option('-a, --app <file>', 'the app file, TypeScript or JavaScript (default: main.ts, main.mts, main.js or main.mjs)')
    .option('--refresh', 're-resolve every entry, not only the missing ones')
    .option('--mirror <registry=url>', 'resolve a registry\'s images through another registry API, e.g. docker.io=http://127.0.0.1:5000 (repeatable)', (v: string, list: string[] = []) => [...list, v])
    .action(async (opts: { app?: string; refresh?: boolean; mirror?: string[] }) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { lockCommand } = require('./lock') as typeof import('./lock');
      status = await lockCommand(opts, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    return status;
  } catch (e) {
    if (e instanceof CommanderError) {
      // --help and --version: success. Everything else — including no command at all, answered with the help — is a
      // wrong command line, and commander has printed why.
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' ? 0 : 2;
    }
    if (e instanceof UsageError) {
      io.err(`error: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

if (require.main === module) {
  useCompileCache();
  const io: CommandIO & { color: boolean } = {
    cwd: process.cwd(),
    // https://no-color.org: colours only on a terminal, and never when NO_COLOR is set to anything but ''.
    color: process.stdout.isTTY === true && !process.env.NO_COLOR,
    out: (t) => process.stdout.write(t),
    err: (t) => process.stderr.write(t),
    idle: drained,
  };
  // The report names the user's lines; stack traces only with --verbose. A deep library stack still reaches them.
  Error.stackTraceLimit = Math.max(Error.stackTraceLimit, 50);
  const verbose = process.argv.includes('--verbose');
  const escaped = (e: unknown) => {
    process.stderr.write(synthModule().formatFailure(e, io.cwd, verbose));
    process.exit(1);
  };
  process.on('uncaughtException', escaped);
  process.on('unhandledRejection', escaped);
  main(process.argv.slice(2), io).then((code) => { process.exitCode = code; }, (e) => {
    process.stderr.write(`✗ cdk8s-blueprints failed: ${e instanceof Error ? e.stack : String(e)}\n`);
    process.exitCode = 1;
  });
}
