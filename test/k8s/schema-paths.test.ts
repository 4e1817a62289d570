/**
 * The generated validators take the instance path alone (scripts/_split-validators.ts positionalPaths, run by
 * `npm run gen:schema`): they validate as ajv's own code does, with the same errors at the same paths, nested
 * validators and arrays included; and code that still reads the parent or root data is refused, not emitted.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { positionalPaths } from '../../scripts/_split-validators';

describe('validators that take the instance path alone', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprints-paths-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** A pod-like kind: nested types (Meta, Container, Port) reached through properties and array items. */
  function standalone(): string {
    const ajv = new Ajv({ allErrors: true, inlineRefs: false, code: { source: true, lines: true } });
    ajv.addSchema({
      $id: 'k8s',
      definitions: {
        Meta: { type: 'object', properties: { name: { type: 'string', pattern: '^[a-z]+$' } }, required: ['name'], additionalProperties: false },
        Port: { type: 'object', properties: { containerPort: { type: 'integer', minimum: 1, maximum: 65535 } }, required: ['containerPort'] },
        Container: { type: 'object', properties: { name: { type: 'string' }, ports: { type: 'array', items: { $ref: 'k8s#/definitions/Port' } } }, required: ['name'] },
        Pod: {
          type: 'object',
          properties: { metadata: { $ref: 'k8s#/definitions/Meta' }, spec: { type: 'object', properties: { containers: { type: 'array', items: { $ref: 'k8s#/definitions/Container' } } } } },
        },
      },
    });
    return standaloneCode(ajv, { 'v1/Pod': 'k8s#/definitions/Pod' });
  }

  function load(name: string, code: string): (data: unknown) => boolean {
    fs.writeFileSync(path.join(tmp, name), code);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    return require(path.join(tmp, name))['v1/Pod'];
  }

  test('reports the same errors, with the same instance paths, as ajv\'s code', () => {
    // GIVEN
    const code = standalone();
    const [ajvs, positional] = [load('ajv.js', code), load('positional.js', positionalPaths(code))];
    const samples = [
      { metadata: { name: 'web' }, spec: { containers: [{ name: 'app', ports: [{ containerPort: 8080 }] }] } },
      { metadata: { name: 'Web', extra: 1 }, spec: { containers: [{ name: 'app', ports: [{ containerPort: 8080 }, { containerPort: 0 }, {}] }, { ports: 'no' }] } },
      { metadata: 'web', spec: { containers: [{}] } },
    ];

    // THEN
    for (const sample of samples) {
      const [a, b] = [ajvs(sample), positional(sample)];
      expect(b).toBe(a);
      expect((positional as any).errors).toEqual((ajvs as any).errors);
    }
    // the paths come through nested validators and array items
    positional(samples[1]);
    expect((positional as any).errors.map((e: any) => e.instancePath)).toEqual([
      '/metadata',
      '/metadata/name',
      '/spec/containers/0/ports/1/containerPort',
      '/spec/containers/0/ports/2',
      '/spec/containers/1',
      '/spec/containers/1/ports',
    ]);
  });

  test('no validator reads the parent or root data any more, and none builds an options object', () => {
    // WHEN
    const code = positionalPaths(standalone());

    // THEN
    expect(code).not.toMatch(/parentData|rootData/);
    expect(code).toMatch(/function validate\d+\(data, instancePath=""\)\{/);
    expect(code).toMatch(/validate\d+\(data\.metadata, instancePath\+"\/metadata"\)/);
  });

  test('refuses code that still refers to the parent or root data', () => {
    // GIVEN a keyword that reads the root data (none of the Kubernetes schema's does)
    const code = standalone().replace('let vErrors = null;', 'let vErrors = null; const root = rootData;');

    // THEN
    expect(() => positionalPaths(code)).toThrow(/^gen-k8s-schema: ajv's standalone code still refers to 'rootData' after positionalPaths: /);
  });
});
