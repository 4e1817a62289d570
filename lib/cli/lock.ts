import * as fs from 'fs';
import * as path from 'path';
import type { BlueprintApp } from '../app/app';
import { startSession } from '../app/_session';
import { BlueprintError } from '../values/_errors';
import { BaseImageLock, BaseImageLockEntry } from '../images/base-lock';
import type { BuildFacts } from '../images/build-options';
import { resolveAppFile, runAppFile } from './_run-app';
import { parseMirrors, RegistryAnswerError, RegistryUnreachableError, resolveDigest } from './_registry';
import type { CommandIO } from './synth';

/** Options of `cdk8s-blueprints lock`. */
export interface LockCommandOptions {
  /** The app file (TypeScript or JavaScript). @default - main.ts, main.mts, main.js or main.mjs */
  readonly app?: string;
  /** Re-resolve every entry, not only the missing ones. @default false */
  readonly refresh?: boolean;
  /** `<registry>=<URL>` pairs: resolve that registry's references through the registry API at URL instead. @default - none */
  readonly mirror?: readonly string[];
  /** Milliseconds to wait for each registry request. @default 15000 */
  readonly timeoutMs?: number;
}

/** The exit status of `lock`: 0 the lock is complete (written, or already up to date); 1 a registry failed or the app has no lock; 2 a wrong command line. */
export type LockStatus = 0 | 1 | 2;

/**
 * Runs the app file without writing its output, collects every base image its Images' Dockerfiles pull by tag, and
 * resolves each one the app's lock file (BlueprintApp's `baseImageLock`) lacks — every one with `refresh` — through
 * the registry API (or the given mirror). Writes the lock only when every base resolved: a registry that cannot be
 * reached, or that answers without a digest, leaves the file exactly as it was and says so (exit 1). Entries the
 * app no longer uses are dropped.
 */
export async function lockCommand(options: LockCommandOptions, io: CommandIO): Promise<LockStatus> {
  let mirrors;
  try {
    mirrors = parseMirrors(options.mirror ?? []);
  } catch (e) {
    io.err(`error: ${(e as Error).message}\n`);
    return 2;
  }
  const file = resolveAppFile(options.app, io.cwd);
  const session = startSession({ dryRun: true, constructOnly: true });
  try {
    await runAppFile(file);
    await (io.idle ?? (() => new Promise<void>((r) => setImmediate(r))))();
  } catch {
    // the gate may refuse the app while its lock lacks bases (image-base-locked): the constructs are what is needed
  }
  // (the app file may load the library through another path than the CLI's: its classes are not ours to instanceof)
  const locked = (session.apps as BlueprintApp[]).filter((a) => typeof a.baseImageLockPath === 'string');
  if (locked.length === 0) {
    io.err(`✗ ${path.relative(io.cwd, file) || file} made no BlueprintApp that reads a base-image lock: give it one (new BlueprintApp({ baseImageLock: 'base-images.lock.json' })) and run lock again\n`);
    return 1;
  }

  let status: LockStatus = 0;
  for (const lockFile of [...new Set(locked.map((a) => a.baseImageLockPath!))]) {
    const references = basesOf(locked.filter((a) => a.baseImageLockPath === lockFile));
    const shown = path.relative(io.cwd, lockFile) || lockFile;
    let current: BaseImageLock;
    try {
      current = fs.existsSync(lockFile) ? BaseImageLock.parse(fs.readFileSync(lockFile, 'utf8'), shown) : BaseImageLock.empty(shown);
    } catch (e) {
      if (!(e instanceof BlueprintError)) throw e;
      io.err(`✗ ${e.message}: fix or delete the file, then run lock again\n`);
      status = 1;
      continue;
    }
    const todo = references.filter((r) => options.refresh || current.entry(r) === undefined);
    const resolved: Array<[string, BaseImageLockEntry]> = [];
    const failures: string[] = [];
    let unreachable = false;
    for (const reference of todo) {
      try {
        resolved.push([reference, await resolveDigest(reference, mirrors, { timeoutMs: options.timeoutMs })]);
      } catch (e) {
        if (!(e instanceof RegistryUnreachableError) && !(e instanceof RegistryAnswerError)) throw e;
        if (e instanceof RegistryUnreachableError) unreachable = true;
        failures.push(`  ✗ ${reference}: ${e.message}`);
      }
    }
    if (failures.length > 0) {
      io.err(`✗ ${shown} left unchanged: ${failures.length} of ${todo.length} base image${todo.length === 1 ? '' : 's'} could not be resolved${unreachable ? ' (no registry access: pass --mirror <registry>=<URL> for a reachable mirror)' : ''}\n${failures.join('\n')}\n`);
      status = 1;
      continue;
    }
    let next = current.only(references);
    for (const [reference, entry] of resolved) next = next.with(reference, entry);
    const lines = references.map((r) => {
      const e = next.entry(r)!;
      const was = current.entry(r);
      const what = was === undefined ? 'locked' : was.digest === e.digest ? 'unchanged' : `changed from ${was.digest}`;
      return `  ${r} ${e.digest} (${e.resolvedAgainst}) ${what}`;
    });
    const removed = current.references.filter((r) => !references.includes(r)).map((r) => `  ${r} removed (no Image uses it)`);
    const text = next.render();
    const old = fs.existsSync(lockFile) ? fs.readFileSync(lockFile, 'utf8') : undefined;
    if (old !== text) fs.writeFileSync(lockFile, text);
    io.out(`✓ ${shown} ${old === text ? 'is up to date' : 'written'}: ${references.length} base image${references.length === 1 ? '' : 's'}, ${resolved.length} resolved\n${[...lines, ...removed].join('\n')}\n`);
  }
  return status;
}

/** Every base the apps' Images pull by tag alone, in tree order, without duplicates. */
function basesOf(apps: readonly BlueprintApp[]): string[] {
  const out: string[] = [];
  for (const app of apps) {
    for (const c of app.node.findAll()) {
      // an Image: its facts are BuildFacts, with `baseLock` under an app that reads a lock
      const facts = (c as { facts?: Partial<BuildFacts> }).facts;
      for (const r of facts?.baseLock?.references ?? []) if (!out.includes(r)) out.push(r);
    }
  }
  return out;
}
