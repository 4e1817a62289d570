/**
 * toYaml (lib/k8s/yaml.ts): the one YAML writer of the library. Output as cdk8s writes it, except that a string a
 * YAML 1.1 or 1.2 reader would read as something else is quoted. (test/k8s/yaml11-readers.test.ts reads the
 * output back with PyYAML.)
 */
import { Yaml } from 'cdk8s';
import * as fc from 'fast-check';
import { load, loadAll } from 'js-yaml';
import { parse, parseAllDocuments } from 'yaml';
import { isPlainAsIs, readsAsNonString, toYaml, toYamlReference } from '../../lib/k8s/yaml';
import { buildExamples } from '../../apps';

/** Every YAML 1.1 and 1.2 reader at hand in process: the `yaml` package in both versions, js-yaml. */
function readBack(text: string): unknown[] {
  return [parse(text, { version: '1.1' }), parse(text, { version: '1.2' }), load(text)];
}

describe('toYaml', () => {
  test('default configuration: block style, keys in the order given, documents separated by ---, as cdk8s writes them', () => {
    // GIVEN
    const docs = [
      { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', labels: { 'app.kubernetes.io/name': 'api' } }, data: { LOG_LEVEL: 'info', EMPTY: '' } },
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api' }, spec: { replicas: 2, template: { spec: { containers: [{ name: 'api', ports: [{ containerPort: 8080 }], env: [] }], volumes: [{ name: 'tmp', emptyDir: {} }] } } } },
    ];

    // WHEN
    const text = toYaml(docs);

    // THEN
    expect(text).toEqual(Yaml.stringify(...docs));
    expect(text).toEqual([
      'apiVersion: v1', 'kind: ConfigMap', 'metadata:', '  name: cfg', '  labels:', '    app.kubernetes.io/name: api',
      'data:', '  LOG_LEVEL: info', '  EMPTY: ""', '---',
      'apiVersion: apps/v1', 'kind: Deployment', 'metadata:', '  name: api', 'spec:', '  replicas: 2', '  template:', '    spec:',
      '      containers:', '        - name: api', '          ports:', '            - containerPort: 8080', '          env: []',
      '      volumes:', '        - name: tmp', '          emptyDir: {}', '',
    ].join('\n'));
    expect(toYaml([])).toEqual('');
  });

  test.each([
    // YAML 1.1 booleans and nulls, and YAML 1.2's
    'yes', 'no', 'on', 'off', 'y', 'n', 'Y', 'N', 'True', 'FALSE', '~', 'null', 'NULL', '',
    // numbers of YAML 1.1, 1.2 and go-yaml
    '0x1F', '1e3', '12e03', '010', '0o17', '0b101', '+1', '-1', '1_000', '-_1', '1,000', '.5', '+.5', '1.', '.inf', '-.inf', '.NaN',
    // what the `yaml` package's YAML 1.1 schema (cdk8s' reader) and PyYAML read as numbers although no one writes them so
    '.', 'e1', '0b_', '0_', '1._',
    // sexagesimal and timestamps (YAML 1.1, go-yaml)
    '1:20', '-1:20:30.5', '2024-01-01', '2024-1-2', '2024-01-01T10:00:00Z', '2024-01-01 10:00:00',
    // merge and value keys
    '<<', '=',
  ])('%j is quoted, and read back as the same string', (value) => {
    // WHEN
    const text = toYaml([{ value }]);

    // THEN
    expect(text).toEqual(`value: "${value}"\n`);
    expect(readBack(text)).toEqual([{ value }, { value }, { value }]);
  });

  test.each([
    ['v1', 'v1'], ['1.0.0', '1.0.0'], ['127.0.0.1:8080', '127.0.0.1:8080'], ['8080', '"8080"'], ['info', 'info'],
    ['say "hi"', 'say "hi"'], ['/tmp:uid=10001,gid=10001,mode=0770', '/tmp:uid=10001,gid=10001,mode=0770'],
    ['a: b', '"a: b"'], ['a #b', '"a #b"'], ['#x', '"#x"'], ['- x', '"- x"'], [' lead', '" lead"'], ['trail ', '"trail "'],
    ['-c', '"-c"'], ['tab\there', '"tab\\there"'], ['été', 'été'],
  ])('%j is written %s', (value, written) => {
    // WHEN
    const text = toYaml([{ value }]);

    // THEN
    expect(text).toEqual(`value: ${written}\n`);
    expect(readBack(text)).toEqual([{ value }, { value }, { value }]);
  });

  test('JSON in a string is single-quoted, as cdk8s writes it; a string with both quotes is double-quoted', () => {
    // GIVEN
    const annotations = { 'proxy.istio.io/config': '{"holdApplicationUntilProxyStarts": true}', both: '{"it\'s": 1}', tricky: '"no"' };

    // WHEN
    const text = toYaml([{ annotations }]);

    // THEN
    expect(text).toEqual(Yaml.stringify({ annotations }));
    expect(text).toEqual([
      'annotations:',
      '  proxy.istio.io/config: \'{"holdApplicationUntilProxyStarts": true}\'',
      '  both: "{\\"it\'s\\": 1}"',
      '  tricky: \'"no"\'',
      '',
    ].join('\n'));
    expect(readBack(text)).toEqual([{ annotations }, { annotations }, { annotations }]);
  });

  test('keys are quoted like values: a ConfigMap key or an environment variable named like a boolean stays a string', () => {
    // WHEN
    const text = toYaml([{ data: { no: 'x', ON: 'y', 1: 'one', '0x10': 'hex' } }]);

    // THEN
    expect(text).toEqual('data:\n  "1": one\n  "no": x\n  "ON": "y"\n  "0x10": hex\n');
    expect(readBack(text)).toEqual(Array(3).fill({ data: { no: 'x', ON: 'y', 1: 'one', '0x10': 'hex' } }));
  });

  test('multi-line strings are literal blocks, long ones are never folded', () => {
    // GIVEN
    const script = '#!/bin/sh\nset -eu\n  indented\n\nexec "$@"\n';
    const long = 'word '.repeat(60).trim();

    // WHEN
    const text = toYaml([{ script, long, first: '  leading\nline' }]);

    // THEN
    expect(text).toEqual([
      'script: |', '  #!/bin/sh', '  set -eu', '    indented', '', '  exec "$@"',
      `long: ${long}`,
      'first: |2-', '    leading', '  line', '',
    ].join('\n'));
    expect(readBack(text)).toEqual(Array(3).fill({ script, long, first: '  leading\nline' }));
  });

  test('a multi-line string with a line of only spaces or tabs is double-quoted: js-yaml\'s literal block of it reads back without that line', () => {
    const values = ['\n ', 'a\n  \n', 'a\n \nb', ' \nx', 'a\n\t'];
    const text = toYaml([{ values }]);
    expect(text).toEqual('values:\n  - "\\n "\n  - "a\\n  \\n"\n  - "a\\n \\nb"\n  - " \\nx"\n  - "a\\n\\t"\n');
    for (const doc of readBack(text)) expect(doc).toEqual({ values });
  });

  test('an object used twice is written twice, never as an anchor; undefined is left out as JSON.stringify does', () => {
    // GIVEN
    const labels = { app: 'api' };

    // WHEN
    const text = toYaml([{ metadata: { labels }, selector: { matchLabels: labels }, gone: undefined, list: [undefined, 1] }]);

    // THEN
    expect(text).toEqual('metadata:\n  labels:\n    app: api\nselector:\n  matchLabels:\n    app: api\nlist:\n  - null\n  - 1\n');
    expect(text).not.toMatch(/[&*]ref/);
  });

  test('numbers, booleans and null stay what they are', () => {
    // WHEN
    const text = toYaml([{ port: 8080, ratio: 0.5, big: 1.5e-7, on: true, off: false, none: null }]);

    // THEN
    expect(text).toEqual('port: 8080\nratio: 0.5\nbig: 1.5e-7\n"on": true\n"off": false\nnone: null\n');
    expect(readBack(text)).toEqual(Array(3).fill({ port: 8080, ratio: 0.5, big: 1.5e-7, on: true, off: false, none: null }));
  });

  test('any string, in a value, a key or a list, reads back as itself in every reader (property)', () => {
    // GIVEN strings made of the characters that make YAML scalars ambiguous
    const alphabet = [...'0123456789abcdefnoxyYNTtrueFALSE.+-_,:~#&*!|>\'"%@`?[]{}= \t\n\r<eE\\', '\u00a0', '\u0085', '\u2028', 'é', '😀'];
    const tricky = fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((cs) => cs.join(''));

    fc.assert(fc.property(tricky, tricky, (value, key) => {
      // WHEN
      const doc = { [key]: value, list: [value], nested: { value } };
      const text = toYaml([doc, doc]);

      // THEN
      const once = JSON.parse(JSON.stringify(doc));
      expect(parseAllDocuments(text, { version: '1.1' }).map((d) => d.toJS())).toEqual([once, once]);
      expect(parseAllDocuments(text, { version: '1.2' }).map((d) => d.toJS())).toEqual([once, once]);
      expect(loadAll(text)).toEqual([once, once]);
    }), { numRuns: 2000 });
  });
});

describe('toYaml writes js-yaml\'s bytes (it lays out the blocks itself and leaves each scalar to js-yaml)', () => {
  const alphabet = [...'0123456789abnoxyYN.+-_:~#&*!|>\'" \t\n<e\\', '\u00a0', '\u2028', 'é', '😀', '\u0007'];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 10 }).map((cs) => cs.join(''));
  const json: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    value: fc.oneof({ depthSize: 'small', withCrossShrink: true },
      text, fc.integer(), fc.double(), fc.boolean(), fc.constant(null), fc.constant(undefined),
      fc.array(tie('value'), { maxLength: 4 }), fc.dictionary(text, tie('value'), { maxKeys: 4 })),
  })).value;

  test('the same text as js-yaml\'s dump for any JSON value, nested, with tricky strings, numbers and undefined (property)', () => {
    fc.assert(fc.property(fc.array(json, { minLength: 1, maxLength: 3 }), (docs) => {
      expect(toYaml(docs)).toEqual(toYamlReference(docs));
    }), { numRuns: 3000 });
  });

  test('multi-line strings at every depth: literal blocks with the indentation, chomping and indentation indicator js-yaml writes', () => {
    const scripts = ['a\nb', 'a\nb\n', 'a\nb\n\n', '  lead\nx', '\n\nafter blank lines', 'tab\tinside\nline'];
    const docs = [{ top: scripts, deep: { a: { b: { c: scripts, d: [{ e: scripts }] } } } }];
    expect(toYaml(docs)).toEqual(toYamlReference(docs));
    expect(toYaml(docs)).toContain('      c:\n        - |-\n          a\n          b\n');
  });

  test('what is not JSON, and keys js-yaml writes as explicit pairs, are left to js-yaml whole', () => {
    const date = new Date(Date.UTC(2024, 0, 2));
    const docs = [{ at: date }, { ['k'.repeat(1100)]: 1 }, { 'multi\nline key': 'v' }];
    expect(toYaml(docs)).toEqual(toYamlReference(docs));
    expect(toYaml(docs)).toContain('? ');
    expect(() => toYaml([{ f: () => 1 }])).toThrow('unacceptable kind of an object to dump [object Function]');
  });

  test('every example\'s manifests, byte for byte', () => {
    const result = buildExamples({ outdir: 'dist' }).synthesize();
    const blueprints = [...new Set(result.objects.map((o) => o.blueprint))];
    expect(blueprints.length).toBeGreaterThanOrEqual(13);
    for (const bp of blueprints) {
      const docs = result.objects.filter((o) => o.blueprint === bp).map((o) => o.json);
      expect(toYaml(docs)).toEqual(toYamlReference(docs));
    }
  });
});

