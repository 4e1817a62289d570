/**
 * GitOps (lib/artifacts/gitops.ts): Argo CD Applications and Flux Kustomizations that deploy the committed output in
 * the order the relations give. Checked with the real consumers that run here: Argo CD's and Flux's own validators
 * (@kubernetes-models/argo-cd and flux-cd, generated from the CRDs), and kustomize (`kubectl kustomize`, with the
 * load restrictor off as Flux builds) where a kubectl with kustomize v4 or later is on the PATH.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { Application } from '@kubernetes-models/argo-cd/argoproj.io/v1alpha1';
import { Kustomization } from '@kubernetes-models/flux-cd/kustomize.toolkit.fluxcd.io/v1';
import { GitRepository } from '@kubernetes-models/flux-cd/source.toolkit.fluxcd.io/v1';
import { parseAllDocuments } from 'yaml';
import { buildExamples } from '../../apps/index';
import {
  BackupPolicy, Blueprint, BlueprintApp, BlueprintTesting, Duration, Environment, GitOps, GitOpsCluster, GitOpsProps, GitRevision, Postgres,
  PriorityClasses, ValidationError, WebService,
} from '../../lib';
import { manifestFileOf } from '../../lib/artifacts/gitops';
import { fluxDuration } from '../../lib/artifacts/_gitops-objects';
import { startSession } from '../../lib/app/_session';
import { WEB } from '../_helpers';
import { dbCredentials } from '../data/_backed-up';

const WAVE = 'argocd.argoproj.io/sync-wave';
const PROD = GitOpsCluster.remote({ server: 'https://prod.k8s.example.com:6443', kubeConfigSecret: 'prod-kubeconfig' });
const BASE: GitOpsProps = {
  repoURL: 'https://github.com/example/shop-deploy.git', revision: GitRevision.branch('main'), engine: 'both',
  clusters: { production: PROD, development: GitOpsCluster.inCluster() },
};

/** shop-production and shop-development, each a Postgres and a WebService that connects to it. */
function shopApp(): { app: BlueprintApp; shops: Blueprint[] } {
  const app = BlueprintTesting.app();
  const shops = [Environment.production(), Environment.development()].map((env) => {
    const shop = new Blueprint(app, `shop-${env.name}`, { environment: env });
    const db = new Postgres(shop, 'db', { credentials: dbCredentials(shop), backup: BackupPolicy.disabled('test data, recreated from fixtures on every deploy') });
    new WebService(shop, 'web', WEB).connectTo(db);
    return shop;
  });
  return { app, shops };
}

/** The documents of one output file. */
function docsOf(files: ReadonlyMap<string, string>, file: string): any[] {
  const text = files.get(file);
  if (text === undefined) throw new Error(`no ${file}; files: ${[...files.keys()].join(', ')}`);
  return parseAllDocuments(text).map((d) => d.toJS());
}

/** The gate's errors, as `<path>: <message>`. */
function errorsOf(app: BlueprintApp): string[] {
  try {
    app.synthesize();
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return e.findings.filter((f) => f.severity === 'error').map((f) => `${f.path}: ${f.message}`);
  }
  return [];
}

/** The wave of `kind/name` in a blueprint's objects. */
function waveOf(objects: any[], kind: string, name: string): number {
  const obj = objects.find((o) => o.kind === kind && o.metadata.name === name);
  return Number(obj.metadata.annotations[WAVE]);
}

/** Every Kustomization `name` depends on, directly or not. */
function dependenciesOf(kustomizations: any[], name: string): string[] {
  const k = kustomizations.find((o) => o.metadata.name === name);
  return (k.spec.dependsOn ?? []).flatMap((d: { name: string }) => [d.name, ...dependenciesOf(kustomizations, d.name)]);
}

/** The Flux Kustomization whose wave holds the object annotated `wave`. */
function kustomizationOfWave(kustomizations: any[], blueprint: string, wave: number): any {
  return kustomizations.find((k) => k.spec.path === `./dist/gitops/kustomize/${blueprint}/wave-${wave}`);
}

