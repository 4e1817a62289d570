/**
 * The package as a user gets it, tried the way a user would, outside the repository: `npm pack`, then in a temp
 * project `npx cdk8s-blueprints init`, `npm install`, `npm run synth`, the scaffold's own jest test, a tsc-compiled
 * app run with node, ts-node, an ES module import, `npx cdk8s synth`, and an app with mistakes. Needs the npm
 * registry (or a warm npm cache) for the scaffold's dev dependencies.
 */
import { spawnSync, SpawnSyncReturns } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO = path.resolve(__dirname, '..');
const VERSION: string = JSON.parse(fs.readFileSync(path.join(REPO, 'package.json'), 'utf8')).version;
let tmp: string;
let project: string;
let tarball: string;
let repoStatusBefore: string;

/** The environment of a user's shell: none of the outer npm's or jest's variables. */
function userEnv(): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {};
  for (const [k, v] of Object.entries(process.env)) {
    if (/^(npm_package_|npm_lifecycle_|JEST_)/.test(k) || ['INIT_CWD', 'npm_command', 'CI', 'CDK8S_OUTDIR', 'NODE_OPTIONS'].includes(k)) continue;
    env[k] = v;
  }
  return { ...env, CDK8S_CHECK_UPGRADE: 'false', NO_UPDATE_NOTIFIER: '1', npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false' };
}

function run(cmd: string, args: string[], cwd: string, timeout = 300_000): SpawnSyncReturns<string> {
  return spawnSync(cmd, args, { cwd, env: userEnv(), encoding: 'utf8', timeout });
}

/** Fails with the command's output when it did not exit as expected. */
function ok(r: SpawnSyncReturns<string>, status = 0): SpawnSyncReturns<string> {
  if (r.status !== status) throw new Error(`exit ${r.status} (expected ${status}); error: ${r.error?.message}\n--- stdout\n${r.stdout}\n--- stderr\n${r.stderr}`);
  return r;
}

function gitStatus(): string {
  return spawnSync('git', ['status', '--porcelain', '--untracked-files=all'], { cwd: REPO, encoding: 'utf8' }).stdout;
}

beforeAll(() => {
  repoStatusBefore = gitStatus();
  tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprints-package-'));
  // npm pack runs prepack (npm run build); --json names the tarball.
  const packed = ok(run('npm', ['pack', '--json', '--pack-destination', tmp], REPO));
  tarball = path.join(tmp, JSON.parse(packed.stdout)[0].filename);
  project = path.join(tmp, 'hello-shop');
  fs.mkdirSync(project);
  ok(run('npx', ['--yes', '--package', tarball, 'cdk8s-blueprints', 'init', '--dependency', `file:${tarball}`], project));
  ok(run('npm', ['install', '--no-audit', '--no-fund'], project));
}, 600_000);

afterAll(() => {
  if (tmp) fs.rmSync(tmp, { recursive: true, force: true });
});

