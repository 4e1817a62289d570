/**
 * veleroRestoreArtifacts (lib/artifacts/velero-restore.ts): one Restore file per workload whose volumes a Velero
 * Schedule backs up, restore/<blueprint>/<workload>.yaml, outside the manifests (a Restore applied by every sync
 * would restore on every sync), collected with the other artifacts.
 */
import * as yaml from 'js-yaml';
import { BackupEncryption, BackupPolicy, Blueprint, BlueprintTesting, Duration, Environment, ScalingPolicy, Size, WebService } from '../../lib';
import { collectArtifacts } from '../../lib/artifacts/collect';
import { veleroRestoreArtifacts } from '../../lib/artifacts/velero-restore';
import { validateSchema } from '../../lib/k8s/schema';
import { WEB, blueprint } from '../_helpers';

const NONE = BackupEncryption.none('the Velero storage location encrypts at rest with KMS');

function app(): { app: Blueprint['node']['root']; shop: Blueprint } {
  const shop = blueprint(Environment.production());
  const root = shop.node.root;
  new WebService(shop, 'notes', {
    ...WEB, scaling: ScalingPolicy.fixed(1), persistentVolumes: [{ name: 'data', path: '/data', size: Size.gibibytes(5) }],
    backup: BackupPolicy.daily({ retention: Duration.days(7), encryption: NONE }, { hour: 1 }),
  });
  new WebService(shop, 'web', WEB);
  return { app: root, shop };
}

describe('veleroRestoreArtifacts', () => {
  test('restore/<blueprint>/<workload>.yaml for the workload with a volume backup only', () => {
    // WHEN
    const artifacts = veleroRestoreArtifacts(app().app);

    // THEN
    expect(artifacts.map(({ path, constructPath, description }) => ({ path, constructPath, description }))).toEqual([
      { path: 'restore/shop-production/notes.yaml', constructPath: 'shop-production/notes/VolumeRestore', description: 'Velero Restore of the volumes of notes (apply by hand: kubectl create -f)' },
    ]);
  });

  test('the file: how to use it, and the Restore, valid for Velero\'s schema', () => {
    // WHEN
    const text = veleroRestoreArtifacts(app().app)[0].render();

    // THEN
    expect(text).toMatchSnapshot();
    const docs = yaml.loadAll(text);
    expect(docs).toEqual([{
      apiVersion: 'velero.io/v1',
      kind: 'Restore',
      metadata: { name: 'shop.notes-volumes-restore', namespace: 'velero' },
      spec: {
        scheduleName: 'shop.notes-volumes',
        includedNamespaces: ['shop'],
        includedResources: ['persistentvolumeclaims', 'persistentvolumes'],
        labelSelector: { matchLabels: { 'app.kubernetes.io/name': 'notes', 'app.kubernetes.io/instance': 'shop-production' } },
        restorePVs: true,
        existingResourcePolicy: 'none',
      },
    }]);
    expect(validateSchema(docs[0])).toEqual([]);
  });

  test('collected with the other artifacts; never among the manifests', () => {
    // GIVEN
    const { app: root, shop } = app();

    // WHEN
    const paths = collectArtifacts(root, 'dist').map((a) => a.path);

    // THEN
    expect(paths).toContain('restore/shop-production/notes.yaml');
    expect(BlueprintTesting.synth(shop).filter((o) => o.kind === 'Restore')).toEqual([]);
  });
});
