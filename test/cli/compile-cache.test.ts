/**
 * The CLI's compile cache (lib/cli/_compile-cache.ts): where it lives, that a second run starts from V8's code cache
 * of the first, and that an edited file never runs from a stale entry. Each run is its own Node process, as the CLI.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { cacheDir } from '../../lib/cli/_compile-cache';
import { entryName } from '../../lib/values/_entry-name';
import { REPO, useTmp } from './_cli';

const tmp = useTmp();

/**
 * Runs a Node process that puts the code-caching loader over `packageDir` with its cache in `cache`, requires
 * `module` and prints what it exports and whether V8 took the cached code.
 */
function run(cache: string, packageDir: string, module: string): { stdout: string; stderr: string; status: number | null } {
  const script = [
    `const Module = require('module');`,
    `const vm = require('vm');`,
    `const taken = [];`,
    // vm.Script reports whether the cached data it was given was rejected: watch every script the loader makes
    `const Script = vm.Script;`,
    `vm.Script = class extends Script { constructor(code, options) { super(code, options); if (options && options.cachedData) taken.push(!this.cachedDataRejected); } };`,
    `const { codeCachingLoader } = require(${JSON.stringify(path.join(REPO, 'lib', 'cli', '_compile-cache'))});`,
    `Module._extensions['.js'] = codeCachingLoader(${JSON.stringify(cache)}, [${JSON.stringify(packageDir)}], Module._extensions['.js']);`,
    `const m = require(${JSON.stringify(module)});`,
    `console.log(JSON.stringify({ value: m.value, shebang: m.line, taken }));`,
  ].join('\n');
  const r = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), '-e', script], { cwd: tmp(), encoding: 'utf8' });
  return { stdout: r.stdout, stderr: r.stderr, status: r.status };
}

