/**
 * The charts as Helm reads them: the real helm 3 (scripts/ci/services.sh installs it) lints every example chart
 * and renders it, and the rendered objects are the blueprint's manifests (parsed, equal), the images from the
 * values, `--set` lands in the Deployment, values.schema.json refuses what the chart does not read, and a Job the
 * blueprint orders first renders as a hook.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as yaml from 'js-yaml';
import { buildExamples } from '../../apps/index';
import { Blueprint, BlueprintTesting, Environment, Job, PriorityClasses, WebService } from '../../lib';
import { IMAGE, WEB } from '../_helpers';

const HELM = process.env.HELM ?? 'helm';

function helm(args: string[]): string {
  try {
    return execFileSync(HELM, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, HELM_CACHE_HOME: path.join(out, '.cache'), HELM_CONFIG_HOME: path.join(out, '.config'), HELM_DATA_HOME: path.join(out, '.data') } });
  } catch (e: any) {
    if (e.code === 'ENOENT') throw new Error(`${HELM} is not installed: run \`sh scripts/ci/services.sh\` (as root)`);
    throw new Error(`helm ${args.join(' ')} failed:\n${e.stdout ?? ''}${e.stderr ?? ''}`);
  }
}

/** Writes the charts of `files` under `out`; returns the chart folders by blueprint. */
function writeCharts(files: ReadonlyMap<string, string>, dir: string): Map<string, string> {
  const charts = new Map<string, string>();
  for (const [f, c] of files) {
    if (!f.startsWith('charts/')) continue;
    const target = path.join(dir, f);
    fs.mkdirSync(path.dirname(target), { recursive: true });
    fs.writeFileSync(target, c);
    charts.set(f.split('/')[1], path.join(dir, 'charts', f.split('/')[1]));
  }
  return charts;
}

/** The object without the annotations Helm reads (and without an annotations map they alone made). */
function withoutHelmAnnotations(o: any): any {
  const annotations = Object.fromEntries(Object.entries(o.metadata.annotations ?? {}).filter(([k]) => !k.startsWith('helm.sh/')));
  const { annotations: _dropped, ...metadata } = o.metadata;
  return { ...o, metadata: Object.keys(annotations).length > 0 ? { ...metadata, annotations } : metadata };
}

const byKey = (o: any) => `${o.apiVersion} ${o.kind} ${o.metadata.namespace ?? ''} ${o.metadata.name}`;

let out: string;
beforeAll(() => {
  out = fs.mkdtempSync(path.join(os.tmpdir(), 'helm-chart-test-'));
});
afterAll(() => fs.rmSync(out, { recursive: true, force: true }));

