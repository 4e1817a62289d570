/**
 * `npm run bench`: how fast synthesis is on this machine.
 *  1. cold synth of every example, a new process each time: `npm run synth` in this repository (the library's
 *     TypeScript sources through tsx), and as in a user's project (the compiled package, the app files importing
 *     'cdk8s-blueprints', `cdk8s-blueprints synth`): min and median wall time;
 *  2. in-process phases of one synthesis of every example, and the validation gate's share;
 *  3. objects and files per example;
 *  4. scaling: N generated web services (Deployment, Service, ServiceAccount, NetworkPolicy, HPA, PDB each);
 *  5. side by side with cdk8s-plus-28 at N = 100, 1,000 and 5,000 (whole processes, compiled JavaScript: the
 *     library is built with `npm run build` first and cleaned after).
 * `BENCH_ONLY=side-by-side` runs part 5 alone (BENCH_N, BENCH_SIDE_RUNS as below).
 * Figures vary ±15-20 % between runs on these machines; compare only figures from one run.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { buildExamples } from '../apps';
import { Blueprint, BlueprintApp, Environment, HealthCheck, ScalingPolicy, WebService } from '../lib/index';
import { sideBySide } from './side-by-side';

const ROOT = path.join(__dirname, '..');
const runs = Number(process.env.BENCH_RUNS ?? 7);
const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return { min: s[0], median: s[Math.floor(s.length / 2)] };
};
const ms = (x: number) => `${x.toFixed(0)} ms`;

const only = process.env.BENCH_ONLY;
if (only !== undefined && only !== 'side-by-side') throw new Error(`BENCH_ONLY ('${only}') must be 'side-by-side' or unset`);

/** Parts 1 to 4: the examples (cold and in process) and the in-process scaling; left out with BENCH_ONLY=side-by-side. */
function examples(): void {
  // 1. cold synth: this repository's `npm run synth`, and a user's project with the compiled package, alternated
  const userProject = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprints-bench-project-'));
  execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'ignore' });
  try {
    // node_modules/cdk8s-blueprints is this repository (compiled); the example apps import the package by name
    fs.mkdirSync(path.join(userProject, 'node_modules'));
    fs.symlinkSync(ROOT, path.join(userProject, 'node_modules', 'cdk8s-blueprints'), 'dir');
    // and the peer dependencies a user's project installs beside it (the storefront example imports cdk8s itself)
    for (const peer of ['cdk8s', 'constructs']) fs.symlinkSync(path.join(ROOT, 'node_modules', peer), path.join(userProject, 'node_modules', peer), 'dir');
    fs.mkdirSync(path.join(userProject, 'apps'));
    fs.cpSync(path.join(ROOT, 'apps', 'crds'), path.join(userProject, 'apps', 'crds'), { recursive: true }); // the examples' own CRDs
    // the examples' base-image lock, which apps/index.ts reads beside apps/
    fs.copyFileSync(path.join(ROOT, 'base-images.lock.json'), path.join(userProject, 'base-images.lock.json'));
    for (const f of fs.readdirSync(path.join(ROOT, 'apps')).filter((x) => x.endsWith('.ts'))) {
      const source = fs.readFileSync(path.join(ROOT, 'apps', f), 'utf8').replace(/'\.\.\/lib(\/index)?'/g, "'cdk8s-blueprints'");
      fs.writeFileSync(path.join(userProject, 'apps', f), source);
    }
    const repo: number[] = [];
    const user: number[] = [];
    const uncached: number[] = [];
    const env = { ...process.env, CDK8S_CHECK_UPGRADE: 'false' };
    const userSynth = (extra: NodeJS.ProcessEnv = {}) => {
      const start = process.hrtime.bigint();
      execFileSync(process.execPath, [path.join(ROOT, 'lib', 'cli', 'main.js'), 'synth', '--app', path.join(userProject, 'apps', 'main.ts'), '--output', path.join(userProject, 'dist')], { cwd: ROOT, env: { ...env, ...extra }, stdio: 'ignore' });
      return Number(process.hrtime.bigint() - start) / 1e6;
    };
    userSynth(); // fills the CLI's compile cache (node_modules/.cache/cdk8s-blueprints), as a user's first run does
    for (let i = 0; i < runs; i++) {
      // the examples import '../lib/index', which tsx resolves to index.ts even beside a compiled index.js
      const start = process.hrtime.bigint();
      execFileSync('npm', ['run', '-s', 'synth'], { cwd: ROOT, env, stdio: 'ignore' });
      repo.push(Number(process.hrtime.bigint() - start) / 1e6);
      // run from the repository root: the examples' build contexts (test/fixtures/…) are relative to it
      user.push(userSynth());
      // and without the compile cache: what the first run after an install or an upgrade costs
      uncached.push(userSynth({ CDK8S_BLUEPRINTS_CACHE: 'off' }));
    }
    const r = stats(repo);
    const u = stats(user);
    const n = stats(uncached);
    console.log(`cold synth of every example, ${runs} runs each, alternated:`);
    console.log(`  \`npm run synth\` here (TypeScript sources through tsx): min ${ms(r.min)}, median ${ms(r.median)}`);
    console.log(`  in a user's project (compiled package, \`cdk8s-blueprints synth --app apps/main.ts\`): min ${ms(u.min)}, median ${ms(u.median)}`);
    console.log(`  the same without the CLI's compile cache (CDK8S_BLUEPRINTS_CACHE=off: a first run): min ${ms(n.min)}, median ${ms(n.median)}`);
  } finally {
    execFileSync('npm', ['run', '-s', 'clean'], { cwd: ROOT, stdio: 'ignore' });
    fs.rmSync(userProject, { recursive: true, force: true });
  }

  // 2. phases (warm: second synthesis in this process, after module loading)
  buildExamples({ outdir: path.join(ROOT, 'dist') }).synthesize();
  const t0 = performance.now();
  const app = buildExamples({ outdir: path.join(ROOT, 'dist') });
  const construct = performance.now() - t0;
  const result = app.synthesize();
  const total = construct + Object.values(result.timings).reduce((a, b) => a + b, 0);
  const gate = Object.entries(result.timings).filter(([k]) => k.startsWith('gate:')).reduce((a, [, v]) => a + v, 0);
  console.log(`\nin-process synthesis of every example: ${ms(total)} (constructing the tree ${ms(construct)})`);
  for (const [phase, t] of Object.entries(result.timings)) console.log(`  ${phase.padEnd(34)} ${t.toFixed(1).padStart(7)} ms`);
  console.log(`  validation gate share: ${((gate / total) * 100).toFixed(0)} % (${ms(gate)})`);

  // 3. per example
  console.log('\nobjects per blueprint:');
  const perBlueprint = new Map<string, number>();
  for (const o of result.objects) perBlueprint.set(o.blueprint, (perBlueprint.get(o.blueprint) ?? 0) + 1);
  for (const [bp, n] of [...perBlueprint.entries()].sort()) console.log(`  ${bp.padEnd(28)} ${n}`);
  console.log(`  total: ${result.objects.length} objects, ${result.files.size} files (${[...result.files.keys()].filter((f) => !f.endsWith('.k8s.yaml')).length} artifacts)`);

  // 4. scaling
  console.log('\nscaling (in process, one production blueprint):');
  for (const n of [10, 100, 1000]) {
    const start = performance.now();
    const big = new BlueprintApp({ outdir: path.join(ROOT, '.cache', 'bench') });
    const bp = new Blueprint(big, 'bench-production', { environment: Environment.production() });
    for (let i = 0; i < n; i++) {
      new WebService(bp, `svc-${i}`, {
        image: `registry.example.com/bench/svc-${i}:1.0.0`, port: 8080, health: HealthCheck.http('/healthz'),
        scaling: ScalingPolicy.autoscale({ minReplicas: 2, maxReplicas: 6, cpuUtilization: 70 }),
      });
    }
    const r = big.synthesize();
    const elapsed = performance.now() - start;
    const g = Object.entries(r.timings).filter(([k]) => k.startsWith('gate:')).reduce((a, [, v]) => a + v, 0);
    console.log(`  ${String(n).padStart(5)} services, ${String(r.objects.length).padStart(5)} objects: ${ms(elapsed)} (gate ${ms(g)})`);
  }
}

if (only === undefined) examples();

// 5. side by side with cdk8s-plus-28
execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'ignore' });
try {
  sideBySide((process.env.BENCH_N ?? '100,1000,5000').split(',').map(Number), Number(process.env.BENCH_SIDE_RUNS ?? 5));
} finally {
  execFileSync('npm', ['run', '-s', 'clean'], { cwd: ROOT, stdio: 'ignore' });
}
