/**
 * `npm run bench`: how fast synthesis is on this machine.
 *  1. cold `npm run synth` (a new process each time, as a user runs it): min and median wall time;
 *  2. in-process phases of one synthesis of every example, and the validation gate's share;
 *  3. objects and files per example;
 *  4. scaling: N generated web services (Deployment, Service, ServiceAccount, NetworkPolicy, HPA, PDB each);
 *  5. side by side with cdk8s-plus-28 at N = 100, 1,000 and 5,000 (whole processes, compiled JavaScript: the
 *     library is built with `npm run build` first and cleaned after).
 * Figures vary ±15-20 % between runs on these machines; compare only figures from one run.
 */
import { execFileSync } from 'child_process';
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

// 1. cold synth
const wall: number[] = [];
for (let i = 0; i < runs; i++) {
  const start = process.hrtime.bigint();
  execFileSync('npm', ['run', '-s', 'synth'], { cwd: ROOT, env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false' }, stdio: 'ignore' });
  wall.push(Number(process.hrtime.bigint() - start) / 1e6);
}
const w = stats(wall);
console.log(`cold \`npm run synth\` (all examples), ${runs} runs: min ${ms(w.min)}, median ${ms(w.median)}`);

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

// 5. side by side with cdk8s-plus-28
execFileSync('npm', ['run', '-s', 'build'], { cwd: ROOT, stdio: 'ignore' });
try {
  sideBySide((process.env.BENCH_N ?? '100,1000,5000').split(',').map(Number), Number(process.env.BENCH_SIDE_RUNS ?? 5));
} finally {
  execFileSync('npm', ['run', '-s', 'clean'], { cwd: ROOT, stdio: 'ignore' });
}
