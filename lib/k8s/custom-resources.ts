import type { ValidateFunction } from 'ajv';
import { BlueprintError } from '../values/_errors';
import { entryName } from '../values/_entry-name';
import { crdCache, isJsonValue } from './_crd-cache';
import type * as crdSchema from './_crd-schema';

/** One served version of a user's CRD: the kind the gate checks, and its validator. */
interface CustomResourceKind {
  readonly apiVersion: string;
  readonly kind: string;
  readonly validate: ValidateFunction;
}

/**
 * The schemas of your own CustomResourceDefinitions (apiextensions.k8s.io/v1), so that the validation gate checks
 * objects of those kinds against their `openAPIV3Schema` — unknown fields, types, required fields, enums, patterns,
 * formats, ranges — instead of rejecting them as "not a known CRD kind". Every served version counts.
 *
 * Give them to the app: `new BlueprintApp({ crdFiles: ['crds/certificates.yaml'] })` reads the files at synth, or
 * `new BlueprintApp({ crds: [CustomResourceSchemas.fromYaml(text)] })` takes them from wherever you have them
 * (a cdk8s-imported package's CRD file, a string). CEL rules (`x-kubernetes-validations`) are left to the API server.
 *
 * @example CustomResourceSchemas.fromYaml(fs.readFileSync('crds/cert-manager.crds.yaml', 'utf8'), 'crds/cert-manager.crds.yaml')
 * @see https://kubernetes.io/docs/tasks/extend-kubernetes/custom-resources/custom-resource-definitions/#specifying-a-structural-schema
 */
export class CustomResourceSchemas {
  /**
   * The CRDs of a YAML stream (one or more documents, e.g. a release's `crds.yaml`); documents of other kinds are
   * an error, empty ones are skipped. `source` names the text in messages.
   */
  public static fromYaml(text: string, source = 'the CRD YAML'): CustomResourceSchemas {
    const objects = parseCrdYaml(text, source);
    if (objects.length === 0) throw new BlueprintError(`'crds' (${source}) holds no CustomResourceDefinition`);
    return new CustomResourceSchemas(source, objects.flatMap((o, i) => kindsOf(o, `${source}${objects.length > 1 ? ` document ${i + 1}` : ''}`)));
  }

  /** One CRD as a parsed object (e.g. from JSON), named `source` in messages. */
  public static fromObject(crd: unknown, source = 'the CRD object'): CustomResourceSchemas {
    return new CustomResourceSchemas(source, kindsOf(crd, source));
  }

  /** Where the schemas come from, for messages. */
  public readonly source: string;
  private readonly byKey: ReadonlyMap<string, CustomResourceKind>;

  private constructor(source: string, kinds: CustomResourceKind[]) {
    this.source = source;
    this.byKey = new Map(kinds.map((k) => [`${k.apiVersion}/${k.kind}`, k]));
  }

  /** `<group>/<version>/<kind>` of every served version, sorted. */
  public get kinds(): string[] {
    return [...this.byKey.keys()].sort();
  }

  /** The validator of a kind, when these CRDs define it (library-internal: the gate's schema check uses it). */
  public validatorFor(apiVersion: string, kind: string): ValidateFunction | undefined {
    return this.byKey.get(`${apiVersion}/${kind}`)?.validate;
  }
}

/** The documents of a CRD YAML stream that are not empty; kept in the CRD cache (the CLI's) when JSON holds them. */
function parseCrdYaml(text: string, source: string): unknown[] {
  const cache = crdCache();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const key = cache && entryName('yaml', (require('yaml/package.json') as { version: string }).version, text);
  const cached = cache && key ? cache.readJson(key) : undefined;
  if (Array.isArray(cached)) return cached;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { parseAllDocuments } = require('yaml') as typeof import('yaml');
  const objects: unknown[] = [];
  parseAllDocuments(text).forEach((doc, i) => {
    if (doc.errors.length > 0) throw new BlueprintError(`'crds' (${source}) document ${i + 1} is not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    const value = doc.toJS();
    if (value !== null && value !== undefined) objects.push(value);
  });
  if (cache && key && isJsonValue(objects)) cache.writeJson(key, objects);
  return objects;
}

function kindsOf(crd: unknown, source: string): CustomResourceKind[] {
  const fail = (why: string) => new BlueprintError(`'crds' (${source}) ${why}`);
  const o = crd as Record<string, any>;
  if (o === null || typeof o !== 'object' || Array.isArray(o)) throw fail('is not a CustomResourceDefinition object');
  if (o.kind !== 'CustomResourceDefinition' || o.apiVersion !== 'apiextensions.k8s.io/v1') {
    throw fail(`is ${o.apiVersion ?? '(no apiVersion)'} ${o.kind ?? '(no kind)'}, not an apiextensions.k8s.io/v1 CustomResourceDefinition`);
  }
  const name = o.metadata?.name ?? '(unnamed)';
  const group = o.spec?.group;
  const kind = o.spec?.names?.kind;
  if (typeof group !== 'string' || group === '' || typeof kind !== 'string' || kind === '') {
    throw fail(`CustomResourceDefinition '${name}' has no spec.group or spec.names.kind`);
  }
  const versions: any[] = Array.isArray(o.spec?.versions) ? o.spec.versions : [];
  const served = versions.filter((v) => v?.served !== false);
  if (served.length === 0) throw fail(`CustomResourceDefinition '${name}' serves no version`);
  return served.map((v) => {
    const apiVersion = `${group}/${v.name}`;
    const openApi = v.schema?.openAPIV3Schema;
    if (!openApi || typeof openApi !== 'object') {
      throw fail(`CustomResourceDefinition '${name}' version '${v.name}' has no schema.openAPIV3Schema (required in apiextensions.k8s.io/v1)`);
    }
    let validate: ValidateFunction;
    try {
      // Loaded on first use: only an app with a custom resource compiles a CRD's schema.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { compileCrd, rootSchema } = require('./_crd-schema') as typeof crdSchema;
      validate = compileCrd(rootSchema(openApi, apiVersion, kind));
    } catch (e) {
      throw fail(`CustomResourceDefinition '${name}' version '${v.name}': its openAPIV3Schema cannot be compiled (${(e as Error).message})`);
    }
    return { apiVersion, kind, validate };
  });
}
