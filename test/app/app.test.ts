import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject, Lazy } from 'cdk8s';
import { Construct } from 'constructs';
import {
  Artifact, Blueprint, BlueprintApp, BlueprintError, BlueprintTesting, Environment, ExternalService, GateCheck, HealthCheck, ValidationError, Worker,
} from '../../lib';
import { OUTPUT_MANIFEST, OutputFolderError } from '../../lib/app/_output-folder';
import { WORKER, kindsAndNames } from '../_helpers';

/** An ordinary worker: its readiness command and a different liveness command, so the gate has no probes warning for it. */
const LIVE_WORKER = { ...WORKER, health: HealthCheck.exec(['/app/healthcheck'], { liveness: HealthCheck.exec(['/app/alive']) }) };

/** The one warning of `twoBlueprints`: development runs its single replica by design. */
const DEVELOPMENT_REPLICA = {
  rule: 'deployment-replicas', severity: 'warning', path: 'shop-development/mailer/Deployment', message: 'Deployment \'mailer\' runs 1 replica',
};

let outdir: string;

beforeEach(() => {
  outdir = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprint-app-test-'));
});

afterEach(() => {
  fs.rmSync(outdir, { recursive: true, force: true });
});

/** Every file under `dir`, relative, sorted. */
function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  }).sort();
}

/** An app with a production and a development blueprint, one worker each. */
function twoBlueprints(app: BlueprintApp): void {
  // created in non-alphabetical order on purpose
  for (const env of [Environment.production(), Environment.development()]) {
    const bp = new Blueprint(app, `shop-${env.name}`, { environment: env });
    new Worker(bp, 'mailer', LIVE_WORKER);
  }
}

/** A construct whose own validation fails: the lazy tier of habit 10. */
function brokenConstruct(scope: Construct, id: string): Construct {
  const c = new Construct(scope, id);
  c.node.addValidation({ validate: () => ['\'replicas\' (0) must be >= 1'] });
  return c;
}

describe('default configuration', () => {
  test('synthesize() returns one <blueprint id>.k8s.yaml per blueprint, sorted by path', () => {
    // GIVEN
    const app = new BlueprintApp({ outdir });
    twoBlueprints(app);

    // WHEN
    const result = app.synthesize();

    // THEN
    expect([...result.files.keys()]).toEqual([
      'compose/shop-development.compose.yaml', 'review/shop-development.md', 'review/shop-production.md', 'shop-development.k8s.yaml', 'shop-production.k8s.yaml',
    ]);
    expect(result.warnings).toEqual([expect.objectContaining(DEVELOPMENT_REPLICA)]);
    expect(result.objects.map((o) => `${o.blueprint}:${o.path}`)).toEqual([
      'shop-production:shop-production/Namespace',
      'shop-production:shop-production/PriorityClass-services',
      'shop-production:shop-production/PriorityClass-data',
      'shop-production:shop-production/mailer/ServiceAccount',
      'shop-production:shop-production/mailer/NetworkPolicy',
      'shop-production:shop-production/mailer/Deployment',
      'shop-production:shop-production/mailer/DisruptionBudget',
      'shop-development:shop-development/Namespace',
      'shop-development:shop-development/PriorityClass-services',
      'shop-development:shop-development/PriorityClass-data',
      'shop-development:shop-development/mailer/ServiceAccount',
      'shop-development:shop-development/mailer/NetworkPolicy',
      'shop-development:shop-development/mailer/Deployment',
    ]);
  });

  test('a file is the YAML stream of its blueprint\'s objects', () => {
    // GIVEN
    const app = new BlueprintApp({ outdir });
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), createNamespace: false });
    new ApiObject(shop, 'Marker', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'marker' }, data: { a: 'b' } });

    // WHEN
    const file = app.synthesize().files.get('shop-production.k8s.yaml');

    // THEN
    expect(file).toMatchSnapshot();
    const priorityClass = (name: string, description: string, preemptionPolicy: string, value: number) => [
      'apiVersion: scheduling.k8s.io/v1',
      'kind: PriorityClass',
      'metadata:',
      '  labels:',
      '    app.kubernetes.io/managed-by: cdk8s-blueprints',
      '    app.kubernetes.io/part-of: shop',
      '    blueprints.cdk8s.io/environment: production',
      `  name: ${name}`,
      `description: "${description}"`,
      'globalDefault: false',
      `preemptionPolicy: ${preemptionPolicy}`,
      `value: ${value}`,
      '---',
    ];
    expect(file).toEqual([
      // the blueprint's PriorityClasses (cluster-scoped: no namespace), then the marker
      ...priorityClass('shop-services', 'Stateless workloads and tasks of namespace shop: scheduled ahead of pods without a priority class, never preempting a running pod.', 'Never', 1000000),
      ...priorityClass('shop-data', 'Stateful services of namespace shop: above its stateless workloads, and may preempt lower-priority pods to be scheduled again.', 'PreemptLowerPriority', 2000000),
      'apiVersion: v1',
      'kind: ConfigMap',
      'metadata:',
      '  labels:',
      '    app.kubernetes.io/managed-by: cdk8s-blueprints',
      '    app.kubernetes.io/part-of: shop',
      '    blueprints.cdk8s.io/environment: production',
      '  name: marker',
      '  namespace: shop',
      'data:',
      '  a: b',
      '',
    ].join('\n'));
  });

  test('synthesis is deterministic', () => {
    // GIVEN
    const first = new BlueprintApp({ outdir });
    const second = new BlueprintApp({ outdir });
    twoBlueprints(first);
    twoBlueprints(second);

    // THEN
    expect([...second.synthesize().files.entries()]).toEqual([...first.synthesize().files.entries()]);
  });

  test('outdir defaults to $CDK8S_OUTDIR, else dist', () => {
    // GIVEN
    const saved = process.env.CDK8S_OUTDIR;
    try {
      // WHEN
      delete process.env.CDK8S_OUTDIR;
      const plain = new BlueprintApp();
      process.env.CDK8S_OUTDIR = '/tmp/elsewhere';
      const fromEnv = new BlueprintApp();

      // THEN
      expect(plain.outdir).toEqual('dist');
      expect(fromEnv.outdir).toEqual('/tmp/elsewhere');
    } finally {
      if (saved === undefined) delete process.env.CDK8S_OUTDIR; else process.env.CDK8S_OUTDIR = saved;
    }
  });
});

