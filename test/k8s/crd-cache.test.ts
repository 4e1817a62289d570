/**
 * The CRD cache (lib/k8s/_crd-cache.ts) as the CLI sets it (lib/cli/_compile-cache.ts's crdCacheIn): a CRD file's
 * YAML kept as JSON and its schemas' validators as ajv standalone modules, found again by what they were made from,
 * and validating exactly as a fresh compile does.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { crdCacheIn } from '../../lib/cli/_compile-cache';
import { isJsonValue, useCrdCache } from '../../lib/k8s/_crd-cache';
import { CustomResourceSchemas } from '../../lib/k8s/custom-resources';
import { validateSchema } from '../../lib/k8s/schema';

const GADGET_CRD = `
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: gadgets.example.com }
spec:
  group: example.com
  names: { kind: Gadget, plural: gadgets }
  scope: Namespaced
  versions:
    - name: v1
      served: true
      storage: true
      schema:
        openAPIV3Schema:
          type: object
          properties:
            spec:
              type: object
              required: [size]
              properties:
                size: { type: integer, minimum: 1, maximum: 10, exclusiveMaximum: true }
                since: { type: string, format: date-time }
                tags: { type: array, uniqueItems: true, items: { type: string, pattern: '^[a-z]+$' } }
`;

const gadget = (spec: Record<string, unknown>) => ({ apiVersion: 'example.com/v1', kind: 'Gadget', metadata: { name: 'g' }, spec });
const BAD = gadget({ size: 10, since: 'yesterday', tags: ['a', 'a', 'B'], colour: 'red' });
const EXPECTED_FINDINGS = [
  { pointer: '/spec/colour', message: "unknown field 'colour' (example.com/v1 Gadget spec has no such field)" },
  { pointer: '/spec/since', message: "must be an RFC 3339 date-time (e.g. '2024-01-31T12:00:00Z'), got 'yesterday'" },
  { pointer: '/spec/size', message: 'must be < 10, got 10' },
  { pointer: '/spec/tags', message: 'must not repeat an item (items 1 and 0 are equal)' },
  { pointer: '/spec/tags/2', message: "must be a string matching /^[a-z]+$/, got 'B'" },
];

describe('the CRD cache', () => {
  let dir: string;
  beforeEach(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprints-crd-cache-'));
  });
  afterEach(() => {
    useCrdCache(undefined);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const entries = (suffix: string) => fs.readdirSync(dir).filter((f) => f.endsWith(suffix));

  test('keeps the parsed YAML and the compiled validator, and validates from them as a fresh compile does', () => {
    // GIVEN: the findings without any cache
    const fresh = validateSchema(BAD, [CustomResourceSchemas.fromYaml(GADGET_CRD)]);

    // WHEN: a first run writes the cache, a second reads it
    useCrdCache(crdCacheIn(dir));
    const first = validateSchema(BAD, [CustomResourceSchemas.fromYaml(GADGET_CRD)]);
    const written = fs.readdirSync(dir).sort();
    const second = validateSchema(BAD, [CustomResourceSchemas.fromYaml(GADGET_CRD)]);
    const valid = validateSchema(gadget({ size: 9, since: '2024-01-31T12:00:00Z', tags: ['a', 'b'] }), [CustomResourceSchemas.fromYaml(GADGET_CRD)]);

    // THEN
    expect(fresh).toEqual(EXPECTED_FINDINGS);
    expect(first).toEqual(EXPECTED_FINDINGS);
    expect(second).toEqual(EXPECTED_FINDINGS);
    expect(valid).toEqual([]);
    expect(written.filter((f) => f.endsWith('.json'))).toHaveLength(1);
    expect(written.filter((f) => f.endsWith('.module.js'))).toHaveLength(1);
    expect(written.every((f) => /^[0-9a-f]{40}\.(json|module\.js)$/.test(f))).toBe(true);
  });

  test('what is kept is what runs: the cached validator', () => {
    // GIVEN: a cache made by one run, then its validator replaced by one that fails everything
    useCrdCache(crdCacheIn(dir));
    CustomResourceSchemas.fromYaml(GADGET_CRD);
    fs.writeFileSync(path.join(dir, entries('.module.js')[0]),
      'module.exports = { default: function v() { v.errors = [{ instancePath: "", schemaPath: "#", keyword: "marker", params: {} }]; return false; } };\n');

    // WHEN
    const findings = validateSchema(gadget({ size: 1 }), [CustomResourceSchemas.fromYaml(GADGET_CRD)]);

    // THEN
    expect(findings).toEqual([{ pointer: '', message: "fails the schema's 'marker' check ({})" }]);
  });

  test('what is kept is what runs: the cached documents', () => {
    // GIVEN: a cache made by one run, then its documents edited
    useCrdCache(crdCacheIn(dir));
    CustomResourceSchemas.fromYaml(GADGET_CRD);
    const file = path.join(dir, entries('.json')[0]);
    const docs = JSON.parse(fs.readFileSync(file, 'utf8'));
    docs[0].spec.names.kind = 'Renamed';
    fs.writeFileSync(file, JSON.stringify(docs));

    // WHEN
    const crds = CustomResourceSchemas.fromYaml(GADGET_CRD);

    // THEN
    expect(crds.kinds).toEqual(['example.com/v1/Renamed']);
  });

  test('a changed schema is compiled afresh, under a new entry', () => {
    // GIVEN
    useCrdCache(crdCacheIn(dir));
    CustomResourceSchemas.fromYaml(GADGET_CRD);

    // WHEN: the limit moves from 10 to 20
    const changed = GADGET_CRD.replace('maximum: 10', 'maximum: 20');
    const findings = validateSchema(BAD, [CustomResourceSchemas.fromYaml(changed)]);

    // THEN
    expect(findings.filter((f) => f.pointer === '/spec/size')).toEqual([]);
    expect(entries('.module.js')).toHaveLength(2);
    expect(entries('.json')).toHaveLength(2);
  });

  test('YAML that is not valid is an error as before, and nothing is kept', () => {
    useCrdCache(crdCacheIn(dir));
    expect(() => CustomResourceSchemas.fromYaml('a: [1, 2\n', 'crds/broken.yaml')).toThrow(/^'crds' \(crds\/broken\.yaml\) document 1 is not valid YAML: /);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('without a cache nothing is written', () => {
    CustomResourceSchemas.fromYaml(GADGET_CRD);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  test('only what JSON keeps as it is goes to the cache as JSON', () => {
    expect(isJsonValue([{ a: 'b', n: 1.5, t: true, z: null, list: [1, 'x'] }])).toBe(true);
    expect(isJsonValue({ n: Infinity })).toBe(false);
    expect(isJsonValue({ n: NaN })).toBe(false);
    expect(isJsonValue({ d: new Date(0) })).toBe(false);
    expect(isJsonValue({ m: new Map() })).toBe(false);
    expect(isJsonValue({ u: undefined })).toBe(false);
  });
});
