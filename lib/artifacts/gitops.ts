import { ApiObject, Chart, Duration } from 'cdk8s';
import { Construct } from 'constructs';
import { Blueprint } from '../blueprint/blueprint';
import { checkedProps } from '../k8s/_construct-props';
import { recorded, report, trackCreation } from '../k8s/_recorded-errors';
import { propError } from '../values/_errors';
import { checkDnsLabel, checkDnsSubdomain } from '../values/_names';
import { GitOpsCluster } from '../values/gitops-cluster';
import { GitRevision } from '../values/gitops-revision';
import type * as gitopsObjects from './_gitops-objects';
import type { GitOpsTarget } from './_gitops-objects';
import { Artifact } from './artifact';
import { SYNC_WAVE_ANNOTATION, syncWaves, waveCount } from './gitops-waves';

let objectsModule: typeof gitopsObjects | undefined;
/** The engines' objects' module, loaded on first use: only an app with a `GitOps` declaration writes them. */
function objects(): typeof gitopsObjects {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (objectsModule ??= require('./_gitops-objects') as typeof gitopsObjects);
}

/** Which GitOps engine's objects a `GitOps` declaration writes. */
export type GitOpsEngine = 'argocd' | 'flux' | 'both';

/** Props for `GitOps`. */
export interface GitOpsProps {
  /**
   * The git repository the output folder is committed to, as the engine clones it: an `https://` or `ssh://` URL
   * (Flux takes no scp-like `git@host:path`; write `ssh://git@host/path`).
   */
  readonly repoURL: string;
  /** The branch, tag or commit the engine deploys: `GitRevision.branch('main')`. */
  readonly revision: GitRevision;
  /**
   * The cluster of each environment, by environment name: every environment of the deployed blueprints needs one,
   * and every name must be the environment of one of them.
   * @example { production: GitOpsCluster.remote({ server: 'https://prod.k8s.example.com:6443', kubeConfigSecret: 'prod-kubeconfig' }) }
   */
  readonly clusters: Record<string, GitOpsCluster>;
  /** Which engine deploys: Argo CD `Application`s, Flux `Kustomization`s, or both (e.g. while moving from one to the other). */
  readonly engine: GitOpsEngine;
  /**
   * Where the output folder is in the repository, relative to its root.
   * @default 'dist'
   */
  readonly path?: string;
  /**
   * The blueprints to deploy, one Application (and one Flux Kustomization per wave) each.
   * @default - every Blueprint of the app when the GitOps is made
   */
  readonly blueprints?: Blueprint[];
  /**
   * The Argo CD project of the Applications.
   * @default 'default'
   */
  readonly project?: string;
  /**
   * The namespace Argo CD runs in, where its Applications live.
   * @default 'argocd'
   */
  readonly argoCdNamespace?: string;
  /**
   * The namespace Flux runs in, where its GitRepository and Kustomizations live.
   * @default 'flux-system'
   */
  readonly fluxNamespace?: string;
  /**
   * How often Flux fetches the repository and reconciles each Kustomization (also each wave's health timeout).
   * @default Duration.minutes(5)
   */
  readonly interval?: Duration;
}

/** The objects of one engine for one blueprint (or the Flux source): one file under `gitops/`. */
export class GitOpsManifest extends Chart {
  /** The file, relative to the output folder: `gitops/argocd/<blueprint>.yaml`, `gitops/flux/<blueprint>.yaml`… */
  public readonly file: string;

  constructor(scope: Construct, id: string, file: string, namespace: string, labels: Record<string, string>) {
    super(scope, id, { namespace, labels, disableResourceNameHashes: true });
    this.file = file;
    FILES.set(this, file);
  }
}

const FILES = new WeakMap<Chart, string>();

/** The output file of a chart: its own for GitOps manifests, else cdk8s' `<id>.k8s.yaml`. */
export function manifestFileOf(chart: Chart): string {
  return FILES.get(chart) ?? `${chart.node.id}.k8s.yaml`;
}

const DEFAULT_INTERVAL = Duration.minutes(5);
const DEPLOYED_BY = new WeakMap<Blueprint, string>();

