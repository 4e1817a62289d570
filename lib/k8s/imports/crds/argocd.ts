/**
 * Strict schema for Argo CD `argoproj.io/v1alpha1` Application, written by hand from the Application CRD as
 * @kubernetes-models/argo-cd 2.7.2 publishes it (its types and validators, generated from the CRD's openAPIV3Schema):
 * the spec's fields with their types and required fields, every object closed. Multi-source (`sources`), Helm,
 * Kustomize, Jsonnet and plugin sources are included, so an Application a user writes by hand validates too; the
 * cross-check in test/k8s/imports/crds/gitops-crds.test.ts runs the model's own validator on the same objects.
 */
import { anyValue, arrayOf, boolean, crd, CrdSchema, int64, intOrString, JsonSchema, object, string, stringMap } from './_dsl';

const A = (name: string) => `Argo CD ${name}`;
const strings = () => arrayOf(string());
const nameValue = (label: string, extra: Record<string, JsonSchema> = {}) =>
  object(A(label), { name: string(), value: string(), ...extra }, { required: ['name', 'value'] });

const directory = (): JsonSchema => object(A('ApplicationSourceDirectory'), {
  recurse: boolean(),
  include: string(),
  exclude: string(),
  jsonnet: object(A('ApplicationSourceJsonnet'), {
    extVars: arrayOf(nameValue('JsonnetVar', { code: boolean() })),
    tlas: arrayOf(nameValue('JsonnetVar', { code: boolean() })),
    libs: strings(),
  }),
});

const helm = (): JsonSchema => object(A('ApplicationSourceHelm'), {
  apiVersions: strings(),
  fileParameters: arrayOf(object(A('HelmFileParameter'), { name: string(), path: string() })),
  ignoreMissingValueFiles: boolean(),
  kubeVersion: string(),
  namespace: string(),
  parameters: arrayOf(object(A('HelmParameter'), { forceString: boolean(), name: string(), value: string() })),
  passCredentials: boolean(),
  releaseName: string(),
  skipCrds: boolean(),
  skipSchemaValidation: boolean(),
  skipTests: boolean(),
  valueFiles: strings(),
  values: string(),
  valuesObject: anyValue(),
  version: string(),
});

const selector = (): JsonSchema => object(A('KustomizeSelector'), {
  annotationSelector: string(), group: string(), kind: string(), labelSelector: string(), name: string(), namespace: string(), version: string(),
});

const kustomize = (): JsonSchema => object(A('ApplicationSourceKustomize'), {
  apiVersions: strings(),
  commonAnnotations: stringMap(),
  commonAnnotationsEnvsubst: boolean(),
  commonLabels: stringMap(),
  components: strings(),
  forceCommonAnnotations: boolean(),
  forceCommonLabels: boolean(),
  images: strings(),
  kubeVersion: string(),
  labelWithoutSelector: boolean(),
  namePrefix: string(),
  nameSuffix: string(),
  namespace: string(),
  patches: arrayOf(object(A('KustomizePatch'), { options: { type: 'object', additionalProperties: boolean() }, patch: string(), path: string(), target: selector() })),
  replicas: arrayOf(object(A('KustomizeReplica'), { count: intOrString(), name: string() }, { required: ['count', 'name'] })),
  version: string(),
});

const plugin = (): JsonSchema => object(A('ApplicationSourcePlugin'), {
  env: arrayOf(nameValue('EnvEntry')),
  name: string(),
  parameters: arrayOf(object(A('ApplicationSourcePluginParameter'), { array: strings(), map: stringMap(), name: string(), string: string() })),
});

const source = (): JsonSchema => object(A('ApplicationSource'), {
  chart: string(),
  directory: directory(),
  helm: helm(),
  kustomize: kustomize(),
  name: string(),
  path: string(),
  plugin: plugin(),
  ref: string(),
  repoURL: string(),
  targetRevision: string(),
}, { required: ['repoURL'] });

const applicationSpec = (): JsonSchema => object(A('ApplicationSpec'), {
  destination: object(A('ApplicationDestination'), { name: string(), namespace: string(), server: string() }),
  ignoreDifferences: arrayOf(object(A('ResourceIgnoreDifferences'), {
    group: string(), jqPathExpressions: strings(), jsonPointers: strings(), kind: string(), managedFieldsManagers: strings(), name: string(), namespace: string(),
  }, { required: ['kind'] })),
  info: arrayOf(nameValue('Info')),
  project: string(),
  revisionHistoryLimit: int64(),
  source: source(),
  sources: arrayOf(source()),
  syncPolicy: object(A('SyncPolicy'), {
    automated: object(A('SyncPolicyAutomated'), { allowEmpty: boolean(), prune: boolean(), selfHeal: boolean() }),
    managedNamespaceMetadata: object(A('ManagedNamespaceMetadata'), { annotations: stringMap(), labels: stringMap() }),
    retry: object(A('RetryStrategy'), {
      backoff: object(A('Backoff'), { duration: string(), factor: int64(), maxDuration: string() }),
      limit: int64(),
    }),
    syncOptions: strings(),
  }),
}, { required: ['destination', 'project'] });

export const ARGO_CD_CRDS: readonly CrdSchema[] = [crd('argoproj.io/v1alpha1', 'Application', applicationSpec(), { specRequired: true })];
