/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators that 5 kinds share: gateway.networking.k8s.io/v1/HTTPRoute, kustomize.toolkit.fluxcd.io/v1/Kustomization, kyverno.io/v1/Policy, monitoring.coreos.com/v1/PrometheusRule, monitoring.coreos.com/v1/ServiceMonitor.
"use strict";
const func2 = require("ajv/dist/runtime/ucs2length").default;
module.exports = {func2};
