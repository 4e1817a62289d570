/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators that 8 kinds share: apps/v1/DaemonSet, apps/v1/Deployment, apps/v1/ReplicaSet, apps/v1/StatefulSet, batch/v1/CronJob, batch/v1/Job, node.k8s.io/v1/RuntimeClass, v1/Pod.
"use strict";
const schema92 = {"type":"object","properties":{"effect":{"type":"string","enum":["NoExecute","NoSchedule","PreferNoSchedule"]},"key":{"type":"string"},"operator":{"type":"string","enum":["Equal","Exists"]},"tolerationSeconds":{"type":"integer"},"value":{"type":"string"}},"k8sClosed":"Kubernetes 1.28 Toleration"};
module.exports = {schema92};
