/**
 * The CLI's TypeScript loader (lib/cli/_ts-loader.ts), in a Node process of its own as the CLI runs it: an app file
 * in TypeScript with the module shapes users write, stack traces on its TypeScript lines, transforms kept in the
 * cache, and the apps it leaves to tsx.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { findEsbuild, lightLoaderFits } from '../../lib/cli/_ts-loader';
import { REPO, useTmp } from './_cli';

const tmp = useTmp();

/**
 * The loader as the package ships it: its modules compiled to JavaScript (by esbuild, as the build's tsc would) into
 * a folder of their own, in the package's layout, so that nothing but Node's own loader and the one under test runs
 * in the process (`<folder>/cli/_ts-loader.js`).
 */
function compiledLoader(): string {
  const out = path.join(tmp(), 'compiled-loader');
  if (fs.existsSync(out)) return path.join(out, 'cli');
  const esbuild = findEsbuild()!;
  for (const name of ['cli/_ts-loader', 'cli/_compile-cache', 'values/_entry-name']) {
    const source = fs.readFileSync(path.join(REPO, 'lib', `${name}.ts`), 'utf8');
    fs.mkdirSync(path.dirname(path.join(out, name)), { recursive: true });
    fs.writeFileSync(path.join(out, `${name}.js`), esbuild.transformSync(source, { loader: 'ts', format: 'cjs', platform: 'node' }).code);
  }
  return path.join(out, 'cli');
}

/**
 * Registers the loader for `app` (cache in `cache`, or none; `packageDirs` the package folders it leaves alone) in a
 * fresh Node process and runs the app as its main module.
 */
function runApp(app: string, cache?: string, packageDirs: string[] = []) {
  const script = [
    `const loader = require(${JSON.stringify(path.join(compiledLoader(), '_ts-loader.js'))});`,
    `loader.registerTypeScript(${JSON.stringify(app)}, ${JSON.stringify(cache)}, loader.findEsbuild(), ${JSON.stringify(packageDirs)});`,
    `process.argv[1] = ${JSON.stringify(app)};`,
    `require('module').runMain(${JSON.stringify(app)});`,
  ].join('\n');
  // findEsbuild resolves tsx from the loader's folder: this repository's node_modules, through NODE_PATH
  return spawnSync(process.execPath, ['-e', script], { cwd: path.dirname(app), encoding: 'utf8', env: { ...process.env, NODE_PATH: path.join(REPO, 'node_modules') } });
}