/**
 * Deploys blueprints from the committed output with Argo CD or Flux, in the order their relations imply: the
 * objects of a deployed blueprint carry an `argocd.argoproj.io/sync-wave` annotation derived from its dependency
 * graph (see `syncWaves`: namespace-level prerequisites, then the data services, then the workloads that
 * `connectTo` them), and the GitOps objects, which belong to a management cluster, go to files of their own:
 *
 * - Argo CD: `gitops/argocd/<blueprint>.yaml`, one `Application` per blueprint and environment, its source the
 *   blueprint's file in the output folder at `revision`, its destination the environment's cluster; Argo CD syncs
 *   the waves in order, each healthy before the next.
 * - Flux: `gitops/flux/sources/<id>.yaml`, the `GitRepository`; `gitops/flux/<blueprint>.yaml`, one `Kustomization`
 *   per wave, each `dependsOn` the previous one and waiting for its objects to be healthy; and
 *   `gitops/kustomize/<blueprint>/wave-<n>/kustomization.yaml`, each wave's objects selected from the blueprint's
 *   file (Flux builds with kustomize's load restrictor off, within the repository).
 *
 * Declare it after the blueprints it deploys are complete (their workloads and `connectTo` calls): it reads their
 * dependency graph when it is made, and synthesis reports a blueprint that changed afterwards.
 *
 * @example
 * new GitOps(app, 'shop-deploy', {
 *   repoURL: 'https://github.com/example/shop-deploy.git', revision: GitRevision.branch('main'), engine: 'argocd',
 *   clusters: { production: GitOpsCluster.remote({ server: 'https://prod.k8s.example.com:6443' }) },
 * });
 * @see https://argo-cd.readthedocs.io/en/stable/user-guide/sync-waves/
 * @see https://fluxcd.io/flux/components/kustomize/kustomizations/#dependencies
 */
export class GitOps extends Construct {
  public readonly repoURL: string;
  public readonly revision: GitRevision;
  public readonly engine: GitOpsEngine;
  /** The output folder's path in the repository. */
  public readonly path: string;
  /** The deployed blueprints. */
  public readonly blueprints: readonly Blueprint[];
  private readonly waves = new Map<Blueprint, Map<ApiObject, number>>();

