/**
 * A strict schema for the Kyverno `kyverno.io/v1` Policy (Kyverno 1.11+ `Spec`, `Rule`, `MatchResources`,
 * `ImageVerification` and its attestors), written by hand from the field names and types of
 * `@kubernetes-models/kyverno` 2.0.0 (kyverno.io/v1/*.d.ts) and the ranges Kyverno's own policy validation enforces
 * (webhookTimeoutSeconds 1–30, rule names of at most 63 characters). The library emits image-verification policies,
 * so `verifyImages`, `match` and `exclude` are checked field by field; the other rule kinds (validate, mutate,
 * generate) and attestations only by their names.
 */
import { arrayOf, boolean, crd, CrdSchema, enumOf, JsonSchema, k8sRef, LABEL_SELECTOR, object, openObject, anyValue, string, stringMap } from './_dsl';

const K = (name: string) => `Kyverno ${name}`;

const strings = (): JsonSchema => arrayOf(string());

const rekor = (): JsonSchema => object(K('Rekor'), { url: string(), pubkey: string(), ignoreTlog: boolean() });
const ctlog = (): JsonSchema => object(K('CTLog'), { ignoreSCT: boolean(), pubkey: string(), tsaCertChain: string() });

const keylessAttestor = (): JsonSchema =>
  object(K('KeylessAttestor'), {
    issuer: string(), issuerRegExp: string(), subject: string(), subjectRegExp: string(), roots: string(),
    additionalExtensions: stringMap(), rekor: rekor(), ctlog: ctlog(),
  });

const staticKeyAttestor = (): JsonSchema =>
  object(K('StaticKeyAttestor'), {
    publicKeys: string(), kms: string(), signatureAlgorithm: string(),
    secret: object(K('SecretReference'), { name: string(), namespace: string() }, { required: ['name', 'namespace'] }),
    rekor: rekor(), ctlog: ctlog(),
  });

const attestor = (): JsonSchema =>
  object(K('Attestor'), {
    keys: staticKeyAttestor(), keyless: keylessAttestor(), certificates: openObject(), attestor: anyValue(),
    annotations: stringMap(), repository: string(), signatureAlgorithm: string(),
  }, { exclusive: [['keys', 'keyless', 'certificates', 'attestor']] });

const attestorSet = (): JsonSchema =>
  object(K('AttestorSet'), { count: { type: 'integer', minimum: 1 }, entries: arrayOf(attestor(), { minItems: 1 }) });

const imageVerification = (): JsonSchema =>
  object(K('ImageVerification'), {
    type: enumOf('Cosign', 'SigstoreBundle', 'Notary'),
    imageReferences: arrayOf(string(), { minItems: 1 }),
    skipImageReferences: strings(),
    attestors: arrayOf(attestorSet()),
    attestations: arrayOf(openObject()),
    annotations: stringMap(),
    repository: string(),
    required: boolean(),
    mutateDigest: boolean(),
    verifyDigest: boolean(),
    useCache: boolean(),
    cosignOCI11: boolean(),
    failureAction: enumOf('Audit', 'Enforce'),
    imageRegistryCredentials: object(K('ImageRegistryCredentials'), { allowInsecureRegistry: boolean(), providers: strings(), secrets: strings() }),
    validate: openObject(),
    // deprecated single-attestor fields, kept by Kyverno 1.11+ for older policies
    image: string(), key: string(), issuer: string(), subject: string(), roots: string(), additionalExtensions: stringMap(),
  });

const resourceDescription = (): JsonSchema =>
  object(K('ResourceDescription'), {
    kinds: strings(), name: string(), names: strings(), namespaces: strings(), annotations: stringMap(),
    selector: k8sRef(LABEL_SELECTOR), namespaceSelector: k8sRef(LABEL_SELECTOR),
    operations: arrayOf(enumOf('CREATE', 'CONNECT', 'UPDATE', 'DELETE')),
  });

const userInfo = {
  roles: strings(),
  clusterRoles: strings(),
  subjects: arrayOf(k8sRef('io.k8s.api.rbac.v1.Subject')),
};

const resourceFilter = (): JsonSchema => object(K('ResourceFilter'), { ...userInfo, resources: resourceDescription() });

const matchResources = (label: string): JsonSchema =>
  object(K(label), { ...userInfo, any: arrayOf(resourceFilter()), all: arrayOf(resourceFilter()), resources: resourceDescription() });

const rule = (): JsonSchema =>
  object(K('Rule'), {
    name: { type: 'string', minLength: 1, maxLength: 63 },
    match: matchResources('MatchResources'),
    exclude: matchResources('MatchResources'),
    context: arrayOf(openObject()),
    preconditions: anyValue(),
    celPreconditions: arrayOf(openObject()),
    imageExtractors: openObject(),
    reportProperties: stringMap(),
    skipBackgroundRequests: boolean(),
    validate: openObject(),
    mutate: openObject(),
    generate: openObject(),
    verifyImages: arrayOf(imageVerification()),
  }, { required: ['name', 'match'] });

const policySpec = (): JsonSchema =>
  object(K('Spec'), {
    admission: boolean(),
    applyRules: enumOf('All', 'One'),
    background: boolean(),
    emitWarning: boolean(),
    failurePolicy: enumOf('Ignore', 'Fail'),
    generateExisting: boolean(),
    generateExistingOnPolicyUpdate: boolean(),
    mutateExistingOnPolicyUpdate: boolean(),
    rules: arrayOf(rule(), { minItems: 1 }),
    schemaValidation: boolean(),
    useServerSideApply: boolean(),
    validationFailureAction: enumOf('Audit', 'Enforce', 'audit', 'enforce'),
    validationFailureActionOverrides: arrayOf(openObject()),
    webhookConfiguration: openObject(),
    webhookTimeoutSeconds: { type: 'integer', minimum: 1, maximum: 30 },
  }, { required: ['rules'] });

export const KYVERNO_CRDS: readonly CrdSchema[] = [
  crd('kyverno.io/v1', 'Policy', policySpec(), { specRequired: true }),
];
