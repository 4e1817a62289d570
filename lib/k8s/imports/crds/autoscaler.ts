/**
 * GENERATED FILE — DO NOT EDIT BY HAND. Regenerate with `npm run gen:crd-models` (scripts/gen-crd-models.ts), then
 * `npm run gen:schema`.
 * Kubernetes autoscaler `autoscaling.k8s.io/v1` VerticalPodAutoscaler (the recommender `rightSizing` emits).
 * Source: @kubernetes-models/autoscaler@3.2.1 (autoscaling.k8s.io/v1/VerticalPodAutoscaler.js), its CRD schema in the strict dialect of _dsl.ts.
 */
import { crd, CrdSchema, JsonSchema } from './_dsl';

const SPEC_0: JsonSchema = {"type":"object","properties":{"recommenders":{"type":"array","items":{"type":"object","properties":{"name":{"type":"string"}},"required":["name"],"k8sClosed":"VPA VerticalPodAutoscaler spec.recommenders[]"}},"resourcePolicy":{"type":"object","properties":{"containerPolicies":{"type":"array","items":{"type":"object","properties":{"containerName":{"type":"string"},"controlledResources":{"type":"array","items":{"type":"string"}},"controlledValues":{"type":"string","enum":["RequestsAndLimits","RequestsOnly"]},"maxAllowed":{"type":"object","additionalProperties":{"type":["integer","string"],"minimum":-2147483648,"maximum":2147483647,"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"}},"minAllowed":{"type":"object","additionalProperties":{"type":["integer","string"],"minimum":-2147483648,"maximum":2147483647,"pattern":"^(\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))(([KMGTPE]i)|[numkMGTPE]|([eE](\\+|-)?(([0-9]+(\\.[0-9]*)?)|(\\.[0-9]+))))?$"}},"mode":{"type":"string","enum":["Auto","Off"]}},"k8sClosed":"VPA VerticalPodAutoscaler spec.resourcePolicy.containerPolicies[]"}}},"k8sClosed":"VPA VerticalPodAutoscaler spec.resourcePolicy"},"targetRef":{"type":"object","properties":{"apiVersion":{"type":"string"},"kind":{"type":"string"},"name":{"type":"string"}},"required":["kind","name"],"k8sClosed":"VPA VerticalPodAutoscaler spec.targetRef"},"updatePolicy":{"type":"object","properties":{"minReplicas":{"type":"integer","minimum":-2147483648,"maximum":2147483647},"updateMode":{"type":"string","enum":["Off","Initial","Recreate","Auto"]}},"k8sClosed":"VPA VerticalPodAutoscaler spec.updatePolicy"}},"required":["targetRef"],"k8sClosed":"VPA VerticalPodAutoscaler spec"};

export const AUTOSCALER_CRDS: readonly CrdSchema[] = [
  crd('autoscaling.k8s.io/v1', 'VerticalPodAutoscaler', SPEC_0, { specRequired: true }),
];
