/**
 * The scheduling rules (lib/validation/scheduling-rules.ts), after Polaris's default checks priorityClassNotSet,
 * topologySpreadConstraint and deploymentMissingReplicas and kube-linter's pdb-unhealthy-pod-eviction-policy, and
 * whether the PriorityClass a pod names exists. Their corpus cases are in the policy family (_corpus-policy.ts).
 */
import { JsonPatch } from 'cdk8s';
import { Blueprint, BlueprintTesting, Environment, GateInput, Worker } from '../../lib/index';
import { PriorityClasses } from '../../lib/values/priority-classes';
import { SCHEDULING_RULES } from '../../lib/validation/scheduling-rules';
import { cleanInput, contextOf, violationsOf } from './_clean-input';
import { POLICY_CASES } from './_corpus-policy';
import { runCases } from './_corpus-run';
import { WORKER } from './_corpus-kit';

/** The gate's input for one production blueprint with `priorityClasses`, whose Worker 'w' `patch` changes. */
function inputOf(priorityClasses: PriorityClasses | undefined, ...patches: JsonPatch[]): GateInput {
  let captured: GateInput | undefined;
  const app = BlueprintTesting.app({ checks: [{ name: 'capture', run: (input) => { captured = input; return []; } }] });
  const shop = new Blueprint(app, 'shop-production', { environment: Environment.production(), ...(priorityClasses ? { priorityClasses } : {}) });
  new Worker(shop, 'w', WORKER).deployment.addJsonPatch(...patches);
  try {
    app.synthesize();
  } catch {
    // the findings are what the tests look at
  }
  return captured!;
}

/** What one rule reports on `input`: path and message. */
function found(id: string, input: GateInput): string[] {
  return SCHEDULING_RULES.find((r) => r.id === id)!.check(contextOf(input)).map((v) => `${v.path}: ${v.message}`);
}

describe('SCHEDULING_RULES', () => {
  test('are these rules, in this order, every one of category policy', () => {
    expect(SCHEDULING_RULES.map((r) => r.id)).toEqual([
      'priority-class', 'priority-class-exists', 'topology-spread', 'deployment-replicas', 'pdb-unhealthy-pod-eviction-policy',
    ]);
    expect([...new Set(SCHEDULING_RULES.map((r) => r.category))]).toEqual(['policy']);
  });

  test('report nothing on what the library renders by default', () => {
    // GIVEN
    const ctx = contextOf(cleanInput());

    // THEN
    expect(violationsOf(SCHEDULING_RULES, ctx)).toEqual(SCHEDULING_RULES.map((r) => [r.id, []]));
  });
});

describe('priority-class-exists', () => {
  test('a class the cluster provides is declared on the pod, and passes', () => {
    // GIVEN
    const input = inputOf(PriorityClasses.provided({ services: 'tenant-standard', data: 'tenant-stateful' }));

    // THEN
    expect(input.objects.filter((o) => o.json.kind === 'PriorityClass')).toEqual([]);
    expect(found('priority-class-exists', input)).toEqual([]);
    expect(found('priority-class', input)).toEqual([]);
  });

  test('a provided class that the pod does not name is no declaration of another', () => {
    // GIVEN
    const input = inputOf(PriorityClasses.provided({ services: 'tenant-standard', data: 'tenant-stateful' }),
      JsonPatch.replace('/spec/template/spec/priorityClassName', 'tenant-stateful'));

    // THEN
    expect(found('priority-class-exists', input)).toEqual([
      "shop-production/w/Deployment: Deployment 'w': pods name the PriorityClass 'tenant-stateful', which the output does not emit and no PriorityClasses.provided() declares: the API server would reject them",
    ]);
  });

  test('the system classes exist in every cluster; a class of another blueprint does not count', () => {
    // GIVEN
    const system = inputOf(undefined, JsonPatch.replace('/spec/template/spec/priorityClassName', 'system-cluster-critical'));
    const other = inputOf(undefined, JsonPatch.replace('/spec/template/spec/priorityClassName', 'billing-services'));

    // THEN
    expect(found('priority-class-exists', system)).toEqual([]);
    expect(found('priority-class-exists', other)).toHaveLength(1);
  });
});

describe('topology-spread and deployment-replicas', () => {
  test('Jobs and CronJobs need no spread; a constraint without a topology key passes, as in Polaris', () => {
    // GIVEN
    const input = inputOf(undefined, JsonPatch.remove('/spec/template/spec/topologySpreadConstraints/0/topologyKey'));
    const cron = { path: 'x/CronJob', blueprint: 'shop-production', production: true, json: { kind: 'CronJob', metadata: { name: 'c' }, spec: { jobTemplate: { spec: { template: { spec: { containers: [] } } } } } } };

    // THEN
    expect(found('topology-spread', input)).toEqual([]);
    expect(found('topology-spread', { ...input, objects: [...input.objects, cron] })).toEqual([]);
  });

  test('a Deployment without replicas and without an autoscaler runs one', () => {
    // GIVEN
    const input = inputOf(undefined, JsonPatch.remove('/spec/replicas'));

    // THEN
    expect(found('deployment-replicas', input)).toEqual(["shop-production/w/Deployment: Deployment 'w' leaves replicas unset: it runs 1 replica"]);
  });
});

runCases(POLICY_CASES.filter((c) => SCHEDULING_RULES.some((r) => r.id === c.rule)));