describe('the TypeScript loader', () => {
  test('runs a TypeScript app: types, enums, imports of ./x.js meaning ./x.ts, an ES module .js of the user, require.main', () => {
    // GIVEN
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'helper.ts'), 'export enum Tier { Web = 1, Worker }\nexport const twice = (n: number): number => n * 2;\n');
    fs.writeFileSync(path.join(dir, 'plain.js'), "export const greeting = 'hello from an ES module .js';\n");
    fs.writeFileSync(path.join(dir, 'main.ts'), [
      "import { Tier, twice } from './helper.js';",
      "import { greeting } from './plain';",
      'interface Shape { readonly n: number }',
      'const shape: Shape = { n: Tier.Worker };',
      'console.log(JSON.stringify({ n: twice(shape.n), greeting, main: require.main === module }));',
      '',
    ].join('\n'));

    // WHEN
    const r = runApp(path.join(dir, 'main.ts'));

    // THEN
    expect(r.stderr).toBe('');
    expect(JSON.parse(r.stdout)).toEqual({ n: 4, greeting: 'hello from an ES module .js', main: true });
  });

  test("leaves the JavaScript of the package folders to Node's loader: a package's file is never scanned for ES module syntax", () => {
    // GIVEN: the same ES module .js in a package folder and in the user's
    const dir = tmp();
    fs.mkdirSync(path.join(dir, 'pkg'));
    fs.writeFileSync(path.join(dir, 'pkg', 'esm.js'), 'export const where = 1;\n');
    fs.writeFileSync(path.join(dir, 'esm.js'), 'export const where = 2;\n');
    fs.writeFileSync(path.join(dir, 'main.ts'), [
      'const kind = (file: string) => { try { return Object.prototype.toString.call(require(file)); } catch (e) { return (e as Error).message; } };',
      "console.log(JSON.stringify([kind('./esm'), kind('./pkg/esm')]));",
      '',
    ].join('\n'));

    // WHEN
    const r = runApp(path.join(dir, 'main.ts'), undefined, [path.join(dir, 'pkg')]);

    // THEN: the user's file became CommonJS exports (esbuild's); the package's went to Node's own loader, which
    // loads it as an ES module (Node >= 20.19: a namespace object) or, older, refuses its syntax
    const [users, packages] = JSON.parse(r.stdout);
    expect(users).toBe('[object Object]');
    expect(["[object Module]", "Unexpected token 'export'"]).toContain(packages);
  });

  test("an error's stack names the TypeScript file's own line and column", () => {
    // GIVEN: the throw is on line 4, after lines that the transform removes (an interface, a type)
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'main.ts'), 'interface A {\n  readonly a: string;\n}\ntype B = A; const e: Error = new Error("here");\nconsole.log(e.stack!.split("\\n")[1].trim());\n');

    // WHEN
    const r = runApp(path.join(dir, 'main.ts'));

    // THEN
    expect(r.stdout.trim()).toBe(`at Object.<anonymous> (${path.join(fs.realpathSync(dir), 'main.ts')}:4:30)`);
  });

  test('keeps each transform in the cache, named by what it was made from', () => {
    // GIVEN
    const dir = tmp();
    const cache = path.join(dir, 'cache');
    fs.mkdirSync(cache);
    fs.writeFileSync(path.join(dir, 'main.ts'), 'const n: number = 1;\nconsole.log(n);\n');

    // WHEN
    const first = runApp(path.join(dir, 'main.ts'), cache);
    const entries = fs.readdirSync(cache);
    // the entry is what runs: a changed entry shows
    fs.writeFileSync(path.join(cache, entries[0]), 'console.log("from the cache");\n');
    const second = runApp(path.join(dir, 'main.ts'), cache);
    fs.writeFileSync(path.join(dir, 'main.ts'), 'const n: number = 2;\nconsole.log(n);\n');
    const edited = runApp(path.join(dir, 'main.ts'), cache);

    // THEN
    expect(first.stdout).toBe('1\n');
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatch(/^[0-9a-f]{40}\.js$/);
    expect(second.stdout).toBe('from the cache\n');
    expect(edited.stdout).toBe('2\n');
    expect(fs.readdirSync(cache)).toHaveLength(2);
  });

  test("reads the app's tsconfig.json: experimentalDecorators", () => {
    // GIVEN
    const dir = tmp();
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{\n  // comments, as tsc allows\n  "compilerOptions": { "experimentalDecorators": true, },\n}\n');
    fs.writeFileSync(path.join(dir, 'main.ts'), [
      'const seen: string[] = [];',
      'function mark(_target: object, key: string) { seen.push(key); }',
      'class C { @mark method() {} }',
      'new C();',
      'console.log(seen.join());',
      '',
    ].join('\n'));

    // WHEN
    const r = runApp(path.join(dir, 'main.ts'));

    // THEN: the legacy decorator ran with (prototype, key), at class definition
    expect(r.stderr).toBe('');
    expect(r.stdout).toBe('method\n');
  });

  test('leaves an app whose tsconfig.json maps paths, or extends another, to tsx', () => {
    // GIVEN
    const dir = path.join(tmp(), 'project');
    fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'src', 'main.ts'), '');
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), '{ "compilerOptions": { "baseUrl": ".", "paths": { "@lib/*": ["lib/*"] } } }\n');
    const other = path.join(tmp(), 'other.ts');
    fs.writeFileSync(other, '');

    const extending = path.join(tmp(), 'extending');
    fs.mkdirSync(extending);
    fs.writeFileSync(path.join(extending, 'tsconfig.json'), '{ "extends": "@tsconfig/node20/tsconfig.json" }\n');

    // THEN
    expect(lightLoaderFits(path.join(dir, 'src', 'main.ts'))).toBe(false);
    expect(lightLoaderFits(path.join(extending, 'main.ts'))).toBe(false);
    expect(lightLoaderFits(other)).toBe(true);
  });
});