describe('default configuration', () => {
  test('writes an Application, a Kustomization per wave, the GitRepository and the wave kustomizations under gitops/', () => {
    // GIVEN
    const { app } = shopApp();
    new GitOps(app, 'shop-deploy', BASE);

    // WHEN
    const files = BlueprintTesting.synthApp(app).files;

    // THEN
    expect([...files.keys()].filter((f) => f.startsWith('gitops/'))).toEqual([
      'gitops/argocd/shop-development.yaml',
      'gitops/argocd/shop-production.yaml',
      'gitops/flux/shop-development.yaml',
      'gitops/flux/shop-production.yaml',
      'gitops/flux/sources/shop-deploy.yaml',
      ...['shop-development', 'shop-production'].flatMap((b) => [0, 1, 2].map((w) => `gitops/kustomize/${b}/wave-${w}/kustomization.yaml`)),
    ]);
    // the GitOps objects are not in the blueprints' files
    expect(docsOf(files, 'shop-production.k8s.yaml').map((o) => o.kind)).not.toContain('Application');
    expect(files.get('gitops/argocd/shop-production.yaml')).toMatchSnapshot('argocd');
    expect(files.get('gitops/flux/shop-production.yaml')).toMatchSnapshot('flux');
    expect(files.get('gitops/flux/sources/shop-deploy.yaml')).toMatchSnapshot('source');
    expect(files.get('gitops/kustomize/shop-production/wave-1/kustomization.yaml')).toMatchSnapshot('kustomization');
  });

  test('the Application deploys the blueprint\'s file at the revision to its environment\'s cluster and namespace', () => {
    // GIVEN
    const { app } = shopApp();
    new GitOps(app, 'shop-deploy', BASE);

    // WHEN
    const files = BlueprintTesting.synthApp(app).files;
    const [prod] = docsOf(files, 'gitops/argocd/shop-production.yaml');
    const [dev] = docsOf(files, 'gitops/argocd/shop-development.yaml');

    // THEN
    expect(prod.metadata).toEqual({
      name: 'shop-production', namespace: 'argocd',
      labels: { 'app.kubernetes.io/managed-by': 'cdk8s-blueprints', 'app.kubernetes.io/part-of': 'shop', 'blueprints.cdk8s.io/environment': 'production' },
    });
    expect(prod.spec.source).toEqual({
      repoURL: 'https://github.com/example/shop-deploy.git', targetRevision: 'main', path: 'dist', directory: { include: 'shop-production.k8s.yaml' },
    });
    expect(prod.spec.destination).toEqual({ server: 'https://prod.k8s.example.com:6443', namespace: 'shop' });
    expect(dev.spec.destination).toEqual({ server: 'https://kubernetes.default.svc', namespace: 'shop' });
    expect(prod.spec.syncPolicy).toEqual({ automated: { prune: true, selfHeal: true } });
  });

  test('each object of a deployed blueprint has its wave: the database before the service that connects to it', () => {
    // GIVEN
    const { app, shops } = shopApp();
    new GitOps(app, 'shop-deploy', BASE);

    // WHEN
    const objects = BlueprintTesting.synth(shops[0]);

    // THEN
    expect(objects.every((o) => o.metadata.annotations?.[WAVE] !== undefined)).toBe(true);
    expect(waveOf(objects, 'Namespace', 'shop')).toBe(0);
    expect(waveOf(objects, 'StatefulSet', 'db')).toBe(1);
    expect(waveOf(objects, 'Deployment', 'web')).toBe(2);
  });

  test('Flux: one Kustomization per wave, each waiting for its objects and depending on the one before', () => {
    // GIVEN
    const { app } = shopApp();
    new GitOps(app, 'shop-deploy', BASE);

    // WHEN
    const files = BlueprintTesting.synthApp(app).files;
    const prod = docsOf(files, 'gitops/flux/shop-production.yaml');
    const dev = docsOf(files, 'gitops/flux/shop-development.yaml');

    // THEN
    expect(prod.map((k) => [k.metadata.name, k.spec.dependsOn])).toEqual([
      ['shop-production-wave-0', undefined],
      ['shop-production-wave-1', [{ name: 'shop-production-wave-0' }]],
      ['shop-production-wave-2', [{ name: 'shop-production-wave-1' }]],
    ]);
    expect(prod[2].spec).toEqual({
      interval: '5m', timeout: '5m', sourceRef: { kind: 'GitRepository', name: 'shop-deploy' },
      path: './dist/gitops/kustomize/shop-production/wave-2', prune: true, wait: true,
      dependsOn: [{ name: 'shop-production-wave-1' }], kubeConfig: { secretRef: { name: 'prod-kubeconfig' } },
    });
    // the engine's own cluster: no kubeconfig
    expect(dev[0].spec.kubeConfig).toBeUndefined();
    expect(docsOf(files, 'gitops/flux/sources/shop-deploy.yaml')[0].spec).toEqual({ interval: '5m', url: 'https://github.com/example/shop-deploy.git', ref: { branch: 'main' } });
  });

  test('a blueprint in one wave gets one Kustomization, whose kustomization takes the whole file', () => {
    // GIVEN a blueprint without objects of its own and without relations
    const app = BlueprintTesting.app();
    const shop = new Blueprint(app, 'shop-production', {
      environment: Environment.production(), createNamespace: false, priorityClasses: PriorityClasses.provided({ services: 'standard', data: 'stateful' }),
    });
    new WebService(shop, 'web', WEB);
    new GitOps(app, 'shop-deploy', { ...BASE, engine: 'flux', clusters: { production: PROD } });

    // WHEN
    const files = BlueprintTesting.synthApp(app).files;

    // THEN
    expect(docsOf(files, 'gitops/flux/shop-production.yaml').map((k) => k.metadata.name)).toEqual(['shop-production-wave-0']);
    expect(docsOf(files, 'gitops/kustomize/shop-production/wave-0/kustomization.yaml')).toEqual([
      { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', resources: ['../../../../shop-production.k8s.yaml'] },
    ]);
  });
});

describe('synthesis', () => {
  test('the GitOps manifests are not counted as blueprints in the synthesis report', () => {
    // GIVEN two blueprints and their GitOps (five more charts), under a dry-run CLI session
    const { app } = shopApp();
    new GitOps(app, 'shop-deploy', BASE);
    const session = startSession({ dryRun: true });
    try {
      // WHEN
      app.synth();

      // THEN
      expect(session.synths.map((s) => s.blueprints)).toEqual([2]);
    } finally {
      (globalThis as Record<symbol, unknown>)[Symbol.for('cdk8s-blueprints.cli-session')] = undefined;
    }
  });
});

describe('props', () => {
  test('engine: argocd writes no Flux files, flux no Argo CD ones', () => {
    const argo = shopApp();
    new GitOps(argo.app, 'shop-deploy', { ...BASE, engine: 'argocd' });
    expect([...BlueprintTesting.synthApp(argo.app).files.keys()].filter((f) => f.startsWith('gitops/'))).toEqual(['gitops/argocd/shop-development.yaml', 'gitops/argocd/shop-production.yaml']);

    const flux = shopApp();
    new GitOps(flux.app, 'shop-deploy', { ...BASE, engine: 'flux' });
    const fluxFiles = [...BlueprintTesting.synthApp(flux.app).files.keys()].filter((f) => f.startsWith('gitops/'));
    expect(fluxFiles.some((f) => f.startsWith('gitops/argocd/'))).toBe(false);
    expect(fluxFiles).toContain('gitops/flux/sources/shop-deploy.yaml');
  });

  test('a tag, a path in the repository, a project, namespaces and an interval', () => {
    // GIVEN
    const { app, shops } = shopApp();
    new GitOps(app, 'shop-deploy', {
      ...BASE, revision: GitRevision.tag('v1.4.2'), path: './deploy/out/', project: 'shop', argoCdNamespace: 'gitops', fluxNamespace: 'flux',
      interval: Duration.minutes(90), blueprints: [shops[0]],
      clusters: { production: PROD },
    });

    // WHEN
    const files = BlueprintTesting.synthApp(app).files;
    const [application] = docsOf(files, 'gitops/argocd/shop-production.yaml');
    const [wave0] = docsOf(files, 'gitops/flux/shop-production.yaml');
    const [source] = docsOf(files, 'gitops/flux/sources/shop-deploy.yaml');

    // THEN
    expect(application.metadata.namespace).toBe('gitops');
    expect(application.spec.project).toBe('shop');
    expect(application.spec.source).toMatchObject({ targetRevision: 'v1.4.2', path: 'deploy/out' });
    expect(wave0.metadata.namespace).toBe('flux');
    expect(wave0.spec).toMatchObject({ interval: '1h30m', path: './deploy/out/gitops/kustomize/shop-production/wave-0' });
    expect(source.spec.ref).toEqual({ tag: 'v1.4.2' });
    // only the listed blueprint
    expect(files.has('gitops/argocd/shop-development.yaml')).toBe(false);
    expect(BlueprintTesting.synth(shops[1]).some((o) => o.metadata.annotations?.[WAVE] !== undefined)).toBe(false);
  });

  test('Flux durations are written the short way', () => {
    expect([Duration.minutes(5), Duration.seconds(90), Duration.hours(2), Duration.seconds(3661)].map(fluxDuration)).toEqual(['5m', '1m30s', '2h', '1h1m1s']);
  });
});

describe('mistakes', () => {
  const P = 'shop-deploy: ';
  const mistakes = (props: Partial<GitOpsProps>, id = 'shop-deploy'): string[] => {
    const { app } = shopApp();
    new GitOps(app, id, { ...BASE, ...props } as GitOpsProps);
    return errorsOf(app);
  };
  const bare = (errors: string[]) => errors.map((e) => e.replace(/^\S+: /, ''));

  test.each([
    ['git@github.com:example/shop-deploy.git'], ['http://github.com/example/shop-deploy.git'], ['https://user:token@github.com/x.git'], ['https://github.com'],
  ])('repoURL %s', (repoURL) => {
    expect(bare(mistakes({ repoURL }))).toEqual([
      `'repoURL' ('${repoURL}') must be the https:// or ssh:// URL of a git repository, without a password, query or fragment (Flux takes no scp-like 'git@host:path': write 'ssh://git@host/path')`,
    ]);
  });

  test('an ssh:// URL is taken', () => {
    expect(mistakes({ repoURL: 'ssh://git@github.com/example/shop-deploy.git' })).toEqual([]);
  });

  test('path', () => {
    expect(bare(mistakes({ path: '../dist' }))).toEqual([
      "'path' ('../dist') must be the output folder's path relative to the repository's root, without '..' or empty segments (e.g. 'dist')",
    ]);
    expect(bare(mistakes({ path: '/dist' }))[0]).toMatch(/^'path' \('\/dist'\) must be/);
  });

  test('a missing cluster, and a cluster for no deployed environment', () => {
    expect(mistakes({ clusters: { prodution: PROD, development: GitOpsCluster.inCluster() } })).toEqual([
      `${P}'clusters.prodution' ('prodution') names no environment of the deployed blueprints (development, production)`,
      `${P}'clusters' (["prodution","development"]) has no cluster for environment 'production' of blueprint 'shop-production'`,
    ]);
  });

  test('Flux needs a kubeconfig Secret for a remote cluster; Argo CD alone does not', () => {
    const remote = { production: GitOpsCluster.remote({ server: 'https://prod.k8s.example.com:6443' }), development: GitOpsCluster.inCluster() };
    expect(mistakes({ clusters: remote })).toEqual([
      `${P}'clusters.production.kubeConfigSecret' (undefined) must name the Secret with the cluster's kubeconfig: Flux applies to a remote cluster through it (GitOpsCluster.remote({ server, kubeConfigSecret }))`,
    ]);
    expect(mistakes({ clusters: remote, engine: 'argocd' })).toEqual([]);
  });

  test('names and the interval', () => {
    expect(bare(mistakes({ project: 'Shop', argoCdNamespace: 'Argo CD', interval: Duration.seconds(30) }, 'Shop_Deploy'))).toEqual([
      "'id' ('Shop_Deploy') must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit",
      "'project' ('Shop') must be a DNS-1123 subdomain: at most 253 characters, lowercase letters, digits, '-' and '.', starting and ending with a letter or digit",
      "'argoCdNamespace' ('Argo CD') must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit",
      "'interval' ('30s') must be a whole number of seconds, at least 1 minute",
    ]);
  });

  test('no blueprint to deploy', () => {
    const app = BlueprintTesting.app();
    new GitOps(app, 'shop-deploy', { ...BASE, clusters: {} });
    expect(errorsOf(app)).toEqual([
      `${P}'blueprints' ([]) must name at least one Blueprint: declare the GitOps after the blueprints it deploys, or list them`,
    ]);
  });

  test('one blueprint, two GitOps', () => {
    const { app } = shopApp();
    new GitOps(app, 'shop-deploy', BASE);
    new GitOps(app, 'shop-deploy-flux', { ...BASE, engine: 'flux' });
    expect(errorsOf(app)).toEqual([
      "shop-deploy-flux: blueprint 'shop-production' is already deployed by GitOps 'shop-deploy': deploy each blueprint with one GitOps",
      "shop-deploy-flux: blueprint 'shop-development' is already deployed by GitOps 'shop-deploy': deploy each blueprint with one GitOps",
    ]);
  });

  test('a blueprint that changes after the GitOps read it is reported', () => {
    // GIVEN
    const { app, shops } = shopApp();
    new GitOps(app, 'shop-deploy', BASE);

    // WHEN a workload is added afterwards
    new WebService(shops[0], 'late', WEB);

    // THEN
    expect(errorsOf(app)).toEqual([
      "shop-deploy: blueprint 'shop-production' changed after the GitOps read its dependency order: ServiceAccount 'late' (shop-production/late/ServiceAccount) is in wave 1, and was not there; declare the GitOps after the blueprints it deploys are complete",
    ]);
  });
});

describe('the shop example', () => {
  const synthesis = buildExamples().synthesize();
  const objects = (blueprint: string) => synthesis.objects.filter((o) => o.blueprint === blueprint).map((o) => o.json);

  test.each(['shop-development', 'shop-staging', 'shop-production'])('%s: the database is in an earlier wave than its user-service, in Argo CD and in Flux', (blueprint) => {
    // GIVEN
    const shop = objects(blueprint);
    const kustomizations = docsOf(synthesis.files, `gitops/flux/${blueprint}.yaml`);
    const db = waveOf(shop, 'StatefulSet', 'user-db');
    const service = waveOf(shop, 'Deployment', 'user-service');

    // THEN Argo CD syncs the database's wave, healthy, before the service's
    expect(db).toBeLessThan(service);
    expect(docsOf(synthesis.files, `gitops/argocd/${blueprint}.yaml`)[0].spec.source.directory).toEqual({ include: `${blueprint}.k8s.yaml` });
    // and the service's Kustomization depends on the database's
    const serviceWave = kustomizationOfWave(kustomizations, blueprint, service);
    const dbWave = kustomizationOfWave(kustomizations, blueprint, db);
    expect(dependenciesOf(kustomizations, serviceWave.metadata.name)).toContain(dbWave.metadata.name);
    expect(dependenciesOf(kustomizations, dbWave.metadata.name)).not.toContain(serviceWave.metadata.name);
  });

  test('only the shop is deployed: the other examples\' files have no waves', () => {
    expect(objects('rust-hello-production').some((o) => o.metadata.annotations?.[WAVE] !== undefined)).toBe(false);
    expect([...synthesis.files.keys()].filter((f) => f.startsWith('gitops/argocd/'))).toEqual([
      'gitops/argocd/shop-development.yaml', 'gitops/argocd/shop-production.yaml', 'gitops/argocd/shop-staging.yaml',
    ]);
  });

  test('Argo CD\'s and Flux\'s own validators accept every GitOps object', () => {
    const models: Record<string, { new (data: any): { validate(): void } }> = { Application, Kustomization, GitRepository };
    const gitops = synthesis.objects.filter((o) => o.path.startsWith('shop-deploy/'));
    expect(new Set(gitops.map((o) => o.json.kind))).toEqual(new Set(['Application', 'Kustomization', 'GitRepository']));
    for (const o of gitops) expect(() => new models[o.json.kind](o.json).validate()).not.toThrow();
  });

  test('and reject what the gate rejects: a scp-like URL, a duration with days', () => {
    expect(() => new GitRepository({ metadata: { name: 'x' }, spec: { interval: '5m', url: 'git@github.com:example/shop-deploy.git' } }).validate()).toThrow(/url must match pattern/);
    expect(() => new Kustomization({ metadata: { name: 'x' }, spec: { interval: '1d', prune: true, sourceRef: { kind: 'GitRepository', name: 'x' } } }).validate()).toThrow(/interval must match pattern/);
  });

  test('a GitOps manifest is written to its own file; a blueprint to <id>.k8s.yaml', () => {
    const app = buildExamples();
    const charts = app.charts;
    expect(charts.filter((c) => c instanceof Blueprint).map(manifestFileOf)).toContain('shop-production.k8s.yaml');
    expect(charts.filter((c) => !(c instanceof Blueprint)).map(manifestFileOf)).toContain('gitops/argocd/shop-production.yaml');
  });
});

/** `kubectl kustomize`, when the kubectl on the PATH has kustomize v4 or later (Debian's 1.20 has v2, without `patches`). */
function kustomizeVersion(): string | undefined {
  try {
    const v = JSON.parse(execFileSync('kubectl', ['version', '--client', '-o', 'json'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] })).kustomizeVersion;
    return typeof v === 'string' && /^v([4-9]|\d\d)\./.test(v) ? v : undefined;
  } catch {
    return undefined;
  }
}

