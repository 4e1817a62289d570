/**
 * `cdk8s-blueprints synth` (lib/cli/synth.ts): runs the user's app file, prints every mistake at once at its line,
 * the warnings and a one-line summary, and writes the output folder only when the gate passes.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { appFile, CLI, synthProcess, useTmp } from './_cli';

const tmp = useTmp();

describe('synth', () => {
  test('writes the output and prints a one-line summary', () => {
    appFile(tmp(), 'main.ts', [
      'const app = new BlueprintApp();',
      "const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });",
      "new WebService(shop, 'web', { image: 'registry.example.com/shop/web:1.0.0', port: 8080, health: HealthCheck.http('/healthz') });",
      'app.synth();',
    ]);
    const r = synthProcess(tmp());
    expect(r.stderr).toEqual('');
    expect(r.stdout).toEqual('✓ Synthesized 1 blueprint (8 objects) into dist/: 2 written, 0 unchanged, 0 removed (2 files).\n');
    expect(r.status).toBe(0);
    expect(fs.readdirSync(path.join(tmp(), 'dist')).sort()).toEqual(['.cdk8s-blueprints.json', 'review', 'shop-production.k8s.yaml']);
    // the 8 objects: the Namespace, the blueprint's two PriorityClasses, and the WebService's five
    expect(yaml.loadAll(fs.readFileSync(path.join(tmp(), 'dist', 'shop-production.k8s.yaml'), 'utf8')).map((o: any) => `${o.kind}/${o.metadata.name}`)).toEqual([
      'Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data',
      'ServiceAccount/web', 'NetworkPolicy/web', 'Deployment/web', 'PodDisruptionBudget/web', 'Service/web',
    ]);
    // again: nothing changed
    expect(synthProcess(tmp()).stdout).toEqual('✓ Synthesized 1 blueprint (8 objects) into dist/: 0 written, 2 unchanged, 0 removed (2 files).\n');
  });

  test('an app file that does not call synth() is synthesized; --output chooses the folder', () => {
    appFile(tmp(), 'app.ts', [
      'const app = new BlueprintApp();',
      "new WebService(new Blueprint(app, 'shop-production', { environment: Environment.production() }), 'web', { image: 'registry.example.com/shop/web:1.0.0', port: 8080, health: HealthCheck.http('/healthz') });",
    ]);
    const r = synthProcess(tmp(), '--app', 'app.ts', '--output', 'out');
    expect(r.stdout).toEqual('✓ Synthesized 1 blueprint (8 objects) into out/: 2 written, 0 unchanged, 0 removed (2 files).\n');
    expect(r.status).toBe(0);
  });

  test('warnings are shown with the line that made the construct', () => {
    appFile(tmp(), 'main.ts', [
      'const app = new BlueprintApp();',
      "const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });",
      "new Worker(shop, 'mailer', { image: 'registry.example.com/shop/mailer:1.0.0' });",
      'app.synth();',
    ]);
    const r = synthProcess(tmp());
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
    appFile(tmp(), 'main.ts', [
      'const app = new BlueprintApp();',
      "const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });",
      "const web = new WebService(shop, 'web', { image: 'registry.example.com/shop/web:1.0.0', port: 8080, health: HealthCheck.http('/healthz'), servicePort: 0 });",
      "web.exposeViaIngress({ host: 'localhost' });",
      "new Worker(shop, 'mailer', { image: 'registry.example.com/shop/mailer:latest', health: HealthCheck.exec(['true']) });",
      'app.synth();',
    ]);
    const r = synthProcess(tmp());
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
    expect(fs.existsSync(path.join(tmp(), 'dist'))).toBe(false);
  });

  test("a value object's mistake stops the app at its line; what was recorded before is reported with it", () => {
    appFile(tmp(), 'main.ts', [
      'const app = new BlueprintApp();',
      "const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });",
      "new Worker(shop, 'mailer', { image: 'registry.example.com/shop/mailer:1.0.0', portName: 'HTTP', health: HealthCheck.exec(['true']) });",
      "new Worker(shop, 'w', { image: 'registry.example.com/shop/w:1.0.0', scaling: ScalingPolicy.autoscale({ minReplicas: 12, maxReplicas: 10, cpuUtilization: 70 }) });",
      'app.synth();',
    ]);
    const r = synthProcess(tmp());
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
    appFile(tmp(), 'main.ts', ['const app = new BlueprintApp();', '(undefined as any).boom();', 'app.synth();']);
    const r = synthProcess(tmp());
    expect(r.status).toBe(1);
    expect(r.stderr).toEqual([
      '✗ Synthesis failed: 1 error in 1 construct; nothing was written.',
      '',
      '  (the app)',
      "    ✗ main.ts:3:20  Cannot read properties of undefined (reading 'boom')  [TypeError]",
      '',
    ].join('\n'));
    expect(r.stderr).not.toMatch(/^\s+at /m);
    expect(synthProcess(tmp(), '--verbose').stderr).toMatch(/^\s+at .*main\.ts:3:20/m);
  });

  test('run by `cdk8s synth` (CDK8S_OUTDIR set) with --output, it writes there and copies the manifests to cdk8s', () => {
    appFile(tmp(), 'main.ts', [
      'const app = new BlueprintApp();',
      "new WebService(new Blueprint(app, 'shop-production', { environment: Environment.production() }), 'web', { image: 'registry.example.com/shop/web:1.0.0', port: 8080, health: HealthCheck.http('/healthz') });",
      'app.synth();',
    ]);
    const r = spawnSync(process.execPath, ['--require', require.resolve('tsx/cjs'), CLI, 'synth', '--output', 'dist'], {
      cwd: tmp(), env: { ...process.env, CDK8S_OUTDIR: path.join(tmp(), 'cdk8s.out') }, encoding: 'utf8',
    });
    expect(r.stdout).toEqual('✓ Synthesized 1 blueprint (8 objects) into dist/: 2 written, 0 unchanged, 0 removed (2 files).\n  copied 1 manifest to cdk8s.out/ for cdk8s synth\n');
    expect(fs.readFileSync(path.join(tmp(), 'cdk8s.out', 'shop-production.k8s.yaml'), 'utf8')).toEqual(fs.readFileSync(path.join(tmp(), 'dist', 'shop-production.k8s.yaml'), 'utf8'));
  });

  test('a folder holding files synth did not write is refused, naming them', () => {
    appFile(tmp(), 'main.ts', [
      'const app = new BlueprintApp();',
      "new WebService(new Blueprint(app, 'shop-production', { environment: Environment.production() }), 'web', { image: 'registry.example.com/shop/web:1.0.0', port: 8080, health: HealthCheck.http('/healthz') });",
      'app.synth();',
    ]);
    fs.mkdirSync(path.join(tmp(), 'dist'));
    fs.writeFileSync(path.join(tmp(), 'dist', 'notes.txt'), 'mine\n');
    const r = synthProcess(tmp());
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("Output folder '");
    expect(r.stderr).toContain("holds 1 file synth did not write (not listed in its manifest '.cdk8s-blueprints.json'): 'notes.txt'");
    expect(fs.readdirSync(path.join(tmp(), 'dist'))).toEqual(['notes.txt']);
  });
});

describe('synth: app files', () => {
  test('an app file that makes no BlueprintApp is a mistake', () => {
    appFile(tmp(), 'main.ts', ['export const nothing = 0;']);
    const r = synthProcess(tmp());
    expect(r.status).toBe(1);
    expect(r.stderr).toEqual('✗ main.ts made no BlueprintApp: create one (const app = new BlueprintApp()) and call app.synth()\n');
    expect(fs.existsSync(path.join(tmp(), 'dist'))).toBe(false);
  });

  test('an async main that synthesizes later is waited for; its late error is reported at its line', () => {
    appFile(tmp(), 'main.ts', [
      'async function main() {',
      '  await new Promise((resolve) => setTimeout(resolve, 20));',
      '  const app = new BlueprintApp();',
      "  new WebService(new Blueprint(app, 'shop-production', { environment: Environment.production() }), 'web', { image: 'registry.example.com/shop/web:1.0.0', port: 8080, health: HealthCheck.http('/healthz') });",
      '  app.synth();',
      '}',
      'void main();',
    ]);
    expect(synthProcess(tmp()).stdout).toEqual('✓ Synthesized 1 blueprint (8 objects) into dist/: 2 written, 0 unchanged, 0 removed (2 files).\n');

    appFile(tmp(), 'late.ts', ['setTimeout(() => { ScalingPolicy.fixed(-1); }, 20);']);
    const r = synthProcess(tmp(), '--app', 'late.ts');
    expect(r.status).toBe(1);
    expect(r.stderr).toEqual([
      '✗ Synthesis failed: 1 error in 1 construct; nothing was written.',
      '',
      '  (the app)',
      "    ✗ late.ts:2:34  'scaling.replicas' (-1) must be >= 0  [value]",
      '',
    ].join('\n'));
  });
});
