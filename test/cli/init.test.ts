/**
 * `cdk8s-blueprints init` (lib/cli/init.ts): scaffolds a project a `cdk8s init typescript-app` user recognises
 * into an empty folder, and says what to run next.
 */
import * as fs from 'fs';
import * as path from 'path';
import { cli, REPO, useTmp, VERSION } from './_cli';

const tmp = useTmp();

describe('init', () => {
  test('scaffolds the project into a new folder, and says what to run next', async () => {
    // WHEN
    const r = await cli(tmp(), 'init', 'my-shop', '--dependency', 'file:../cdk8s-blueprints.tgz');

    // THEN
    expect(r.status).toBe(0);
    expect(r.out).toEqual([
      '✓ Created my-shop in my-shop: .gitignore, README.md, cdk8s.yaml, jest.config.js, main.test.ts, main.ts, package.json, tsconfig.json',
      '',
      'Next:',
      '  cd my-shop',
      '  npm install',
      '  npm run synth    # writes dist/my-shop-development.k8s.yaml and dist/my-shop-production.k8s.yaml',
      '  npm test         # a jest snapshot of each environment, through the same validation gate',
      '',
    ].join('\n'));
    const dir = path.join(tmp(), 'my-shop');
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    const own = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    expect(pkg.name).toEqual('my-shop');
    expect(pkg.dependencies).toEqual({ 'cdk8s': own.devDependencies.cdk8s, 'cdk8s-blueprints': 'file:../cdk8s-blueprints.tgz', 'constructs': own.devDependencies.constructs });
    expect(pkg.devDependencies.typescript).toEqual(own.devDependencies.typescript);
    expect(fs.readFileSync(path.join(dir, 'main.ts'), 'utf8')).toContain('export class MyShop extends Blueprint {');
    expect(fs.readFileSync(path.join(dir, 'main.ts'), 'utf8')).not.toContain('{{');
    expect(fs.readFileSync(path.join(dir, 'cdk8s.yaml'), 'utf8')).toContain('app: npx cdk8s-blueprints synth --app main.ts --output dist\noutput: cdk8s.out\n');
  });

  test('the default dependency is this version', async () => {
    await cli(tmp(), 'init', 'a');
    expect(JSON.parse(fs.readFileSync(path.join(tmp(), 'a', 'package.json'), 'utf8')).dependencies['cdk8s-blueprints']).toEqual(`^${VERSION}`);
  });

  test('refuses a folder that holds files, and writes nothing', async () => {
    fs.writeFileSync(path.join(tmp(), 'notes.txt'), 'mine');
    expect(await cli(tmp(), 'init')).toEqual({
      status: 1, out: '',
      err: `✗ ${tmp()} is not empty (notes.txt): init writes only into an empty folder, so it never overwrites a file; choose another folder\n`,
    });
    expect(fs.readdirSync(tmp())).toEqual(['notes.txt']);
  });

  test('a folder name that cannot name a blueprint needs --name', async () => {
    expect(await cli(tmp(), 'init', '42')).toEqual({ status: 1, out: '', err: "✗ the folder's name ('42') gives no application name: pass --name, e.g. --name shop\n" });
    expect(await cli(tmp(), 'init', 'x', '--name', 'Shop')).toEqual({
      status: 1, out: '',
      err: "✗ --name ('Shop') must be a DNS label of at most 40 characters (lowercase letters, digits and '-', starting with a letter): it names the blueprints and their namespace\n",
    });
  });
});

describe('init: the folder and the name', () => {
  test('into the current folder: the name comes from the folder\'s, and there is no `cd` to run', async () => {
    // GIVEN
    const dir = path.join(tmp(), 'My Shop!');
    fs.mkdirSync(dir);

    // WHEN
    const r = await cli(dir, 'init');

    // THEN
    expect(r.status).toBe(0);
    expect(r.out.split('\n').slice(0, 4)).toEqual([
      '✓ Created my-shop in this folder: .gitignore, README.md, cdk8s.yaml, jest.config.js, main.test.ts, main.ts, package.json, tsconfig.json',
      '',
      'Next:',
      '  npm install',
    ]);
    expect(fs.readFileSync(path.join(dir, 'main.ts'), 'utf8')).toContain('export class MyShop extends Blueprint {');
  });

  test('a folder holding only .git is empty enough', async () => {
    fs.mkdirSync(path.join(tmp(), 'repo', '.git'), { recursive: true });
    expect((await cli(tmp(), 'init', 'repo')).status).toBe(0);
    expect(fs.readdirSync(path.join(tmp(), 'repo')).sort()).toEqual(['.git', '.gitignore', 'README.md', 'cdk8s.yaml', 'jest.config.js', 'main.test.ts', 'main.ts', 'package.json', 'tsconfig.json']);
  });

  test('every placeholder of the templates is filled, the tool versions from this package\'s own', async () => {
    // WHEN
    await cli(tmp(), 'init', 'shop');

    // THEN
    const dir = path.join(tmp(), 'shop');
    for (const file of fs.readdirSync(dir)) expect([file, fs.readFileSync(path.join(dir, file), 'utf8').includes('{{')]).toEqual([file, false]);
    const own = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8'));
    const pkg = JSON.parse(fs.readFileSync(path.join(dir, 'package.json'), 'utf8'));
    for (const [name, range] of Object.entries<string>(pkg.devDependencies)) expect([name, range]).toEqual([name, own.devDependencies[name]]);
  });

  test('a full folder is named by its first five entries', async () => {
    for (const f of ['a', 'b', 'c', 'd', 'e', 'f']) fs.writeFileSync(path.join(tmp(), f), '');
    expect((await cli(tmp(), 'init')).err).toEqual(`✗ ${tmp()} is not empty (a, b, c, d, e, …): init writes only into an empty folder, so it never overwrites a file; choose another folder\n`);
  });
});
