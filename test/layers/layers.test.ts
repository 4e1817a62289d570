/**
 * The layers of lib/ are folders, and imports only point down (test/layers/dependency-cruiser.config.js, checked
 * with dependency-cruiser): no import up, no circle, cdk8s-plus-28 only in lib/k8s/, the file system only in the app.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';

const REPO = path.resolve(__dirname, '..', '..');
const CONFIG = path.join(__dirname, 'dependency-cruiser.config.js');
const DEPCRUISE = path.join(REPO, 'node_modules', '.bin', 'depcruise');

/** Every violation dependency-cruiser finds under `cwd`/lib, as `rule: from → to`. */
function violations(cwd: string): string[] {
  const r = spawnSync(DEPCRUISE, ['--config', CONFIG, '--output-type', 'json', 'lib'], { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (r.error || !r.stdout) throw new Error(`depcruise failed: ${r.error?.message ?? r.stderr}`);
  const result = JSON.parse(r.stdout);
  return result.summary.violations.map((v: any) => `${v.rule.name}: ${v.from} → ${v.cycle ? v.cycle.map((c: any) => c.name ?? c).join(' → ') : v.to}`).sort();
}

test('lib/ has no import that points up, no circle, and no other violation', () => {
  expect(violations(REPO)).toEqual([]);
}, 60_000);

test('each rule fires on the import that breaks it, naming it (and the allowed ones pass)', () => {
  expect(violations(path.join(REPO, 'test', 'fixtures', 'layers'))).toEqual([
    'cdk8s-plus-outside-k8s: lib/workloads/worker.ts → ../../../node_modules/cdk8s-plus-28/lib/index.js',
    'fs-outside-app: lib/workloads/worker.ts → fs',
    'lib-outside-a-layer: lib/stray.ts → lib/k8s/ok.ts',
    'no-circular: lib/data/a.ts → lib/data/b.ts → lib/data/a.ts',
    'validation-imports-constructs: lib/validation/rule.ts → lib/workloads/worker.ts',
    'values-imports-up: lib/values/up.ts → lib/workloads/worker.ts',
    'values-use-constructs: lib/values/up.ts → ../../../node_modules/constructs/lib/index.js',
  ]);
}, 60_000);
