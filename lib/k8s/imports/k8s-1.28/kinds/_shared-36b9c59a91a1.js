/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators that 13 kinds share: apps/v1/DaemonSet, apps/v1/Deployment, apps/v1/ReplicaSet, apps/v1/StatefulSet, autoscaling/v2/HorizontalPodAutoscaler, batch/v1/CronJob, batch/v1/Job, node.k8s.io/v1/RuntimeClass, v1/LimitRange, v1/PersistentVolume, v1/PersistentVolumeClaim, v1/Pod, v1/ResourceQuota.
"use strict";
const pattern4 = new RegExp("^[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(([KMGTPE]i)|[numkMGTPE]|[eE][+-]?[0-9]+)?$", "u");
module.exports = {pattern4};
