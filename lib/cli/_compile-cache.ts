/**
 * The CLI's compile cache: V8's code cache of the CommonJS files it loads again on every run (this package's own
 * JavaScript and that of its dependencies), and the JavaScript the app's TypeScript files were transformed into.
 *
 * Compiling the library's JavaScript, and then lazily each function it runs, is a fifth of a cold synth. V8 can
 * serialize what it compiled (`vm.Script#createCachedData`, taken at exit, when the functions that ran are
 * compiled too) and start from it the next time. Entries are named by the sha-1 of what they were made from
 * (the file's path and text, Node's version, architecture and flags), so an edited file or another Node never
 * meets a stale entry; V8 rejects an entry it cannot use, and the file is compiled from its source as before.
 *
 * Where: `node_modules/.cache/cdk8s-blueprints/` of the project the package is installed in (the folder
 * find-cache-dir, babel and eslint use), or `$CDK8S_BLUEPRINTS_CACHE_DIR`; `CDK8S_BLUEPRINTS_CACHE=off` turns it
 * off. A run that writes entries removes those no run has used for two weeks. Nothing here changes what a synth
 * writes: only how fast the CLI starts.
 */
import * as fs from 'fs';
import Module = require('module');
import * as path from 'path';
import * as vm from 'vm';
import type { CrdCache } from '../k8s/_crd-cache';
import { entryName } from '../values/_entry-name';

/** The one folder of this process's cache entries, or undefined when caching is off or the folder is not writable. */
export function cacheDir(env: NodeJS.ProcessEnv = process.env): string | undefined {
  if (env.CDK8S_BLUEPRINTS_CACHE === 'off') return undefined;
  const dir = env.CDK8S_BLUEPRINTS_CACHE_DIR || defaultCacheDir();
  try {
    fs.mkdirSync(dir, { recursive: true });
    fs.accessSync(dir, fs.constants.W_OK);
    return dir;
  } catch {
    return undefined;
  }
}

/**
 * `<project>/node_modules/.cache/cdk8s-blueprints`: the `node_modules` folder the package is installed in, or
 * this repository's own when it runs from its checkout.
 */
function defaultCacheDir(): string {
  const root = fs.realpathSync(path.resolve(__dirname, '..', '..'));
  const parts = root.split(path.sep);
  const at = parts.lastIndexOf('node_modules');
  const nodeModules = at >= 0 ? parts.slice(0, at + 1).join(path.sep) : path.join(root, 'node_modules');
  return path.join(nodeModules, '.cache', 'cdk8s-blueprints');
}

/**
 * What the code cache of a script depends on besides its text: the V8 that made it, and the flags it runs with.
 * V8 rejects an entry made under other flags itself; naming entries by them too keeps runs with other flags (a
 * profiler's, NODE_OPTIONS') from overwriting each other's entries, every run a miss.
 */
const V8_IDENTITY = `${process.version} ${process.arch} ${process.versions.v8} ${process.execArgv.join(' ')} ${process.env.NODE_OPTIONS ?? ''}`;

/** The entries this process read (kept when the folder is pruned) and whether it wrote any (then it is pruned). */
const used = new Set<string>();
const written: { dirs: Set<string> } = { dirs: new Set() };

/** The names of this cache's entries: the sha-1 of what they were made from, and what they hold. */
const ENTRY_NAME = /^[0-9a-f]{40}\.(v8|js|json|module\.js)$/;

/** How long an entry no run has used stays: a run that writes an entry removes those older (two weeks). */
export const UNUSED_ENTRY_LIFETIME_MS = 14 * 24 * 3600 * 1000;

