import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import { parseAllDocuments } from 'yaml';
import { Synthesis } from '../lib/index';
import { validateSchema } from '../lib/k8s/schema';
import { OUTPUT_MANIFEST } from '../lib/app/_output-folder';
import { buildExamples } from '../apps';
import { STOREFRONT_CRD_FILES } from '../apps/storefront';
import { CustomResourceSchemas } from '../lib/k8s/custom-resources';

const DIST = path.join(__dirname, '..', 'dist');
let synthesis: Synthesis;

beforeAll(() => {
  synthesis = buildExamples({ outdir: DIST }).synthesize();
});

function listFiles(dir: string, base = dir): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    return e.isDirectory() ? listFiles(full, base) : [path.relative(base, full).split(path.sep).join('/')];
  });
}

function objectsOf(blueprint: string, kind: string): any[] {
  return synthesis.objects.filter((o) => o.blueprint === blueprint && o.json.kind === kind).map((o) => o.json);
}

describe('dist/ is the committed output of the examples', () => {
  test('every synthesized file is in dist/ byte for byte', () => {
    const stale = [...synthesis.files.entries()]
      .filter(([rel, content]) => !fs.existsSync(path.join(DIST, rel)) || fs.readFileSync(path.join(DIST, rel), 'utf8') !== content)
      .map(([rel]) => rel);
    expect({ stale, hint: 'run `npm run synth` and commit dist/' }).toEqual({ stale: [], hint: 'run `npm run synth` and commit dist/' });
  });

  test('dist/ holds no file the examples no longer produce', () => {
    const extra = listFiles(DIST).filter((rel) => !synthesis.files.has(rel) && rel !== OUTPUT_MANIFEST);
    expect(extra).toEqual([]);
  });

  test("dist/'s manifest lists exactly the synthesized files with their sha256 (so synth prunes only its own)", () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(DIST, OUTPUT_MANIFEST), 'utf8'));
    expect(manifest.generator).toEqual('cdk8s-blueprints');
    expect(manifest.files).toEqual(Object.fromEntries([...synthesis.files].map(([rel, content]) => [rel, createHash('sha256').update(content).digest('hex')])));
  });

  test('synthesis is deterministic', () => {
    const again = buildExamples({ outdir: DIST }).synthesize();
    expect([...again.files.entries()]).toEqual([...synthesis.files.entries()]);
  });

  test('the gate passes the examples with only the warnings by design: one replica in development', () => {
    // rust-notes keeps its SQLite file on a volume claim of a StatefulSet with one replica: not a Deployment, no warning
    expect(synthesis.warnings.map((w) => `${w.rule} ${w.owner}`)).toEqual([
      'deployment-replicas flask-hello-development/web',
      'deployment-replicas flask-hello-development/jobs',
      'deployment-replicas rust-hello-development/web',
      'deployment-replicas httpd-static-development/web',
      'deployment-replicas shop-development/user-service',
      'deployment-replicas storefront-development/inventory',
      'deployment-replicas storefront-development/api',
      'deployment-replicas storefront-development/site',
      'deployment-replicas storefront-development/ledger',
    ]);
    expect(synthesis.warnings.find((w) => w.owner === 'storefront-development/ledger')!.message).toEqual("Deployment 'ledger' runs 1 replica");
  });

  test('fewer warnings than workloads: at most one per workload on average (issue 11)', () => {
    const workloads = synthesis.objects.filter((o) => ['Deployment', 'StatefulSet', 'CronJob', 'Job'].includes(o.json.kind));
    expect(workloads.length).toBe(41);
    expect(synthesis.warnings.length).toBeLessThanOrEqual(workloads.length);
  });
});

describe('every object in dist/ validates against the Kubernetes 1.28 schema (unknown fields rejected)', () => {
  // and the CRDs: bundled ones, and the examples' own (the storefront's cert-manager Certificate)
  const crds = STOREFRONT_CRD_FILES.map((f) => CustomResourceSchemas.fromYaml(fs.readFileSync(f, 'utf8'), f));
  const manifests = fs.readdirSync(DIST).filter((f) => f.endsWith('.k8s.yaml')).sort();

  test('there are manifests to check', () => {
    expect(manifests.length).toBeGreaterThanOrEqual(10);
  });

  test.each(manifests)('%s', (file) => {
    const docs = parseAllDocuments(fs.readFileSync(path.join(DIST, file), 'utf8'));
    expect(docs.flatMap((d) => d.errors.map((e) => e.message))).toEqual([]);
    const findings = docs.map((d) => d.toJS()).flatMap((obj: any) => validateSchema(obj, crds).map((f) => `${obj.kind}/${obj.metadata?.name}${f.pointer}: ${f.message}`));
    expect(findings).toEqual([]);
  });
});

