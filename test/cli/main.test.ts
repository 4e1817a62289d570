import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../lib/cli/main';
import { CommandIO } from '../../lib/cli/synth';

const REPO = path.resolve(__dirname, '..', '..');
const VERSION: string = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version;
const CLI = path.join(REPO, 'lib', 'cli', 'main.ts');
let tmp: string;

beforeEach(() => {
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprints-cli-'));
});

afterEach(() => {
  fs.rmSync(tmp, { recursive: true, force: true });
});

/** Runs the command in process; what it printed and its exit status. */
async function cli(...argv: string[]): Promise<{ status: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const io: CommandIO = { cwd: tmp, out: (t) => { out += t; }, err: (t) => { err += t; } };
  const status = await main(argv, io);
  return { status, out, err };
}

/** Runs `cdk8s-blueprints synth` as its own process (the app file is loaded by Node, outside jest's modules). */
function synthProcess(cwd: string, ...args: string[]) {
  const env = { ...process.env };
  delete env.CDK8S_OUTDIR;
  return spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), CLI, 'synth', ...args], { cwd, env, encoding: 'utf8', timeout: 60_000 });
}

/** An app file in the temp folder that imports the library from this repository. */
function appFile(name: string, lines: string[]): string {
  const file = path.join(tmp, name);
  fs.writeFileSync(file, [`import { Blueprint, BlueprintApp, Environment, HealthCheck, ScalingPolicy, WebService, Worker } from ${JSON.stringify(path.join(REPO, 'lib'))};`, ...lines, ''].join('\n'));
  return file;
}

describe('the command line', () => {
  test('--version prints the version', async () => {
    expect(await cli('--version')).toEqual({ status: 0, out: `${VERSION}\n`, err: '' });
  });

  test('--help lists the commands', async () => {
    const r = await cli('--help');
    expect(r.status).toBe(0);
    expect(r.out).toContain('Usage: cdk8s-blueprints [options] [command]');
    expect(r.out).toMatch(/init \[options\] \[dir\]\s+scaffold a cdk8s-blueprints project/);
    expect(r.out).toMatch(/synth \[options\]\s+run the app file and write what it synthesizes/);
  });

  test('synth --help lists its options', async () => {
    const r = await cli('synth', '--help');
    expect(r.status).toBe(0);
    expect(r.out).toMatch(/-a, --app <file>\s+the app file, TypeScript or JavaScript/);
    expect(r.out).toMatch(/-o, --output <dir>/);
    expect(r.out).toMatch(/--verbose\s+print stack traces/);
  });

  test('no command prints the help and exits 2', async () => {
    const r = await cli();
    expect(r.status).toBe(2);
    expect(r.err).toContain('Usage: cdk8s-blueprints [options] [command]');
  });

  test('an unknown command exits 2 with a suggestion', async () => {
    expect(await cli('synt')).toEqual({ status: 2, out: '', err: "error: unknown command 'synt'\n(Did you mean synth?)\n" });
  });

  test('an unknown flag exits 2', async () => {
    expect(await cli('synth', '--ouput', 'x')).toEqual({ status: 2, out: '', err: "error: unknown option '--ouput'\n(Did you mean --output?)\n" });
  });

  test('a flag without its value exits 2', async () => {
    expect(await cli('synth', '--app')).toEqual({ status: 2, out: '', err: "error: option '-a, --app <file>' argument missing\n" });
  });

  test('a missing app file exits 2', async () => {
    expect(await cli('synth', '--app', 'nope.ts')).toEqual({ status: 2, out: '', err: "error: --app: 'nope.ts' is not a file\n" });
    expect(await cli('synth')).toEqual({ status: 2, out: '', err: `error: no app file: none of main.ts, main.mts, main.js, main.mjs is in ${tmp}; pass --app FILE\n` });
  });
});