describe('the strings toYaml writes without asking js-yaml (isPlainAsIs)', () => {
  test('names, label values, image references and paths; not keywords, e1-style floats, indicators or a final colon', () => {
    expect(['svc-0', 'registry.example.com/bench/svc-0:1.0.0', 'app.kubernetes.io/name', 'repo@sha256:ab12', 'a::b', 'kube-system', 'N_A']
      .filter(isPlainAsIs)).toHaveLength(7);
    expect(['yes', 'No', 'on', 'null', 'True', 'e1', 'E5', 'y', 'a:', 'a b', '-a', '1.0', '_a', '.a', 'a#b', 'a,b', 'é', '']
      .filter(isPlainAsIs)).toEqual([]);
  });

  test('js-yaml writes every string it accepts as it is (property)', () => {
    const alphabet = [...'aeEnNoOyYfFtTlLsSuxX019_./@-: #,"\'!&*'];
    const text = fc.array(fc.constantFrom(...alphabet), { minLength: 1, maxLength: 12 }).map((cs) => cs.join(''));
    let accepted = 0;
    fc.assert(fc.property(text, (t) => {
      if (!isPlainAsIs(t)) return;
      accepted++;
      expect(toYamlReference([t])).toBe(`${t}\n`);
    }), { numRuns: 5000 });
    expect(accepted).toBeGreaterThan(500);
  });

  test('keys and list items deeper than the levels kept ready are laid out as js-yaml lays them out', () => {
    let deep: unknown = { name: 'leaf', items: ['a', { k: 'v' }] };
    for (let i = 0; i < 40; i++) deep = i % 2 ? { level: deep } : [deep, 'x'];
    expect(toYaml([deep])).toEqual(toYamlReference([deep]));
  });
});