describe('synth()', () => {
  test('writes every file into outdir, with the manifest of what it wrote', () => {
    // GIVEN
    const app = new BlueprintApp({ outdir });
    twoBlueprints(app);
    new Artifact(app, 'Summary', { path: 'review/summary.txt', render: () => 'one worker per environment\n' });

    // WHEN
    app.synth();

    // THEN
    const expected = app.synthesize().files;
    expect(listFiles(outdir)).toEqual([
      '.cdk8s-blueprints.json', 'compose/shop-development.compose.yaml', 'review/shop-development.md', 'review/shop-production.md', 'review/summary.txt',
      'shop-development.k8s.yaml', 'shop-production.k8s.yaml',
    ]);
    for (const [rel, content] of expected) expect(fs.readFileSync(path.join(outdir, rel), 'utf8')).toEqual(content);
    expect(Object.keys(JSON.parse(fs.readFileSync(path.join(outdir, OUTPUT_MANIFEST), 'utf8')).files)).toEqual([...expected.keys()]);
  });

  test('removes files an earlier synth wrote that are no longer produced, and the directories they leave empty', () => {
    // GIVEN: an earlier synth wrote a staging blueprint and an image
    const earlier = new BlueprintApp({ outdir });
    twoBlueprints(earlier);
    new Blueprint(earlier, 'shop-staging', { environment: Environment.staging() });
    new Artifact(earlier, 'Old', { path: 'images/old/notes.txt', render: () => 'stale\n' });
    earlier.synth();
    const app = new BlueprintApp({ outdir });
    twoBlueprints(app);

    // WHEN
    app.synth();

    // THEN
    expect(listFiles(outdir)).toEqual([
      '.cdk8s-blueprints.json', 'compose/shop-development.compose.yaml', 'review/shop-development.md', 'review/shop-production.md', 'shop-development.k8s.yaml', 'shop-production.k8s.yaml',
    ]);
    expect(fs.existsSync(path.join(outdir, 'images'))).toBe(false);
  });

  test('never deletes or overwrites a file it did not write: it refuses the folder, naming the files', () => {
    // GIVEN: the user's own files where an earlier version's output was
    fs.mkdirSync(path.join(outdir, 'src'), { recursive: true });
    fs.writeFileSync(path.join(outdir, 'notes.txt'), 'mine\n');
    fs.writeFileSync(path.join(outdir, 'src', 'main.rs'), 'fn main() {}\n');
    fs.writeFileSync(path.join(outdir, 'shop-production.k8s.yaml'), 'mine too\n');
    const app = new BlueprintApp({ outdir });
    twoBlueprints(app);

    // WHEN
    const synth = () => app.synth();

    // THEN
    expect(synth).toThrow(OutputFolderError);
    expect(synth).toThrow(`Output folder '${outdir}': holds 3 files synth did not write (not listed in its manifest '.cdk8s-blueprints.json'): 'notes.txt', 'shop-production.k8s.yaml', 'src/main.rs'.`);
    expect(listFiles(outdir)).toEqual(['notes.txt', 'shop-production.k8s.yaml', 'src/main.rs']);
    expect(fs.readFileSync(path.join(outdir, 'shop-production.k8s.yaml'), 'utf8')).toEqual('mine too\n');
  });

  test('leaves a file whose content is unchanged untouched', () => {
    // GIVEN
    const app = new BlueprintApp({ outdir });
    twoBlueprints(app);
    app.synth();
    const file = path.join(outdir, 'shop-production.k8s.yaml');
    const past = new Date('2020-01-01T00:00:00Z');
    fs.utimesSync(file, past, past);

    // WHEN
    app.synth();

    // THEN
    expect(fs.statSync(file).mtime.toISOString()).toEqual(past.toISOString());
  });

  test('writes nothing, and removes nothing, when a construct validation fails', () => {
    // GIVEN
    const app = new BlueprintApp({ outdir });
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });
    new Worker(shop, 'mailer', LIVE_WORKER);
    brokenConstruct(shop, 'broken');

    // WHEN
    const synth = () => app.synth();

    // THEN
    expect(synth).toFail(ValidationError);
    expect(synth).toFail([
      'Validation failed: 1 error; nothing was written.',
      "  ✗ [construct] shop-production/broken: 'replicas' (0) must be >= 1",
    ].join('\n'));
    expect(listFiles(outdir)).toEqual([]);
  });

  test('a failed synth keeps the previous output in place', () => {
    // GIVEN
    fs.writeFileSync(path.join(outdir, 'shop-production.k8s.yaml'), 'previous: true\n');
    const app = new BlueprintApp({ outdir });
    brokenConstruct(new Blueprint(app, 'shop-production', { environment: Environment.production() }), 'broken');

    // WHEN
    expect(() => app.synth()).toFail(/shop-production\/broken/);

    // THEN
    expect(listFiles(outdir)).toEqual(['shop-production.k8s.yaml']);
    expect(fs.readFileSync(path.join(outdir, 'shop-production.k8s.yaml'), 'utf8')).toEqual('previous: true\n');
  });

  test('the report lists every failing construct, not only the first', () => {
    // GIVEN
    const app = new BlueprintApp({ outdir });
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });
    brokenConstruct(shop, 'b');
    brokenConstruct(shop, 'a');

    // WHEN
    let error: ValidationError | undefined;
    try { app.synthesize(); } catch (e) { error = e as ValidationError; }

    // THEN
    expect(error?.findings.map((f) => f.path)).toEqual(['shop-production/b', 'shop-production/a']);
    expect(error?.message).toEqual([
      'Validation failed: 2 errors; nothing was written.',
      "  ✗ [construct] shop-production/a: 'replicas' (0) must be >= 1",
      "  ✗ [construct] shop-production/b: 'replicas' (0) must be >= 1",
    ].join('\n'));
  });
});

