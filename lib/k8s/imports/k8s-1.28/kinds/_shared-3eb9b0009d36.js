/*
 * GENERATED FILE - DO NOT EDIT BY HAND.
 * Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.
 * Sources: cdk8s-plus-28@2.5.6 lib/imports/k8s.d.ts (Kubernetes 1.28), kubernetes-models@4.5.1 (enums/formats), lib/k8s/imports/crds (CRDs).
 *
 * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.
 */
// The validators that 2 kinds share: kustomize.toolkit.fluxcd.io/v1/Kustomization, source.toolkit.fluxcd.io/v1/GitRepository.
"use strict";
const pattern67 = new RegExp("^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$", "u");
module.exports = {pattern67};
