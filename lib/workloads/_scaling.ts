/**
 * How a replicated workload's scaling is rendered: a HorizontalPodAutoscaler for `ScalingPolicy.autoscale`, a KEDA
 * ScaledObject (and a TriggerAuthentication per trigger that reads a Secret) for `ScalingPolicy.events`, and a
 * VerticalPodAutoscaler in recommendation mode for `rightSizing`. Private to lib/workloads.
 */
import { ApiObject } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { emitObject } from '../k8s/emit';
import { Peer } from '../network/connections';
import { IConnectable } from '../network/relations';
import { ScalingPolicy } from '../values/scaling-policy';

/** The KEDA API version of ScaledObject and TriggerAuthentication. */
export const KEDA_API = 'keda.sh/v1alpha1';

/** What the renderers need of the workload. */
export interface ScalingTarget {
  readonly scope: Construct;
  /** The Deployment's name (= the workload's id). */
  readonly name: string;
  readonly labels: Record<string, string>;
  /** The blueprint, searched for the servers the KEDA operator polls. */
  readonly blueprint: IConstruct;
}

/** The objects of an autoscaled workload: its HorizontalPodAutoscaler, or its ScaledObject and TriggerAuthentications. */
export interface Autoscaler {
  readonly autoscaler: ApiObject;
  readonly triggerAuthentications: ApiObject[];
}

const targetRef = (name: string) => ({ apiVersion: 'apps/v1', kind: 'Deployment', name });

/** Emits the autoscaler of `scaling` (an `autoscale()` or `events()` policy) for the target's Deployment. */
export function emitAutoscaler(t: ScalingTarget, scaling: ScalingPolicy): Autoscaler {
  const behavior = { scaleDown: { stabilizationWindowSeconds: scaling.scaleDownStabilizationSeconds } };
  if (scaling.kind !== 'events' || !scaling.events) {
    const autoscaler = emitObject(t.scope, 'Autoscaler', {
      apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', name: t.name, labels: t.labels,
      render: () => ({
        spec: {
          scaleTargetRef: targetRef(t.name),
          minReplicas: scaling.minReplicas,
          maxReplicas: scaling.maxReplicas,
          metrics: scaling.toMetrics(),
          behavior,
        },
      }),
    });
    return { autoscaler, triggerAuthentications: [] };
  }
  const events = scaling.events;
  const seen = new Map<string, number>();
  const triggerAuthentications: ApiObject[] = [];
  const triggers = events.triggers.map((trigger) => {
    const n = (seen.get(trigger.name) ?? 0) + 1;
    seen.set(trigger.name, n);
    const name = n === 1 ? trigger.name : `${trigger.name}-${n}`;
    let auth: string | undefined;
    if (trigger.secrets.length > 0) {
      auth = `${t.name}-${name}`;
      triggerAuthentications.push(emitObject(t.scope, `TriggerAuthentication-${name}`, {
        apiVersion: KEDA_API, kind: 'TriggerAuthentication', name: auth, labels: t.labels,
        render: () => ({
          spec: { secretTargetRef: trigger.secrets.map((s) => ({ parameter: s.parameter, name: s.ref.secret.name, key: s.ref.key })) },
        }),
      }));
    }
    if (trigger.server) admitOperator(t.blueprint, trigger.server, events.operatorNamespace, `${t.name}'s ${name} trigger`);
    return trigger.toKeda(name, auth);
  });
  const autoscaler = emitObject(t.scope, 'Autoscaler', {
    apiVersion: KEDA_API, kind: 'ScaledObject', name: t.name, labels: t.labels,
    render: () => ({
      spec: {
        scaleTargetRef: targetRef(t.name),
        pollingInterval: events.pollingIntervalSeconds,
        ...(scaling.minReplicas === 0 ? { cooldownPeriod: events.cooldownSeconds } : {}),
        minReplicaCount: scaling.minReplicas,
        maxReplicaCount: scaling.maxReplicas,
        ...(events.fallbackReplicas !== undefined ? { fallback: { failureThreshold: 3, replicas: events.fallbackReplicas } } : {}),
        // KEDA creates and owns this HorizontalPodAutoscaler (named like the workload, not keda-hpa-<name>).
        advanced: { horizontalPodAutoscalerConfig: { name: t.name, behavior } },
        triggers,
      },
    }),
  });
  return { autoscaler, triggerAuthentications };
}

/**
 * The KEDA operator, not the workload, polls a trigger's server: a server of the blueprint (a Redis made before the
 * workload) admits the operator's namespace in its NetworkPolicy. Servers outside the blueprint are not ours to open.
 */
function admitOperator(blueprint: IConstruct, server: { host: string; port: number }, namespace: string, description: string): void {
  for (const c of blueprint.node.findAll()) {
    if (typeof (c as Partial<IConnectable>).connectionEndpoint !== 'function') continue;
    const endpoint = (c as unknown as IConnectable).connectionEndpoint();
    if (endpoint.host !== server.host || endpoint.port !== server.port || !endpoint.admit) continue;
    endpoint.admit(Peer.namespace(namespace), `the KEDA operator (${description})`);
    return;
  }
}

/** Emits a VerticalPodAutoscaler that only recommends (`updateMode: Off`): requests to read, never pods evicted. */
export function emitRightSizing(t: ScalingTarget): ApiObject {
  return emitObject(t.scope, 'RightSizing', {
    apiVersion: 'autoscaling.k8s.io/v1', kind: 'VerticalPodAutoscaler', name: t.name, labels: t.labels,
    render: () => ({
      spec: {
        targetRef: targetRef(t.name),
        updatePolicy: { updateMode: 'Off' },
        resourcePolicy: { containerPolicies: [{ containerName: '*', controlledResources: ['cpu', 'memory'] }] },
      },
    }),
  });
}
