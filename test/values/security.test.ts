/**
 * The hardened defaults and their explicit loosening (lib/security.ts `SecurityOptions`), as every workload
 * renders them.
 */
import { Construct } from 'constructs';
import { BlueprintTesting, CronTask, Environment, Schedule, SecurityOptions, WebService, Worker, Workload } from '../../lib';
import { DEFAULT_UID } from '../../lib/values/security';
import { CONTAINER_SECURITY, IMAGE, POD_SECURITY, WEB, WORKER, blueprint, containerOf, objectOf, podTemplate } from '../_helpers';

type WorkerProps = ConstructorParameters<typeof Worker>[2];

/** A production worker 'w' with `props`, synthesized through the gate. */
function worker(props: Partial<WorkerProps> = {}): { w: Worker; objects: any[]; deployment: any } {
  const shop = blueprint();
  const w = new Worker(shop, 'w', { ...WORKER, ...props });
  const objects = BlueprintTesting.synth(shop);
  return { w, objects, deployment: objectOf(objects, 'Deployment', 'w') };
}

/** A worker's objects rendered without the validation gate, for loosenings the gate reports (tested separately). */
function renderedWithoutGate(props: Partial<WorkerProps>): { w: Worker; deployment: any; serviceAccount: any } {
  const w = new Worker(blueprint(), 'w', { ...WORKER, ...props });
  return { w, deployment: w.deployment.toJson(), serviceAccount: w.serviceAccount.toJson() };
}

type Factory = (scope: Construct, security: SecurityOptions) => Workload;
const KINDS: Array<[string, Factory]> = [
  ['WebService', (s, security) => new WebService(s, 'app', { ...WEB, security })],
  ['Worker', (s, security) => new Worker(s, 'app', { ...WORKER, security })],
  ['CronTask', (s, security) => new CronTask(s, 'app', { image: IMAGE, schedule: Schedule.daily(), security })],
];

/** The primary object (Deployment or CronJob) of a workload, rendered. */
function primaryOf(w: Workload): any {
  return ((w as any).deployment ?? (w as any).cronJob).toJson();
}

describe('default configuration', () => {
  test('the hardened defaults of every workload', () => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new Worker(shop, 'w', WORKER);

    // THEN
    const deployment = objectOf(BlueprintTesting.synth(shop), 'Deployment', 'w');
    const pod = podTemplate(deployment).spec;
    expect({ pod: pod.securityContext, container: containerOf(deployment).securityContext, automount: pod.automountServiceAccountToken }).toMatchSnapshot();
    expect(pod.securityContext).toEqual(POD_SECURITY);
    expect(containerOf(deployment).securityContext).toEqual(CONTAINER_SECURITY);
    expect(DEFAULT_UID).toEqual(10001);
  });

  test.each(KINDS)('%s applies every field', (_kind, make) => {
    // GIVEN
    const shop = blueprint(Environment.production());

    // WHEN
    const w = make(shop, { user: 20001, group: 20002, addCapabilities: ['NET_BIND_SERVICE'], readOnlyRootFilesystem: false, allowPrivilegeEscalation: true, mountServiceAccountToken: true });

    // THEN
    const primary = primaryOf(w);
    const pod = podTemplate(primary).spec;
    expect(pod.securityContext).toEqual({ ...POD_SECURITY, runAsUser: 20001, runAsGroup: 20002, fsGroup: 20002 });
    expect(pod.automountServiceAccountToken).toBe(true);
    expect(containerOf(primary).securityContext).toEqual({
      ...CONTAINER_SECURITY, runAsUser: 20001, runAsGroup: 20002, readOnlyRootFilesystem: false, allowPrivilegeEscalation: true,
      capabilities: { drop: ['ALL'], add: ['NET_BIND_SERVICE'] },
    });
    expect(w.serviceAccount.toJson().automountServiceAccountToken).toBe(true);
  });
});