describe('the packed tarball', () => {
  test('ships the compiled library, the CLI, its templates, README and LICENSE, and nothing else', () => {
    const r = ok(run('tar', ['-tzf', tarball], tmp));
    const files = r.stdout.trim().split('\n').map((f) => f.replace(/^package\//, ''));
    expect(files.filter((f) => /^(test|apps|bench|dist|scripts|docs)\//.test(f))).toEqual([]);
    expect(files.filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts') && !f.startsWith('lib/cli/templates/'))).toEqual([]);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'lib/index.js', 'lib/index.d.ts', 'lib/cli/main.js', 'lib/cli/templates/typescript-app/main.ts']));
    const pkg = JSON.parse(fs.readFileSync(path.join(project, 'node_modules', 'cdk8s-blueprints', 'package.json'), 'utf8'));
    expect(pkg.private).toBeUndefined();
    expect(pkg.version).toEqual(VERSION);
    expect(pkg.peerDependencies).toEqual({ cdk8s: '^2.68.11', constructs: '^10.3.0' });
  });
});

describe('a project made by `cdk8s-blueprints init`', () => {
  test('holds what cdk8s init typescript-app users recognise', () => {
    expect(fs.readdirSync(project).filter((f) => f !== 'node_modules' && f !== 'package-lock.json').sort()).toEqual([
      '.gitignore', 'README.md', 'cdk8s.yaml', 'jest.config.js', 'main.test.ts', 'main.ts', 'package.json', 'tsconfig.json',
    ]);
    const pkg = JSON.parse(fs.readFileSync(path.join(project, 'package.json'), 'utf8'));
    expect(pkg.scripts).toEqual({ synth: 'cdk8s-blueprints synth', test: 'jest', compile: 'tsc' });
    expect(pkg.dependencies['cdk8s-blueprints']).toEqual(`file:${tarball}`);
  });

  test('npm run synth writes both environments and says what it wrote', () => {
    const r = ok(run('npm', ['run', 'synth'], project));
    expect(r.stdout).toMatch(/✓ Synthesized 2 blueprints \(\d+ objects\) into dist\/: \d+ written, 0 unchanged, 0 removed \(\d+ files\)\./);
    expect(fs.readdirSync(path.join(project, 'dist')).sort()).toEqual(['.cdk8s-blueprints.json', 'compose', 'hello-shop-development.k8s.yaml', 'hello-shop-production.k8s.yaml', 'review']);
    expect(fs.readFileSync(path.join(project, 'dist', 'hello-shop-production.k8s.yaml'), 'utf8')).toContain('kind: HorizontalPodAutoscaler');
  }, 120_000);

  test("the scaffold's own jest snapshot test passes", () => {
    const r = ok(run('npm', ['test'], project));
    expect(`${r.stdout}${r.stderr}`).toMatch(/Tests:\s+2 passed, 2 total/);
    expect(fs.existsSync(path.join(project, '__snapshots__', 'main.test.ts.snap'))).toBe(true);
  }, 180_000);

  test('a tsc-compiled app runs with plain node', () => {
    ok(run('npx', ['tsc'], project));
    const r = ok(run('node', ['main.js'], project));
    // the gate's only remark: development runs one replica by design (a warning, not an error)
    expect(r.stderr).toEqual("warning [deployment-replicas] hello-shop-development/web/Deployment: Deployment 'web' runs 1 replica\n");
    expect(fs.existsSync(path.join(project, 'dist', 'hello-shop-production.k8s.yaml'))).toBe(true);
    for (const f of ['main.js', 'main.test.js']) fs.rmSync(path.join(project, f), { force: true });
  }, 120_000);

  test('ts-node, the cdk8s default, and tsx run the app file', () => {
    ok(run('npx', ['ts-node', 'main.ts'], project));
    ok(run('npx', ['tsx', 'main.ts'], project));
  }, 120_000);

  test('an ES module app file in TypeScript runs through the CLI', () => {
    fs.writeFileSync(path.join(project, 'esm-app.mts'), [
      "import { Blueprint, BlueprintApp, Environment, HealthCheck, WebService } from 'cdk8s-blueprints';",
      "const app = new BlueprintApp({ outdir: 'esm-out' });",
      "const bp: Blueprint = new Blueprint(app, 'esm-production', { environment: Environment.production() });",
      "new WebService(bp, 'web', { image: 'registry.example.com/esm/web:1.0.0', port: 8080, health: HealthCheck.http('/healthz') });",
      'await Promise.resolve();',
      'app.synth();',
    ].join('\n'));
    const r = ok(run('npx', ['cdk8s-blueprints', 'synth', '--app', 'esm-app.mts'], project));
    expect(r.stdout).toEqual('✓ Synthesized 1 blueprint (8 objects) into esm-out/: 2 written, 0 unchanged, 0 removed (2 files).\n');
    fs.rmSync(path.join(project, 'esm-app.mts'));
    fs.rmSync(path.join(project, 'esm-out'), { recursive: true });
  }, 60_000);

  test('CommonJS require and an ES module import both give the library', () => {
    const cjs = ok(run('node', ['-e', "const b = require('cdk8s-blueprints'); console.log(typeof b.WebService, typeof b.BlueprintTesting)"], project));
    expect(cjs.stdout.trim()).toEqual('function function');
    fs.writeFileSync(path.join(project, 'esm-check.mjs'), [
      "import { Blueprint, BlueprintTesting, Environment, HealthCheck, WebService } from 'cdk8s-blueprints';",
      'const app = BlueprintTesting.app();',
      "const bp = new Blueprint(app, 'esm-production', { environment: Environment.production() });",
      "new WebService(bp, 'web', { image: 'registry.example.com/esm/web:1.0.0', port: 8080, health: HealthCheck.http('/healthz') });",
      "console.log(BlueprintTesting.synth(bp).map((o) => o.kind).join(' '));",
    ].join('\n'));
    const esm = ok(run('node', ['esm-check.mjs'], project));
    expect(esm.stdout.trim()).toEqual('Namespace PriorityClass PriorityClass ServiceAccount NetworkPolicy Deployment PodDisruptionBudget Service');
    fs.rmSync(path.join(project, 'esm-check.mjs'));
  });

  test('npx cdk8s synth works and leaves dist/ intact', () => {
    const before = fs.readFileSync(path.join(project, 'dist', '.cdk8s-blueprints.json'), 'utf8');
    fs.writeFileSync(path.join(project, 'dist-keep.txt'), 'mine\n');
    const r = ok(run('npx', ['cdk8s', 'synth', '--no-check-upgrade'], project));
    expect(r.stdout).toContain('cdk8s.out/hello-shop-production.k8s.yaml');
    expect(fs.readFileSync(path.join(project, 'dist', '.cdk8s-blueprints.json'), 'utf8')).toEqual(before);
    expect(fs.readdirSync(path.join(project, 'cdk8s.out')).sort()).toEqual(['hello-shop-development.k8s.yaml', 'hello-shop-production.k8s.yaml']);
    fs.rmSync(path.join(project, 'dist-keep.txt'));
  }, 180_000);

  test('three mistakes in an app file are all reported in one run, each at its line, without a stack trace', () => {
    fs.writeFileSync(path.join(project, 'broken.ts'), [
      "import { Blueprint, BlueprintApp, Environment, HealthCheck, WebService, Worker } from 'cdk8s-blueprints';",
      'const app = new BlueprintApp();',
      "const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });",
      "new WebService(shop, 'web', { image: 'registry.example.com/shop/web:1.0.0', port: 8080, health: HealthCheck.http('/healthz'), prot: 9 } as any);",
      "new Worker(shop, 'mailer', { image: 'registry.example.com/shop/mailer:latest', health: HealthCheck.exec(['true']) });",
      "new Worker(shop, 'Reports', { image: 'registry.example.com/shop/reports:1.0.0', health: HealthCheck.exec(['true']) });",
      'app.synth();',
      '',
    ].join('\n'));
    const r = ok(run('npx', ['cdk8s-blueprints', 'synth', '--app', 'broken.ts', '--output', 'broken-out'], project), 1);
    expect(r.stderr).toContain('✗ Synthesis failed: 3 errors in 3 constructs; nothing was written.');
    expect(r.stderr).toContain("broken.ts:4:1  'prot' (9) is not a prop of WebServiceProps: did you mean 'port'?  [props]");
    expect(r.stderr).toContain("broken.ts:5:1  'image' ('registry.example.com/shop/mailer:latest') uses the mutable tag 'latest'; environment 'production' requires an immutable tag (e.g. '1.4.2') or a digest  [construct]");
    expect(r.stderr).toContain("broken.ts:6:1  'id' ('Reports') must be a DNS-1123 label");
    expect(`${r.stdout}${r.stderr}`).not.toMatch(/^\s+at /m);
    expect(fs.existsSync(path.join(project, 'broken-out'))).toBe(false);
    fs.rmSync(path.join(project, 'broken.ts'));
  }, 60_000);

  test('nothing was written outside the temp project', () => {
    expect(gitStatus()).toEqual(repoStatusBefore);
    expect(fs.readdirSync(tmp).sort()).toEqual([path.basename(tarball), 'hello-shop'].sort());
  });
});
