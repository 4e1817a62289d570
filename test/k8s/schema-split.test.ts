/**
 * The generated validators load per kind (scripts/_split-validators.ts, run by `npm run gen:schema`): the split
 * validates as ajv's one module does, a kind loads only the modules it reaches, and the generated code is ASCII.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import Ajv from 'ajv';
import standaloneCode from 'ajv/dist/standalone';
import { escapeNonAscii, kindFile, splitValidators } from '../../scripts/_split-validators';

const GENERATED = path.resolve(__dirname, '..', '..', 'lib', 'k8s', 'imports', 'k8s-1.28');

describe('splitting ajv standalone code per kind', () => {
  let tmp: string;
  beforeEach(() => {
    tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprints-split-'));
  });
  afterEach(() => fs.rmSync(tmp, { recursive: true, force: true }));

  /** Two kinds sharing a definition (Meta), one with a definition of its own (Port) and a 'µs' pattern. */
  function standalone(): string {
    const ajv = new Ajv({ allErrors: true, inlineRefs: false, code: { source: true, lines: true } });
    ajv.addSchema({
      $id: 'k8s',
      definitions: {
        Meta: { type: 'object', properties: { name: { type: 'string', pattern: '^[a-z]+$' } }, required: ['name'], additionalProperties: false },
        Port: { type: 'integer', minimum: 1, maximum: 65535 },
        A: { type: 'object', properties: { metadata: { $ref: 'k8s#/definitions/Meta' }, port: { $ref: 'k8s#/definitions/Port' }, wait: { type: 'string', pattern: '^[0-9]+(µs|ms)$' } } },
        B: { type: 'object', properties: { metadata: { $ref: 'k8s#/definitions/Meta' } }, required: ['metadata'] },
      },
    });
    return standaloneCode(ajv, { 'x/v1/A': 'k8s#/definitions/A', 'x/v1/B': 'k8s#/definitions/B' });
  }

  function write(code: string): string {
    const split = splitValidators(code, '/* header */');
    fs.writeFileSync(path.join(tmp, 'index.js'), split.index);
    fs.mkdirSync(path.join(tmp, 'kinds'));
    for (const [name, content] of split.modules) fs.writeFileSync(path.join(tmp, 'kinds', name), content);
    return path.join(tmp, 'index.js');
  }

  test('validates as the one module did, errors included', () => {
    // GIVEN
    const code = standalone();
    fs.writeFileSync(path.join(tmp, 'whole.js'), code);
    const index = write(code);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const [whole, split] = [require(path.join(tmp, 'whole.js')), require(index)];
    const samples = [
      { metadata: { name: 'web' }, port: 8080, wait: '5µs' },
      { metadata: { name: '', extra: 1 }, port: 70000, wait: '5s' },
      { metadata: 'web' },
      {},
      [],
    ];

    // THEN
    for (const key of ['x/v1/A', 'x/v1/B']) {
      for (const sample of samples) {
        expect([split[key](sample), split[key].errors]).toEqual([whole[key](sample), whole[key].errors]);
      }
    }
    expect(split['x/v1/A']({ metadata: { name: 'web' }, wait: '5µs' })).toBe(true);
    expect(Object.keys(split)).toEqual(['x/v1/A', 'x/v1/B']);
  });

  test('puts what one kind reaches in its own module and what both reach in one shared module', () => {
    // WHEN
    const split = splitValidators(standalone(), '/* header */');

    // THEN
    const names = [...split.modules.keys()];
    expect(names.filter((n) => !n.startsWith('_shared-')).sort()).toEqual([kindFile('x/v1/A'), kindFile('x/v1/B')]);
    expect(names.filter((n) => n.startsWith('_shared-'))).toHaveLength(1);
    const shared = split.modules.get(names.find((n) => n.startsWith('_shared-'))!)!;
    expect(shared).toContain('// The validators that 2 kinds share: x/v1/A, x/v1/B.');
    expect(shared).toContain('missingProperty: "name"'); // Meta's validator
    expect(shared).not.toContain('65535'); // Port's is A's alone
    expect(split.modules.get('x_v1_A.js')).toContain('65535');
    expect(split.modules.get('x_v1_A.js')).toContain(`require("./${names.find((n) => n.startsWith('_shared-'))}")`);
    // the schema objects ajv declares and never refers to are left out
    expect([...split.modules.values()].join('\n')).not.toMatch(/const schema\d+ =/);
  });

  test('writes non-ASCII characters as escapes', () => {
    const split = splitValidators(standalone(), '/* header */');
    const a = split.modules.get('x_v1_A.js')!;
    expect(a).not.toMatch(/[^\x00-\x7f]/);
    expect(a).toContain('\\u00b5s');
    expect(escapeNonAscii('5µs — 𝔸')).toBe('5\\u00b5s \\u2014 \\ud835\\udd38');
  });

  test('an unexpected statement is an error, not a lost validator', () => {
    expect(() => splitValidators('"use strict";\nexports["x/v1/A"] = validate0;\nfunction validate0(data){ return helper(data); }\nconsole.log("x");\n', ''))
      .toThrow('gen-k8s-schema: unexpected top-level statement in ajv\'s standalone code: console.log("x");');
    expect(() => splitValidators('"use strict";\nexports["x/v1/A"] = validate0;\nfunction validate0(data){ return true; }\nconst func1 = require("x");\n', ''))
      .toThrow('gen-k8s-schema: declarations no kind reaches: func1');
  });
});

describe('the generated validators', () => {
  test('load per kind: a ConfigMap loads its own module and none of the workloads\' or CRDs\'', () => {
    // WHEN: a Node process asks the index for one kind
    const script = [
      `const validators = require(${JSON.stringify(path.join(GENERATED, 'validators.js'))});`,
      `const ok = validators['v1/ConfigMap']({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x' }, data: { a: 'b' } });`,
      `const loaded = Object.keys(require.cache).filter((f) => f.includes('/kinds/')).map((f) => f.slice(f.lastIndexOf('/') + 1));`,
      `console.log(JSON.stringify({ ok, loaded, kinds: Object.keys(validators).length }));`,
    ].join('\n');
    const r = spawnSync(process.execPath, ['-e', script], { encoding: 'utf8' });

    // THEN
    expect(r.stderr).toBe('');
    const { ok, loaded, kinds } = JSON.parse(r.stdout);
    expect(ok).toBe(true);
    expect(loaded).toContain('v1_ConfigMap.js');
    expect(loaded.filter((f: string) => !f.startsWith('_shared-') && f !== 'v1_ConfigMap.js')).toEqual([]);
    expect(loaded.length).toBeLessThan(6);
    expect(kinds).toBeGreaterThan(40);
  });

  test('are ASCII, every file', () => {
    const files = (fs.readdirSync(GENERATED, { recursive: true }) as string[]).filter((f) => /\.(js|ts)$/.test(f));
    expect(files.length).toBeGreaterThan(40);
    for (const f of files) expect([f, /[^\x00-\x7f]/.test(fs.readFileSync(path.join(GENERATED, f), 'utf8'))]).toEqual([f, false]);
  });
});