describe('validation gate', () => {
  // Constructs check their props when they are made and render only what passed: an error while rendering is a bug,
  // even a BlueprintError, and propagates as cdk8s reports it instead of becoming a finding.
  test('a BlueprintError thrown while rendering is a bug: it propagates, and nothing is written', () => {
    // GIVEN
    const app = new BlueprintApp({ outdir });
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), createNamespace: false });
    new ApiObject(shop, 'Lazy', {
      apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'lazy' },
      data: Lazy.any({ produce: () => { throw new BlueprintError("'data' must not be empty"); } }),
    });

    // THEN
    expect(() => app.synth()).toThrow("Failed serializing construct at path 'shop-production/Lazy' with name 'lazy': BlueprintError: 'data' must not be empty");
    expect(listFiles(outdir)).toEqual([]);
  });

  test('an error while rendering stops synthesis before anything is written', () => {
    // GIVEN
    const app = new BlueprintApp({ outdir });
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), createNamespace: false });
    new ApiObject(shop, 'Lazy', {
      apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'lazy' },
      data: Lazy.any({ produce: () => { throw new TypeError('boom'); } }),
    });

    // THEN
    expect(() => app.synth()).toThrow("Failed serializing construct at path 'shop-production/Lazy' with name 'lazy': TypeError: boom");
    expect(listFiles(outdir)).toEqual([]);
  });

  test('two objects of one kind, name and namespace are a finding of the built-in unique-objects check', () => {
    // GIVEN: escape hatches claim no names, so only the gate sees the duplicate
    const app = new BlueprintApp({ outdir });
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), createNamespace: false });
    new ApiObject(shop, 'One', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'same' } });
    new ApiObject(shop, 'Two', { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'same' } });

    // THEN
    expect(() => app.synth()).toFail([
      'Validation failed: 1 error; nothing was written.',
      "  ✗ [unique-objects] shop-production/Two: ConfigMap 'same' is also emitted by 'shop-production/One'",
      '      fix: give one of the constructs another id or name',
    ].join('\n'));
    expect(listFiles(outdir)).toEqual([]);
  });

  test('extra checks run; their errors stop synthesis and their warnings are returned', () => {
    // GIVEN
    const seen: string[] = [];
    const warn: GateCheck = {
      name: 'warn',
      run: (input) => {
        seen.push(...input.objects.map((o) => o.json.kind));
        return [{ path: 'shop-production/mailer', rule: 'note', severity: 'warning', message: 'just so you know' }];
      },
    };
    const fail: GateCheck = {
      name: 'fail',
      run: () => [{ path: 'shop-production/mailer', rule: 'no-mailers', severity: 'error', message: 'mailers are banned', fix: 'remove it' }],
    };
    const warnOnly = new BlueprintApp({ outdir, checks: [warn] });
    const failing = new BlueprintApp({ outdir, checks: [warn, fail] });
    for (const app of [warnOnly, failing]) {
      new Worker(new Blueprint(app, 'shop-production', { environment: Environment.production() }), 'mailer', LIVE_WORKER);
    }

    // WHEN
    const result = warnOnly.synthesize();

    // THEN
    expect(seen).toEqual(['Namespace', 'PriorityClass', 'PriorityClass', 'ServiceAccount', 'NetworkPolicy', 'Deployment', 'PodDisruptionBudget']);
    const notes = result.warnings.filter((w) => w.rule === 'note');
    expect(notes.map(({ site: _site, owner: _owner, ...w }) => w)).toEqual([{ path: 'shop-production/mailer', rule: 'note', severity: 'warning', message: 'just so you know' }]);
    // the finding names the line of this file that made the construct
    expect(notes[0].site).toEqual({ file: __filename, line: expect.any(Number), column: expect.any(Number) });
    expect(() => failing.synth()).toFail([
      'Validation failed: 1 error, 1 warning; nothing was written.',
      '  ✗ [no-mailers] shop-production/mailer: mailers are banned',
      '      fix: remove it',
      '  ! [note] shop-production/mailer: just so you know',
    ].join('\n'));
    expect(listFiles(outdir)).toEqual([]);
  });

  test('an artifact whose path a blueprint already writes is a finding', () => {
    // GIVEN
    const app = new BlueprintApp({ outdir });
    twoBlueprints(app);
    new Artifact(app, 'Clash', { path: 'shop-production.k8s.yaml', render: () => 'x' });

    // THEN
    expect(() => app.synth()).toFail([
      'Validation failed: 1 error, 1 warning; nothing was written.',
      "  ✗ [artifact-path] Clash: 'path' ('shop-production.k8s.yaml') is written by another artifact or blueprint",
      "  ! [deployment-replicas] shop-development/mailer/Deployment: Deployment 'mailer' runs 1 replica",
      '      fix: one replica is by design in Environment.development() and with a ReadWriteOnce volume (expect this warning there); elsewhere use ScalingPolicy.fixed(n >= 2) or an autoscale policy with minReplicas >= 2',
    ].join('\n'));
    expect(listFiles(outdir)).toEqual([]);
  });
});

