import * as fs from 'fs';
import Module = require('module');
import * as path from 'path';
import { pathToFileURL } from 'url';
import { useCrdCache } from '../k8s/_crd-cache';
import { cacheDir, codeCachingLoader, crdCacheIn } from './_compile-cache';
import { findEsbuild, lightLoaderFits, registerTypeScript } from './_ts-loader';

/** A mistake in how the CLI was called (exit status 2). */
export class UsageError extends Error {
  public override readonly name = 'UsageError';
}

/** The app files `synth` looks for when `--app` is not given, in order. */
export const DEFAULT_APP_FILES = ['main.ts', 'main.mts', 'main.js', 'main.mjs'];

/** The app file to run: `--app`, or the first default that exists in `cwd`. */
export function resolveAppFile(app: string | undefined, cwd: string): string {
  if (app !== undefined) {
    const file = path.resolve(cwd, app);
    if (!fs.existsSync(file) || !fs.statSync(file).isFile()) throw new UsageError(`--app: '${app}' is not a file`);
    return file;
  }
  const found = DEFAULT_APP_FILES.map((f) => path.join(cwd, f)).find((f) => fs.existsSync(f));
  if (!found) throw new UsageError(`no app file: none of ${DEFAULT_APP_FILES.join(', ')} is in ${cwd}; pass --app FILE`);
  return found;
}

const TS = new Set(['.ts', '.mts', '.cts', '.tsx']);
let registered = { cjs: false, esm: false };
/** A real `import()`: TypeScript compiles `import()` to `require()` in CommonJS output, which cannot load every ES module. */
// eslint-disable-next-line @typescript-eslint/no-implied-eval
const dynamicImport = new Function('specifier', 'return import(specifier)') as (specifier: string) => Promise<unknown>;
const extensions = (Module as unknown as { _extensions: NodeJS.RequireExtensions })._extensions;
let cache: { dir: string | undefined; packageDirs: string[] } | undefined;

/**
 * Puts the CLI's compile cache (lib/cli/_compile-cache.ts) in front of Node's `.js` loader for this package and the
 * packages it depends on, and makes it the CRD cache (what the app's CRD files parse and compile to), once per
 * process. The CLI calls it first thing, before it loads the library.
 */
export function useCompileCache(): void {
  if (cache) return;
  cache = { dir: cacheDir(), packageDirs: ownPackageDirs() };
  if (!cache.dir) return;
  extensions['.js'] = codeCachingLoader(cache.dir, cache.packageDirs, extensions['.js']);
  useCrdCache(crdCacheIn(cache.dir));
}

/**
 * Runs the user's app file as the main module, the way `node`, `ts-node` or `tsx` would (so `require.main ===
 * module` holds in it): CommonJS TypeScript through the CLI's esbuild loader (lib/cli/_ts-loader.ts; tsx's when
 * the app's tsconfig maps `paths` or extends another), registered once, only for TypeScript files, never over a loader already there
 * (`tsx`, `ts-node`); ES modules through `import()`, TypeScript ones with tsx's ES module loader. No type-check.
 */
export async function runAppFile(file: string): Promise<void> {
  const ext = path.extname(file);
  const esm = isEsm(file);
  if (TS.has(ext) && !esm && !registered.cjs && !extensions['.ts']) {
    const esbuild = lightLoaderFits(file) ? findEsbuild() : undefined;
    if (esbuild) {
      registerTypeScript(file, cache?.dir, esbuild, cache?.packageDirs ?? ownPackageDirs());
    } else {
      // tsx's CommonJS require hooks.
      const direct = extensions['.js'];
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      require('tsx/cjs/api').register();
      loadOwnJavaScriptDirectly(direct);
    }
    registered = { ...registered, cjs: true };
  }
  if (TS.has(ext) && esm && !registered.esm) {
    // tsx's ESM loader hooks (module.register). Its ES module entry: the CommonJS build of this API resolves its
    // hooks file against the wrong folder (tsx 4.23).
    const api = await dynamicImport('tsx/esm/api') as { register(): unknown };
    api.register();
    registered = { ...registered, esm: true };
  }
  process.argv[1] = file;
  if (esm) {
    await dynamicImport(pathToFileURL(file).href);
  } else {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    (require('module') as { runMain(main?: string): void }).runMain(file);
  }
}

/**
 * Lets Node load this package's own JavaScript and that of the packages it depends on (transitively) without
 * tsx. tsx's `.js` loader scans every JavaScript file for ES module syntax before loading it; these files are
 * CommonJS (the library's own, compiled by its build, and its dependencies' published builds), and the gate loads
 * its 1.4 MB of generated schema validators lazily, after the app file started: scanning them all is a tenth of
 * a cold synth. Every other file — the user's, and other packages' — still goes through tsx.
 */
export function loadOwnJavaScriptDirectly(direct: NodeJS.RequireExtensions['.js']): void {
  const viaTsx = require.extensions['.js'];
  if (viaTsx === direct) return;
  const dirs = ownPackageDirs().map((d) => d + path.sep);
  require.extensions['.js'] = (module, filename) => (dirs.some((d) => filename.startsWith(d)) ? direct : viaTsx)(module, filename);
}

/** The real paths of this package and of every package it depends on, as Node resolves them from here. */
export function ownPackageDirs(): string[] {
  const dirs: string[] = [];
  const visit = (dir: string) => {
    if (dirs.includes(dir)) return;
    dirs.push(dir);
    let pkg: { dependencies?: Record<string, string>; peerDependencies?: Record<string, string>; type?: string };
    try {
      pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    } catch {
      return;
    }
    for (const name of Object.keys({ ...pkg.dependencies, ...pkg.peerDependencies })) {
      const found = packageDir(name, dir);
      if (found && JSON.parse(fs.readFileSync(path.join(found, 'package.json'), 'utf8')).type !== 'module') visit(found);
    }
  };
  visit(fs.realpathSync(path.resolve(__dirname, '..', '..')));
  return dirs;
}

/**
 * The real path of package `name` as Node finds it from `dir` (the `node_modules` folders of `dir` and of every
 * folder above it), or undefined when it is not installed. Looked up folder by folder rather than through
 * `require.resolve`, which resolves each package's entry point too (for this package's 25: 12 ms against 5 ms).
 */
function packageDir(name: string, dir: string): string | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    if (path.basename(d) !== 'node_modules') {
      const candidate = path.join(d, 'node_modules', name);
      if (fs.existsSync(path.join(candidate, 'package.json'))) return fs.realpathSync(candidate);
    }
    if (path.dirname(d) === d) return undefined;
  }
}

/** Whether Node treats the file as an ES module: .mjs/.mts, or .js/.ts under a package.json with "type": "module". */
function isEsm(file: string): boolean {
  const ext = path.extname(file);
  if (ext === '.mjs' || ext === '.mts') return true;
  if (ext === '.cjs' || ext === '.cts') return false;
  for (let dir = path.dirname(file); ; dir = path.dirname(dir)) {
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        return JSON.parse(fs.readFileSync(pkg, 'utf8')).type === 'module';
      } catch {
        return false;
      }
    }
    if (path.dirname(dir) === dir) return false;
  }
}
