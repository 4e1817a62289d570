/**
 * gen-k8s-schema — builds the offline, strict Kubernetes 1.28 schema validator used by the validation gate.
 *
 *   npm run gen:schema               regenerate every file under lib/k8s/imports/k8s-1.28/
 *   npm run gen:schema -- --check    exit 1 if the committed files differ from a fresh generation (writes nothing)
 *
 * Sources, read at generation time only (the output needs nothing but `ajv` at run time):
 * - cdk8s-plus-28's lib/imports/k8s.d.ts, generated from the Kubernetes 1.28 OpenAPI spec: the kinds and their
 *   apiVersions, every type's fields (JSON names from the `@schema` tags, cross-checked against the `toJson_*`
 *   functions of k8s.js), field types, and required fields (non-optional properties). Every object is closed.
 * - kubernetes-models 4.5.1 (Kubernetes 1.33), by probing its precompiled validators with wrong values: enums,
 *   integer vs. number, int32, `byte` (base64) and `date-time` formats, and which kinds have a `status`.
 *   Only fields that exist in 1.28 are probed, so 1.33-only fields never reach the schema (enum values added after
 *   1.28 would be accepted).
 * - lib/k8s/imports/crds: the hand-written CRD schemas.
 *
 * Output (lib/k8s/imports/k8s-1.28/):
 * - validators.js (+ .d.ts): one validate function per compiled kind, keyed `<apiVersion>/<kind>`, each required on
 *   first use from kinds/: ajv standalone code split by the kinds that reach each part (scripts/_split-validators.ts).
 * - catalog.ts: every (apiVersion, kind) pair 1.28 serves, the compiled kinds, the CRD kinds, pattern descriptions
 *   for messages and the digest of the CRD schemas the validators were built from.
 */
import * as fs from 'fs';
import { createRequire } from 'module';
import * as path from 'path';
import Ajv, { _, KeywordCxt, Name } from 'ajv';
import { not, or, stringify } from 'ajv/dist/compile/codegen';
import standaloneCode from 'ajv/dist/standalone';
import * as ts from 'typescript';
import * as dsl from '../lib/k8s/imports/crds/_dsl';
import { escapeNonAscii, positionalPaths, splitValidators } from './_split-validators';
import { CRD_SCHEMAS, crdSchemaDigest } from '../lib/k8s/imports/crds';

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, 'lib/k8s/imports/k8s-1.28');
const rootRequire = createRequire(path.join(ROOT, 'package.json'));
const K8S_DTS = rootRequire.resolve('cdk8s-plus-28/lib/imports/k8s.d.ts');
const K8S_JS = rootRequire.resolve('cdk8s-plus-28/lib/imports/k8s.js');
const HEADER_LINES = [
  'GENERATED FILE - DO NOT EDIT BY HAND.',
  'Regenerate with `npm run gen:schema` (scripts/gen-k8s-schema.ts); `npm run gen:schema -- --check` verifies it.',
  `Sources: cdk8s-plus-28@${pkgVersion('cdk8s-plus-28')} lib/imports/k8s.d.ts (Kubernetes 1.28), ` +
    `kubernetes-models@${pkgVersion('kubernetes-models')} (enums/formats), lib/k8s/imports/crds (CRDs).`,
];

/**
 * The built-in kinds compiled into validators.js: what a deployment library plausibly emits. Every other kind that
 * 1.28 serves is still listed in catalog.ts, so objects of those kinds get "served, but no bundled schema".
 */
