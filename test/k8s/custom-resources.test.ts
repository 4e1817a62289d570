/**
 * Users' own CRDs (lib/k8s/custom-resources.ts, lib/k8s/_crd-schema.ts): a CustomResourceDefinition's
 * openAPIV3Schema checked by ajv as the API server reads it, through `validateSchema` as the gate calls it.
 */
import * as fs from 'fs';
import * as path from 'path';
import { BlueprintError } from '../../lib/values/_errors';
import { CustomResourceSchemas } from '../../lib/k8s/custom-resources';
import { validateSchema } from '../../lib/k8s/schema';

const WIDGET_CRD = `
apiVersion: apiextensions.k8s.io/v1
kind: CustomResourceDefinition
metadata: { name: widgets.example.com }
spec:
  group: example.com
  names: { kind: Widget, plural: widgets }
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
                port: { x-kubernetes-int-or-string: true }
                color: { type: string, enum: [red, blue], nullable: true }
                since: { type: string, format: date-time }
                owner: { type: string, format: email }
                labels: { type: object, additionalProperties: { type: string } }
                extra: { type: object, x-kubernetes-preserve-unknown-fields: true, properties: { known: { type: boolean } } }
                tags: { type: array, maxItems: 2, items: { type: string, pattern: '^[a-z]+$' } }
                mode: { type: string, anyOf: [{ enum: [fast] }, { enum: [slow] }] }
                rules:
                  type: array
                  x-kubernetes-validations: [{ rule: 'self.size() > 0' }]
                  items: { type: object, properties: { name: { type: string } } }
    - name: v1beta1
      served: false
      storage: false
      schema: { openAPIV3Schema: { type: object } }
`;

const widget = (spec: Record<string, unknown>, apiVersion = 'example.com/v1') => ({ apiVersion, kind: 'Widget', metadata: { name: 'w', namespace: 'shop' }, spec });

