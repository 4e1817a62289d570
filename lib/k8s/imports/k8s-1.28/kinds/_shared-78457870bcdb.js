/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators that 4 kinds share: admissionregistration.k8s.io/v1/MutatingWebhookConfiguration, admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration, v1/ConfigMap, v1/Secret.
"use strict";
const pattern3 = new RegExp("^([A-Za-z0-9+/]{4})*([A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$", "u");
module.exports = {pattern3};