const kustomize = kustomizeVersion();
(kustomize ? describe : describe.skip)(`kustomize ${kustomize ?? '(no kubectl with kustomize v4+ on the PATH)'}`, () => {
  test('each wave\'s kustomization builds, as Flux builds it, to exactly the objects of that wave', () => {
    // GIVEN the example output written to a temporary folder
    const synthesis = buildExamples().synthesize();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gitops-kustomize-'));
    try {
      for (const [file, content] of synthesis.files) {
        if (!file.startsWith('gitops/kustomize/shop-production/') && file !== 'shop-production.k8s.yaml') continue;
        fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
        fs.writeFileSync(path.join(dir, file), content);
      }
      const all = synthesis.objects.filter((o) => o.blueprint === 'shop-production').map((o) => o.json);
      const key = (o: any) => `${o.kind}/${o.metadata.namespace ?? ''}/${o.metadata.name}`;

      // WHEN each wave Flux applies is built
      const waves = docsOf(synthesis.files, 'gitops/flux/shop-production.yaml').length;
      const built = [...Array(waves).keys()].map((wave) => parseAllDocuments(execFileSync('kubectl', [
        'kustomize', '--load-restrictor', 'LoadRestrictionsNone', path.join(dir, 'gitops/kustomize/shop-production', `wave-${wave}`),
      ], { encoding: 'utf8' })).map((d) => d.toJS()));

      // THEN every object is in the wave its annotation says, once; the database before its migration Job before the service
      built.forEach((objs, wave) => expect(objs.every((o) => o.metadata.annotations[WAVE] === String(wave))).toBe(true));
      expect(built.flat().map(key).sort()).toEqual(all.map(key).sort());
      const waveHolding = (pattern: RegExp) => built.findIndex((objs) => objs.some((o) => pattern.test(key(o))));
      const [db, migrate, service] = [/^StatefulSet\/shop\/user-db$/, /^Job\/shop\/user-db-migrate-[0-9a-f]{8}$/, /^Deployment\/shop\/user-service$/].map(waveHolding);
      expect(db).toBe(1);
      expect(migrate).toBeGreaterThan(db);
      expect(service).toBeGreaterThan(migrate);
      // and the load restrictor is why Flux (which turns it off) can read the blueprint's file
      expect(() => execFileSync('kubectl', ['kustomize', path.join(dir, 'gitops/kustomize/shop-production/wave-0')], { stdio: 'pipe' })).toThrow(/is not in or below/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