  constructor(scope: Construct, id: string, props: GitOpsProps) {
    props = checkedProps('GitOps', scope, id, props);
    super(scope, id);
    trackCreation(this);
    const check = (fn: () => void) => recorded(this, 'GitOps', fn);
    check(() => checkDnsLabel('id', id));
    this.repoURL = props.repoURL;
    check(() => checkRepoUrl(props.repoURL));
    this.revision = props.revision;
    this.engine = props.engine;
    this.path = (props.path ?? 'dist').replace(/^\.\//, '').replace(/\/$/, '');
    check(() => checkRepoPath(props.path ?? 'dist', this.path));
    const project = props.project ?? 'default';
    check(() => checkDnsSubdomain('project', project));
    const argoCdNamespace = props.argoCdNamespace ?? 'argocd';
    const fluxNamespace = props.fluxNamespace ?? 'flux-system';
    check(() => checkDnsLabel('argoCdNamespace', argoCdNamespace));
    check(() => checkDnsLabel('fluxNamespace', fluxNamespace));
    const interval = props.interval ?? DEFAULT_INTERVAL;
    check(() => checkInterval(interval));

    const blueprints = props.blueprints ?? scope.node.root.node.findAll().filter((c): c is Blueprint => c instanceof Blueprint);
    if (blueprints.length === 0) {
      report(this, 'GitOps', "'blueprints' ([]) must name at least one Blueprint: declare the GitOps after the blueprints it deploys, or list them");
    }
    this.blueprints = blueprints;
    const clusters = props.clusters;
    const environments = [...new Set(blueprints.map((b) => b.environment.name))].sort();
    for (const name of Object.keys(clusters)) {
      if (!environments.includes(name)) {
        report(this, 'GitOps', propError(`clusters.${name}`, name, `names no environment of the deployed blueprints (${environments.join(', ')})`));
      }
    }
    const flux = this.engine !== 'argocd';
    const argo = this.engine !== 'flux';
    const source = { name: id, repoURL: this.repoURL, revision: this.revision, path: this.path, interval };
    if (flux) {
      objects().fluxGitRepository(new GitOpsManifest(this, 'flux-source', `gitops/flux/sources/${id}.yaml`, fluxNamespace, managedBy()), source);
    }

    for (const blueprint of blueprints) {
      const cluster = clusters[blueprint.environment.name];
      const other = DEPLOYED_BY.get(blueprint);
      if (other !== undefined) {
        report(this, 'GitOps', `blueprint '${blueprint.node.path}' is already deployed by GitOps '${other}': deploy each blueprint with one GitOps`);
        continue;
      }
      DEPLOYED_BY.set(blueprint, this.node.path);
      if (!cluster) {
        report(this, 'GitOps', propError('clusters', Object.keys(clusters), `has no cluster for environment '${blueprint.environment.name}' of blueprint '${blueprint.node.path}'`));
        continue;
      }
      if (flux && !cluster.isInCluster && cluster.kubeConfigSecret === undefined) {
        report(this, 'GitOps', propError(`clusters.${blueprint.environment.name}.kubeConfigSecret`, undefined, `must name the Secret with the cluster's kubeconfig: Flux applies to a remote cluster through it (GitOpsCluster.remote({ server, kubeConfigSecret }))`));
        continue;
      }
      const waves = syncWaves(blueprint);
      this.waves.set(blueprint, waves);
      for (const [obj, wave] of waves) obj.metadata.addAnnotation(SYNC_WAVE_ANNOTATION, String(wave));
      const target: GitOpsTarget = {
        blueprint: blueprint.node.id,
        name: `${blueprint.appName}-${blueprint.environment.name}`,
        namespace: blueprint.namespaceName,
        cluster,
        waves: waveCount(waves),
      };
      const labels = { ...managedBy(), 'app.kubernetes.io/part-of': blueprint.appName, 'blueprints.cdk8s.io/environment': blueprint.environment.name };
      if (argo) {
        const chart = new GitOpsManifest(this, `argocd-${blueprint.node.id}`, `gitops/argocd/${blueprint.node.id}.yaml`, argoCdNamespace, labels);
        objects().argoCdApplication(chart, source, target, project);
      }
      if (flux) {
        const chart = new GitOpsManifest(this, `flux-${blueprint.node.id}`, `gitops/flux/${blueprint.node.id}.yaml`, fluxNamespace, labels);
        objects().fluxKustomizations(chart, source, target);
        for (let wave = 0; wave < target.waves; wave++) {
          const file = `gitops/kustomize/${blueprint.node.id}/wave-${wave}/kustomization.yaml`;
          new Artifact(this, `kustomize-${blueprint.node.id}-wave-${wave}`, {
            path: file, description: `wave ${wave} of ${blueprint.node.id} (Flux)`, render: () => objects().waveKustomization(blueprint.node.id, wave, target.waves),
          });
        }
      }
    }
    this.node.addValidation({ validate: () => this.staleWaves() });
  }

  /** The wave each object of a deployed blueprint was given. */
  public waveOf(obj: ApiObject): number | undefined {
    return this.waves.get(Blueprint.of(obj))?.get(obj);
  }

  /** A blueprint whose objects or dependencies changed after the GitOps read them no longer matches its waves. */
  private staleWaves(): string[] {
    const errors: string[] = [];
    for (const [blueprint, waves] of this.waves) {
      const now = syncWaves(blueprint);
      const changed = [...now].find(([obj, wave]) => waves.get(obj) !== wave);
      if (changed) {
        const [obj, wave] = changed;
        const was = waves.get(obj);
        errors.push(
          `blueprint '${blueprint.node.path}' changed after the GitOps read its dependency order: ${obj.kind} '${obj.name}' ` +
          `(${obj.node.path}) is in wave ${wave}, ${was === undefined ? 'and was not there' : `not ${was}`}; declare the GitOps after the blueprints it deploys are complete`,
        );
      }
    }
    return errors;
  }
}

function managedBy(): Record<string, string> {
  return { 'app.kubernetes.io/managed-by': 'cdk8s-blueprints' };
}

function checkRepoUrl(url: string): void {
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !['https:', 'ssh:'].includes(parsed.protocol) || !parsed.hostname || parsed.password || parsed.search || parsed.hash || parsed.pathname.length < 2) {
    throw propError('repoURL', url, "must be the https:// or ssh:// URL of a git repository, without a password, query or fragment (Flux takes no scp-like 'git@host:path': write 'ssh://git@host/path')");
  }
}

function checkRepoPath(given: string, path: string): void {
  if (path === '' || path.startsWith('/') || path.split('/').some((p) => p === '..' || p === '' || p === '.')) {
    throw propError('path', given, "must be the output folder's path relative to the repository's root, without '..' or empty segments (e.g. 'dist')");
  }
}

function checkInterval(d: Duration): void {
  const ms = d.toMilliseconds();
  if (ms < 60_000 || ms % 1000 !== 0) throw propError('interval', `${ms / 1000}s`, 'must be a whole number of seconds, at least 1 minute');
}
