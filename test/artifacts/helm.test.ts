import * as yaml from 'js-yaml';
import { buildExamples } from '../../apps/index';
import { Blueprint, BlueprintApp, BlueprintAppProps, BlueprintProps, BlueprintTesting, Build, Environment, HealthCheck, Image, ImageSigning, Job, PriorityClasses, ValidationError, WebService } from '../../lib';
import { HELM_CHARTS_FOLDER, resolveHelmChartOptions } from '../../lib/artifacts/helm';
import { escapeGoTemplate, imageSites, objectTemplate, templateFileNames } from '../../lib/artifacts/_helm-templates';
import { appVersionOf, helmHooks, imageValueNames, valuesSchema } from '../../lib/artifacts/_helm-chart';
import { IMAGE, WEB } from '../_helpers';

/** The files of one chart, by path inside it. */
function chartOf(files: ReadonlyMap<string, string>, blueprint: string): Map<string, string> {
  const dir = `charts/${blueprint}/`;
  return new Map([...files].filter(([f]) => f.startsWith(dir)).map(([f, c]) => [f.slice(dir.length), c]));
}

function shopApp(helm: BlueprintAppProps['helm'] = true, props: Partial<BlueprintProps> = {}): { app: BlueprintApp; shop: Blueprint; web: WebService } {
  const app = BlueprintTesting.app({ helm });
  const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), ...props });
  const web = new WebService(shop, 'web', WEB);
  return { app, shop, web };
}

