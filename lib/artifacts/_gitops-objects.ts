/**
 * The objects and files of a `GitOps` declaration: Argo CD Applications, Flux GitRepository and Kustomizations, and
 * the per-wave kustomizations Flux builds. Private to gitops.ts.
 */
import { Chart, Duration } from 'cdk8s';
import { emitObject } from '../k8s/emit';
import { toYaml } from '../k8s/yaml';
import { GitOpsCluster } from '../values/gitops-cluster';
import { GitRevision } from '../values/gitops-revision';
import { SYNC_WAVE_ANNOTATION } from './gitops-waves';

/** Where the engines fetch the output from. */
export interface GitOpsSource {
  /** The GitRepository's name (the GitOps id). */
  readonly name: string;
  readonly repoURL: string;
  readonly revision: GitRevision;
  /** The output folder in the repository ('dist'). */
  readonly path: string;
  readonly interval: Duration;
}

/** One deployed blueprint. */
export interface GitOpsTarget {
  /** The blueprint's id: its file is `<blueprint>.k8s.yaml`. */
  readonly blueprint: string;
  /** The Application's name and the Kustomizations' prefix: the blueprint's `app.kubernetes.io/instance`. */
  readonly name: string;
  /** The blueprint's namespace. */
  readonly namespace: string;
  readonly cluster: GitOpsCluster;
  /** How many sync waves its objects have. */
  readonly waves: number;
}

/**
 * The Argo CD Application of one blueprint: the blueprint's file of the output folder at the revision, synced
 * automatically (pruning what the output no longer has, undoing changes made by hand) to its environment's cluster.
 * It is named after the blueprint's `app.kubernetes.io/instance`, the label Argo CD tracks resources by unless told
 * otherwise, so the labels it writes are the ones the objects already have.
 */
export function argoCdApplication(chart: Chart, source: GitOpsSource, target: GitOpsTarget, project: string): void {
  emitObject(chart, 'Application', {
    apiVersion: 'argoproj.io/v1alpha1', kind: 'Application', name: target.name,
    render: () => ({
      spec: {
        project,
        source: {
          repoURL: source.repoURL,
          targetRevision: source.revision.argoCdTargetRevision,
          path: source.path,
          directory: { include: `${target.blueprint}.k8s.yaml` },
        },
        destination: { server: target.cluster.server, namespace: target.namespace },
        syncPolicy: { automated: { prune: true, selfHeal: true } },
      },
    }),
  });
}

/** The Flux GitRepository every Kustomization of the declaration builds from. */
export function fluxGitRepository(chart: Chart, source: GitOpsSource): void {
  emitObject(chart, 'GitRepository', {
    apiVersion: 'source.toolkit.fluxcd.io/v1', kind: 'GitRepository', name: source.name,
    render: () => ({ spec: { interval: fluxDuration(source.interval), url: source.repoURL, ref: source.revision.fluxRef } }),
  });
}

/**
 * One Flux Kustomization per wave of a blueprint, named `<instance>-wave-<n>`: each applies its wave's
 * kustomization, waits until every object it applied is healthy (`wait`), and depends on the previous wave, which
 * Flux must have made ready first. In another cluster than Flux's own, through the environment's kubeconfig Secret.
 */
export function fluxKustomizations(chart: Chart, source: GitOpsSource, target: GitOpsTarget): void {
  for (let wave = 0; wave < target.waves; wave++) {
    emitObject(chart, `Kustomization-wave-${wave}`, {
      apiVersion: 'kustomize.toolkit.fluxcd.io/v1', kind: 'Kustomization', name: `${target.name}-wave-${wave}`,
      render: () => ({
        spec: {
          interval: fluxDuration(source.interval),
          timeout: fluxDuration(source.interval),
          sourceRef: { kind: 'GitRepository', name: source.name },
          path: `./${source.path}/${waveDirectory(target.blueprint, wave)}`,
          prune: true,
          wait: true,
          ...(wave > 0 ? { dependsOn: [{ name: `${target.name}-wave-${wave - 1}` }] } : {}),
          ...(target.cluster.kubeConfigSecret ? { kubeConfig: { secretRef: { name: target.cluster.kubeConfigSecret } } } : {}),
        },
      }),
    });
  }
}

/** The folder of a wave's kustomization, relative to the output folder. */
export function waveDirectory(blueprint: string, wave: number): string {
  return `gitops/kustomize/${blueprint}/wave-${wave}`;
}

/** A strategic-merge patch that deletes every object it targets (kustomize sets the target's kind and name on it). */
const DELETE = '$patch: delete\napiVersion: v1\nkind: Object\nmetadata:\n  name: other-waves';

/**
 * The kustomization of one wave: the blueprint's file (four folders up, in the output folder), without the objects
 * of the other waves. It reads a file outside its own folder, which Flux allows within the repository (its builds
 * run with kustomize's load restrictor off); `kustomize build --load-restrictor LoadRestrictionsNone` shows it.
 */
export function waveKustomization(blueprint: string, wave: number, waves: number): string {
  const file = `../../../../${blueprint}.k8s.yaml`;
  const header = `# Wave ${wave} of ${blueprint} (waves 0 to ${waves - 1}): the objects of ${file} annotated ${SYNC_WAVE_ANNOTATION}: "${wave}".\n` +
    '# Generated by cdk8s-blueprints for Flux, which builds it with kustomize\'s load restrictor off.\n';
  return header + toYaml([{
    apiVersion: 'kustomize.config.k8s.io/v1beta1',
    kind: 'Kustomization',
    resources: [file],
    ...(waves > 1 ? { patches: [{ target: { annotationSelector: `${SYNC_WAVE_ANNOTATION}!=${wave}` }, patch: DELETE }] } : {}),
  }]);
}

/** A Duration the way Flux's fields take it: '5m', '1h30m', '90s'. */
export function fluxDuration(d: Duration): string {
  const total = d.toSeconds();
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${s || total === 0 ? `${s}s` : ''}`;
}
