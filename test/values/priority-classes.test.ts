import { BlueprintError } from '../../lib/values/_errors';
import { DATA_PRIORITY, PriorityClasses, SERVICES_PRIORITY, SYSTEM_PRIORITY_CLASSES } from '../../lib/values/priority-classes';

describe('PriorityClasses.perNamespace', () => {
  test('names <namespace>-services and <namespace>-data, and defines both', () => {
    // GIVEN
    const classes = PriorityClasses.perNamespace();

    // WHEN / THEN
    expect(classes.kind).toEqual('per-namespace');
    expect(classes.isProvided).toBe(false);
    expect(classes.reason).toBeUndefined();
    expect(classes.nameFor('services', 'shop')).toEqual('shop-services');
    expect(classes.nameFor('data', 'shop')).toEqual('shop-data');
    expect(classes.definitions('shop')).toEqual([
      {
        tier: 'services', name: 'shop-services', value: 1000000, preemptionPolicy: 'Never',
        description: 'Stateless workloads and tasks of namespace shop: scheduled ahead of pods without a priority class, never preempting a running pod.',
      },
      {
        tier: 'data', name: 'shop-data', value: 2000000, preemptionPolicy: 'PreemptLowerPriority',
        description: 'Stateful services of namespace shop: above its stateless workloads, and may preempt lower-priority pods to be scheduled again.',
      },
    ]);
  });

  test('data is above services, and both far below the system classes and the user maximum', () => {
    // GIVEN / WHEN / THEN
    expect(DATA_PRIORITY).toBeGreaterThan(SERVICES_PRIORITY);
    expect(SERVICES_PRIORITY).toBeGreaterThan(0);
    expect(DATA_PRIORITY).toBeLessThan(1_000_000_000);
    expect(SYSTEM_PRIORITY_CLASSES).toEqual(['system-cluster-critical', 'system-node-critical']);
  });

  test('a namespace starting with system- cannot name PriorityClasses', () => {
    // GIVEN / WHEN / THEN
    expect(() => PriorityClasses.perNamespace().definitions('system-tools')).toThrow(new BlueprintError(
      "'namespace' ('system-tools') cannot name PriorityClasses: Kubernetes reserves names starting with 'system-'; use PriorityClasses.provided()"));
  });
});

describe('PriorityClasses.provided', () => {
  test('names the cluster\'s classes and defines none', () => {
    // GIVEN
    const classes = PriorityClasses.provided({ services: 'tenant-standard', data: 'tenant-stateful' });

    // WHEN / THEN
    expect(classes.kind).toEqual('provided');
    expect(classes.isProvided).toBe(true);
    expect(classes.nameFor('services', 'shop')).toEqual('tenant-standard');
    expect(classes.nameFor('data', 'shop')).toEqual('tenant-stateful');
    expect(classes.definitions('shop')).toEqual([]);
  });

  test.each([
    [{ services: 'Tenant', data: 'tenant-stateful' }, "'priorityClasses.services' ('Tenant') must be the name of a PriorityClass (a DNS-1123 subdomain)"],
    [{ services: 'tenant-standard', data: '' }, "'priorityClasses.data' ('') must be the name of a PriorityClass (a DNS-1123 subdomain)"],
  ])('rejects %p', (names, message) => {
    // GIVEN / WHEN / THEN
    expect(() => PriorityClasses.provided(names)).toThrow(new BlueprintError(message));
  });
});

describe('PriorityClasses.none', () => {
  test('names no class and keeps the reason', () => {
    // GIVEN
    const classes = PriorityClasses.none('  the cluster admits no PriorityClass of tenants  ');

    // WHEN / THEN
    expect(classes.kind).toEqual('none');
    expect(classes.reason).toEqual('the cluster admits no PriorityClass of tenants');
    expect(classes.nameFor('services', 'shop')).toBeUndefined();
    expect(classes.definitions('shop')).toEqual([]);
  });

  test('needs a reason of at least 20 characters', () => {
    // GIVEN / WHEN / THEN
    expect(() => PriorityClasses.none('not needed')).toThrow(new BlueprintError(
      "'priorityClasses.reason' ('not needed') must explain in at least 20 characters why the pods run without a priority class"));
  });
});