describe('toYaml across calls', () => {
  test('shares its scalars between calls, with the same bytes as js-yaml, also past the cache\'s limit of 100,000', () => {
    // GIVEN: a document whose strings the next calls repeat, and enough distinct strings to start a new cache
    const doc = { metadata: { name: 'no', labels: { 'app.kubernetes.io/name': 'on', version: '1.10' } }, data: { a: '0x1F', b: 'line\n  two\n' } };
    const many = Array.from({ length: 1_001 }, (_, i) => Object.fromEntries(Array.from({ length: 100 }, (__, j) => [`k${j}`, `v-${i}-${j}`])));

    // WHEN
    const first = toYaml([doc]);
    const big = toYaml(many);
    const again = toYaml([doc]);

    // THEN
    expect(first).toEqual(toYamlReference([doc]));
    expect(big).toEqual(toYamlReference(many));
    expect(again).toEqual(first);
  });
});

describe('readsAsNonString', () => {
  test('flags what some reader reads as a boolean, null, number, date or merge key, and nothing else', () => {
    expect(['no', 'Y', 'OFF', 'NULL', '~', '', '0x1F', '0X1F', '0B1', '1_000', '1,000', '+.5', '1.', '.', 'E5', '-.INF', '.nan', '1:20', '2024-1-2', '<<', '=']
      .filter((s) => !readsAsNonString(s))).toEqual([]);
    expect(['nope', 'yes!', 'v1', '1.0.0', '1a', '0x', '0xG', '-', '+', '1:60', '127.0.0.1', 'x:1', '12345-01-01', '2024-01', '_1', 'a,b', 'e2e', 'eleven']
      .filter(readsAsNonString)).toEqual([]);
  });
});