describe('each field', () => {
  test('user sets runAsUser, runAsGroup and fsGroup on pod and container', () => {
    // WHEN
    const { deployment } = worker({ security: { user: 20000 } });

    // THEN
    expect(podTemplate(deployment).spec.securityContext).toEqual({ ...POD_SECURITY, runAsUser: 20000, runAsGroup: 20000, fsGroup: 20000 });
    expect(containerOf(deployment).securityContext).toEqual({ ...CONTAINER_SECURITY, runAsUser: 20000, runAsGroup: 20000 });
  });

  test('group sets runAsGroup and fsGroup only', () => {
    // WHEN
    const { deployment } = worker({ security: { group: 30000 } });

    // THEN
    expect(podTemplate(deployment).spec.securityContext).toEqual({ ...POD_SECURITY, runAsGroup: 30000, fsGroup: 30000 });
    expect(containerOf(deployment).securityContext).toEqual({ ...CONTAINER_SECURITY, runAsGroup: 30000 });
  });

  test('addCapabilities adds NET_BIND_SERVICE back after dropping ALL', () => {
    // WHEN
    const { deployment } = worker({ security: { addCapabilities: ['NET_BIND_SERVICE'] } });

    // THEN
    expect(containerOf(deployment).securityContext.capabilities).toEqual({ drop: ['ALL'], add: ['NET_BIND_SERVICE'] });
  });

  test('readOnlyRootFilesystem false makes the root filesystem writable, and nothing else', () => {
    // WHEN
    const { deployment } = renderedWithoutGate({ security: { readOnlyRootFilesystem: false } });

    // THEN
    expect(containerOf(deployment).securityContext).toEqual({ ...CONTAINER_SECURITY, readOnlyRootFilesystem: false });
    expect(podTemplate(deployment).spec.volumes).toEqual([{ name: 'tmp', emptyDir: { sizeLimit: '256Mi' } }]);
  });

  test('allowPrivilegeEscalation true, and nothing else', () => {
    // WHEN
    const { deployment } = renderedWithoutGate({ security: { allowPrivilegeEscalation: true } });

    // THEN
    expect(containerOf(deployment).securityContext).toEqual({ ...CONTAINER_SECURITY, allowPrivilegeEscalation: true });
    expect(podTemplate(deployment).spec.securityContext).toEqual(POD_SECURITY);
  });

  test('mountServiceAccountToken true mounts the token on both the ServiceAccount and the pod', () => {
    // WHEN
    const { deployment, serviceAccount } = renderedWithoutGate({ security: { mountServiceAccountToken: true } });

    // THEN
    expect(serviceAccount.automountServiceAccountToken).toBe(true);
    expect(podTemplate(deployment).spec.automountServiceAccountToken).toBe(true);
  });

  test('the resolved settings are exposed as security', () => {
    // WHEN
    const { w } = renderedWithoutGate({ security: { user: 20000, readOnlyRootFilesystem: false } });

    // THEN
    expect(w.security).toEqual({
      user: 20000, group: 20000, readOnlyRootFilesystem: false, allowPrivilegeEscalation: false, addCapabilities: [], mountServiceAccountToken: false,
    });
  });

  test.each([
    ['readOnlyRootFilesystem', { readOnlyRootFilesystem: false }, 'read-only-root-fs'],
    ['allowPrivilegeEscalation', { allowPrivilegeEscalation: true }, 'pss-privilege-escalation'],
    ['mountServiceAccountToken', { mountServiceAccountToken: true }, 'automount-token'],
    ['user < 10000', { user: 1000 }, 'high-uid'],
  ])('loosening %s is reported by the gate', (_field, security, rule) => {
    // GIVEN
    const shop = blueprint();

    // WHEN
    new Worker(shop, 'w', { ...WORKER, security });

    // THEN
    expect(() => BlueprintTesting.synth(shop)).toFail(new RegExp(`\\[${rule}\\] shop-production/w/Deployment: `));
  });
});


describe('errors', () => {
  const PREFIX = "Worker 'shop-production/w': ";
  const w = (security: SecurityOptions) => () => new Worker(blueprint(), 'w', { ...WORKER, security });

  test.each<[SecurityOptions, string]>([
    [{ user: 0 }, "'security.user' (0) must be >= 1"],
    [{ user: -5 }, "'security.user' (-5) must be >= 1"],
    [{ user: 1.5 }, "'security.user' (1.5) must be a whole number"],
    [{ user: 2147483648 }, "'security.user' (2147483648) must be <= 2147483647"],
    [{ user: 20000, group: 0 }, "'security.group' (0) must be >= 1"],
    [{ addCapabilities: ['SYS_ADMIN'] }, "'security.addCapabilities' ('SYS_ADMIN') is not allowed by the \"restricted\" Pod Security Standard: only NET_BIND_SERVICE may be added"],
    [{ addCapabilities: ['NET_BIND_SERVICE', 'NET_RAW'] }, "'security.addCapabilities' ('NET_RAW') is not allowed by the \"restricted\" Pod Security Standard: only NET_BIND_SERVICE may be added"],
  ])('%p', (security, message) => {
    expect(w(security)).toFail(`${PREFIX}${message}`);
  });

  test('user 0 is rejected for every kind', () => {
    for (const [kind, make] of KINDS) {
      expect(() => make(blueprint(), { user: 0 })).toFail(`${kind} 'shop-production/app': 'security.user' (0) must be >= 1`);
    }
  });
});
