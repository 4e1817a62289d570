/**
 * The app's own CRDs (lib/app/_crd-files.ts, BlueprintApp's `crds` and `crdFiles`): read at synth, handed to the
 * gate's schema check; a file that cannot be read or holds no CRD is reported with the other findings.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { ApiObject } from 'cdk8s';
import { Blueprint, BlueprintApp, BlueprintAppProps, Environment, ValidationError } from '../../lib';
import { CustomResourceSchemas } from '../../lib/k8s/custom-resources';

const CRD = {
  apiVersion: 'apiextensions.k8s.io/v1', kind: 'CustomResourceDefinition', metadata: { name: 'gadgets.example.com' },
  spec: { group: 'example.com', names: { kind: 'Gadget', plural: 'gadgets' }, scope: 'Namespaced', versions: [{ name: 'v1', served: true, storage: true,
    schema: { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object', required: ['size'], properties: { size: { type: 'integer' } } } } } } }] },
};

let tmp = '';
beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprints-crds-')); });
afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

/** An app with one Gadget of `spec` in a development blueprint; the report of its synthesis, or '' when it passes. */
function synth(props: BlueprintAppProps, spec: Record<string, unknown>): string {
  const app = new BlueprintApp({ outdir: path.join(tmp, 'dist'), ...props });
  const bp = new Blueprint(app, 'shop-development', { environment: Environment.development() });
  new ApiObject(bp, 'gadget', { apiVersion: 'example.com/v1', kind: 'Gadget', metadata: { name: 'g' }, spec });
  try {
    app.synthesize();
    return '';
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    return e.message;
  }
}

const SCHEMA_FIX = '      fix: fix the field named, or file a bug if a construct of this library produced it';

describe('BlueprintApp crdFiles and crds', () => {
  test('an object of a CRD read from a file passes, and its mistakes are schema findings', () => {
    // GIVEN
    const file = path.join(tmp, 'gadgets.yaml');
    fs.writeFileSync(file, `# the CRD\n${JSON.stringify(CRD)}\n`);

    // WHEN / THEN
    expect(synth({ crdFiles: [file] }, { size: 3 })).toEqual('');
    expect(synth({ crdFiles: [file] }, { size: 'big', colour: 'red' })).toEqual([
      'Validation failed: 2 errors; nothing was written.',
      "  ✗ [schema] shop-development/gadget: Gadget 'g' /spec/colour: unknown field 'colour' (example.com/v1 Gadget spec has no such field)", SCHEMA_FIX,
      "  ✗ [schema] shop-development/gadget: Gadget 'g' /spec/size: must be an integer, got 'big'", SCHEMA_FIX,
    ].join('\n'));
  });

  test('schemas given in code work the same', () => {
    expect(synth({ crds: [CustomResourceSchemas.fromObject(CRD)] }, {})).toEqual([
      'Validation failed: 1 error; nothing was written.',
      "  ✗ [schema] shop-development/gadget: Gadget 'g' /spec: missing required field 'size'", SCHEMA_FIX,
    ].join('\n'));
  });

  test('a missing file and a file that is no CRD are reported, each with its fix; the kind is then unknown', () => {
    // GIVEN
    const wrong = path.join(tmp, 'wrong.yaml');
    fs.writeFileSync(wrong, 'apiVersion: v1\nkind: ConfigMap\n');

    // WHEN
    const report = synth({ crdFiles: ['no/such/crd.yaml', wrong] }, { size: 1 });

    // THEN
    expect(report).toEqual([
      'Validation failed: 3 errors; nothing was written.',
      "  ✗ [crd] BlueprintApp: 'crdFiles' ('no/such/crd.yaml') cannot be read: ENOENT",
      '      fix: give the path of a CRD YAML file, relative to the working directory',
      `  ✗ [crd] BlueprintApp: 'crdFiles' (${wrong}) is v1 ConfigMap, not an apiextensions.k8s.io/v1 CustomResourceDefinition`,
      "      fix: give the CustomResourceDefinition (apiextensions.k8s.io/v1) as the cluster has it, e.g. from the operator's release",
      "  ✗ [schema] shop-development/gadget: Gadget 'g' /apiVersion: apiVersion 'example.com/v1' kind 'Gadget' is not served by Kubernetes 1.28 and is not a known CRD kind (give the app its CustomResourceDefinition: new BlueprintApp({ crdFiles: [...] }))",
      SCHEMA_FIX,
    ].join('\n'));
  });
});
