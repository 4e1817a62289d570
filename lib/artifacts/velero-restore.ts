import { IConstruct } from 'constructs';
import { Blueprint } from '../blueprint/blueprint';
import { toYaml } from '../k8s/yaml';
import type { VolumeRestorePath } from '../workloads/velero-restore';

/** The folder of the Restore templates: reviewable files outside the manifests, which GitOps and `kubectl apply -f` read. */
export const RESTORE_FOLDER = 'restore';

/** A Restore file: what collectArtifacts lists (its DeclaredArtifact). */
export interface RestoreFile {
  readonly path: string;
  readonly constructPath: string;
  readonly description: string;
  readonly render: () => string;
}

/**
 * One file per workload whose volumes a Velero Schedule backs up: `restore/<blueprint>/<workload>.yaml`, the
 * Velero `Restore` of its volumes from the newest backup of the Schedule. Not a manifest: applied by hand
 * (`kubectl create -f`) when a restore is meant, never by a sync, which would restore on every sync.
 * `constructs` is the app's `findAll()`, when the caller has it already.
 */
export function veleroRestoreArtifacts(app: IConstruct, constructs: readonly IConstruct[] = app.node.findAll()): RestoreFile[] {
  const out: RestoreFile[] = [];
  for (const c of constructs) {
    const path = (c as { volumeRestore?: VolumeRestorePath }).volumeRestore;
    if (!path) continue;
    const blueprint = Blueprint.of(c);
    out.push({
      path: `${RESTORE_FOLDER}/${blueprint.node.id}/${c.node.id}.yaml`,
      constructPath: `${c.node.path}/VolumeRestore`,
      description: `Velero Restore of the volumes of ${c.node.id} (apply by hand: kubectl create -f)`,
      render: () => [
        `# Restores the volumes of ${c.node.id} from the newest completed backup of Schedule ${String((path.template.spec as Record<string, unknown>).scheduleName)}.`,
        '# Not applied by GitOps: scale the workload to 0, delete its claims, then `kubectl create -f` this file (rename it for a second restore).',
        toYaml([path.template]),
      ].join('\n'),
    });
  }
  return out;
}
