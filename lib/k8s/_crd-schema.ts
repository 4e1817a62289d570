/**
 * A user's CustomResourceDefinition (apiextensions.k8s.io/v1) as a JSON schema ajv checks at synth: its
 * `openAPIV3Schema` (a structural schema, the OpenAPI 3.0 subset Kubernetes accepts) turned into ajv's dialect the
 * way the API server reads it. Private to lib/k8s: `CustomResourceSchemas` is the public face.
 *
 * - An object schema that lists `properties` is closed, unless it has `x-kubernetes-preserve-unknown-fields: true` or
 *   `additionalProperties`: the API server prunes unknown fields and `kubectl apply` (server-side field validation,
 *   `--validate=strict`, the default since kubectl 1.27) rejects them.
 * - `nullable: true` admits null; `x-kubernetes-int-or-string: true` an integer or a string; OpenAPI 3.0's boolean
 *   `exclusiveMinimum`/`exclusiveMaximum` become draft-07's numeric ones.
 * - `metadata` is the API server's (ObjectMeta): only its type is checked here. CEL rules
 *   (`x-kubernetes-validations`) are not evaluated: the API server checks them when the object is applied.
 */
import type Ajv from 'ajv';
import type { ErrorObject, ValidateFunction } from 'ajv';
import { entryName } from '../values/_entry-name';
import { crdCache } from './_crd-cache';
import { PATTERNS } from './imports/crds/_dsl';

type Node = Record<string, any>;

/** Keywords kept as they are (after their sub-schemas are converted). */
const PLAIN = ['enum', 'pattern', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'uniqueItems', 'multipleOf', 'minProperties', 'maxProperties', 'required'];

/**
 * The ajv schema of one openAPIV3Schema node; `prefix` + `where` label closed objects in messages
 * (`cert-manager.io/v1 Certificate ` + `spec.issuerRef`).
 */
export function toJsonSchema(node: Node, where: string, prefix = ''): Node {
  if (node === null || typeof node !== 'object' || Array.isArray(node)) return {};
  const out: Node = {};
  for (const key of PLAIN) if (node[key] !== undefined) out[key] = node[key];
  if (node.type !== undefined) out.type = node.type;
  if (typeof node.format === 'string' && FORMATS[node.format] !== undefined) out.format = node.format;
  if (node['x-kubernetes-int-or-string'] === true) {
    out.type = ['integer', 'string'];
  }
  if (typeof node.exclusiveMinimum === 'boolean' && node.exclusiveMinimum && typeof node.minimum === 'number') {
    out.exclusiveMinimum = node.minimum;
    delete out.minimum;
  }
  if (typeof node.exclusiveMaximum === 'boolean' && node.exclusiveMaximum && typeof node.maximum === 'number') {
    out.exclusiveMaximum = node.maximum;
    delete out.maximum;
  }
  const preserve = node['x-kubernetes-preserve-unknown-fields'] === true;
  if (node.properties && typeof node.properties === 'object') {
    out.properties = {};
    for (const key of Object.keys(node.properties)) out.properties[key] = toJsonSchema(node.properties[key], where ? `${where}.${key}` : key, prefix);
  }
  if (node.additionalProperties !== undefined) {
    out.additionalProperties = typeof node.additionalProperties === 'object' ? toJsonSchema(node.additionalProperties, `${where}.*`, prefix) : node.additionalProperties;
  } else if (out.properties && !preserve) {
    out.additionalProperties = false;
    out['x-where'] = `${prefix}${where}`.trim();
  }
  if (node.items !== undefined) out.items = toJsonSchema(node.items, `${where}[]`, prefix);
  for (const key of ['allOf', 'anyOf', 'oneOf'] as const) {
    // In structural schemas these only add value validations; their nodes never declare types or fields of their own.
    if (Array.isArray(node[key])) out[key] = node[key].map((n: Node) => withoutClosing(toJsonSchema(n, where, prefix)));
  }
  if (node.not !== undefined) out.not = withoutClosing(toJsonSchema(node.not, where, prefix));
  if (node.nullable === true && out.type !== undefined) {
    out.type = [...(Array.isArray(out.type) ? out.type : [out.type]), 'null'];
    if (out.enum) out.enum = [...out.enum, null];
  }
  return out;
}

