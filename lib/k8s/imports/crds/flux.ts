/**
 * Strict schemas for Flux `kustomize.toolkit.fluxcd.io/v1` Kustomization and `source.toolkit.fluxcd.io/v1`
 * GitRepository, written by hand from the CRDs as @kubernetes-models/flux-cd 2.3.4 publishes them (its types and
 * validators, generated from the CRDs' openAPIV3Schema): types, required fields, enums, the duration and URL patterns
 * and name lengths, every object closed. The cross-check in test/k8s/imports/crds/gitops-crds.test.ts runs the
 * model's own validators on the same objects.
 */
import { arrayOf, boolean, crd, CrdSchema, enumOf, JsonSchema, object, string, stringMap } from './_dsl';

const F = (name: string) => `Flux ${name}`;
/** Flux's metav1.Duration pattern (`^([0-9]+(\.[0-9]+)?(ms|s|m|h))+$`). */
const fluxDuration = (): JsonSchema => ({ type: 'string', pattern: '^([0-9]+(\\.[0-9]+)?(ms|s|m|h))+$' });
/** GitRepository's timeout: no hours. */
const fluxTimeout = (): JsonSchema => ({ type: 'string', pattern: '^([0-9]+(\\.[0-9]+)?(ms|s|m))+$' });
const localRef = (label: string): JsonSchema => object(F(label), { name: string() }, { required: ['name'] });
const bounded = (min: number, max: number): JsonSchema => ({ type: 'string', minLength: min, maxLength: max });

const selector = (): JsonSchema => object(F('Selector'), {
  annotationSelector: string(), group: string(), kind: string(), labelSelector: string(), name: string(), namespace: string(), version: string(),
});

const kustomizationSpec = (): JsonSchema => object(F('KustomizationSpec'), {
  commonMetadata: object(F('CommonMetadata'), { annotations: stringMap(), labels: stringMap() }),
  components: arrayOf(string()),
  decryption: object(F('Decryption'), { provider: enumOf('sops'), secretRef: localRef('LocalObjectReference') }, { required: ['provider'] }),
  dependsOn: arrayOf(object(F('NamespacedObjectReference'), { name: string(), namespace: string() }, { required: ['name'] })),
  force: boolean(),
  healthChecks: arrayOf(object(F('NamespacedObjectKindReference'), { apiVersion: string(), kind: string(), name: string(), namespace: string() }, { required: ['kind', 'name'] })),
  images: arrayOf(object(F('Image'), { digest: string(), name: string(), newName: string(), newTag: string() }, { required: ['name'] })),
  interval: fluxDuration(),
  kubeConfig: object(F('KubeConfigReference'), {
    secretRef: object(F('SecretKeyReference'), { key: string(), name: string() }, { required: ['name'] }),
  }, { required: ['secretRef'] }),
  patches: arrayOf(object(F('Patch'), { patch: string(), target: selector() }, { required: ['patch'] })),
  path: string(),
  postBuild: object(F('PostBuild'), {
    substitute: stringMap(),
    substituteFrom: arrayOf(object(F('SubstituteReference'), { kind: enumOf('Secret', 'ConfigMap'), name: bounded(0, 253), optional: boolean() }, { required: ['kind', 'name'] })),
  }),
  prune: boolean(),
  retryInterval: fluxDuration(),
  serviceAccountName: string(),
  sourceRef: object(F('CrossNamespaceSourceReference'), {
    apiVersion: string(), kind: enumOf('OCIRepository', 'GitRepository', 'Bucket'), name: string(), namespace: string(),
  }, { required: ['kind', 'name'] }),
  suspend: boolean(),
  targetNamespace: bounded(1, 63),
  timeout: fluxDuration(),
  wait: boolean(),
}, { required: ['interval', 'prune', 'sourceRef'] });

const gitRepositorySpec = (): JsonSchema => object(F('GitRepositorySpec'), {
  ignore: string(),
  include: arrayOf(object(F('GitRepositoryInclude'), { fromPath: string(), repository: localRef('LocalObjectReference'), toPath: string() }, { required: ['repository'] })),
  interval: fluxDuration(),
  proxySecretRef: localRef('LocalObjectReference'),
  recurseSubmodules: boolean(),
  ref: object(F('GitRepositoryRef'), { branch: string(), commit: string(), name: string(), semver: string(), tag: string() }),
  secretRef: localRef('LocalObjectReference'),
  suspend: boolean(),
  timeout: fluxTimeout(),
  url: { type: 'string', pattern: '^(http|https|ssh)://.*$' },
  verify: object(F('GitRepositoryVerification'), { mode: enumOf('head', 'HEAD', 'Tag', 'TagAndHEAD'), secretRef: localRef('LocalObjectReference') }, { required: ['secretRef'] }),
}, { required: ['interval', 'url'] });

export const FLUX_CRDS: readonly CrdSchema[] = [
  crd('kustomize.toolkit.fluxcd.io/v1', 'Kustomization', kustomizationSpec()),
  crd('source.toolkit.fluxcd.io/v1', 'GitRepository', gitRepositorySpec()),
];