describe('CustomResourceSchemas.fromYaml', () => {
  const crds = [CustomResourceSchemas.fromYaml(WIDGET_CRD, 'crds/widgets.yaml')];

  test('lists the served versions only', () => {
    expect(crds[0].kinds).toEqual(['example.com/v1/Widget']);
    expect(crds[0].source).toEqual('crds/widgets.yaml');
  });

  test('a valid object passes: int-or-string, null where nullable, maps, preserved unknown fields, CEL rules left to the API server', () => {
    expect(validateSchema(widget({
      size: 9, port: 'http', color: null, since: '2024-01-31T12:00:00Z', owner: 'ops@example.com', labels: { a: 'b' },
      extra: { known: true, anything: { goes: 1 } }, tags: ['a', 'b'], mode: 'slow', rules: [],
    }), crds)).toEqual([]);
  });

  test('every problem with its field path, the value and the rule', () => {
    // GIVEN / WHEN
    const findings = validateSchema(widget({
      size: 10, port: 1.5, color: 'green', since: 'yesterday', owner: 'nobody', labels: { a: 1 }, extra: { known: 'yes' },
      tags: ['a', 'B', 'c'], mode: 'medium', rules: [{ name: 'x', nme: 'y' }], colour: 'red',
    }), crds);

    // THEN
    expect(findings).toEqual([
      { pointer: '/spec/color', message: "must be one of 'red', 'blue', null, got 'green'" },
      { pointer: '/spec/colour', message: "unknown field 'colour' (example.com/v1 Widget spec has no such field)" },
      { pointer: '/spec/extra/known', message: "must be a boolean, got 'yes'" },
      { pointer: '/spec/labels/a', message: 'must be a string, got 1' },
      { pointer: '/spec/mode', message: "must be one of 'fast', got 'medium'" },
      { pointer: '/spec/mode', message: "must be one of 'slow', got 'medium'" },
      { pointer: '/spec/mode', message: "must satisfy at least one of the schema's alternatives (anyOf, each reported above), got 'medium'" },
      { pointer: '/spec/owner', message: "must be an e-mail address, got 'nobody'" },
      { pointer: '/spec/port', message: 'must be an integer or a string, got 1.5' },
      { pointer: '/spec/rules/0/nme', message: "unknown field 'nme' (example.com/v1 Widget spec.rules[] has no such field)" },
      { pointer: '/spec/since', message: "must be an RFC 3339 date-time (e.g. '2024-01-31T12:00:00Z'), got 'yesterday'" },
      { pointer: '/spec/size', message: 'must be < 10, got 10' },
      { pointer: '/spec/tags', message: 'must have at most 2 item(s), got an array' },
      { pointer: '/spec/tags/1', message: "must be a string matching /^[a-z]+$/, got 'B'" },
    ]);
  });

  test('required fields, and the type fields every object has', () => {
    expect(validateSchema({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: 'w', spec: {} }, crds)).toEqual([
      { pointer: '/metadata', message: "must be an object, got 'w'" },
      { pointer: '/spec', message: "missing required field 'size'" },
    ]);
  });

  test('a version the CRD does not serve names the one it does; without the CRD the kind is unknown', () => {
    expect(validateSchema(widget({ size: 1 }, 'example.com/v1beta1'), crds)).toEqual([
      { pointer: '/apiVersion', message: "apiVersion 'example.com/v1beta1' kind 'Widget' is not a version the app's CustomResourceDefinitions serve (use 'example.com/v1')" },
    ]);
    expect(validateSchema(widget({ size: 1 }))).toEqual([
      { pointer: '/apiVersion', message: "apiVersion 'example.com/v1' kind 'Widget' is not served by Kubernetes 1.28 and is not a known CRD kind (give the app its CustomResourceDefinition: new BlueprintApp({ crdFiles: [...] }))" },
    ]);
  });

  test('a user\'s CRD of a bundled kind takes precedence: it is what the cluster runs', () => {
    // GIVEN: a ScaledObject CRD that accepts anything in spec
    const keda = CustomResourceSchemas.fromObject({
      apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'scaledobjects.keda.sh' },
      spec: { group: 'keda.sh', names: { kind: 'ScaledObject' }, versions: [{ name: 'v1alpha1', served: true, schema: { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true } } } } }] },
    });
    const obj = { apiVersion: 'keda.sh/v1alpha1', kind: 'ScaledObject', metadata: { name: 'w' }, spec: { newField: 1 } };

    // WHEN / THEN
    expect(validateSchema(obj)).not.toEqual([]);
    expect(validateSchema(obj, [keda])).toEqual([]);
  });

  test('cert-manager\'s Certificate CRD, as the storefront example registers it', () => {
    // GIVEN
    const file = path.join(__dirname, '../../apps/crds/cert-manager-certificate.yaml');
    const certs = [CustomResourceSchemas.fromYaml(fs.readFileSync(file, 'utf8'), 'apps/crds/cert-manager-certificate.yaml')];
    const cert = (spec: Record<string, unknown>) => ({ apiVersion: 'cert-manager.io/v1', kind: 'Certificate', metadata: { name: 'shop-tls' }, spec });

    // WHEN / THEN
    expect(certs[0].kinds).toEqual(['cert-manager.io/v1/Certificate']);
    expect(validateSchema(cert({ secretName: 'shop-tls', dnsNames: ['shop.example.com'], issuerRef: { kind: 'ClusterIssuer', name: 'letsencrypt' } }), certs)).toEqual([]);
    expect(validateSchema(cert({ secretName: 'shop-tls', issuerRef: { name: 'le' }, privateKey: { algorithm: 'DSA' }, dnsName: ['x'] }), certs)).toEqual([
      { pointer: '/spec/dnsName', message: "unknown field 'dnsName' (cert-manager.io/v1 Certificate spec has no such field)" },
      { pointer: '/spec/privateKey/algorithm', message: "must be one of 'RSA', 'ECDSA', 'Ed25519', got 'DSA'" },
    ]);
  });

  test.each([
    ['', "'crds' (x.yaml) holds no CustomResourceDefinition"],
    ['a: [', "'crds' (x.yaml) document 1 is not valid YAML: Flow sequence in block collection must be sufficiently indented and end with a ] at line 1, column 5:"],
    ['apiVersion: apps/v1\nkind: Deployment', "'crds' (x.yaml) is apps/v1 Deployment, not an apiextensions.k8s.io/v1 CustomResourceDefinition"],
    ['apiVersion: apiextensions.k8s.io/v1beta1\nkind: CustomResourceDefinition', "'crds' (x.yaml) is apiextensions.k8s.io/v1beta1 CustomResourceDefinition, not an apiextensions.k8s.io/v1 CustomResourceDefinition"],
    ['apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: { name: a.b }\nspec: { names: { kind: A } }', "'crds' (x.yaml) CustomResourceDefinition 'a.b' has no spec.group or spec.names.kind"],
    ['apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: { name: a.b }\nspec: { group: b, names: { kind: A }, versions: [{ name: v1, served: false }] }', "'crds' (x.yaml) CustomResourceDefinition 'a.b' serves no version"],
    ['apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: { name: a.b }\nspec: { group: b, names: { kind: A }, versions: [{ name: v1 }] }', "'crds' (x.yaml) CustomResourceDefinition 'a.b' version 'v1' has no schema.openAPIV3Schema (required in apiextensions.k8s.io/v1)"],
    ['apiVersion: apiextensions.k8s.io/v1\nkind: CustomResourceDefinition\nmetadata: { name: a.b }\nspec: { group: b, names: { kind: A }, versions: [{ name: v1, schema: { openAPIV3Schema: { type: object, properties: { n: { type: string, pattern: "(" } } } } }] }',
      "'crds' (x.yaml) CustomResourceDefinition 'a.b' version 'v1': its openAPIV3Schema cannot be compiled (Invalid regular expression: /(/: Unterminated group)"],
  ])('rejects %p with the exact message', (text, message) => {
    expect(() => CustomResourceSchemas.fromYaml(text, 'x.yaml')).toThrow(new BlueprintError(message));
  });

  test('several documents are numbered in messages; fromObject takes a parsed CRD', () => {
    expect(() => CustomResourceSchemas.fromYaml(`${WIDGET_CRD}\n---\nkind: ConfigMap\napiVersion: v1\n`, 'all.yaml'))
      .toThrow(new BlueprintError("'crds' (all.yaml document 2) is v1 ConfigMap, not an apiextensions.k8s.io/v1 CustomResourceDefinition"));
    expect(() => CustomResourceSchemas.fromObject([])).toThrow(new BlueprintError("'crds' (the CRD object) is not a CustomResourceDefinition object"));
  });
});