/** A value-validation branch (`anyOf`, `not`…) must not close the object the main schema describes. */
function withoutClosing(node: Node): Node {
  const { additionalProperties, ['x-where']: _where, ...rest } = node;
  return additionalProperties === false ? rest : node;
}

/** The root schema of a custom resource of `apiVersion`/`kind`: the CRD's, with the type fields and metadata every object has. */
export function rootSchema(openApi: Node, apiVersion: string, kind: string): Node {
  const schema = toJsonSchema(openApi, '', `${apiVersion} ${kind} `);
  schema.type ??= 'object';
  schema.properties = {
    ...(schema.properties ?? {}),
    apiVersion: { type: 'string', const: apiVersion },
    kind: { type: 'string', const: kind },
    metadata: { type: 'object' },
  };
  schema.required = [...new Set(['apiVersion', 'kind', ...(schema.required ?? [])])];
  return schema;
}

/** The formats Kubernetes' apiextensions validation knows that a string can be checked for offline; the rest pass. */
const FORMATS: Record<string, RegExp | true> = {
  'date-time': new RegExp(PATTERNS.dateTime),
  'date': /^\d{4}-\d{2}-\d{2}$/,
  'byte': new RegExp(PATTERNS.base64),
  'duration': new RegExp(PATTERNS.goDuration),
  'int32': true, 'int64': true, 'float': true, 'double': true, 'password': true,
  'uri': /^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s]*$/,
  'email': /^[^\s@]+@[^\s@]+$/,
  'hostname': /^(?=.{1,253}$)[a-zA-Z0-9]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?(\.[a-zA-Z0-9]([-a-zA-Z0-9]{0,61}[a-zA-Z0-9])?)*$/,
  'ipv4': /^((25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/,
  'ipv6': /^[0-9a-fA-F:.]+$/,
  'cidr': /^[0-9a-fA-F:.]+\/\d{1,3}$/,
  'uuid': /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/,
};

/** What each checked format means, for messages. */
export const FORMAT_DESCRIPTIONS: Readonly<Record<string, string>> = {
  'date-time': "an RFC 3339 date-time (e.g. '2024-01-31T12:00:00Z')",
  'date': "a date (e.g. '2024-01-31')",
  'byte': 'base64-encoded data',
  'duration': "a duration (e.g. '30s', '1h0m0s')",
  'uri': "a URI (e.g. 'https://example.com')",
  'email': 'an e-mail address',
  'hostname': 'a host name',
  'ipv4': 'an IPv4 address',
  'ipv6': 'an IPv6 address',
  'cidr': "a CIDR (e.g. '10.0.0.0/8')",
  'uuid': 'a UUID',
};

let ajv: Ajv | undefined;
const AJV_OPTIONS = { allErrors: true, strict: false, verbose: true, unicodeRegExp: false } as const;

/**
 * Compiles a root schema (throws ajv's error for a schema it cannot compile). With a CRD cache (the CLI's), a schema
 * compiled before is loaded as the standalone module ajv wrote for it, and ajv itself is not even loaded.
 */
export function compileCrd(schema: Node): ValidateFunction {
  const cache = crdCache();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const key = cache && entryName('ajv', (require('ajv/package.json') as { version: string }).version, JSON.stringify(AJV_OPTIONS), JSON.stringify(FORMATS, (_k, v) => (v instanceof RegExp ? String(v) : v)), JSON.stringify(schema));
  if (cache && key) {
    const cached = cache.loadModule(key, require) as { default?: ValidateFunction } | undefined;
    if (cached?.default) return cached.default;
  }
  if (!ajv) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { default: AjvClass } = require('ajv') as typeof import('ajv');
    // strict: false: structural schemas may carry keywords ajv does not know (x-where is ours, a label for messages).
    // code.source: kept with the validator, for the standalone module a cache keeps.
    ajv = new AjvClass({ ...AJV_OPTIONS, code: { source: true } });
    ajv.addKeyword({ keyword: 'x-where', schemaType: 'string' });
    for (const [name, format] of Object.entries(FORMATS)) ajv.addFormat(name, format);
  }
  const validate = ajv.compile(schema);
  if (cache && key) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { default: standaloneCode } = require('ajv/dist/standalone') as typeof import('ajv/dist/standalone');
    cache.writeModule(key, standaloneCode(ajv, validate));
  }
  return validate;
}

export type CrdError = ErrorObject;