describe('charts of the examples', () => {
  const files = buildExamples({ helm: true }).synthesize().files;
  const blueprints = [...files.keys()].filter((f) => /^[^/]+\.k8s\.yaml$/.test(f)).map((f) => f.slice(0, -'.k8s.yaml'.length));

  test('one chart per blueprint and environment, each with Chart.yaml, values.yaml, values.schema.json, .helmignore and one template per object', () => {
    // THEN
    const charts = new Set([...files.keys()].filter((f) => f.startsWith(`${HELM_CHARTS_FOLDER}/`)).map((f) => f.split('/')[1]));
    expect([...charts].sort()).toEqual([...blueprints].sort());
    for (const bp of blueprints) {
      const chart = chartOf(files, bp);
      const objects = yaml.loadAll(files.get(`${bp}.k8s.yaml`)!) as any[];
      expect([...chart.keys()].filter((f) => !f.startsWith('templates/')).sort()).toEqual(['.helmignore', 'Chart.yaml', 'values.schema.json', 'values.yaml']);
      expect([...chart.keys()].filter((f) => f.startsWith('templates/'))).toHaveLength(objects.length);
    }
  });

  test("shop-production's Chart.yaml: apiVersion v2, the blueprint's name, version 0.1.0, appVersion of the image the app builds", () => {
    // THEN
    expect(chartOf(files, 'shop-production').get('Chart.yaml')).toBe([
      'apiVersion: v2',
      'name: shop-production',
      'description: shop in production (blueprint shop-production), synthesized by cdk8s-blueprints',
      'type: application',
      'version: 0.1.0',
      'appVersion: 1.4.2',
      'kubeVersion: ">=1.28.0-0"',
      '',
    ].join('\n'));
  });

  test("shop-production's values: its five images by name, each the synthesized reference", () => {
    // THEN
    const values = yaml.load(chartOf(files, 'shop-production').get('values.yaml')!) as any;
    expect(values).toEqual({
      images: {
        'backup-tools': 'registry.example.com/platform/backup-tools:1.0.0',
        'busybox': 'busybox:1.36.1',
        'kubectl': 'registry.k8s.io/kubectl:v1.28.15',
        'postgres': 'postgres:15.10-bookworm',
        'user-service': 'registry.example.com/shop/user-service:1.4.2',
      },
    });
    expect(JSON.parse(chartOf(files, 'shop-production').get('values.schema.json')!)).toEqual(valuesSchema('shop-production', ['backup-tools', 'busybox', 'kubectl', 'postgres', 'user-service']));
  });

  test('templates: the Deployment reads its image from the values, the ExternalSecret escapes its Go template', () => {
    // THEN
    const chart = chartOf(files, 'shop-production');
    expect(chart.get('templates/deployment-user-service.yaml')).toContain('image: {{ index .Values.images "user-service" | quote }}');
    expect(chart.get('templates/externalsecret-user-db-credentials.yaml')).toContain('password: "{{ "{{" }} .password {{ "}}" }}"');
    expect(chart.get('templates/namespace-shop.yaml')).toContain('helm.sh/resource-policy: keep');
  });

  test('every template is its object, with the images from the values and the Namespace kept on uninstall', () => {
    for (const bp of blueprints) {
      const chart = chartOf(files, bp);
      const values = (yaml.load(chart.get('values.yaml')!) as any).images;
      const objects = yaml.loadAll(files.get(`${bp}.k8s.yaml`)!) as any[];
      const names = templateFileNames(objects);
      objects.forEach((o, i) => {
        // The template with its actions evaluated by hand: only image actions and escaped delimiters occur.
        const text = chart.get(`templates/${names[i]}`)!
          .replace(/\{\{ index \.Values\.images "([^"]+)" \| quote \}\}/g, (_m, n: string) => JSON.stringify(values[n]))
          .replace(/\{\{ "(\{\{|\}\})" \}\}/g, '$1');
        const expected = o.kind === 'Namespace' ? { ...o, metadata: { ...o.metadata, annotations: { ...o.metadata.annotations, 'helm.sh/resource-policy': 'keep' } } } : o;
        expect(yaml.load(text)).toEqual(expected);
      });
    }
  });

  test('appVersion of each example: the tag its own long-running workloads run', () => {
    // THEN
    const versions = Object.fromEntries(blueprints.map((bp) => [bp, (yaml.load(chartOf(files, bp).get('Chart.yaml')!) as any).appVersion]));
    expect(versions).toEqual({
      'flask-hello-development': '1.0.2', 'flask-hello-production': '1.0.2',
      'httpd-static-development': '1.0.0', 'httpd-static-production': '1.0.0',
      'rust-hello-development': '1.0.0', 'rust-hello-production': '1.0.0',
      'rust-notes-development': '1.0.0', 'rust-notes-production': '1.0.0',
      'shop-development': '1.4.2', 'shop-production': '1.4.2', 'shop-staging': '1.4.2',
      'storefront-development': '2.3.0', 'storefront-production': '2.3.0',
    });
  });
});

describe('the helm prop', () => {
  test('off by default: no charts', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    new WebService(new Blueprint(app, 'shop-production', { environment: Environment.production() }), 'web', WEB);

    // THEN
    expect([...app.synthesize().files.keys()].filter((f) => f.startsWith('charts/'))).toEqual([]);
  });

  test('version and appVersion given', () => {
    // GIVEN
    const { app } = shopApp({ version: '1.4.0-rc.1+build.7', appVersion: '2026.12' });

    // THEN
    const chart = yaml.load(chartOf(app.synthesize().files, 'shop-production').get('Chart.yaml')!) as any;
    expect(chart.version).toBe('1.4.0-rc.1+build.7');
    expect(chart.appVersion).toBe('2026.12');
  });

  test.each([
    [{ version: '1.0' }, "'helm.version' ('1.0') must be a SemVer 2 version: MAJOR.MINOR.PATCH, e.g. '1.4.0' or '1.4.0-rc.1'"],
    [{ version: 'v1.0.0' }, "'helm.version' ('v1.0.0') must be a SemVer 2 version: MAJOR.MINOR.PATCH, e.g. '1.4.0' or '1.4.0-rc.1'"],
    [{ version: '01.0.0' }, "'helm.version' ('01.0.0') must be a SemVer 2 version: MAJOR.MINOR.PATCH, e.g. '1.4.0' or '1.4.0-rc.1'"],
    [{ appVersion: ' ' }, "'helm.appVersion' (' ') must not be empty"],
  ])('%j is reported: %s', (helm, message) => {
    // GIVEN
    const { app } = shopApp(helm);

    // THEN
    expect(() => app.synthesize()).toThrow(ValidationError);
    try {
      app.synthesize();
    } catch (e) {
      expect((e as ValidationError).findings.map((f) => [f.path, f.rule, f.message])).toEqual([['', 'construct', message]]);
    }
  });

  test('resolveHelmChartOptions: false and undefined are off, true is version 0.1.0', () => {
    expect(resolveHelmChartOptions(undefined)).toBeUndefined();
    expect(resolveHelmChartOptions(false)).toBeUndefined();
    expect(resolveHelmChartOptions(true)).toEqual({ version: '0.1.0' });
    expect(() => resolveHelmChartOptions({ version: '1' })).toThrow("'helm.version' ('1') must be a SemVer 2 version: MAJOR.MINOR.PATCH, e.g. '1.4.0' or '1.4.0-rc.1'");
  });
});

/** A blueprint whose namespace and priority classes the platform team provides: what a pre-install hook needs. */
const PROVIDED: Partial<BlueprintProps> = { createNamespace: false, priorityClasses: PriorityClasses.provided({ services: 'platform-services', data: 'platform-data' }) };

