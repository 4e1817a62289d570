/**
 * Strict schema for KEDA `keda.sh/v1alpha1` ScaledObject (KEDA 2.12+ `ScaledObjectSpec`), written by hand from
 * kedacore/keda apis/keda/v1alpha1. `advanced.horizontalPodAutoscalerConfig.behavior` is the Kubernetes 1.28
 * autoscaling/v2 HorizontalPodAutoscalerBehavior.
 */
import { arrayOf, boolean, crd, CrdSchema, enumOf, int32, JsonSchema, k8sRef, object, string, stringMap } from './_dsl';

const K = (name: string) => `KEDA ${name}`;

const metricType = () => enumOf('AverageValue', 'Value', 'Utilization');

const scaledObjectSpec = (): JsonSchema =>
  object(
    K('ScaledObjectSpec'),
    {
      scaleTargetRef: object(
        K('ScaleTarget'),
        { name: string(), kind: string(), apiVersion: string(), envSourceContainerName: string() },
        { required: ['name'] },
      ),
      pollingInterval: int32(),
      initialCooldownPeriod: int32(),
      cooldownPeriod: int32(),
      idleReplicaCount: int32(),
      minReplicaCount: int32(),
      maxReplicaCount: int32(),
      fallback: object(K('Fallback'), { failureThreshold: int32(), replicas: int32() }, {
        required: ['failureThreshold', 'replicas'],
      }),
      advanced: object(K('AdvancedConfig'), {
        restoreToOriginalReplicaCount: boolean(),
        horizontalPodAutoscalerConfig: object(K('HorizontalPodAutoscalerConfig'), {
          name: string(),
          behavior: k8sRef('io.k8s.api.autoscaling.v2.HorizontalPodAutoscalerBehavior'),
        }),
        scalingModifiers: object(K('ScalingModifiers'), {
          formula: string(),
          target: string(),
          activationTarget: string(),
          metricType: metricType(),
        }),
      }),
      triggers: arrayOf(
        object(
          K('ScaleTriggers'),
          {
            type: string(),
            name: string(),
            metadata: stringMap(),
            authenticationRef: object(K('AuthenticationRef'), { name: string(), kind: string() }, { required: ['name'] }),
            metricType: metricType(),
            useCachedMetrics: boolean(),
          },
          { required: ['type', 'metadata'] },
        ),
      ),
    },
    { required: ['scaleTargetRef', 'triggers'] },
  );

export const KEDA_CRDS: readonly CrdSchema[] = [crd('keda.sh/v1alpha1', 'ScaledObject', scaledObjectSpec(), { specRequired: true })];
