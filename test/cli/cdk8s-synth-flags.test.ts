/**
 * `npx cdk8s synth` with every flag cdk8s-cli's synth takes, in a temp copy of a small project whose cdk8s.yaml is
 * this repository's: dist/ (manifests, Helm charts, the output manifest) is byte-identical afterwards, whatever
 * cdk8s does with its own scratch folder. `--format helm` is refused with a message pointing at dist/charts.
 * (`--output DIR` is left out on purpose: cdk8s-cli deletes DIR before it runs the app — see cdk8s.yaml.)
 */
import { spawnSync } from 'child_process';
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const REPO = path.resolve(__dirname, '..', '..');

/** Every file under `dir` with the sha256 of its bytes, by path relative to it. */
function tree(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const file = path.join(dir, f);
    if (fs.statSync(file).isFile()) out[f.split(path.sep).join('/')] = createHash('sha256').update(fs.readFileSync(file)).digest('hex');
  }
  return out;
}

let project: string;
/** Runs `npx cdk8s synth --no-check-upgrade <flags>` in the project. */
function cdk8sSynth(flags: string[]): { status: number | null; stdout: string; stderr: string } {
  const r = spawnSync('npx', ['cdk8s', 'synth', '--no-check-upgrade', ...flags], {
    cwd: project, encoding: 'utf8', env: { ...process.env, CDK8S_CHECK_UPGRADE: 'false', CDK8S_OUTDIR: undefined },
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

beforeAll(() => {
  project = fs.mkdtempSync(path.join(os.tmpdir(), 'cdk8s-synth-flags-'));
  fs.symlinkSync(path.join(REPO, 'node_modules'), path.join(project, 'node_modules'), 'dir');
  fs.writeFileSync(path.join(project, 'main.ts'), [
    `import { Blueprint, BlueprintApp, Environment, HealthCheck, WebService } from ${JSON.stringify(path.join(REPO, 'lib', 'index'))};`,
    'const app = new BlueprintApp({ helm: true });',
    'for (const environment of [Environment.development(), Environment.production()]) {',
    '  const bp = new Blueprint(app, `hello-${environment.name}`, { environment, compose: false });',
    "  new WebService(bp, 'web', { image: 'registry.example.com/hello/web:1.0.0', port: 8080, health: HealthCheck.http('/healthz') });",
    '}',
    'app.synth();',
    '',
  ].join('\n'));
  // This repository's cdk8s.yaml, its app command pointed at the project's main.ts.
  const config = fs.readFileSync(path.join(REPO, 'cdk8s.yaml'), 'utf8');
  expect(config).toContain('app: npx tsx lib/cli/main.ts synth --app apps/main.ts --output dist\n');
  fs.writeFileSync(path.join(project, 'cdk8s.yaml'), config.replace('npx tsx lib/cli/main.ts synth --app apps/main.ts', `npx tsx ${path.join(REPO, 'lib', 'cli', 'main.ts')} synth --app main.ts`));
  const first = cdk8sSynth([]);
  expect(first.stderr).not.toContain('✗');
  expect(first.status).toBe(0);
}, 120_000);

afterAll(() => fs.rmSync(project, { recursive: true, force: true }));

const REFUSED = /^✗ cdk8s synth --format helm is not supported: it makes one chart of every blueprint and environment of the app \(cdk8s\.out\/\), with no values\. Synthesis writes a Helm chart per blueprint and environment itself, to dist\/charts\/<blueprint>\/, when the app asks for them \(new BlueprintApp\(\{ helm: true \}\)\): run cdk8s synth without --format helm, then helm install <release> dist\/charts\/<blueprint>\. Nothing was written\.$/m;

describe('npx cdk8s synth leaves dist/ intact', () => {
  test('the first synth wrote the manifests and both charts to dist/', () => {
    const files = Object.keys(tree(path.join(project, 'dist')));
    expect(files).toEqual(expect.arrayContaining(['.cdk8s-blueprints.json', 'hello-development.k8s.yaml', 'hello-production.k8s.yaml', 'charts/hello-development/Chart.yaml', 'charts/hello-production/values.yaml']));
  });

  test.each<[string[], number, RegExp]>([
    [[], 0, /^ {2}- cdk8s\.out\/hello-production\.k8s\.yaml$/m],
    [['--stdout'], 0, /^kind: Namespace$/m],
    [['--format', 'plain', '--no-validate', '--plugins-dir', 'plugins', '--validation-reports-output-file', 'reports.json'], 0, /^ {2}- cdk8s\.out\/hello-production\.k8s\.yaml$/m],
    [['--format', 'helm', '--chart-version', '1.0.0'], 1, REFUSED],
    [['--format', 'helm', '--chart-version', '1.0.0', '--chart-api-version', 'v1'], 1, REFUSED],
    [['--format', 'helm'], 1, /You need to specify '--chart-version' when '--format' is set as 'helm'\./],
    [['--format', 'helm', '--chart-version', '1.0.0', '--stdout'], 1, /Helm format synthesis does not support 'stdout'/],
    [['--chart-version', '1.0.0'], 1, /You need to specify '--format' as 'helm' when '--chart-version' is set\./],
    [['--chart-api-version', 'v2'], 1, /You need to specify '--format' as 'helm' when '--chart-api-version' is set\./],
  ])('cdk8s synth %j exits %d and leaves dist/ as it was', (flags, status, says) => {
    // GIVEN
    const before = tree(path.join(project, 'dist'));

    // WHEN
    const r = cdk8sSynth(flags);

    // THEN
    expect(`${r.stdout}${r.stderr}`).toMatch(says);
    expect(r.status).toBe(status);
    expect(tree(path.join(project, 'dist'))).toEqual(before);
  }, 120_000);
});
