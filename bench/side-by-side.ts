/**
 * This library against the cdk8s-plus-28 baseline, whole processes (node start, module loading, synthesis, YAML,
 * files written), alternated run by run, medians of BENCH_RUNS (default 5): wall time measured here, peak RSS
 * reported by each process (`process.resourceUsage().maxRSS`). Both run compiled JavaScript.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.join(__dirname, '..');

interface Run { readonly ms: number; readonly rssMiB: number; readonly objects: number }

function once(script: string, n: number): Run {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprints-bench-'));
  try {
    const start = process.hrtime.bigint();
    const stdout = execFileSync(process.execPath, [path.join(ROOT, 'bench', 'apps', script), String(n), out], { cwd: ROOT, encoding: 'utf8', maxBuffer: 1 << 26 });
    const ms = Number(process.hrtime.bigint() - start) / 1e6;
    const { objects, maxRssKiB } = JSON.parse(stdout.trim().split('\n').pop()!);
    return { ms, rssMiB: maxRssKiB / 1024, objects };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

/** Runs both contenders alternately at each N and prints medians and ratios. */
export function sideBySide(ns: readonly number[], runs: number): void {
  console.log(`\nside by side with cdk8s-plus-28 (whole processes, alternated, median of ${runs}):`);
  console.log('      N | cdk8s-plus-28          | cdk8s-blueprints       | time ratio | RSS ratio');
  for (const n of ns) {
    const plus: Run[] = [];
    const ours: Run[] = [];
    for (let i = 0; i < runs; i++) {
      plus.push(once('plus.js', n));
      ours.push(once('blueprints.js', n));
    }
    const p = { ms: median(plus.map((r) => r.ms)), rss: median(plus.map((r) => r.rssMiB)) };
    const o = { ms: median(ours.map((r) => r.ms)), rss: median(ours.map((r) => r.rssMiB)) };
    const cell = (x: { ms: number; rss: number }, objects: number) => `${x.ms.toFixed(0).padStart(6)} ms ${x.rss.toFixed(0).padStart(4)} MB ${String(objects).padStart(5)} obj`;
    console.log(`  ${String(n).padStart(5)} | ${cell(p, plus[0].objects)} | ${cell(o, ours[0].objects)} | ${(o.ms / p.ms).toFixed(2).padStart(9)}× | ${(o.rss / p.rss).toFixed(2).padStart(8)}×`);
  }
}