describe('Jobs the blueprint orders first become hooks', () => {
  test('a Job that runsBefore a workload: pre-install,pre-upgrade hook with its ServiceAccount and NetworkPolicy before it; nothing else is a hook', () => {
    // GIVEN
    const { app, shop, web } = shopApp(true, PROVIDED);
    const job = new Job(shop, 'migrate', { image: IMAGE, args: ['migrate'] });
    job.runsBefore(web, { waitForCompletion: true });

    // WHEN
    const chart = chartOf(app.synthesize().files, 'shop-production');

    // THEN
    const annotations = (file: string) => (yaml.load(chart.get(`templates/${file}`)!.replace(/\{\{[^}]*\}\}/g, 'x')) as any).metadata.annotations ?? {};
    const hook = (weight: string) => ({ 'helm.sh/hook': 'pre-install,pre-upgrade', 'helm.sh/hook-weight': weight, 'helm.sh/hook-delete-policy': 'before-hook-creation' });
    expect(annotations(`job-${job.jobName}.yaml`)).toEqual(hook('0'));
    expect(annotations('serviceaccount-migrate.yaml')).toEqual(hook('-5'));
    expect(annotations('networkpolicy-migrate.yaml')).toEqual(hook('-5'));
    const hooks = [...chart].filter(([f, c]) => f.startsWith('templates/') && c.includes('helm.sh/hook:')).map(([f]) => f).sort();
    expect(hooks).toEqual([`templates/job-${job.jobName}.yaml`, 'templates/networkpolicy-migrate.yaml', 'templates/serviceaccount-migrate.yaml']);
  });

  test.each<[string, Partial<BlueprintProps>, boolean]>([
    ['nothing depends on', PROVIDED, false],
    ['runs in a Namespace of the chart (absent when Helm runs pre-install hooks)', { priorityClasses: PROVIDED.priorityClasses }, true],
    ['runs at a PriorityClass of the chart', { createNamespace: false }, true],
  ])('a Job %s is an ordinary object of the release', (_what, props, runsBefore) => {
    // GIVEN
    const { app, shop, web } = shopApp(true, props);
    const job = new Job(shop, 'migrate', { image: IMAGE, args: ['migrate'] });
    if (runsBefore) job.runsBefore(web);

    // THEN
    const chart = chartOf(app.synthesize().files, 'shop-production');
    expect([...chart.values()].filter((c) => c.includes('helm.sh/hook'))).toEqual([]);
    expect(chart.get(`templates/job-${job.jobName}.yaml`)).toContain('kind: Job');
  });

  test("the shop's migration, after its database, is an ordinary object of the release", () => {
    // THEN
    const chart = chartOf(buildExamples({ helm: true }).synthesize().files, 'shop-production');
    const job = [...chart.keys()].filter((f) => f.startsWith('templates/job-user-db-migrate-'));
    expect(job).toHaveLength(1);
    expect([...chart.values()].filter((c) => c.includes('helm.sh/hook'))).toEqual([]);
  });

  test('helmHooks: two Jobs in output order weigh 0 and 10; a ServiceAccount another pod uses stays in the release; a Job after another object is no hook', () => {
    // GIVEN
    const pod = (labels: Record<string, string>, sa: string) => ({ metadata: { labels }, spec: { serviceAccountName: sa, containers: [{ name: 'c', image: 'i' }] } });
    const objects = [
      { kind: 'ServiceAccount', metadata: { name: 'shared' } },
      { kind: 'ConfigMap', metadata: { name: 'seed-data' } },
      { kind: 'Job', metadata: { name: 'a' }, spec: { template: pod({ app: 'a' }, 'shared') } },
      { kind: 'Job', metadata: { name: 'b' }, spec: { template: { ...pod({ app: 'b' }, 'b'), spec: { ...pod({}, 'b').spec, volumes: [{ name: 'd', configMap: { name: 'seed-data' } }] } } } },
      { kind: 'Deployment', metadata: { name: 'web' }, spec: { template: pod({ app: 'web' }, 'shared') } },
    ];

    // THEN
    expect(helmHooks(objects, new Map([[3, new Set([1])], [2, new Set<number>()]]))).toEqual([{ index: 1, weight: 5 }, { index: 2, weight: 0 }, { index: 3, weight: 10 }]);
    expect(helmHooks(objects, new Map([[3, new Set([1])], [2, new Set([0])]]))).toEqual([{ index: 1, weight: -5 }, { index: 3, weight: 0 }]);
  });
});