describe('construct dependencies', () => {
  test('a.node.addDependency(b) puts b\'s objects before a\'s', () => {
    // GIVEN
    const app = new BlueprintApp({ outdir });
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), createNamespace: false });
    const a = new Worker(shop, 'a', LIVE_WORKER);
    const b = new Worker(shop, 'b', LIVE_WORKER);

    // WHEN
    a.node.addDependency(b);

    // THEN
    const objects = BlueprintTesting.synth(shop);
    expect(kindsAndNames(objects)).toEqual([
      'PriorityClass/shop-services', 'PriorityClass/shop-data',
      'ServiceAccount/b', 'NetworkPolicy/b', 'Deployment/b', 'PodDisruptionBudget/b',
      'ServiceAccount/a', 'NetworkPolicy/a', 'Deployment/a', 'PodDisruptionBudget/a',
    ]);
  });

  test('without dependencies objects keep creation order', () => {
    // GIVEN
    const app = new BlueprintApp({ outdir });
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), createNamespace: false });

    // WHEN
    new Worker(shop, 'a', LIVE_WORKER);
    new Worker(shop, 'b', LIVE_WORKER);

    // THEN
    expect(kindsAndNames(BlueprintTesting.synth(shop))).toEqual([
      'PriorityClass/shop-services', 'PriorityClass/shop-data',
      'ServiceAccount/a', 'NetworkPolicy/a', 'Deployment/a', 'PodDisruptionBudget/a',
      'ServiceAccount/b', 'NetworkPolicy/b', 'Deployment/b', 'PodDisruptionBudget/b',
    ]);
  });

  test('synthesizing twice gives the same order', () => {
    // GIVEN
    const app = new BlueprintApp({ outdir });
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });
    const a = new Worker(shop, 'a', LIVE_WORKER);
    const b = new Worker(shop, 'b', LIVE_WORKER);
    a.node.addDependency(b);

    // WHEN
    const first = app.synthesize();
    const second = app.synthesize();

    // THEN
    expect([...second.files.entries()]).toEqual([...first.files.entries()]);
  });
});

