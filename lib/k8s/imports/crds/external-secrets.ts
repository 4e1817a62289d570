/**
 * Strict schemas for External Secrets Operator (ESO 0.9/0.10): `external-secrets.io/v1beta1` ExternalSecret
 * (`ExternalSecretSpec`, from external-secrets' apis/externalsecrets/v1beta1 types) and the
 * `generators.external-secrets.io/v1alpha1` Password generator (`PasswordSpec`, from
 * apis/generators/v1alpha1/types_password.go), written by hand.
 */
import { arrayOf, boolean, crd, CrdSchema, duration, enumOf, int64, JsonSchema, object, string, stringMap } from './_dsl';

const E = (name: string) => `ExternalSecret ${name}`;

const conversionStrategy = () => enumOf('Default', 'Unicode');
const decodingStrategy = () => enumOf('Auto', 'Base64', 'Base64URL', 'None');
const metadataPolicy = () => enumOf('None', 'Fetch');

const storeRef = (): JsonSchema =>
  object(E('SecretStoreRef'), { name: string(), kind: enumOf('SecretStore', 'ClusterSecretStore') }, { required: ['name'] });

const generatorRef = (): JsonSchema =>
  object(E('GeneratorRef'), { apiVersion: string(), kind: string(), name: string() }, { required: ['kind', 'name'] });

/** `data[].sourceRef` (StoreSourceRef: a store, or the deprecated, unimplemented generatorRef). */
const sourceRef = (): JsonSchema => object(E('StoreSourceRef'), { storeRef: storeRef(), generatorRef: generatorRef() });

/** `dataFrom[].sourceRef` (StoreGeneratorSourceRef: a store or a generator, at most one). */
const generatorSourceRef = (): JsonSchema =>
  object(E('StoreGeneratorSourceRef'), { storeRef: storeRef(), generatorRef: generatorRef() }, { exclusive: [['storeRef', 'generatorRef']] });

const templateRef = (label: string): JsonSchema =>
  object(
    E(label),
    {
      name: string(),
      items: arrayOf(
        object(
          E('TemplateRefItem'),
          { key: string(), templateAs: enumOf('Values', 'KeysAndValues') },
          { required: ['key'] },
        ),
      ),
    },
    { required: ['name', 'items'] },
  );

const template = (): JsonSchema =>
  object(E('ExternalSecretTemplate'), {
    type: string(),
    immutable: boolean(),
    engineVersion: enumOf('v1', 'v2'),
    metadata: object(E('ExternalSecretTemplateMetadata'), { annotations: stringMap(), labels: stringMap() }),
    mergePolicy: enumOf('Replace', 'Merge'),
    data: stringMap(),
    templateFrom: arrayOf(
      object(E('TemplateFrom'), {
        configMap: templateRef('TemplateFrom.configMap'),
        secret: templateRef('TemplateFrom.secret'),
        target: enumOf('Data', 'Annotations', 'Labels'),
        literal: string(),
      }),
    ),
  });

const dataRemoteRef = (): JsonSchema =>
  object(
    E('ExternalSecretDataRemoteRef'),
    {
      key: string(),
      property: string(),
      version: string(),
      metadataPolicy: metadataPolicy(),
      conversionStrategy: conversionStrategy(),
      decodingStrategy: decodingStrategy(),
    },
    { required: ['key'] },
  );

const dataFrom = (): JsonSchema =>
  object(E('ExternalSecretDataFromRemoteRef'), {
    extract: dataRemoteRef(),
    find: object(E('ExternalSecretFind'), {
      path: string(),
      name: object(E('FindName'), { regexp: string() }),
      tags: stringMap(),
      conversionStrategy: conversionStrategy(),
      decodingStrategy: decodingStrategy(),
    }),
    rewrite: arrayOf(
      object(E('ExternalSecretRewrite'), {
        regexp: object(E('ExternalSecretRewriteRegexp'), { source: string(), target: string() }, {
          required: ['source', 'target'],
        }),
        transform: object(E('ExternalSecretRewriteTransform'), { template: string() }, { required: ['template'] }),
      }),
    ),
    sourceRef: generatorSourceRef(),
  });

const externalSecretSpec = (): JsonSchema =>
  object(E('ExternalSecretSpec'), {
    secretStoreRef: storeRef(),
    target: object(E('ExternalSecretTarget'), {
      name: string(),
      creationPolicy: enumOf('Owner', 'Orphan', 'Merge', 'None'),
      deletionPolicy: enumOf('Delete', 'Merge', 'Retain'),
      template: template(),
      immutable: boolean(),
    }),
    refreshInterval: duration(),
    data: arrayOf(
      object(
        E('ExternalSecretData'),
        { secretKey: string(), remoteRef: dataRemoteRef(), sourceRef: sourceRef() },
        { required: ['secretKey', 'remoteRef'] },
      ),
    ),
    dataFrom: arrayOf(dataFrom()),
  });

/**
 * `PasswordSpec`: length (default 24), digits and symbols (default a quarter of the length each), the symbol set,
 * noUpper and allowRepeat (default false). The CRD marks length, noUpper and allowRepeat required but gives each a
 * default, which the API server fills in before it validates: none is required here. (`encoding` came after 0.10.)
 */
const passwordSpec = (): JsonSchema =>
  object('Password PasswordSpec', {
    length: int64(),
    digits: int64(),
    symbols: int64(),
    symbolCharacters: string(),
    noUpper: boolean(),
    allowRepeat: boolean(),
  });

export const EXTERNAL_SECRETS_CRDS: readonly CrdSchema[] = [
  crd('external-secrets.io/v1beta1', 'ExternalSecret', externalSecretSpec(), { specRequired: true }),
  crd('generators.external-secrets.io/v1alpha1', 'Password', passwordSpec()),
];
