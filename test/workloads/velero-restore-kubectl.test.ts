/**
 * The restore drill's steps through a real kubectl of the drill image's minor (1.28; scripts/ci/kubectl.sh installs
 * kubectl v1.28.3 from an npm package): every container's arguments, as synthesized, parse — kubectl gets as far as
 * asking the API server, which does not exist here (a closed port), and fails there, not on a flag. No cluster and no
 * Velero run here, so what the API server and Velero then do (the Restore completing, the claims binding) is not
 * tested: that needs a cluster.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { BackupEncryption, BackupPolicy, BlueprintTesting, Duration, ScalingPolicy, Schedule, Size, WebService } from '../../lib';
import { WEB, blueprint, objectOf } from '../_helpers';

const KUBECTL = '/opt/cdk8s-blueprints/kubectl-v1.28.3/kubectl';
const REFUSED = 'The connection to the server 127.0.0.1:1 was refused';

function drill(): { pod: any; restoreJson: string } {
  const shop = blueprint();
  new WebService(shop, 'notes', {
    ...WEB, scaling: ScalingPolicy.fixed(1), persistentVolumes: [{ name: 'data', path: '/data', size: Size.gibibytes(5) }],
    backup: BackupPolicy.daily({
      retention: Duration.days(7), encryption: BackupEncryption.none('the Velero storage location encrypts at rest with KMS'),
      restoreDrill: Schedule.weekly('sunday', { hour: 5 }),
    }, { hour: 1 }),
  });
  const objects = BlueprintTesting.synth(shop);
  return {
    pod: objectOf(objects, 'CronJob', 'notes-restore-drill').spec.jobTemplate.spec.template.spec,
    restoreJson: objectOf(objects, 'ConfigMap', 'notes-restore-drill').data['restore.json'],
  };
}

/** kubectl with `args` against a closed port: its exit status and what it printed. */
function kubectl(args: string[], home: string): { status: number | null; stderr: string } {
  const r = spawnSync(KUBECTL, [...args, '--server=https://127.0.0.1:1', '--token=drill', '--insecure-skip-tls-verify=true', '--request-timeout=5s'], {
    env: { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: home }, encoding: 'utf8',
  });
  return { status: r.status, stderr: r.stderr };
}

describe('the drill\'s kubectl steps', () => {
  let home: string;
  beforeAll(() => {
    if (!fs.existsSync(KUBECTL)) throw new Error(`${KUBECTL} is missing: run sh scripts/ci/kubectl.sh (npm test runs it)`);
    home = fs.mkdtempSync(path.join(os.tmpdir(), 'drill-kubectl-'));
  });
  afterAll(() => fs.rmSync(home, { recursive: true, force: true }));

  test('kubectl is the 1.28 line of the drill\'s image', () => {
    expect(spawnSync(KUBECTL, ['version', '--client'], { encoding: 'utf8' }).stdout).toContain('Client Version: v1.28.');
  });

  test('every step parses and fails only at the (absent) API server', () => {
    // GIVEN the Restore file the ConfigMap mounts, where the test can read it
    const { pod, restoreJson } = drill();
    const file = path.join(home, 'restore.json');
    fs.writeFileSync(file, restoreJson);

    // WHEN
    const steps = [...pod.initContainers, ...pod.containers].map((c: any) => ({
      name: c.name as string,
      ...kubectl((c.args as string[]).map((a) => a.replace('/etc/restore-drill/restore.json', file)), home),
    }));

    // THEN
    expect(steps.map((s) => s.name)).toEqual([
      'delete-previous-restore', 'delete-previous-claims', 'create-restore', 'wait-for-restore', 'wait-for-bound-claims', 'notes-restore-drill',
    ]);
    for (const s of steps) {
      expect([s.name, s.status, s.stderr.includes(REFUSED), /unknown flag|unknown shorthand|Usage:|invalid argument/.test(s.stderr)]).toEqual([s.name, 1, true, false]);
    }
  });

  test('the check can fail: a misspelt flag stops kubectl before it connects', () => {
    const r = kubectl(['wait', 'persistentvolumeclaims', '--namespace=shop-notes-drill', '--selectr=app=notes', '--for=jsonpath={.status.phase}=Bound'], home);
    expect([r.status, r.stderr.split('\n')[0]]).toEqual([1, 'error: unknown flag: --selectr']);
  });
});