describe('snapshots', () => {
  // Manifests are pinned byte for byte by dist/ (above); their snapshot is the inventory a reviewer scans first.
  // Dockerfiles, ignore files and compose files are small: their snapshot is the whole file.
  test.each(synthesisFiles())('%s', (file) => {
    const content = synthesis.files.get(file)!;
    if (file.endsWith('.k8s.yaml')) {
      const inventory = synthesis.objects.filter((o) => `${o.blueprint}.k8s.yaml` === file)
        .map((o) => `${o.json.kind} ${o.json.metadata.namespace ? `${o.json.metadata.namespace}/` : ''}${o.json.metadata.name}  <- ${o.path}`);
      expect(inventory).toMatchSnapshot();
    } else {
      expect(content).toMatchSnapshot();
    }
  });
});

function synthesisFiles(): string[] {
  // jest collects test.each tables before beforeAll runs: synthesize once here for the table.
  return [...buildExamples({ outdir: DIST }).synthesize().files.keys()];
}

describe('flask-hello: what each environment changes', () => {
  test('development runs one replica, without autoscaler, budget or anti-affinity; soft spreading everywhere', () => {
    const [web] = objectsOf('flask-hello-development', 'Deployment').filter((d) => d.metadata.name === 'web');
    expect(web.spec.replicas).toBe(1);
    expect(web.spec.template.spec.topologySpreadConstraints.map((t: any) => [t.topologyKey, t.whenUnsatisfiable]))
      .toEqual([['topology.kubernetes.io/zone', 'ScheduleAnyway'], ['kubernetes.io/hostname', 'ScheduleAnyway']]);
    expect(web.spec.template.spec.affinity).toBeUndefined();
    expect(objectsOf('flask-hello-development', 'HorizontalPodAutoscaler')).toEqual([]);
    expect(objectsOf('flask-hello-development', 'PodDisruptionBudget')).toEqual([]);
    expect(web.spec.template.spec.containers[0].resources.requests).toEqual({ 'cpu': '250m', 'memory': '256Mi', 'ephemeral-storage': '64Mi' });
  });

  test('production autoscales web (replicas left to the HPA), budgets and spreads it', () => {
    const [web] = objectsOf('flask-hello-production', 'Deployment').filter((d) => d.metadata.name === 'web');
    expect(web.spec.replicas).toBeUndefined();
    expect(objectsOf('flask-hello-production', 'HorizontalPodAutoscaler').map((h) => [h.metadata.name, h.spec.minReplicas, h.spec.maxReplicas]))
      .toEqual([['web', 2, 6]]);
    expect(objectsOf('flask-hello-production', 'PodDisruptionBudget').map((p) => [p.metadata.name, p.spec.maxUnavailable]))
      .toEqual([['web', 1], ['jobs', 1]]);
    expect(web.spec.template.spec.topologySpreadConstraints.map((t: any) => t.topologyKey))
      .toEqual(['topology.kubernetes.io/zone', 'kubernetes.io/hostname']);
    expect(web.spec.template.spec.containers[0].resources.requests).toEqual({ 'cpu': '500m', 'memory': '512Mi', 'ephemeral-storage': '64Mi' });
  });

  test('no secret value reaches the output: the broker URL is a secretKeyRef', () => {
    const [jobs] = objectsOf('flask-hello-production', 'Deployment').filter((d) => d.metadata.name === 'jobs');
    expect(jobs.spec.template.spec.containers[0].env).toContainEqual({
      name: 'BROKER_URL', valueFrom: { secretKeyRef: { name: 'flask-hello-broker', key: 'url' } },
    });
    expect(objectsOf('flask-hello-production', 'Secret')).toEqual([]);
  });

  test('the nightly task runs at 03:15 Berlin time', () => {
    const [cron] = objectsOf('flask-hello-production', 'CronJob');
    expect([cron.spec.schedule, cron.spec.timeZone, cron.spec.concurrencyPolicy]).toEqual(['15 3 * * *', 'Europe/Berlin', 'Forbid']);
  });
});