describe('mistakes are collected, not thrown one by one', () => {
  test('every mistake of every construct is reported in one synthesis, in the order made, with the line that made it', () => {
    // GIVEN
    const app = new BlueprintApp({ outdir });
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });

    // WHEN: three mistakes in one construct and one in another; building goes on
    new Worker(shop, 'mailer', { ...WORKER, port: 0, portName: 'HTTP', labels: { 'app.kubernetes.io/name': 'x' } });
    new ExternalService(shop, 'payments', { host: 'localhost', port: 443 });
    const error = (() => {
      try {
        app.synth();
      } catch (e) {
        return e as ValidationError;
      }
      throw new Error('synth did not fail');
    })();

    // THEN
    expect(error).toBeInstanceOf(ValidationError);
    expect(error.findings.map((f) => [f.path, f.rule, f.message])).toEqual([
      ['shop-production/mailer', 'construct', "'port' (0) must be >= 1"],
      ['shop-production/mailer', 'construct', "'portName' ('HTTP') must be a valid port name: at most 15 characters, lowercase letters, digits and single '-', with at least one letter"],
      ['shop-production/mailer', 'construct', "'labels' ('app.kubernetes.io/name') is set by the blueprint (selectors depend on it): choose another label key"],
      ['shop-production/payments', 'construct', "'host' ('localhost') must be a fully qualified DNS name (an IP address needs a Service with Endpoints, not ExternalName)"],
    ]);
    // each names this file and the line of its `new`
    const lines = error.findings.map((f) => f.site);
    expect(lines.every((s) => s?.file === __filename)).toBe(true);
    expect(new Set(lines.slice(0, 3).map((s) => s!.line)).size).toBe(1);
    expect(lines[3]!.line).toBe(lines[0]!.line + 1);
    expect(listFiles(outdir)).toEqual([]);
  });

  test('a construct with a mistake hides the gate findings that follow from it, not those of other constructs', () => {
    // GIVEN
    const app = new BlueprintApp({ outdir });
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });
    new Worker(shop, 'mailer', { ...WORKER, port: 70000 });
    new Worker(shop, 'reports', { image: 'registry.example.com/shop/reports:1.0.0' });

    // WHEN
    const findings = (() => {
      try {
        app.synthesize();
      } catch (e) {
        return (e as ValidationError).findings;
      }
      return [];
    })();

    // THEN: the port mistake once (not again as the gate's port-range or schema finding), and the other worker's warning
    expect(findings.map((f) => `${f.severity} [${f.rule}] ${f.path}`)).toEqual([
      'error [construct] shop-production/mailer',
      'warning [probes] shop-production/reports/Deployment',
    ]);
  });
});