describe('every example chart', () => {
  const files = buildExamples({ helm: true }).synthesize().files;
  const blueprints = [...files.keys()].filter((f) => /^[^/]+\.k8s\.yaml$/.test(f)).map((f) => f.slice(0, -'.k8s.yaml'.length));
  let charts: Map<string, string>;
  beforeAll(() => {
    charts = writeCharts(files, out);
  });

  test('helm is helm 3', () => {
    expect(helm(['version', '--template', '{{ .Version }}'])).toMatch(/^v3\./);
  });

  test.each(blueprints)('%s passes helm lint --strict', (bp) => {
    expect(helm(['lint', '--strict', charts.get(bp)!])).toContain('1 chart(s) linted, 0 chart(s) failed');
  });

  test.each(blueprints)('%s: helm template renders exactly the objects of its manifest', (bp) => {
    // WHEN
    const rendered = (yaml.loadAll(helm(['template', bp, charts.get(bp)!])) as any[]).filter((d) => d !== null);

    // THEN: the same objects (Helm orders them by kind), the Namespace annotated to be kept on uninstall
    const manifest = yaml.loadAll(files.get(`${bp}.k8s.yaml`)!) as any[];
    expect(rendered.map(withoutHelmAnnotations).sort((a, b) => byKey(a).localeCompare(byKey(b))))
      .toEqual([...manifest].sort((a, b) => byKey(a).localeCompare(byKey(b))));
    const namespaces = rendered.filter((o) => o.kind === 'Namespace');
    for (const n of namespaces) expect(n.metadata.annotations['helm.sh/resource-policy']).toBe('keep');
    expect(rendered.filter((o) => Object.keys(o.metadata.annotations ?? {}).some((k) => k.startsWith('helm.sh/')))).toEqual(namespaces);
  });

  test("shop-production's ExternalSecret keeps its Go template, as written", () => {
    // WHEN
    const rendered = yaml.loadAll(helm(['template', 'shop', charts.get('shop-production')!, '--show-only', 'templates/externalsecret-user-db-credentials.yaml'])) as any[];

    // THEN
    expect(rendered[0].spec.target.template.data.password).toBe('{{ .password }}');
  });

  test('--set images.user-service lands in the Deployment, and only there', () => {
    // WHEN
    const ref = 'registry.example.com/shop/user-service:1.4.3';
    const rendered = yaml.loadAll(helm(['template', 'shop', charts.get('shop-production')!, '--set', `images.user-service=${ref}`])) as any[];

    // THEN
    const images = rendered.flatMap((o) => {
      const spec = o.kind === 'CronJob' ? o.spec.jobTemplate.spec.template.spec : o.spec?.template?.spec;
      return [...(spec?.initContainers ?? []), ...(spec?.containers ?? [])].map((c: any) => `${o.kind}/${o.metadata.name}/${c.name}=${c.image}`);
    });
    expect(images.filter((i) => i.endsWith(ref))).toEqual([`Deployment/user-service/user-service=${ref}`]);
    expect(images.filter((i) => i.includes('user-service:1.4.2'))).toEqual([]);
  });

  test('values.schema.json refuses an image the chart does not have, and an empty reference', () => {
    expect(() => helm(['template', 'shop', charts.get('shop-production')!, '--set', 'images.user-servic=x'])).toThrow('Additional property user-servic is not allowed');
    expect(() => helm(['template', 'shop', charts.get('shop-production')!, '--set', 'images.postgres='])).toThrow('images.postgres: String length must be greater than or equal to 1');
  });

  test('helm package makes the archive of the chart version', () => {
    helm(['package', charts.get('storefront-production')!, '--destination', out]);
    expect(fs.existsSync(path.join(out, 'storefront-production-0.1.0.tgz'))).toBe(true);
  });
});

describe('a Job the blueprint orders first', () => {
  test('renders as a pre-install,pre-upgrade hook, with its ServiceAccount and NetworkPolicy weighted before it', () => {
    // GIVEN
    const app = BlueprintTesting.app({ helm: { version: '1.0.0' } });
    const shop = new Blueprint(app, 'shop-production', {
      environment: Environment.production(), createNamespace: false, priorityClasses: PriorityClasses.provided({ services: 'platform-services', data: 'platform-data' }),
    });
    const web = new WebService(shop, 'web', WEB);
    const job = new Job(shop, 'migrate', { image: IMAGE, args: ['migrate'] });
    job.runsBefore(web, { waitForCompletion: true });
    const files = app.synthesize().files;
    const dir = writeCharts(files, path.join(out, 'hooks')).get('shop-production')!;

    // WHEN
    expect(helm(['lint', '--strict', dir])).toContain('0 chart(s) failed');
    const rendered = yaml.loadAll(helm(['template', 'shop', dir])) as any[];

    // THEN: helm template prints the hooks too; they are the manifest's objects with Helm's annotations
    const hooks = rendered.filter((o) => o.metadata.annotations?.['helm.sh/hook']);
    expect(hooks.map((o) => [o.kind, o.metadata.name, o.metadata.annotations['helm.sh/hook'], o.metadata.annotations['helm.sh/hook-weight'], o.metadata.annotations['helm.sh/hook-delete-policy']]).sort()).toEqual([
      ['Job', job.jobName, 'pre-install,pre-upgrade', '0', 'before-hook-creation'],
      ['NetworkPolicy', 'migrate', 'pre-install,pre-upgrade', '-5', 'before-hook-creation'],
      ['ServiceAccount', 'migrate', 'pre-install,pre-upgrade', '-5', 'before-hook-creation'],
    ]);
    const manifest = yaml.loadAll(files.get('shop-production.k8s.yaml')!) as any[];
    expect(rendered.map(withoutHelmAnnotations).sort((a, b) => byKey(a).localeCompare(byKey(b))))
      .toEqual([...manifest].sort((a, b) => byKey(a).localeCompare(byKey(b))));
  });
});
