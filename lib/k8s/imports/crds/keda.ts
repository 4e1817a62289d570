/**
 * Strict schemas for KEDA `keda.sh/v1alpha1` ScaledObject (KEDA 2.12+ `ScaledObjectSpec`) and TriggerAuthentication
 * (`TriggerAuthenticationSpec`), written by hand from kedacore/keda apis/keda/v1alpha1 (scaledobject_types.go,
 * triggerauthentication_types.go). `advanced.horizontalPodAutoscalerConfig.behavior` is the Kubernetes 1.28
 * autoscaling/v2 HorizontalPodAutoscalerBehavior. Of TriggerAuthentication's secret-manager providers (Vault, Azure
 * Key Vault, AWS and GCP secret managers…) only the field names are checked: the library emits `secretTargetRef`.
 */
import { arrayOf, boolean, crd, CrdSchema, enumOf, int32, JsonSchema, k8sRef, object, openObject, string, stringMap } from './_dsl';

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

const triggerAuthenticationSpec = (): JsonSchema =>
  object(K('TriggerAuthenticationSpec'), {
    podIdentity: object(K('AuthPodIdentity'), {
      provider: enumOf('none', 'azure-workload', 'aws', 'aws-eks', 'gcp'),
      identityId: string(), identityTenantId: string(), identityAuthorityHost: string(), roleArn: string(), identityOwner: enumOf('keda', 'workload'),
    }, { required: ['provider'] }),
    secretTargetRef: arrayOf(object(K('AuthSecretTargetRef'), { parameter: string(), name: string(), key: string() }, { required: ['parameter', 'name', 'key'] })),
    env: arrayOf(object(K('AuthEnvironment'), { parameter: string(), name: string(), containerName: string() }, { required: ['parameter', 'name'] })),
    configMapTargetRef: arrayOf(object(K('AuthConfigMapTargetRef'), { parameter: string(), name: string(), key: string() }, { required: ['parameter', 'name', 'key'] })),
    hashiCorpVault: openObject(),
    azureKeyVault: openObject(),
    awsSecretManager: openObject(),
    gcpSecretManager: openObject(),
    azureAppConfiguration: openObject(),
    boundServiceAccountToken: arrayOf(openObject()),
  });

export const KEDA_CRDS: readonly CrdSchema[] = [
  crd('keda.sh/v1alpha1', 'ScaledObject', scaledObjectSpec(), { specRequired: true }),
  crd('keda.sh/v1alpha1', 'TriggerAuthentication', triggerAuthenticationSpec(), { specRequired: true }),
];
