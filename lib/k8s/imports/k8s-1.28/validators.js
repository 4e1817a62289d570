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
  "admissionregistration.k8s.io/v1/MutatingWebhookConfiguration": ["./kinds/admissionregistration.k8s.io_v1_MutatingWebhookConfiguration.js", "validate22"],
  "admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration": ["./kinds/admissionregistration.k8s.io_v1_ValidatingWebhookConfiguration.js", "validate44"],
  "apps/v1/DaemonSet": ["./kinds/apps_v1_DaemonSet.js", "validate53"],
  "apps/v1/Deployment": ["./kinds/apps_v1_Deployment.js", "validate302"],
  "apps/v1/ReplicaSet": ["./kinds/apps_v1_ReplicaSet.js", "validate312"],
  "apps/v1/StatefulSet": ["./kinds/apps_v1_StatefulSet.js", "validate318"],
  "argoproj.io/v1alpha1/Application": ["./kinds/argoproj.io_v1alpha1_Application.js", "validate593"],
  "autoscaling.k8s.io/v1/VerticalPodAutoscaler": ["./kinds/autoscaling.k8s.io_v1_VerticalPodAutoscaler.js", "validate643"],
  "autoscaling/v1/HorizontalPodAutoscaler": ["./kinds/autoscaling_v1_HorizontalPodAutoscaler.js", "validate336"],
  "autoscaling/v2/HorizontalPodAutoscaler": ["./kinds/autoscaling_v2_HorizontalPodAutoscaler.js", "validate342"],
  "batch/v1/CronJob": ["./kinds/batch_v1_CronJob.js", "validate379"],
  "batch/v1/Job": ["./kinds/batch_v1_Job.js", "validate398"],
  "external-secrets.io/v1beta1/ExternalSecret": ["./kinds/external-secrets.io_v1beta1_ExternalSecret.js", "validate657"],
  "gateway.networking.k8s.io/v1/HTTPRoute": ["./kinds/gateway.networking.k8s.io_v1_HTTPRoute.js", "validate704"],
  "generators.external-secrets.io/v1alpha1/Password": ["./kinds/generators.external-secrets.io_v1alpha1_Password.js", "validate780"],
  "keda.sh/v1alpha1/ScaledObject": ["./kinds/keda.sh_v1alpha1_ScaledObject.js", "validate784"],
  "keda.sh/v1alpha1/TriggerAuthentication": ["./kinds/keda.sh_v1alpha1_TriggerAuthentication.js", "validate803"],
  "kustomize.toolkit.fluxcd.io/v1/Kustomization": ["./kinds/kustomize.toolkit.fluxcd.io_v1_Kustomization.js", "validate815"],
  "kyverno.io/v1/Policy": ["./kinds/kyverno.io_v1_Policy.js", "validate845"],
  "monitoring.coreos.com/v1/PrometheusRule": ["./kinds/monitoring.coreos.com_v1_PrometheusRule.js", "validate884"],
  "monitoring.coreos.com/v1/ServiceMonitor": ["./kinds/monitoring.coreos.com_v1_ServiceMonitor.js", "validate892"],
  "networking.istio.io/v1/DestinationRule": ["./kinds/networking.istio.io_v1_DestinationRule.js", "validate931"],
  "networking.istio.io/v1/VirtualService": ["./kinds/networking.istio.io_v1_VirtualService.js", "validate982"],
  "networking.istio.io/v1beta1/DestinationRule": ["./kinds/networking.istio.io_v1beta1_DestinationRule.js", "validate1053"],
  "networking.istio.io/v1beta1/VirtualService": ["./kinds/networking.istio.io_v1beta1_VirtualService.js", "validate1056"],
  "networking.k8s.io/v1/Ingress": ["./kinds/networking.k8s.io_v1_Ingress.js", "validate401"],
  "networking.k8s.io/v1/IngressClass": ["./kinds/networking.k8s.io_v1_IngressClass.js", "validate421"],
  "networking.k8s.io/v1/NetworkPolicy": ["./kinds/networking.k8s.io_v1_NetworkPolicy.js", "validate427"],
  "node.k8s.io/v1/RuntimeClass": ["./kinds/node.k8s.io_v1_RuntimeClass.js", "validate446"],
  "policy/v1/PodDisruptionBudget": ["./kinds/policy_v1_PodDisruptionBudget.js", "validate453"],
  "rbac.authorization.k8s.io/v1/ClusterRole": ["./kinds/rbac.authorization.k8s.io_v1_ClusterRole.js", "validate458"],
  "rbac.authorization.k8s.io/v1/ClusterRoleBinding": ["./kinds/rbac.authorization.k8s.io_v1_ClusterRoleBinding.js", "validate465"],
  "rbac.authorization.k8s.io/v1/Role": ["./kinds/rbac.authorization.k8s.io_v1_Role.js", "validate471"],
  "rbac.authorization.k8s.io/v1/RoleBinding": ["./kinds/rbac.authorization.k8s.io_v1_RoleBinding.js", "validate474"],
  "scheduling.k8s.io/v1/PriorityClass": ["./kinds/scheduling.k8s.io_v1_PriorityClass.js", "validate478"],
  "security.istio.io/v1/PeerAuthentication": ["./kinds/security.istio.io_v1_PeerAuthentication.js", "validate1059"],
  "security.istio.io/v1beta1/PeerAuthentication": ["./kinds/security.istio.io_v1beta1_PeerAuthentication.js", "validate1067"],
  "source.toolkit.fluxcd.io/v1/GitRepository": ["./kinds/source.toolkit.fluxcd.io_v1_GitRepository.js", "validate1070"],
  "storage.k8s.io/v1/StorageClass": ["./kinds/storage.k8s.io_v1_StorageClass.js", "validate480"],
  "v1/ConfigMap": ["./kinds/v1_ConfigMap.js", "validate486"],
  "v1/Endpoints": ["./kinds/v1_Endpoints.js", "validate488"],
  "v1/LimitRange": ["./kinds/v1_LimitRange.js", "validate499"],
  "v1/Namespace": ["./kinds/v1_Namespace.js", "validate505"],
  "v1/PersistentVolume": ["./kinds/v1_PersistentVolume.js", "validate509"],
  "v1/PersistentVolumeClaim": ["./kinds/v1_PersistentVolumeClaim.js", "validate563"],
  "v1/Pod": ["./kinds/v1_Pod.js", "validate566"],
  "v1/ResourceQuota": ["./kinds/v1_ResourceQuota.js", "validate569"],
  "v1/Secret": ["./kinds/v1_Secret.js", "validate577"],
  "v1/Service": ["./kinds/v1_Service.js", "validate579"],
  "v1/ServiceAccount": ["./kinds/v1_ServiceAccount.js", "validate589"],
  "velero.io/v1/Restore": ["./kinds/velero.io_v1_Restore.js", "validate1084"],
  "velero.io/v1/Schedule": ["./kinds/velero.io_v1_Schedule.js", "validate1096"],
};
const loaded = {};
for (const [key, [file, name]] of Object.entries(kinds)) {
  Object.defineProperty(exports, key, { enumerable: true, get: () => (loaded[key] ??= require(file)[name]) });
}