const COMPILED_KINDS: readonly string[] = [
  'v1/ConfigMap', 'v1/Endpoints', 'v1/LimitRange', 'v1/Namespace', 'v1/PersistentVolume', 'v1/PersistentVolumeClaim',
  'v1/Pod', 'v1/ResourceQuota', 'v1/Secret', 'v1/Service', 'v1/ServiceAccount',
  'apps/v1/DaemonSet', 'apps/v1/Deployment', 'apps/v1/ReplicaSet', 'apps/v1/StatefulSet',
  'batch/v1/CronJob', 'batch/v1/Job',
  'autoscaling/v1/HorizontalPodAutoscaler', 'autoscaling/v2/HorizontalPodAutoscaler',
  'policy/v1/PodDisruptionBudget',
  'networking.k8s.io/v1/Ingress', 'networking.k8s.io/v1/IngressClass', 'networking.k8s.io/v1/NetworkPolicy',
  'rbac.authorization.k8s.io/v1/ClusterRole', 'rbac.authorization.k8s.io/v1/ClusterRoleBinding',
  'rbac.authorization.k8s.io/v1/Role', 'rbac.authorization.k8s.io/v1/RoleBinding',
  'scheduling.k8s.io/v1/PriorityClass',
  'storage.k8s.io/v1/StorageClass',
  'node.k8s.io/v1/RuntimeClass',
  'admissionregistration.k8s.io/v1/MutatingWebhookConfiguration',
  'admissionregistration.k8s.io/v1/ValidatingWebhookConfiguration',
];

/**
 * Fields the 1.28 OpenAPI spec (and so k8s.d.ts) marks required although the API server does not require them
 * (upstream schema bugs, fixed in later releases). Listed as `<definition>#<field>`.
 */
const NOT_REQUIRED = new Set([
  // A rule has `onExitCodes` or `onPodConditions`; in 1.28 the Go field lacked `omitempty` (fixed upstream later).
  'io.k8s.api.batch.v1.PodFailurePolicyRule#onPodConditions',
]);

// ---- 1. Structure from k8s.d.ts -----------------------------------------------------------------------------------

/** A field type as k8s.d.ts declares it, before enums/formats are known. */
type FieldType =
  | { t: 'string' | 'number' | 'boolean' | 'any' | 'quantity' | 'intOrString' | 'date' }
  | { t: 'enum'; values: string[] }
  | { t: 'ref'; def: string }
  | { t: 'array' | 'map'; of: FieldType };

interface Field { json: string; required: boolean; type: FieldType }
interface Definition { name: string; fields: Field[] }
interface Kind { apiVersion: string; kind: string; def: string }

interface DtsModel {
  /** By OpenAPI definition name (`io.k8s.api.apps.v1.DeploymentSpec`). */
  definitions: Map<string, Definition>;
  /** By `<apiVersion>/<kind>`, sorted. */
  kinds: Map<string, Kind>;
}