describe('templates', () => {
  test.each([
    ['no delimiters', 'no delimiters'],
    ['{{ .password }}', '{{ "{{" }} .password {{ "}}" }}'],
    ['{{{x}}}', '{{ "{{" }}{x{{ "}}" }}}'],
    ['a }} b {{- c', 'a {{ "}}" }} b {{ "{{" }}- c'],
  ])('escapeGoTemplate(%j)', (text, escaped) => {
    expect(escapeGoTemplate(text)).toBe(escaped);
  });

  test('objectTemplate: images of containers and init containers of a CronJob become values; a manifest holding the placeholder keeps it', () => {
    // GIVEN
    const cronJob = {
      apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'backup', annotations: { note: 'HELM_IMAGE_0_0_VALUE' } },
      spec: { jobTemplate: { spec: { template: { spec: { initContainers: [{ name: 'wait', image: 'busybox:1.36.1' }], containers: [{ name: 'dump', image: 'postgres:15' }] } } } } },
    };

    // WHEN
    const text = objectTemplate(cronJob, (ref) => ref.split(':')[0]);

    // THEN
    expect(text).toContain('note: HELM_IMAGE_0_0_VALUE');
    expect(text).toMatch(/- name: wait\n +image: \{\{ index \.Values\.images "busybox" \| quote \}\}\n/);
    expect(text).toMatch(/- name: dump\n +image: \{\{ index \.Values\.images "postgres" \| quote \}\}\n/);
    expect(imageSites(cronJob).map((s) => s.reference)).toEqual(['busybox:1.36.1', 'postgres:15']);
  });

  test('templateFileNames: <kind>-<name>, qualified by group and namespace where two would meet', () => {
    expect(templateFileNames([
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'shop' } },
      { apiVersion: 'networking.istio.io/v1beta1', kind: 'Gateway', metadata: { name: 'web', namespace: 'shop' } },
      { apiVersion: 'gateway.networking.k8s.io/v1', kind: 'Gateway', metadata: { name: 'web', namespace: 'shop' } },
    ])).toEqual(['service-web.yaml', 'gateway-networking.istio.io-shop-web.yaml', 'gateway-gateway.networking.k8s.io-shop-web.yaml']);
  });
});

describe('values and appVersion', () => {
  const deployment = (...images: string[]) => ({ kind: 'Deployment', spec: { template: { spec: { containers: images.map((image, i) => ({ name: `c${i}`, image })) } } } });

  test('imageValueNames: the Image name of what the app builds, else the repository\'s last segment; same names told apart by tag', () => {
    // GIVEN
    const objects = [deployment('registry.example.com/a/api:1.0.0', 'docker.io/library/redis:7.2', 'mirror.example.com/redis:7.4', 'quay.io/x/my_tool.v2@sha256:' + 'a'.repeat(64))];

    // THEN
    expect([...imageValueNames(objects, new Map([['registry.example.com/a/api:1.0.0', 'shop-api']]))]).toEqual([
      ['registry.example.com/a/api:1.0.0', 'shop-api'],
      ['docker.io/library/redis:7.2', 'redis-7-2'],
      ['mirror.example.com/redis:7.4', 'redis-7-4'],
      [`quay.io/x/my_tool.v2@sha256:${'a'.repeat(64)}`, 'my-tool-v2'],
    ]);
  });

  test('appVersionOf: one shared version, else <name>:<version> by name; third-party images only when the app builds none', () => {
    // GIVEN
    const objects = [deployment('r/site:2.4.0', 'r/api:2.3.0', 'postgres:15')];
    const names = imageValueNames(objects, new Map());

    // THEN
    expect(appVersionOf(objects, names, new Set(['r/site:2.4.0', 'r/api:2.3.0']))).toBe('api:2.3.0, site:2.4.0');
    expect(appVersionOf(objects, names, new Set(['r/api:2.3.0']))).toBe('2.3.0');
    expect(appVersionOf([deployment('postgres:15', `redis@sha256:${'b'.repeat(64)}`)], imageValueNames([deployment('postgres:15', `redis@sha256:${'b'.repeat(64)}`)], new Map()), new Set())).toBe('postgres:15, redis:sha256:bbbbbbbbbbbb');
    expect(appVersionOf([], new Map(), new Set())).toBeUndefined();
  });

  test('a blueprint with two built images of different tags', () => {
    // GIVEN
    const app = BlueprintTesting.app({ helm: { version: '2.0.0' } });
    const shop = new Blueprint(app, 'shop-production', { environment: Environment.production() });
    for (const [name, tag] of [['api', '2.3.0'], ['site', '2.4.0']]) {
      const image = new Image(app, name, { build: Build.node({ entry: 'server.js', port: 8080, healthPath: '/healthz' }), repository: `registry.example.com/shop/${name}`, tag, signing: ImageSigning.githubActions({ repository: 'example/shop' }) });
      new WebService(shop, name, { image, health: HealthCheck.http('/healthz') });
    }

    // THEN
    const chart = chartOf(app.synthesize().files, 'shop-production');
    expect(yaml.load(chart.get('Chart.yaml')!)).toMatchObject({ version: '2.0.0', appVersion: 'api:2.3.0, site:2.4.0' });
    expect((yaml.load(chart.get('values.yaml')!) as any).images).toEqual({ api: 'registry.example.com/shop/api:2.3.0', site: 'registry.example.com/shop/site:2.4.0' });
  });
});
