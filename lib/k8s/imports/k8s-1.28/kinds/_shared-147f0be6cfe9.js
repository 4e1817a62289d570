/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators that 7 kinds share: external-secrets.io/v1beta1/ExternalSecret, networking.istio.io/v1/DestinationRule, networking.istio.io/v1/VirtualService, networking.istio.io/v1beta1/DestinationRule, networking.istio.io/v1beta1/VirtualService, velero.io/v1/Restore, velero.io/v1/Schedule.
"use strict";
const pattern23 = new RegExp("^([+-]?0|[+-]?(([0-9]+(\\.[0-9]*)?|\\.[0-9]+)(ns|us|\u00b5s|\u03bcs|ms|s|m|h))+)$", "u");
module.exports = {pattern23};
