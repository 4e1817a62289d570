/**
 * gen-crd-models — turns the CRD schemas of kubernetes-models' third-party packages into the strict schema dialect
 * of lib/k8s/imports/crds (see _dsl.ts), for kinds the library emits but whose schema is too large to write by hand.
 *
 *   npm run gen:crd-models               regenerate lib/k8s/imports/crds/{gateway-api,autoscaler}.ts
 *   npm run gen:crd-models -- --check    exit 1 if the committed files differ from a fresh generation
 *
 * Then `npm run gen:schema` compiles them into the gate's validators.
 *
 * Sources (devDependencies, read here only): `@kubernetes-models/gateway-api` 0.5.x and `@kubernetes-models/autoscaler`
 * 3.2.x, whose modules each hold the upstream CRD's openAPIV3Schema as a JSON schema literal (`const schema = {…};`).
 * The conversion keeps types, required fields, enums, patterns, lengths, item counts and integer ranges, and closes
 * every object that lists its properties (the API server's strict field validation rejects unknown fields):
 * `nullable` is dropped (the library never writes null), `{ anyOf: [integer, string] }` becomes an int-or-string,
 * `metadata` the Kubernetes ObjectMeta, and `status` stays free-form (controllers write it).
 */
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';

const ROOT = path.resolve(__dirname, '..');
const rootRequire = createRequire(path.join(ROOT, 'package.json'));

interface Source {
  readonly out: string;
  readonly constName: string;
  readonly pkg: string;
  readonly label: string;
  readonly doc: string;
  readonly kinds: readonly { readonly module: string; readonly apiVersion: string; readonly kind: string }[];
}

const SOURCES: readonly Source[] = [
  {
    out: 'lib/k8s/imports/crds/gateway-api.ts', constName: 'GATEWAY_API_CRDS', pkg: '@kubernetes-models/gateway-api', label: 'Gateway API',
    doc: 'Gateway API `gateway.networking.k8s.io/v1` HTTPRoute (the route `WebService.exposeViaGateway` emits; the Gateway it attaches to is a prerequisite, referenced and never emitted).',
    kinds: [{ module: 'gateway.networking.k8s.io/v1/HTTPRoute.js', apiVersion: 'gateway.networking.k8s.io/v1', kind: 'HTTPRoute' }],
  },
  {
    out: 'lib/k8s/imports/crds/autoscaler.ts', constName: 'AUTOSCALER_CRDS', pkg: '@kubernetes-models/autoscaler', label: 'VPA',
    doc: 'Kubernetes autoscaler `autoscaling.k8s.io/v1` VerticalPodAutoscaler (the recommender `rightSizing` emits).',
    kinds: [{ module: 'autoscaling.k8s.io/v1/VerticalPodAutoscaler.js', apiVersion: 'autoscaling.k8s.io/v1', kind: 'VerticalPodAutoscaler' }],
  },
];

type Node = Record<string, any>;

/** The JSON schema literal of a kubernetes-models module. */
function loadSchema(file: string): Node {
  const text = fs.readFileSync(file, 'utf8');
  const start = text.indexOf('const schema = ');
  const end = text.indexOf('};\n', start);
  if (start < 0 || end < 0) throw new Error(`${file}: no 'const schema = {…};' literal`);
  return JSON.parse(text.slice(start + 'const schema = '.length, end + 1));
}

const INT32 = { minimum: -2147483648, maximum: 2147483647 };

/** One node of the model's schema in the strict dialect; `where` names it in messages (`HTTPRoute spec.rules[]`). */
function convert(node: Node, where: string): Node {
  if (node.anyOf) {
    const types = node.anyOf.map((n: Node) => n.type).sort().join(',');
    if (types !== 'integer,string') throw new Error(`${where}: unsupported anyOf ${JSON.stringify(node.anyOf)}`);
    return { type: ['integer', 'string'], ...INT32, ...(node.pattern ? { pattern: node.pattern } : {}) };
  }
  if (node.oneOf || node.allOf || node.$ref) throw new Error(`${where}: unsupported ${JSON.stringify(node).slice(0, 200)}`);
  const out: Node = {};
  switch (node.type) {
    case 'object': {
      out.type = 'object';
      const props = Object.keys(node.properties ?? {});
      if (node.additionalProperties) {
        if (props.length) throw new Error(`${where}: both properties and additionalProperties`);
        out.additionalProperties = convert(node.additionalProperties, `${where}.*`);
      } else if (props.length) {
        out.properties = {};
        for (const key of props.sort()) out.properties[key] = convert(node.properties[key], where ? `${where}.${key}` : key);
        if (node.required?.length) out.required = [...node.required];
        out.k8sClosed = where;
      }
      break;
    }
    case 'array':
      out.type = 'array';
      out.items = convert(node.items ?? {}, `${where}[]`);
      break;
    case 'string':
    case 'boolean':
    case 'number':
      out.type = node.type;
      break;
    case 'integer':
      out.type = 'integer';
      if (node.format === 'int32') Object.assign(out, INT32);
      break;
    case undefined:
      return {};
    default:
      throw new Error(`${where}: unsupported type ${node.type}`);
  }
  for (const key of ['enum', 'pattern', 'minLength', 'maxLength', 'minItems', 'maxItems', 'minimum', 'maximum']) {
    if (node[key] !== undefined) out[key] = node[key];
  }
  return out;
}

function render(source: Source): string {
  const pkgDir = path.dirname(rootRequire.resolve(`${source.pkg}/package.json`));
  const version = JSON.parse(fs.readFileSync(path.join(pkgDir, 'package.json'), 'utf8')).version;
  const specs = source.kinds.map((k) => {
    const schema = loadSchema(path.join(pkgDir, k.module));
    const spec = convert(schema.properties.spec, `${source.label} ${k.kind} spec`);
    // The model's labels name the path; the root label is the kind's spec type.
    return { ...k, required: (schema.required ?? []).includes('spec'), spec };
  });
  const lines = [
    '/**',
    ' * GENERATED FILE — DO NOT EDIT BY HAND. Regenerate with `npm run gen:crd-models` (scripts/gen-crd-models.ts), then',
    ' * `npm run gen:schema`.',
    ` * ${source.doc}`,
    ` * Source: ${source.pkg}@${version} (${source.kinds.map((k) => k.module).join(', ')}), its CRD schema in the strict dialect of _dsl.ts.`,
    ' */',
    "import { crd, CrdSchema, JsonSchema } from './_dsl';",
    '',
    ...specs.map((s, i) => `const SPEC_${i}: JsonSchema = ${JSON.stringify(s.spec)};\n`),
    `export const ${source.constName}: readonly CrdSchema[] = [`,
    ...specs.map((s, i) => `  crd('${s.apiVersion}', '${s.kind}', SPEC_${i}, { specRequired: ${s.required} }),`),
    '];',
    '',
  ];
  return lines.join('\n');
}

const check = process.argv.includes('--check');
let stale = false;
for (const source of SOURCES) {
  const file = path.join(ROOT, source.out);
  const text = render(source);
  if (check) {
    if (!fs.existsSync(file) || fs.readFileSync(file, 'utf8') !== text) {
      process.stderr.write(`${source.out} is stale: run npm run gen:crd-models\n`);
      stale = true;
    }
  } else {
    fs.writeFileSync(file, text);
    process.stdout.write(`wrote ${source.out} (${text.length} bytes)\n`);
  }
}
if (stale) process.exit(1);
