/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
"use strict";
// Each kind's validator, required from its module under kinds/ the first time the gate asks for it.
const kinds = {
  "admissionregistration.k8s.io/v1/MutatingWebhookConfiguration": ["./kinds/admissionregistration.k8s.io_v1_MutatingWebhookConfiguration.js", "validate11"],
  "admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration": ["./kinds/admissionregistration.k8s.io_v1_ValidatingWebhookConfiguration.js", "validate21"],
  "apps/v1/DaemonSet": ["./kinds/apps_v1_DaemonSet.js", "validate28"],
  "apps/v1/Deployment": ["./kinds/apps_v1_Deployment.js", "validate154"],
  "apps/v1/ReplicaSet": ["./kinds/apps_v1_ReplicaSet.js", "validate162"],
  "apps/v1/StatefulSet": ["./kinds/apps_v1_StatefulSet.js", "validate168"],
  "argoproj.io/v1alpha1/Application": ["./kinds/argoproj.io_v1alpha1_Application.js", "validate347"],
  "autoscaling.k8s.io/v1/VerticalPodAutoscaler": ["./kinds/autoscaling.k8s.io_v1_VerticalPodAutoscaler.js", "validate370"],
  "autoscaling/v1/HorizontalPodAutoscaler": ["./kinds/autoscaling_v1_HorizontalPodAutoscaler.js", "validate180"],
  "autoscaling/v2/HorizontalPodAutoscaler": ["./kinds/autoscaling_v2_HorizontalPodAutoscaler.js", "validate184"],
  "batch/v1/CronJob": ["./kinds/batch_v1_CronJob.js", "validate210"],
  "batch/v1/Job": ["./kinds/batch_v1_Job.js", "validate225"],
  "external-secrets.io/v1beta1/ExternalSecret": ["./kinds/external-secrets.io_v1beta1_ExternalSecret.js", "validate376"],
  "gateway.networking.k8s.io/v1/HTTPRoute": ["./kinds/gateway.networking.k8s.io_v1_HTTPRoute.js", "validate402"],
  "generators.external-secrets.io/v1alpha1/Password": ["./kinds/generators.external-secrets.io_v1alpha1_Password.js", "validate436"],
  "keda.sh/v1alpha1/ScaledObject": ["./kinds/keda.sh_v1alpha1_ScaledObject.js", "validate438"],
  "keda.sh/v1alpha1/TriggerAuthentication": ["./kinds/keda.sh_v1alpha1_TriggerAuthentication.js", "validate449"],
  "kustomize.toolkit.fluxcd.io/v1/Kustomization": ["./kinds/kustomize.toolkit.fluxcd.io_v1_Kustomization.js", "validate453"],
  "kyverno.io/v1/Policy": ["./kinds/kyverno.io_v1_Policy.js", "validate465"],
  "monitoring.coreos.com/v1/PrometheusRule": ["./kinds/monitoring.coreos.com_v1_PrometheusRule.js", "validate492"],
  "monitoring.coreos.com/v1/ServiceMonitor": ["./kinds/monitoring.coreos.com_v1_ServiceMonitor.js", "validate498"],
  "networking.istio.io/v1/DestinationRule": ["./kinds/networking.istio.io_v1_DestinationRule.js", "validate518"],
  "networking.istio.io/v1/VirtualService": ["./kinds/networking.istio.io_v1_VirtualService.js", "validate541"],
  "networking.istio.io/v1beta1/DestinationRule": ["./kinds/networking.istio.io_v1beta1_DestinationRule.js", "validate580"],
  "networking.istio.io/v1beta1/VirtualService": ["./kinds/networking.istio.io_v1beta1_VirtualService.js", "validate583"],
  "networking.k8s.io/v1/Ingress": ["./kinds/networking.k8s.io_v1_Ingress.js", "validate228"],
  "networking.k8s.io/v1/IngressClass": ["./kinds/networking.k8s.io_v1_IngressClass.js", "validate243"],
  "networking.k8s.io/v1/NetworkPolicy": ["./kinds/networking.k8s.io_v1_NetworkPolicy.js", "validate247"],
  "node.k8s.io/v1/RuntimeClass": ["./kinds/node.k8s.io_v1_RuntimeClass.js", "validate261"],
  "policy/v1/PodDisruptionBudget": ["./kinds/policy_v1_PodDisruptionBudget.js", "validate265"],
  "rbac.authorization.k8s.io/v1/ClusterRole": ["./kinds/rbac.authorization.k8s.io_v1_ClusterRole.js", "validate270"],
  "rbac.authorization.k8s.io/v1/ClusterRoleBinding": ["./kinds/rbac.authorization.k8s.io_v1_ClusterRoleBinding.js", "validate275"],
  "rbac.authorization.k8s.io/v1/Role": ["./kinds/rbac.authorization.k8s.io_v1_Role.js", "validate277"],
  "rbac.authorization.k8s.io/v1/RoleBinding": ["./kinds/rbac.authorization.k8s.io_v1_RoleBinding.js", "validate279"],
  "scheduling.k8s.io/v1/PriorityClass": ["./kinds/scheduling.k8s.io_v1_PriorityClass.js", "validate281"],
  "security.istio.io/v1/PeerAuthentication": ["./kinds/security.istio.io_v1_PeerAuthentication.js", "validate586"],
  "security.istio.io/v1beta1/PeerAuthentication": ["./kinds/security.istio.io_v1beta1_PeerAuthentication.js", "validate590"],
  "source.toolkit.fluxcd.io/v1/GitRepository": ["./kinds/source.toolkit.fluxcd.io_v1_GitRepository.js", "validate593"],
  "storage.k8s.io/v1/StorageClass": ["./kinds/storage.k8s.io_v1_StorageClass.js", "validate283"],
  "v1/ConfigMap": ["./kinds/v1_ConfigMap.js", "validate287"],
  "v1/Endpoints": ["./kinds/v1_Endpoints.js", "validate289"],
  "v1/LimitRange": ["./kinds/v1_LimitRange.js", "validate296"],
  "v1/Namespace": ["./kinds/v1_Namespace.js", "validate300"],
  "v1/PersistentVolume": ["./kinds/v1_PersistentVolume.js", "validate302"],
  "v1/PersistentVolumeClaim": ["./kinds/v1_PersistentVolumeClaim.js", "validate325"],
  "v1/Pod": ["./kinds/v1_Pod.js", "validate328"],
  "v1/ResourceQuota": ["./kinds/v1_ResourceQuota.js", "validate331"],
  "v1/Secret": ["./kinds/v1_Secret.js", "validate337"],
  "v1/Service": ["./kinds/v1_Service.js", "validate339"],
  "v1/ServiceAccount": ["./kinds/v1_ServiceAccount.js", "validate345"],
  "velero.io/v1/Restore": ["./kinds/velero.io_v1_Restore.js", "validate601"],
  "velero.io/v1/Schedule": ["./kinds/velero.io_v1_Schedule.js", "validate607"],
};
const loaded = {};
for (const [key, [file, name]] of Object.entries(kinds)) {
  Object.defineProperty(exports, key, { enumerable: true, get: () => (loaded[key] ??= require(file)[name]) });
}