function parseDts(): DtsModel {
  const text = fs.readFileSync(K8S_DTS, 'utf8');
  const js = fs.readFileSync(K8S_JS, 'utf8');
  const sf = ts.createSourceFile(K8S_DTS, text, ts.ScriptTarget.ES2022, true);
  const jsonNames = parseToJsonNames(js);
  const gvks = new Map<string, { apiVersion: string; kind: string }>();
  for (const m of js.matchAll(/^(\w+)\.GVK = \{\s*apiVersion: '([^']+)',\s*kind: '([^']+)',/gm)) {
    gvks.set(m[1], { apiVersion: m[2], kind: m[3] });
  }

  const interfaces = new Map<string, ts.InterfaceDeclaration>();
  const enums = new Map<string, string[]>();
  const classProps = new Map<string, string>(); // KubeDeployment -> KubeDeploymentProps
  for (const st of sf.statements) {
    if (ts.isInterfaceDeclaration(st)) interfaces.set(st.name.text, st);
    else if (ts.isEnumDeclaration(st)) {
      enums.set(st.name.text, st.members.map((m) => (m.initializer as ts.StringLiteral).text));
    } else if (ts.isClassDeclaration(st) && st.name && gvks.has(st.name.text)) {
      const ctor = st.members.find(ts.isConstructorDeclaration);
      const propsType = ctor?.parameters[2]?.type;
      if (!propsType || !ts.isTypeReferenceNode(propsType)) throw new Error(`${st.name.text}: no props type`);
      classProps.set(st.name.text, propsType.typeName.getText(sf));
    }
  }

  const defNameOf = (iface: ts.InterfaceDeclaration): string => {
    const tag = schemaTag(iface);
    if (!tag) throw new Error(`interface ${iface.name.text} has no @schema tag`);
    return tag;
  };
  const convert = (node: ts.TypeNode, where: string): FieldType => {
    switch (node.kind) {
      case ts.SyntaxKind.StringKeyword: return { t: 'string' };
      case ts.SyntaxKind.NumberKeyword: return { t: 'number' };
      case ts.SyntaxKind.BooleanKeyword: return { t: 'boolean' };
      case ts.SyntaxKind.AnyKeyword: return { t: 'any' };
    }
    if (ts.isArrayTypeNode(node)) return { t: 'array', of: convert(node.elementType, where) };
    if (ts.isTypeLiteralNode(node) && node.members.length === 1 && ts.isIndexSignatureDeclaration(node.members[0])) {
      return { t: 'map', of: convert(node.members[0].type, where) };
    }
    if (ts.isTypeReferenceNode(node)) {
      const name = node.typeName.getText(sf);
      if (name === 'Quantity') return { t: 'quantity' };
      if (name === 'IntOrString') return { t: 'intOrString' };
      if (name === 'Date') return { t: 'date' };
      const values = enums.get(name);
      if (values) return { t: 'enum', values };
      const iface = interfaces.get(name);
      if (iface) return { t: 'ref', def: defNameOf(iface) };
    }
    throw new Error(`${where}: unsupported type '${node.getText(sf)}'`);
  };

  const definitions = new Map<string, Definition>();
  let crossChecked = 0;
  let fieldCount = 0;
  for (const [tsName, iface] of interfaces) {
    const name = defNameOf(iface);
    if (definitions.has(name)) throw new Error(`two interfaces for definition ${name}`);
    const fields: Field[] = [];
    for (const member of iface.members) {
      if (!ts.isPropertySignature(member) || !member.type) throw new Error(`${tsName}: unexpected member`);
      const tsProp = member.name.getText(sf);
      const tag = schemaTag(member);
      const json = tag?.slice(tag.indexOf('#') + 1) ?? jsonNames.get(tsName)?.get(tsProp);
      if (!json) throw new Error(`${tsName}.${tsProp}: no JSON name`);
      const fromToJson = jsonNames.get(tsName)?.get(tsProp);
      if (fromToJson !== undefined && fromToJson !== json) {
        throw new Error(`${tsName}.${tsProp}: @schema says '${json}', toJson_${tsName} says '${fromToJson}'`);
      }
      if (fromToJson !== undefined) crossChecked++;
      const required = !member.questionToken && !NOT_REQUIRED.has(`${name}#${json}`);
      fields.push({ json, required, type: convert(member.type, `${tsName}.${tsProp}`) });
    }
    fieldCount += fields.length;
    definitions.set(name, { name, fields });
  }
  // Every field must have been checked against its toJson_* function: catches a change of k8s.js's layout.
  if (crossChecked !== fieldCount) throw new Error(`only ${crossChecked} of ${fieldCount} fields found in toJson_* functions`);

  const kinds = new Map<string, Kind>();
  for (const [cls, gvk] of [...gvks].sort(([a], [b]) => byCodeUnits(a, b))) {
    const props = interfaces.get(classProps.get(cls) ?? '');
    if (!props) throw new Error(`${cls}: props interface not found`);
    kinds.set(`${gvk.apiVersion}/${gvk.kind}`, { ...gvk, def: defNameOf(props) });
  }
  return { definitions, kinds: new Map([...kinds].sort(([a], [b]) => byCodeUnits(a, b))) };
}

/** The `@schema` JSDoc tag of a node (`io.k8s.api.apps.v1.DeploymentSpec` or `...DeploymentSpec#replicas`). */
function schemaTag(node: ts.Node): string | undefined {
  for (const tag of ts.getJSDocTags(node)) {
    if (tag.tagName.text === 'schema') return ts.getTextOfJSDocComment(tag.comment)?.trim();
  }
  return undefined;
}

/** `toJson_X` functions of k8s.js: interface name -> (TS property -> JSON field name). */
function parseToJsonNames(js: string): Map<string, Map<string, string>> {
  const result = new Map<string, Map<string, string>>();
  for (const fn of js.matchAll(/^function toJson_(\w+)\(obj\) \{[\s\S]*?const result = \{\n([\s\S]*?)\n {4}\};/gm)) {
    const names = new Map<string, string>();
    for (const line of fn[2].matchAll(/^ {8}'([^']+)': .*?\bobj\.(\w+)/gm)) names.set(line[2], line[1]);
    result.set(fn[1], names);
  }
  return result;
}

// ---- 2. Enums and formats from kubernetes-models ----------------------------------------------------------------

interface ProbeError { instancePath: string; keyword: string; params: Record<string, unknown> }
type ProbeValidate = ((data: unknown) => boolean) & { errors?: ProbeError[] | null };

/** What probing found about a leaf (string/number) of a field. */
interface LeafInfo { jsonType?: string; enum?: string[]; format?: string }

class ModelProbe {
  private readonly modules = new Map<string, string>(); // normalized definition name -> module path
  private readonly loaded = new Map<string, ProbeValidate | null>();
  readonly unknownFormats = new Set<string>();
  probedFields = 0;
  /** Leaves 1.33 does not know (`<definition>#<field>`): typed from k8s.d.ts alone. */
  readonly unprobed = new Set<string>();

  constructor() {
    const kmRequire = createRequire(rootRequire.resolve('kubernetes-models/package.json'));
    for (const pkg of ['kubernetes-models', '@kubernetes-models/apimachinery']) {
      const dir = path.join(path.dirname(kmRequire.resolve(`${pkg}/package.json`)), '_schemas');
      for (const file of fs.readdirSync(dir).sort()) {
        if (file.endsWith('.js')) this.modules.set(normalize(file.slice(0, -3)), path.join(dir, file));
      }
    }
  }

  private validator(def: string): ProbeValidate | null {
    const key = normalize(def);
    if (!this.loaded.has(key)) {
      const file = this.modules.get(key);
      this.loaded.set(key, file ? (rootRequire(file) as { validate: ProbeValidate }).validate : null);
    }
    return this.loaded.get(key) ?? null;
  }

  private errorsAt(validate: ProbeValidate, data: unknown, pointer: string): ProbeError[] {
    validate(data);
    return (validate.errors ?? []).filter((e) => e.instancePath === pointer);
  }

  /** Probes a string/number leaf of `def.json` (inside an array or map if `wrap` is given). */
  leaf(def: string, json: string, wrap: 'array' | 'map' | undefined): LeafInfo {
    const validate = this.validator(def);
    if (!validate) {
      this.unprobed.add(`${def}#${json}`);
      return {};
    }
    const pointer = `/${escapePointer(json)}${wrap === 'array' ? '/0' : wrap === 'map' ? '/k' : ''}`;
    const at = (value: unknown) => {
      const wrapped = wrap === 'array' ? [value] : wrap === 'map' ? { k: value } : value;
      return this.errorsAt(validate, { [json]: wrapped }, pointer);
    };
    const typeError = at({}).find((e) => e.keyword === 'type');
    if (!typeError) {
      this.unprobed.add(`${def}#${json}`); // a field 1.33 does not have: nothing to learn
      return {};
    }
    this.probedFields++;
    const info: LeafInfo = { jsonType: String(typeError.params.type) };
    const errors = info.jsonType === 'string' ? at('\u0007probe') : info.jsonType === 'integer' ? at(2 ** 31) : [];
    for (const e of errors) {
      if (e.keyword === 'enum') info.enum = (e.params.allowedValues as string[]).map(String);
      if (e.keyword === 'format') info.format = String(e.params.format);
    }
    return info;
  }

  /** Whether kubernetes-models knows a `status` field on this kind's definition. */
  hasStatus(def: string): boolean {
    const validate = this.validator(def);
    return !!validate && this.errorsAt(validate, { status: 5 }, '/status').length > 0;
  }
}

/** Locale-independent string order (keeps the output byte-identical on every machine). */
const byCodeUnits = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const normalize = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const escapePointer = (s: string) => s.replace(/~/g, '~0').replace(/\//g, '~1');

// ---- 3. JSON schema ------------------------------------------------------------------------------------------------

const shortName = (def: string) => def.slice(def.lastIndexOf('.') + 1);

function fieldSchema(probe: ModelProbe, def: string, field: Field): dsl.JsonSchema {
  const leaf = (type: FieldType, wrap: 'array' | 'map' | undefined): dsl.JsonSchema => {
    switch (type.t) {
      case 'string': {
        const info = probe.leaf(def, field.json, wrap);
        if (info.enum) return { type: 'string', enum: [...info.enum].sort() };
        if (info.format === 'byte') return dsl.base64();
        if (info.format === 'date-time') return dsl.dateTime();
        if (info.format) probe.unknownFormats.add(`string/${info.format}`);
        return dsl.string();
      }
      case 'number': {
        const info = probe.leaf(def, field.json, wrap);
        if (info.jsonType === 'integer') return info.format === 'int32' ? dsl.int32() : dsl.int64();
        return dsl.double(); // 'number' (double) or not probeable: accept any number
      }
      case 'boolean': return dsl.boolean();
      case 'any': return dsl.anyValue();
      case 'quantity': return dsl.quantity();
      case 'intOrString': return dsl.intOrString();
      case 'date':
        // kubectl-generated manifests carry `creationTimestamp: null`; the API server accepts it.
        return def.endsWith('.ObjectMeta') && field.json === 'creationTimestamp'
          ? { type: ['string', 'null'], pattern: dsl.PATTERNS.dateTime }
          : dsl.dateTime();
      case 'enum': return { type: 'string', enum: [...type.values].sort() };
      case 'ref': return dsl.k8sRef(type.def);
      case 'array':
      case 'map': {
        if (wrap) throw new Error(`${def}.${field.json}: nested collections are not supported`);
        const items = leaf(type.of, type.t);
        return type.t === 'array' ? { type: 'array', items } : dsl.mapOf(items);
      }
    }
  };
  return leaf(field.type, undefined);
}

function buildDefinitions(model: DtsModel, probe: ModelProbe, roots: Iterable<string>) {
  const kindByDef = new Map([...model.kinds.values()].map((k) => [k.def, k]));
  const out: Record<string, dsl.JsonSchema> = {};
  const queue = [...roots];
  const seen = new Set(queue);
  const visit = (type: FieldType) => {
    if (type.t === 'ref' && !seen.has(type.def)) {
      seen.add(type.def);
      queue.push(type.def);
    } else if (type.t === 'array' || type.t === 'map') visit(type.of);
  };
  while (queue.length) {
    const name = queue.shift()!;
    const def = model.definitions.get(name);
    if (!def) throw new Error(`definition ${name} not found`);
    const props: Record<string, dsl.JsonSchema> = {};
    for (const field of def.fields) {
      visit(field.type);
      props[field.json] = fieldSchema(probe, name, field);
    }
    const kind = kindByDef.get(name);
    if (kind) {
      props.apiVersion = { type: 'string', const: kind.apiVersion };
      props.kind = { type: 'string', const: kind.kind };
      if (probe.hasStatus(name)) props.status = dsl.openObject();
    }
    const required = def.fields.filter((f) => f.required).map((f) => f.json).sort();
    out[name] = dsl.object(`Kubernetes 1.28 ${shortName(name)}`, props, { required });
  }
  return Object.fromEntries(Object.entries(out).sort(([a], [b]) => byCodeUnits(a, b)));
}

/** `k8s#/definitions/<name>` references inside the CRD schemas. */
function crdK8sRefs(): string[] {
  const refs = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      for (const [key, value] of Object.entries(node)) {
        if (key === '$ref' && typeof value === 'string') refs.add(value.replace(/^k8s#\/definitions\//, ''));
        else walk(value);
      }
    }
  };
  CRD_SCHEMAS.forEach((c) => walk(c.schema));
  return [...refs].sort();
}

// ---- 4. ajv standalone code ---------------------------------------------------------------------------------------

/** From how many fields a closed type's unknown-field check asks a Set (measured: 6 is as fast as any other bound). */
const CLOSED_SET_MIN_FIELDS = 6;

/** ajv with the two custom keywords of lib/k8s/imports/crds/_dsl.ts, generating standalone code. */
function createAjv(): Ajv {
  const ajv = new Ajv({
    allErrors: true,
    strict: true,
    strictRequired: false,
    allowUnionTypes: true,
    messages: false, // lib/validation/_k8s-schema.ts writes the messages
    // Every referenced type is a function of its own, none inlined into the types that use it: V8 compiles a function
    // the first time it runs, so an app compiles only the types its objects hold (a PodSpec's validator no longer
    // carries the code of every small type a pod may name), and the modules are smaller (1.75 -> 1.43 MB). Measured
    // at 1,000 WebServices: the gate's schema check 47 -> 41 ms, cold, where most of the time is compiling and
    // running validators V8 has not optimized yet.
    inlineRefs: false,
    code: { source: true, lines: true },
  });
  ajv.addKeyword({
    keyword: 'k8sClosed',
    type: 'object',
    schemaType: 'string',
    error: { message: 'unknown field', params: ({ params }) => _`{field: ${params.field}, type: ${params.type}}` },
    code(cxt: KeywordCxt) {
      const { gen, data, parentSchema, schema } = cxt;
      const known = Object.keys((parentSchema.properties ?? {}) as object);
      // A type of many fields (a PodSpec has 40) asks a Set of its field names (a module-level constant, objN), not a
      // chain of comparisons: the gate runs these loops mostly before V8 optimizes them, and a chain costs up to one
      // comparison per field for every key of every object. Few fields: the chain is as cheap and needs no constant.
      const knownSet = known.length >= CLOSED_SET_MIN_FIELDS ? gen.scopeValue('obj', { ref: new Set(known), code: _`new Set(${stringify(known)})` }) : undefined;
      gen.forIn('key', data, (key: Name) => {
        const isKnown = knownSet ? _`${knownSet}.has(${key})` : known.length ? or(...known.map((p) => _`${key} === ${p}`)) : _`false`;
        gen.if(not(isKnown), () => {
          cxt.setParams({ field: key, type: _`${schema as string}` });
          cxt.error();
        });
      });
    },
  });
  ajv.addKeyword({
    keyword: 'k8sExclusive',
    type: 'object',
    schemaType: 'array',
    error: { message: 'mutually exclusive fields', params: ({ params }) => _`{fields: ${params.fields}}` },
    code(cxt: KeywordCxt) {
      const { gen, data } = cxt;
      for (const group of cxt.schema as string[][]) {
        const count = group.map((f) => _`(${data}[${f}] !== undefined)`).reduce((a, b) => _`${a} + ${b}`);
        gen.if(_`${count} > 1`, () => {
          cxt.setParams({ fields: stringify(group) });
          cxt.error();
        });
      }
    },
  });
  return ajv;
}

const crdDefName = (apiVersion: string, kind: string) => `crd ${apiVersion} ${kind}`;

/**
 * Moves every closed object type nested in the CRD schemas into a shared definition (`crd-type <label>`), so ajv
 * compiles each type once (e.g. Istio's TrafficPolicy, used by DestinationRule v1 and v1beta1 and by its subsets)
 * instead of inlining it everywhere. Identical types share one definition.
 */
function hoistCrdTypes(): Record<string, dsl.JsonSchema> {
  const defs: Record<string, dsl.JsonSchema> = {};
  const byContent = new Map<string, string>();
  const hoist = (node: unknown, isRoot: boolean): unknown => {
    if (Array.isArray(node)) return node.map((n) => hoist(n, false));
    if (!node || typeof node !== 'object') return node;
    const copy: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      copy[key] = key === 'enum' || key === 'required' || key === 'k8sExclusive' ? value : hoist(value, false);
    }
    if (isRoot || typeof copy.k8sClosed !== 'string') return copy;
    const content = JSON.stringify(copy);
    let name = byContent.get(content);
    if (!name) {
      name = `crd-type ${copy.k8sClosed}`;
      for (let n = 2; defs[name]; n++) name = `crd-type ${copy.k8sClosed} (${n})`;
      defs[name] = copy;
      byContent.set(content, name);
    }
    return dsl.k8sRef(escapePointer(name));
  };
  for (const c of CRD_SCHEMAS) defs[crdDefName(c.apiVersion, c.kind)] = hoist(c.schema, true) as dsl.JsonSchema;
  return defs;
}

function compile(definitions: Record<string, dsl.JsonSchema>, compiled: Map<string, Kind>): string {
  const crdDefs = hoistCrdTypes();
  const ajv = createAjv();
  ajv.addSchema({ $id: 'k8s', definitions: { ...definitions, ...crdDefs } });
  const exportsMap: Record<string, string> = {};
  for (const [key, kind] of compiled) exportsMap[key] = `k8s#/definitions/${escapePointer(kind.def)}`;
  for (const c of CRD_SCHEMAS) {
    exportsMap[`${c.apiVersion}/${c.kind}`] = `k8s#/definitions/${escapePointer(crdDefName(c.apiVersion, c.kind))}`;
  }
  return positionalPaths(standaloneCode(ajv, exportsMap));
}

// ---- 5. Files ------------------------------------------------------------------------------------------------------

function generate(): Map<string, string> {
  const model = parseDts();
  const probe = new ModelProbe();
  const compiled = new Map<string, Kind>();
  for (const key of [...COMPILED_KINDS].sort()) {
    const kind = model.kinds.get(key);
    if (!kind) throw new Error(`COMPILED_KINDS: ${key} is not served by Kubernetes 1.28`);
    compiled.set(key, kind);
  }
  const crdKeys = CRD_SCHEMAS.map((c) => `${c.apiVersion}/${c.kind}`);
  for (const key of crdKeys) if (model.kinds.has(key)) throw new Error(`CRD ${key} clashes with a built-in kind`);

  const definitions = buildDefinitions(model, probe, [...[...compiled.values()].map((k) => k.def), ...crdK8sRefs()]);
  const code = compile(definitions, compiled);
  const comment = (prefix: string) => HEADER_LINES.map((l) => `${prefix}${l}`).join('\n');
  const files = new Map<string, string>();

  const split = splitValidators(code, `/*\n${comment(' * ')}\n *\n * ajv standalone validators (Kubernetes 1.28 + CRDs), keyed '<apiVersion>/<kind>'.\n */`);
  files.set('validators.js', split.index);
  for (const [name, content] of split.modules) files.set(`kinds/${name}`, content);
  files.set(
    'validators.d.ts',
    `/*\n${comment(' * ')}\n */\n` +
      `declare namespace validators {\n` +
      `  /** An ajv error; the custom keywords are \`k8sClosed\` (params: field, type) and \`k8sExclusive\` (params: fields). */\n` +
      `  interface SchemaError {\n    instancePath: string;\n    schemaPath: string;\n    keyword: string;\n    params: Record<string, any>;\n  }\n` +
      `  /** Returns true when valid; otherwise \`errors\` holds every problem (allErrors). */\n` +
      `  interface CompiledValidator {\n    (data: unknown): boolean;\n    errors?: SchemaError[] | null;\n  }\n}\n` +
      `/** One validator per compiled kind, keyed '<apiVersion>/<kind>', e.g. 'apps/v1/Deployment'. */\n` +
      `declare const validators: { readonly [apiVersionAndKind: string]: validators.CompiledValidator | undefined };\n` +
      `export = validators;\n`,
  );

  const list = (items: string[]) => `[\n${items.map((i) => `  ${JSON.stringify(i)},`).join('\n')}\n]`;
  files.set(
    'catalog.ts',
    `/*\n${comment(' * ')}\n */\n\n` +
      `/** Every '<apiVersion>/<kind>' the Kubernetes 1.28 API serves (${model.kinds.size} kinds, from cdk8s-plus-28). */\n` +
      `export const SERVED_KINDS: readonly string[] = ${list([...model.kinds.keys()])};\n\n` +
      `/** The served kinds validators.js can check. */\n` +
      `export const COMPILED_KINDS: readonly string[] = ${list([...compiled.keys()])};\n\n` +
      `/** The CRD kinds validators.js can check (schemas in lib/k8s/imports/crds). */\n` +
      `export const CRD_KINDS: readonly string[] = ${list([...crdKeys].sort())};\n\n` +
      `/** sha256 of the CRD schemas validators.js was compiled from (\`crdSchemaDigest()\` of lib/k8s/imports/crds). */\n` +
      `export const CRD_SCHEMA_DIGEST = ${JSON.stringify(crdSchemaDigest())};\n\n` +
      `/** What the \`pattern\`s of the schemas mean, for messages. */\n` +
      `export const PATTERN_DESCRIPTIONS: Readonly<Record<string, string>> = ${escapeNonAscii(JSON.stringify(dsl.PATTERN_DESCRIPTIONS, null, 2))};\n`,
  );

  log(
    `${model.kinds.size} served kinds, ${compiled.size} compiled + ${crdKeys.length} CRD kinds, ` +
      `${Object.keys(definitions).length} definitions; probed ${probe.probedFields} fields against kubernetes-models ` +
      `(not probeable: ${[...probe.unprobed].sort().join(', ') || 'none'})` +
      (probe.unknownFormats.size ? `; ignored formats: ${[...probe.unknownFormats].sort().join(', ')}` : ''),
  );
  return files;
}

function main(): void {
  const started = process.hrtime.bigint();
  const check = process.argv.includes('--check');
  const files = generate();
  const stale: string[] = [];
  for (const [name, content] of files) {
    const file = path.join(OUT_DIR, name);
    const current = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : undefined;
    if (current === content) continue;
    stale.push(path.relative(ROOT, file));
    if (!check) {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, content);
    }
  }
  const present = fs.existsSync(OUT_DIR) ? (fs.readdirSync(OUT_DIR, { recursive: true }) as string[]).filter((f) => fs.statSync(path.join(OUT_DIR, f)).isFile()) : [];
  const extra = present.filter((f) => !files.has(f.split(path.sep).join('/')));
  // kinds/ holds nothing but generated modules: one no longer generated (a kind or a shared part gone) is removed
  const removed = check ? [] : extra.filter((f) => f.startsWith(`kinds${path.sep}`));
  for (const f of removed) fs.rmSync(path.join(OUT_DIR, f));
  const ms = Number((process.hrtime.bigint() - started) / 1_000_000n);
  const bytes = [...files.values()].reduce((n, c) => n + Buffer.byteLength(c), 0);
  if (check) {
    if (stale.length || extra.length) {
      log(`out of date: ${[...stale, ...extra.map((f) => `${path.relative(ROOT, path.join(OUT_DIR, f))} (not generated)`)].join(', ')} — run \`npm run gen:schema\``);
      process.exitCode = 1;
    } else log(`up to date (${ms} ms)`);
    return;
  }
  const unknown = extra.filter((f) => !removed.includes(f));
  if (unknown.length) log(`warning: files not produced by the generator in ${path.relative(ROOT, OUT_DIR)}: ${unknown.join(', ')}`);
  const changed = [...stale.filter((f) => !f.includes('/kinds/')), ...(stale.some((f) => f.includes('/kinds/')) ? [`${stale.filter((f) => f.includes('/kinds/')).length} modules in kinds/`] : []), ...(removed.length ? [`removed ${removed.length} from kinds/`] : [])];
  log(`${changed.length ? `wrote ${changed.join(', ')}` : 'no changes'} (${files.size} files, ${(bytes / 1024).toFixed(0)} KiB, ${ms} ms)`);
}

function pkgVersion(name: string): string {
  return (rootRequire(`${name}/package.json`) as { version: string }).version;
}

function log(message: string): void {
  process.stderr.write(`gen-k8s-schema: ${message}\n`);
}

main();