describe('init', () => {
  test('scaffolds the project into a new folder, and says what to run next', async () => {
    // WHEN
    const r = await cli('init', 'my-shop', '--dependency', 'file:../cdk8s-blueprints.tgz');

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
    const dir = path.join(tmp, 'my-shop');
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
    await cli('init', 'a');
    expect(JSON.parse(fs.readFileSync(path.join(tmp, 'a', 'package.json'), 'utf8')).dependencies['cdk8s-blueprints']).toEqual(`^${VERSION}`);
  });

  test('refuses a folder that holds files, and writes nothing', async () => {
    fs.writeFileSync(path.join(tmp, 'notes.txt'), 'mine');
    expect(await cli('init')).toEqual({
      status: 1, out: '',
      err: `✗ ${tmp} is not empty (notes.txt): init writes only into an empty folder, so it never overwrites a file; choose another folder\n`,
    });
    expect(fs.readdirSync(tmp)).toEqual(['notes.txt']);
  });

  test('a folder name that cannot name a blueprint needs --name', async () => {
    expect(await cli('init', '42')).toEqual({ status: 1, out: '', err: "✗ the folder's name ('42') gives no application name: pass --name, e.g. --name shop\n" });
    expect(await cli('init', 'x', '--name', 'Shop')).toEqual({
      status: 1, out: '',
      err: "✗ --name ('Shop') must be a DNS label of at most 40 characters (lowercase letters, digits and '-', starting with a letter): it names the blueprints and their namespace\n",
    });
  });
});