/** Writes `data` to `file` so that a reader never sees half of it: a temp file renamed over it (atomic on POSIX). */
export function writeAtomically(file: string, data: string | Buffer): void {
  const temp = `${file}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(temp, data);
    fs.renameSync(temp, file);
    used.add(file);
    written.dirs.add(path.dirname(file));
  } catch {
    fs.rmSync(temp, { force: true }); // a cache that cannot be written is no cache: the run goes on
  }
}

/** The entry `file` (a Buffer, or text with `encoding`), or undefined when there is none. */
export function readEntry(file: string): Buffer | undefined;
export function readEntry(file: string, encoding: 'utf8'): string | undefined;
export function readEntry(file: string, encoding?: 'utf8'): Buffer | string | undefined {
  try {
    const data = encoding ? fs.readFileSync(file, encoding) : fs.readFileSync(file);
    used.add(file);
    return data;
  } catch {
    return undefined;
  }
}

/**
 * Removes the entries of `dir` this run did not use whose last use is older than `lifetime` (an edited file, an
 * upgraded package or Node leaves its old entries behind), and marks those it used as used now. Runs only after a
 * run wrote something, so an unchanged project never pays for it.
 */
export function pruneCache(dir: string, now = Date.now(), lifetime = UNUSED_ENTRY_LIFETIME_MS): void {
  let names: string[];
  try {
    names = fs.readdirSync(dir);
  } catch {
    return;
  }
  const date = new Date(now);
  // only what this cache writes: it never deletes a file it did not write
  for (const name of names.filter((n) => ENTRY_NAME.test(n))) {
    const file = path.join(dir, name);
    try {
      if (used.has(file)) fs.utimesSync(file, date, date);
      else if (fs.statSync(file).mtimeMs < now - lifetime) fs.rmSync(file, { force: true });
    } catch {
      // another run removed or replaced it
    }
  }
}

/** A CommonJS `.js` loader: what `require.extensions['.js']` holds. */
export type JsLoader = NodeJS.RequireExtensions['.js'];

/** Scripts compiled without a usable code cache entry, written at exit (after the functions that ran are compiled). */
const pending: { script: vm.Script; file: string }[] = [];
process.once('exit', () => {
  for (const p of pending) {
    try {
      writeAtomically(p.file, p.script.createCachedData());
    } catch {
      // a script V8 cannot serialize is compiled from its source next time
    }
  }
  for (const dir of written.dirs) pruneCache(dir);
});

/** The CommonJS wrapper function of `source`, compiled through V8's code cache in `dir`. */
function compileCached(dir: string, filename: string, source: string): (...args: unknown[]) => void {
  const file = path.join(dir, `${entryName('v8', V8_IDENTITY, filename, source)}.v8`);
  const cachedData = readEntry(file);
  const script = new vm.Script(Module.wrap(source), { filename, cachedData });
  if (cachedData === undefined || script.cachedDataRejected) pending.push({ script, file });
  return script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => void;
}

/**
 * A `.js` loader that compiles the files under `dirs` through V8's code cache in `dir` and leaves every other file
 * to `next`. Entries missing or rejected are written when the process exits.
 */
export function codeCachingLoader(dir: string, dirs: readonly string[], next: JsLoader): JsLoader {
  const prefixes = dirs.map((d) => d + path.sep);
  return (module, filename) => {
    if (!prefixes.some((p) => filename.startsWith(p))) return next(module, filename);
    const wrapper = compileCached(dir, filename, stripShebang(fs.readFileSync(filename, 'utf8')));
    wrapper.call(module.exports, module.exports, requireOf(module), module, filename, path.dirname(filename));
  };
}

/**
 * The CRD cache of lib/k8s (what the app's CustomResourceDefinitions parse and compile to) kept in `dir`: JSON
 * files, and modules run through the code cache like the library's own.
 */
export function crdCacheIn(dir: string): CrdCache {
  const read = (file: string) => readEntry(file, 'utf8');
  return {
    readJson: (key) => {
      const text = read(path.join(dir, `${key}.json`));
      return text === undefined ? undefined : JSON.parse(text);
    },
    writeJson: (key, value) => writeAtomically(path.join(dir, `${key}.json`), JSON.stringify(value)),
    loadModule: (key, require) => {
      const filename = path.join(dir, `${key}.module.js`);
      const source = read(filename);
      if (source === undefined) return undefined;
      const module = { exports: {} as unknown };
      compileCached(dir, filename, source).call(module.exports, module.exports, require, module, filename, dir);
      return module.exports;
    },
    writeModule: (key, code) => writeAtomically(path.join(dir, `${key}.module.js`), code),
  };
}

/** The `require` a module's code sees, as Node makes it (resolve, resolve.paths, main, extensions, cache). */
function requireOf(module: NodeJS.Module): NodeJS.Require {
  const internal = Module as unknown as {
    _resolveFilename(request: string, parent: NodeJS.Module, isMain: boolean, options?: { paths?: string[] }): string;
    _resolveLookupPaths(request: string, parent: NodeJS.Module): string[] | null;
    _extensions: NodeJS.RequireExtensions;
    _cache: NodeJS.Dict<NodeJS.Module>;
  };
  const require = ((id: string) => module.require(id)) as NodeJS.Require;
  const resolve = ((request: string, options?: { paths?: string[] }) => internal._resolveFilename(request, module, false, options)) as NodeJS.RequireResolve;
  resolve.paths = (request: string) => internal._resolveLookupPaths(request, module);
  require.resolve = resolve;
  require.main = process.mainModule;
  require.extensions = internal._extensions;
  require.cache = internal._cache;
  return require;
}

/** Node ignores a `#!` line at the top of a CommonJS file; `vm.Script` would not. */
function stripShebang(source: string): string {
  return source.startsWith('#!') ? `//${source.slice(2)}` : source;
}