describe('the compile cache', () => {
  test('a second run starts from the code cache the first wrote at exit', () => {
    // GIVEN: a package whose entry has a shebang line and requires a file beside it
    const pkg = path.join(tmp(), 'pkg');
    const cache = path.join(tmp(), 'cache');
    fs.mkdirSync(pkg);
    fs.mkdirSync(cache);
    fs.writeFileSync(path.join(pkg, 'index.js'), "#!/usr/bin/env node\nexports.value = require('./two').two * 21;\nexports.line = new Error().stack.split('\\n')[1].replace(/.*index\\.js:/, '').replace(/\\)$/, '');\n");
    fs.writeFileSync(path.join(pkg, 'two.js'), 'exports.two = 2;\n');

    // WHEN
    const first = run(cache, pkg, path.join(pkg, 'index.js'));
    const entries = fs.readdirSync(cache);
    const second = run(cache, pkg, path.join(pkg, 'index.js'));

    // THEN: one entry per file; the first run compiled from source, the second took both entries; line numbers hold
    expect(first.stderr).toBe('');
    expect(JSON.parse(first.stdout)).toEqual({ value: 42, shebang: '3:16', taken: [] });
    expect(entries.filter((f) => f.endsWith('.v8'))).toHaveLength(2);
    expect(entries.filter((f) => !f.endsWith('.v8'))).toEqual([]); // no temp file left behind
    expect(JSON.parse(second.stdout)).toEqual({ value: 42, shebang: '3:16', taken: [true, true] });
  });

  test('an edited file runs its new text, from a new entry', () => {
    // GIVEN: a cache made from the first text of a file
    const pkg = path.join(tmp(), 'pkg');
    const cache = path.join(tmp(), 'cache');
    fs.mkdirSync(pkg);
    fs.mkdirSync(cache);
    const file = path.join(pkg, 'index.js');
    fs.writeFileSync(file, 'exports.value = 1;\n');
    run(cache, pkg, file);

    // WHEN: the same length, another value
    fs.writeFileSync(file, 'exports.value = 2;\n');
    const edited = run(cache, pkg, file);

    // THEN
    expect(JSON.parse(edited.stdout)).toEqual({ value: 2, taken: [] });
    expect(fs.readdirSync(cache)).toHaveLength(2);
  });

  test('a run that writes an entry removes those no run used for two weeks, and keeps those it used', () => {
    // GIVEN: a cache of two files, made a month ago, and a stray entry of the same age
    const pkg = path.join(tmp(), 'pkg');
    const cache = path.join(tmp(), 'cache');
    fs.mkdirSync(pkg);
    fs.mkdirSync(cache);
    const index = path.join(pkg, 'index.js');
    fs.writeFileSync(index, "exports.value = require('./two').two;\n");
    fs.writeFileSync(path.join(pkg, 'two.js'), 'exports.two = 2;\n');
    run(cache, pkg, index);
    const stray = `${'0'.repeat(40)}.v8`;
    fs.writeFileSync(path.join(cache, stray), '');
    fs.writeFileSync(path.join(cache, 'README'), 'not an entry: never removed\n');
    const monthAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    const before = fs.readdirSync(cache);
    for (const f of before) fs.utimesSync(path.join(cache, f), monthAgo, monthAgo);

    // WHEN: index.js changes, so the run writes its new entry
    fs.writeFileSync(index, "exports.value = require('./two').two + 1;\n");
    const r = run(cache, pkg, index);

    // THEN: two.js's entry was used (kept, marked now); index.js's old one and the stray are gone; the new one is there
    expect(JSON.parse(r.stdout)).toEqual({ value: 3, taken: [true] });
    const after = fs.readdirSync(cache).filter((f) => f !== 'README');
    expect(after).toHaveLength(2);
    expect(after).not.toContain(stray);
    expect(after.filter((f) => before.includes(f))).toHaveLength(1);
    for (const f of after) expect(fs.statSync(path.join(cache, f)).mtimeMs).toBeGreaterThan(Date.now() - 60_000);
    expect(fs.readFileSync(path.join(cache, 'README'), 'utf8')).toBe('not an entry: never removed\n');
  });

  test('a run that writes nothing leaves the cache as it is', () => {
    // GIVEN: a complete cache, a month old, and a stray entry
    const pkg = path.join(tmp(), 'pkg');
    const cache = path.join(tmp(), 'cache');
    fs.mkdirSync(pkg);
    fs.mkdirSync(cache);
    fs.writeFileSync(path.join(pkg, 'index.js'), 'exports.value = 1;\n');
    run(cache, pkg, path.join(pkg, 'index.js'));
    const stray = `${'0'.repeat(40)}.v8`;
    fs.writeFileSync(path.join(cache, stray), '');
    const monthAgo = new Date(Date.now() - 30 * 24 * 3600 * 1000);
    for (const f of fs.readdirSync(cache)) fs.utimesSync(path.join(cache, f), monthAgo, monthAgo);

    // WHEN
    run(cache, pkg, path.join(pkg, 'index.js'));

    // THEN
    expect(fs.readdirSync(cache).sort()).toHaveLength(2);
    expect(fs.readdirSync(cache)).toContain(stray);
  });

  test('files outside the package dirs are left to the next loader', () => {
    // GIVEN
    const pkg = path.join(tmp(), 'pkg');
    const other = path.join(tmp(), 'other.js');
    const cache = path.join(tmp(), 'cache');
    fs.mkdirSync(pkg);
    fs.mkdirSync(cache);
    fs.writeFileSync(other, 'exports.value = 3;\n');

    // WHEN
    const r = run(cache, pkg, other);

    // THEN
    expect(JSON.parse(r.stdout)).toEqual({ value: 3, taken: [] });
    expect(fs.readdirSync(cache)).toEqual([]);
  });

  test('lives in node_modules/.cache/cdk8s-blueprints, or CDK8S_BLUEPRINTS_CACHE_DIR; CDK8S_BLUEPRINTS_CACHE=off turns it off', () => {
    const own = path.join(tmp(), 'own');
    expect(cacheDir({})).toBe(path.join(fs.realpathSync(REPO), 'node_modules', '.cache', 'cdk8s-blueprints'));
    expect(cacheDir({ CDK8S_BLUEPRINTS_CACHE_DIR: own })).toBe(own);
    expect(fs.statSync(own).isDirectory()).toBe(true);
    expect(cacheDir({ CDK8S_BLUEPRINTS_CACHE: 'off', CDK8S_BLUEPRINTS_CACHE_DIR: own })).toBeUndefined();
  });

  test('a folder that cannot be made means no cache', () => {
    const file = path.join(tmp(), 'a-file');
    fs.writeFileSync(file, '');
    expect(cacheDir({ CDK8S_BLUEPRINTS_CACHE_DIR: path.join(file, 'cache') })).toBeUndefined();
  });

  test('entry names tell lists of parts apart', () => {
    expect(entryName('ab', 'c')).not.toBe(entryName('a', 'bc'));
    expect(entryName('ab', 'c')).toBe(entryName('ab', 'c'));
    expect(entryName('x')).toMatch(/^[0-9a-f]{40}$/);
  });
});