describe('synth', () => {
  test('writes the output and prints a one-line summary', () => {
    appFile('main.ts', [
      'const app = new BlueprintApp();',
      "const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });",
      "new WebService(shop, 'web', { image: 'registry.example.com/shop/web:1.0.0', port: 8080, health: HealthCheck.http('/healthz') });",
      'app.synth();',
    ]);
    const r = synthProcess(tmp);
    expect(r.stderr).toEqual('');
    expect(r.stdout).toEqual('✓ Synthesized 1 blueprint (6 objects) into dist/: 1 written, 0 unchanged, 0 removed (1 files).\n');
    expect(r.status).toBe(0);
    expect(fs.readdirSync(path.join(tmp, 'dist')).sort()).toEqual(['.cdk8s-blueprints.json', 'shop-production.k8s.yaml']);
    // again: nothing changed
    expect(synthProcess(tmp).stdout).toEqual('✓ Synthesized 1 blueprint (6 objects) into dist/: 0 written, 1 unchanged, 0 removed (1 files).\n');
  });

  test('an app file that does not call synth() is synthesized; --output chooses the folder', () => {
    appFile('app.ts', [
      'const app = new BlueprintApp();',
      "new WebService(new Blueprint(app, 'shop-production', { environment: Environment.production() }), 'web', { image: 'registry.example.com/shop/web:1.0.0', port: 8080, health: HealthCheck.http('/healthz') });",
    ]);
    const r = synthProcess(tmp, '--app', 'app.ts', '--output', 'out');
    expect(r.stdout).toEqual('✓ Synthesized 1 blueprint (6 objects) into out/: 1 written, 0 unchanged, 0 removed (1 files).\n');
    expect(r.status).toBe(0);
  });

  test('warnings are shown with the line that made the construct', () => {
    appFile('main.ts', [
      'const app = new BlueprintApp();',
      "const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });",
      "new Worker(shop, 'mailer', { image: 'registry.example.com/shop/mailer:1.0.0' });",
      'app.synth();',
    ]);
    const r = synthProcess(tmp);
    expect(r.status).toBe(0);
    expect(r.stderr).toEqual([
      '! 1 warning in 1 construct:',
      '',
      '  shop-production/mailer',
      "    ! main.ts:4:1  Deployment: container 'mailer' has no readiness probe  [probes]",
      '        fix: give the workload a health check',
      '',
    ].join('\n'));
  });

  test('every mistake in one run, each at its line, grouped by construct, without a stack trace; nothing written', () => {
    appFile('main.ts', [
      'const app = new BlueprintApp();',
      "const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });",
      "const web = new WebService(shop, 'web', { image: 'registry.example.com/shop/web:1.0.0', port: 8080, health: HealthCheck.http('/healthz'), servicePort: 0 });",
      "web.exposeViaIngress({ host: 'localhost' });",
      "new Worker(shop, 'mailer', { image: 'registry.example.com/shop/mailer:latest', health: HealthCheck.exec(['true']) });",
      'app.synth();',
    ]);
    const r = synthProcess(tmp);
    expect(r.status).toBe(1);
    expect(r.stdout).toEqual('');
    expect(r.stderr).toEqual([
      '✗ Synthesis failed: 3 errors in 2 constructs; nothing was written.',
      '',
      '  shop-production/web',
      "    ✗ main.ts:4:13  'servicePort' (0) must be >= 1  [construct]",
      "    ✗ main.ts:5:5  'ingress.host' ('localhost') must be a fully qualified DNS name such as 'shop.example.com' (a leading '*.' is allowed)  [construct]",
      '',
      '  shop-production/mailer',
      "    ✗ main.ts:6:1  'image' ('registry.example.com/shop/mailer:latest') uses the mutable tag 'latest'; environment 'production' requires an immutable tag (e.g. '1.4.2') or a digest  [construct]",
      '',
    ].join('\n'));
    expect(fs.existsSync(path.join(tmp, 'dist'))).toBe(false);
  });

  test("a value object's mistake stops the app at its line; what was recorded before is reported with it", () => {
    appFile('main.ts', [
      'const app = new BlueprintApp();',
      "const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });",
      "new Worker(shop, 'mailer', { image: 'registry.example.com/shop/mailer:1.0.0', portName: 'HTTP', health: HealthCheck.exec(['true']) });",
      "new Worker(shop, 'w', { image: 'registry.example.com/shop/w:1.0.0', scaling: ScalingPolicy.autoscale({ minReplicas: 12, maxReplicas: 10, cpuUtilization: 70 }) });",
      'app.synth();',
    ]);
    const r = synthProcess(tmp);
    expect(r.status).toBe(1);
    expect(r.stderr).toEqual([
      '✗ Synthesis failed: 2 errors in 2 constructs; nothing was written.',
      '',
      '  shop-production/mailer',
      "    ✗ main.ts:4:1  'portName' ('HTTP') must be a valid port name: at most 15 characters, lowercase letters, digits and single '-', with at least one letter  [construct]",
      '',
      '  (the app)',
      "    ✗ main.ts:5:92  'scaling.minReplicas' (12) must be <= 'scaling.maxReplicas' (10)  [value]",
      '',
    ].join('\n'));
  });

  test('a bug in the app file is reported at its line; --verbose adds the stack', () => {
    appFile('main.ts', ['const app = new BlueprintApp();', '(undefined as any).boom();', 'app.synth();']);
    const r = synthProcess(tmp);
    expect(r.status).toBe(1);
    expect(r.stderr).toEqual([
      '✗ Synthesis failed: 1 error in 1 construct; nothing was written.',
      '',
      '  (the app)',
      "    ✗ main.ts:3:20  Cannot read properties of undefined (reading 'boom')  [TypeError]",
      '',
    ].join('\n'));
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(synthProcess(tmp, '--verbose').stderr).toMatch(/^\s+at .*main\.ts:3:20/m);
  });

  test('run by `cdk8s synth` (CDK8S_OUTDIR set) with --output, it writes there and copies the manifests to cdk8s', () => {
    appFile('main.ts', [
      'const app = new BlueprintApp();',
      "new WebService(new Blueprint(app, 'shop-production', { environment: Environment.production() }), 'web', { image: 'registry.example.com/shop/web:1.0.0', port: 8080, health: HealthCheck.http('/healthz') });",
      'app.synth();',
    ]);
    const r = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), CLI, 'synth', '--output', 'dist'], {
      cwd: tmp, env: { ...process.env, CDK8S_OUTDIR: path.join(tmp, 'cdk8s.out') }, encoding: 'utf8',
    });
    expect(r.stdout).toEqual('✓ Synthesized 1 blueprint (6 objects) into dist/: 1 written, 0 unchanged, 0 removed (1 files).\n  copied 1 manifest to cdk8s.out/ for cdk8s synth\n');
    expect(fs.readFileSync(path.join(tmp, 'cdk8s.out', 'shop-production.k8s.yaml'), 'utf8')).toEqual(fs.readFileSync(path.join(tmp, 'dist', 'shop-production.k8s.yaml'), 'utf8'));
  });

  test('a folder holding files synth did not write is refused, naming them', () => {
    appFile('main.ts', [
      'const app = new BlueprintApp();',
      "new WebService(new Blueprint(app, 'shop-production', { environment: Environment.production() }), 'web', { image: 'registry.example.com/shop/web:1.0.0', port: 8080, health: HealthCheck.http('/healthz') });",
      'app.synth();',
    ]);
    fs.mkdirSync(path.join(tmp, 'dist'));
    fs.writeFileSync(path.join(tmp, 'dist', 'notes.txt'), 'mine\n');
    const r = synthProcess(tmp);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Output folder '");
    expect(r.stderr).toContain("holds 1 file synth did not write (not listed in its manifest '.cdk8s-blueprints.json'): 'notes.txt'");
    expect(fs.readdirSync(path.join(tmp, 'dist'))).toEqual(['notes.txt']);
  });
});
