/**
 * The CLI's TypeScript loader for CommonJS app files: `.ts`, `.cts` and `.tsx` files transformed by esbuild (the
 * one tsx bundles; no type-check, like tsx) and kept in the compile cache, so an unchanged file is not transformed
 * again. Lighter than tsx's `register()`, whose resolver wraps every `require` of every module (the library's own
 * 300 included) and whose `.js` loader scans each file for ES module syntax: measured, a tenth of a cold synth.
 *
 * What tsx does that an app file needs is kept: the stack traces of the user's lines point into the TypeScript
 * (inline source maps, Node's source-map support), `./x.js` finds `./x.ts`, the tsconfig.json beside the app
 * (or above it) sets how esbuild reads the code (decorators, class fields, JSX), and the user's own `.js` files in
 * ES module syntax are transformed too. An app whose tsconfig maps `paths` or `extends` another is left to tsx
 * (see `lightLoaderFits`).
 */
import * as fs from 'fs';
import Module = require('module');
import * as path from 'path';
import { entryName } from '../values/_entry-name';
import { JsLoader, readEntry, writeAtomically } from './_compile-cache';

/** What this module needs of esbuild's API. */
interface Esbuild {
  readonly version: string;
  transformSync(input: string, options: Record<string, unknown>): { code: string };
}

type Internal = {
  _resolveFilename(request: string, parent: NodeJS.Module | undefined, isMain: boolean, options?: unknown): string;
  _extensions: NodeJS.RequireExtensions;
};
const internal = Module as unknown as Internal;

const TS_EXTENSIONS = ['.ts', '.cts', '.tsx'];

/** esbuild as tsx depends on it, or undefined when it cannot be found. */
export function findEsbuild(): Esbuild | undefined {
  try {
    const tsx = path.dirname(require.resolve('tsx/package.json'));
    return require(require.resolve('esbuild', { paths: [tsx] })) as Esbuild;
  } catch {
    return undefined;
  }
}

/** The nearest tsconfig.json at or above `dir`, as text (esbuild reads its comments and trailing commas itself). */
export function nearestTsconfig(dir: string): { file: string; text: string } | undefined {
  for (let d = dir; ; d = path.dirname(d)) {
    const file = path.join(d, 'tsconfig.json');
    if (fs.existsSync(file)) return { file, text: fs.readFileSync(file, 'utf8') };
    if (path.dirname(d) === d) return undefined;
  }
}

/**
 * Whether this loader can run the app file: esbuild is there, and its tsconfig.json neither maps `paths` nor
 * `extends` another (tsx resolves the one and follows the other; esbuild's transform reads only the file itself).
 */
export function lightLoaderFits(appFile: string): boolean {
  const tsconfig = nearestTsconfig(path.dirname(appFile));
  return !(tsconfig && /"(paths|extends)"\s*:/.test(tsconfig.text)) && findEsbuild() !== undefined;
}

/**
 * Registers the loader for the app file: `require.extensions` for the TypeScript extensions, the user's `.js` files
 * (outside node_modules and the `packageDirs`, this package's and its dependencies') written as ES modules, and
 * `./x.js` → `./x.ts` resolution. `cache`: the compile cache's folder (transforms are kept there), or undefined.
 */
export function registerTypeScript(appFile: string, cache: string | undefined, esbuild: Esbuild, packageDirs: readonly string[] = []): void {
  const tsconfig = nearestTsconfig(path.dirname(appFile));
  const transform = (source: string, filename: string, loader: 'ts' | 'tsx' | 'js'): string => {
    const options = {
      loader, format: 'cjs', platform: 'node', target: `node${process.versions.node}`, sourcemap: 'inline',
      sourcefile: filename, ...(tsconfig ? { tsconfigRaw: tsconfig.text } : {}),
    };
    const entry = cache && path.join(cache, `${entryName('esbuild', esbuild.version, JSON.stringify(options), source)}.js`);
    const kept = entry ? readEntry(entry, 'utf8') : undefined;
    if (kept !== undefined) return kept;
    const code = esbuild.transformSync(source, options).code;
    if (entry) writeAtomically(entry, code);
    return code;
  };
  process.setSourceMapsEnabled(true);
  for (const ext of TS_EXTENSIONS) {
    internal._extensions[ext] = (module, filename) => {
      const code = transform(fs.readFileSync(filename, 'utf8'), filename, ext === '.tsx' ? 'tsx' : 'ts');
      (module as unknown as { _compile(code: string, filename: string): void })._compile(code, filename);
    };
  }
  const js: JsLoader = internal._extensions['.js'];
  const own = packageDirs.map((d) => d + path.sep);
  internal._extensions['.js'] = (module, filename) => {
    if (own.some((d) => filename.startsWith(d)) || filename.split(path.sep).includes('node_modules')) return js(module, filename);
    const source = fs.readFileSync(filename, 'utf8');
    if (!/^\s*(import|export)\b/m.test(source)) return js(module, filename);
    (module as unknown as { _compile(code: string, filename: string): void })._compile(transform(source, filename, 'js'), filename);
  };
  const resolve = internal._resolveFilename;
  internal._resolveFilename = function (this: unknown, request, parent, ...rest) {
    try {
      return resolve.call(this, request, parent, ...rest);
    } catch (e) {
      // TypeScript's own convention for CommonJS and ES module code alike: import './x.js' means ./x.ts
      const fromTs = parent?.filename !== undefined && parent.filename !== null && TS_EXTENSIONS.includes(path.extname(parent.filename));
      const ts = fromTs && /^\.\.?\//.test(request) ? request.replace(/\.(c?)js$/, '.$1ts') : request;
      if (ts === request) throw e;
      try {
        return resolve.call(this, ts, parent, ...rest);
      } catch {
        throw e;
      }
    }
  };
}
