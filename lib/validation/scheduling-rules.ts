/**
 * How pods are scheduled and evicted, after Polaris's default checks (priorityClassNotSet, topologySpreadConstraint,
 * deploymentMissingReplicas) and kube-linter's pdb-unhealthy-pod-eviction-policy, and whether the PriorityClass a
 * pod names exists.
 */
import { PROVIDED_PRIORITY_CLASS_ANNOTATION, SYSTEM_PRIORITY_CLASSES } from '../values/priority-classes';
import { describe, PodSite } from './_objects';
import { perPod } from './_rule-helpers';
import type { Rule, Violation } from './types';

/** The topology keys Polaris's topologySpreadConstraint accepts. */
const SPREAD_KEYS = ['kubernetes.io/hostname', 'topology.kubernetes.io/zone'];

/** Controllers whose pods run to completion: Polaris's topologySpreadConstraint excludes them. */
const RUN_TO_COMPLETION = ['Job', 'CronJob'];

/** The annotations of a pod site's pod template (the object's own for a bare Pod). */
function podAnnotations(site: PodSite): Record<string, string> {
  const j = site.object.json;
  if (j.kind === 'Pod') return j.metadata?.annotations ?? {};
  const template = j.kind === 'CronJob' ? j.spec?.jobTemplate?.spec?.template : j.spec?.template;
  return template?.metadata?.annotations ?? {};
}

export const SCHEDULING_RULES: readonly Rule[] = [
  {
    id: 'priority-class', severity: 'warning', category: 'policy', source: 'Polaris priorityClassNotSet (checks/priorityClassNotSet.yaml: the PodSpec requires priorityClassName)',
    summary: 'Every pod names a PriorityClass.',
    fix: 'keep the blueprint\'s own classes (PriorityClasses.perNamespace(), the default), name the cluster\'s with PriorityClasses.provided({ services, data }), or opt out with PriorityClasses.none(reason)',
    check: (ctx) => perPod(ctx, (s) => (s.spec.priorityClassName ? undefined : `${describe(s.object)}: pods name no PriorityClass, so they run at the cluster's default priority`)),
  },
  {
    id: 'priority-class-exists', severity: 'error', category: 'policy', source: 'Kubernetes admission plugin Priority (a pod naming a PriorityClass that does not exist is rejected); cdk8s-blueprints: a class is emitted or declared with PriorityClasses.provided()',
    summary: 'A pod names a PriorityClass that its blueprint emits, one the cluster provides (declared with PriorityClasses.provided()), or a system class.',
    fix: 'name classes through the blueprint (blueprint.priorityClassFor(tier)), or declare the cluster\'s own with PriorityClasses.provided({ services, data })',
    check: (ctx) => {
      const emitted = new Set(ctx.ofKind('PriorityClass').map((o) => `${o.blueprint}|${o.json.metadata?.name}`));
      return perPod(ctx, (s) => {
        const name = s.spec.priorityClassName;
        if (typeof name !== 'string' || SYSTEM_PRIORITY_CLASSES.includes(name) || emitted.has(`${s.object.blueprint}|${name}`)) return undefined;
        if (podAnnotations(s)[PROVIDED_PRIORITY_CLASS_ANNOTATION] === name) return undefined;
        return `${describe(s.object)}: pods name the PriorityClass '${name}', which the output does not emit and no PriorityClasses.provided() declares: the API server would reject them`;
      });
    },
  },
  {
    id: 'topology-spread', severity: 'warning', category: 'policy', source: 'Polaris topologySpreadConstraint (checks/topologySpreadConstraint.yaml: the PodSpec of every controller but Job and CronJob sets topologySpreadConstraints, each topologyKey kubernetes.io/hostname or topology.kubernetes.io/zone)',
    summary: 'Long-running pods (all but Jobs\' and CronJobs\') have topology spread constraints, each over kubernetes.io/hostname or topology.kubernetes.io/zone.',
    fix: 'workloads spread over zones and nodes by default (ScheduleAnyway, harmless with one replica); do not remove their topologySpreadConstraints',
    check: (ctx) => ctx.pods.filter((p) => !RUN_TO_COMPLETION.includes(p.object.json.kind)).flatMap((s): Violation[] => {
      const constraints = s.spec.topologySpreadConstraints;
      if (!Array.isArray(constraints)) return [{ path: s.object.path, message: `${describe(s.object)}: pods have no topology spread constraints` }];
      const other = constraints.find((t: any) => t?.topologyKey !== undefined && !SPREAD_KEYS.includes(t.topologyKey));
      return other ? [{ path: s.object.path, message: `${describe(s.object)}: pods spread over '${other.topologyKey}', not over ${SPREAD_KEYS.join(' or ')}` }] : [];
    }),
  },
  {
    id: 'deployment-replicas', severity: 'warning', category: 'policy', source: 'Polaris deploymentMissingReplicas (checks/deploymentMissingReplicas.yaml: a Deployment\'s spec.replicas is an integer >= 2); with an autoscaler, its minReplicas (kube-score deployment-targeted-by-hpa-does-not-have-replicas-configured keeps replicas unset)',
    summary: 'A Deployment runs two or more replicas: spec.replicas >= 2, or, when a HorizontalPodAutoscaler owns the count, minReplicas >= 2.',
    fix: 'one replica is by design in Environment.development() and with a ReadWriteOnce volume (expect this warning there); elsewhere use ScalingPolicy.fixed(n >= 2) or an autoscale policy with minReplicas >= 2',
    check: (ctx) => ctx.ofKind('Deployment').flatMap((d): Violation[] => {
      const hpa = ctx.autoscalerOf(d);
      if (hpa && d.json.spec?.replicas === undefined) {
        const keda = hpa.json.kind === 'ScaledObject';
        const min = keda ? hpa.json.spec?.minReplicaCount ?? 0 : hpa.json.spec?.minReplicas ?? 1;
        return min >= 2 ? [] : [{ path: d.path, message: `${describe(d)} may scale down to ${min} replica${min === 1 ? '' : 's'} (${describe(hpa)} has ${keda ? 'minReplicaCount' : 'minReplicas'} ${min})` }];
      }
      const replicas = d.json.spec?.replicas;
      if (Number.isInteger(replicas) && replicas >= 2) return [];
      return [{ path: d.path, message: replicas === undefined ? `${describe(d)} leaves replicas unset: it runs 1 replica` : `${describe(d)} runs ${JSON.stringify(replicas)} replica${replicas === 1 ? '' : 's'}` }];
    }),
  },
  {
    id: 'pdb-unhealthy-pod-eviction-policy', severity: 'error', category: 'policy', source: 'kube-linter pdb-unhealthy-pod-eviction-policy (pkg/templates/pdbunhealthypodevictionpolicy/template.go: spec.unhealthyPodEvictionPolicy is not set)',
    summary: 'Every PodDisruptionBudget sets unhealthyPodEvictionPolicy explicitly.',
    fix: 'use the workload\'s disruptionBudget prop: it sets AlwaysAllow, so pods that are not ready never block a node drain',
    check: (ctx) => ctx.ofKind('PodDisruptionBudget').filter((o) => o.json.spec?.unhealthyPodEvictionPolicy === undefined)
      .map((o) => ({ path: o.path, message: `${describe(o)} does not set unhealthyPodEvictionPolicy: by default (IfHealthyBudget) a pod that is not ready cannot be evicted while the budget is spent, and can block a node drain` })),
  },
];
