/**
 * Event-driven scaling and right-sizing: KEDA ScaledObjects and their TriggerAuthentications, VerticalPodAutoscalers,
 * and how they agree with HorizontalPodAutoscalers and PodDisruptionBudgets.
 */
import { describe } from './_objects';
import { RenderedObject } from './gate';
import { secretSources, scopeKey } from './secret-rules';
import type { Rule, RuleContext, Violation } from './types';

const isKeda = (o: RenderedObject) => String(o.json.apiVersion).startsWith('keda.sh/');
const scaledObjects = (ctx: RuleContext) => ctx.ofKind('ScaledObject').filter(isKeda);
/** KEDA's scaleTargetRef defaults to an apps/v1 Deployment. */
const targetOf = (ctx: RuleContext, o: RenderedObject) => {
  const ref = o.json.spec?.scaleTargetRef ?? {};
  return { kind: String(ref.kind ?? 'Deployment'), name: ref.name, object: ctx.named(String(ref.kind ?? 'Deployment'), o, ref.name) };
};

export const SCALING_RULES: readonly Rule[] = [
  {
    id: 'scaledobject-target', severity: 'error', category: 'semantic',
    source: 'KEDA ScaledObject spec (keda.sh/docs/2.16/reference/scaledobject-spec: scaleTargetRef, minReplicaCount <= maxReplicaCount); kube-score deployment-targeted-by-hpa-does-not-have-replicas-configured (KEDA scales through an HPA)',
    summary: 'A ScaledObject targets a Deployment or StatefulSet of the blueprint that leaves replicas unset, with minReplicaCount <= maxReplicaCount.',
    fix: 'scale through the workload\'s scaling prop: ScalingPolicy.events({ minReplicas, maxReplicas, triggers })',
    check: (ctx) => scaledObjects(ctx).flatMap((o): Violation[] => {
      const t = targetOf(ctx, o);
      if (!t.object) return [{ path: o.path, message: `${describe(o)}: scaleTargetRef ${t.kind} '${t.name}' is not in the blueprint` }];
      const out: Violation[] = [];
      const { minReplicaCount: min = 0, maxReplicaCount: max = 100 } = o.json.spec ?? {};
      if (min > max) out.push({ path: o.path, message: `${describe(o)}: minReplicaCount ${min} is above maxReplicaCount ${max}` });
      if (t.object.json.spec?.replicas !== undefined) {
        out.push({ path: t.object.path, message: `${describe(t.object)} sets replicas (${t.object.json.spec.replicas}) but ${describe(o)} scales it: every apply would reset the count` });
      }
      return out;
    }),
  },
  {
    id: 'one-autoscaler', severity: 'error', category: 'semantic',
    source: 'KEDA admission webhook (keda.sh/docs/2.16/concepts/admission-webhooks: a ScaledObject may not autoscale a workload already autoscaled by another ScaledObject or a HorizontalPodAutoscaler; kedacore/keda apis/keda/v1alpha1/scaledobject_webhook.go)',
    summary: 'A workload is scaled by at most one autoscaler: never a HorizontalPodAutoscaler and a ScaledObject (KEDA creates its own HPA), nor two of either.',
    fix: 'give the workload one scaling policy: ScalingPolicy.autoscale (CPU, memory) or ScalingPolicy.events (KEDA triggers; add a cpu trigger there if needed)',
    check: (ctx) => {
      const byTarget = new Map<string, RenderedObject[]>();
      for (const o of [...ctx.ofKind('HorizontalPodAutoscaler'), ...scaledObjects(ctx)]) {
        const ref = o.json.spec?.scaleTargetRef ?? {};
        const key = `${scopeKey(o)}|${ref.kind ?? 'Deployment'}|${ref.name}`;
        const list = byTarget.get(key); // appended to, not copied, per autoscaler (the Map keeps the first set's order)
        if (list) list.push(o); else byTarget.set(key, [o]);
      }
      return [...byTarget.values()].filter((list) => list.length > 1).map((list) => {
        const ref = list[0].json.spec.scaleTargetRef;
        return { path: list[1].path, message: `${ref.kind ?? 'Deployment'} '${ref.name}' is scaled by ${list.map(describe).join(' and ')}: they would fight over its replicas` };
      });
    },
  },
  {
    id: 'scale-to-zero-budget', severity: 'error', category: 'policy',
    source: 'KEDA ScaledObject spec (minReplicaCount 0 or idleReplicaCount 0 removes every pod); Kubernetes PodDisruptionBudget (minAvailable counts healthy pods: with none it is never met); kube-linter pdb-min-available',
    summary: 'A ScaledObject that scales to zero selects no pods a PodDisruptionBudget keeps available (minAvailable >= 1).',
    fix: 'keep a minimum of 1 (ScalingPolicy.events({ minReplicas: 1, ... })) or give the workload disruptionBudget { maxUnavailable: 1 }',
    check: (ctx) => scaledObjects(ctx).flatMap((o): Violation[] => {
      const spec = o.json.spec ?? {};
      const zero = (spec.minReplicaCount ?? 0) === 0 || spec.idleReplicaCount === 0;
      const t = targetOf(ctx, o).object;
      if (!zero || !t) return [];
      const labels = t.json.spec?.template?.metadata?.labels ?? {};
      return ctx.ofKind('PodDisruptionBudget')
        .filter((p) => ctx.workloadIndex.match(p, p.json.spec?.selector?.matchLabels).includes(t) && Object.keys(labels).length > 0)
        .filter((p) => { const ma = p.json.spec?.minAvailable; return (typeof ma === 'number' && ma >= 1) || (typeof ma === 'string' && ma !== '0%'); })
        .map((p) => ({ path: o.path, message: `${describe(o)} scales ${describe(t)} to zero, but ${describe(p)} keeps minAvailable ${JSON.stringify(p.json.spec.minAvailable)} of its pods available` }));
    }),
  },
  {
    id: 'trigger-authentication', severity: 'error', category: 'semantic',
    source: 'KEDA TriggerAuthentication (keda.sh/docs/2.16/concepts/authentication: secretTargetRef reads a key of a Secret in the ScaledObject\'s namespace; a missing one fails the scaler)',
    summary: 'Every trigger\'s authenticationRef names a TriggerAuthentication of the blueprint, and every Secret key it reads is created by the blueprint or declared as provided.',
    fix: 'pass the trigger a key of a Secret you provision (GeneratedCredentials, ExternalSecret) or declare (ProvidedSecret), e.g. password: redis.credentials.keyRef(\'password\')',
    check: (ctx) => {
      const out: Violation[] = [];
      for (const o of scaledObjects(ctx)) {
        for (const trigger of o.json.spec?.triggers ?? []) {
          const ref = trigger.authenticationRef;
          if (!ref || (ref.kind ?? 'TriggerAuthentication') !== 'TriggerAuthentication') continue;
          if (!ctx.named('TriggerAuthentication', o, ref.name)) {
            out.push({ path: o.path, message: `${describe(o)}: trigger '${trigger.name ?? trigger.type}' authenticates with TriggerAuthentication '${ref.name}', which is not in the blueprint` });
          }
        }
      }
      const sources = secretSources(ctx);
      for (const a of ctx.ofKind('TriggerAuthentication').filter(isKeda)) {
        const scope = sources.get(scopeKey(a));
        for (const s of a.json.spec?.secretTargetRef ?? []) {
          const source = scope?.get(s.name);
          if (!source) {
            out.push({ path: a.path, message: `${describe(a)} reads key '${s.key}' of Secret '${s.name}' (parameter ${s.parameter}), which no ExternalSecret of the blueprint creates and no ProvidedSecret declares` });
          } else if (source.keys !== undefined && !source.keys.includes(s.key)) {
            out.push({ path: a.path, message: `${describe(a)} reads key '${s.key}' of Secret '${s.name}' (parameter ${s.parameter}), but ${source.only} ${source.keys.map((k) => `'${k}'`).join(', ')}` });
          }
        }
      }
      return out;
    },
  },
  {
    id: 'vpa-recommend-only', severity: 'error', category: 'policy',
    source: 'kubernetes/autoscaler vertical-pod-autoscaler/docs/known-limitations.md (VPA should not be used with the HPA on the same resource metric, CPU or memory; updateMode Off only computes recommendations)',
    summary: 'A VerticalPodAutoscaler targets a workload of the blueprint and only recommends (updateMode Off) when an autoscaler also scales that workload, so the two never fight over the same pods.',
    fix: 'use the workload\'s rightSizing prop (updateMode Off)',
    check: (ctx) => ctx.ofKind('VerticalPodAutoscaler').filter((o) => String(o.json.apiVersion).startsWith('autoscaling.k8s.io/')).flatMap((o): Violation[] => {
      const ref = o.json.spec?.targetRef ?? {};
      const target = ctx.named(ref.kind, o, ref.name);
      if (!target) return [{ path: o.path, message: `${describe(o)}: targetRef ${ref.kind} '${ref.name}' is not in the blueprint` }];
      const mode = o.json.spec?.updatePolicy?.updateMode ?? 'Auto';
      const scaled = ctx.autoscalerOf(target);
      return mode !== 'Off' && scaled ? [{ path: o.path, message: `${describe(o)} has updateMode '${mode}' on ${describe(target)}, which ${describe(scaled)} also scales: VPA would resize the pods the autoscaler counts` }] : [];
    }),
  },
];
