/**
 * Proof, with a real YAML 1.1 reader, that every YAML file the library writes reads the same everywhere: PyYAML
 * (Debian's python3-yaml, the reader of docker-compose 1.x, Ansible and yamllint; installed by
 * scripts/ci/services.sh) loads every document with `yaml.safe_load_all`, and what it reads must be exactly what
 * was synthesized — and what YAML 1.2 readers (the `yaml` package, js-yaml) read.
 */
import { execFileSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { loadAll } from 'js-yaml';
import { parseAllDocuments } from 'yaml';
import { buildExamples } from '../../apps';
import { Blueprint, BlueprintTesting, Config, Environment, EnvValue, WebService } from '../../lib';
import { toYaml } from '../../lib/k8s/yaml';

const ROOT = path.join(__dirname, '..', '..');
/** Debian's interpreter, whose `yaml` module is python3-yaml (not a pip-installed PyYAML of another Python). */
const PYTHON = '/usr/bin/python3';

/** Loads each document of each text with PyYAML's safe_load_all; a value JSON has no type for (a date) is marked. */
const READER = `
import json, sys, yaml
def mark(value):
    return {'!python': type(value).__name__, 'repr': repr(value)}
out = {'yaml': yaml.__file__, 'version': yaml.__version__, 'files': {}}
for name, text in json.load(sys.stdin):
    try:
        out['files'][name] = list(yaml.safe_load_all(text))
    except Exception as e:
        out['files'][name] = {'error': type(e).__name__ + ': ' + str(e)}
print(json.dumps(out, default=mark))
`;

/** What PyYAML reads, by file name. */
function pyyaml(files: ReadonlyMap<string, string>): Record<string, unknown> {
  let stdout: string;
  try {
    stdout = execFileSync(PYTHON, ['-c', READER], { input: JSON.stringify([...files]), encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['pipe', 'pipe', 'pipe'] });
  } catch (e: any) {
    if (e.code === 'ENOENT' || /No module named .?yaml/.test(String(e.stderr))) {
      throw new Error('PyYAML (python3-yaml) is not installed: run `bash scripts/ci/services.sh` (as root)');
    }
    throw e;
  }
  const out = JSON.parse(stdout);
  expect(out.yaml).toMatch(/^\/usr\/lib\/python3\/dist-packages\/yaml\//);
  return out.files;
}

/** The JSON a document is: what a reader of the YAML must give back. */
const asJson = (value: unknown) => JSON.parse(JSON.stringify(value));

const yamlFiles = (files: ReadonlyMap<string, string>) => new Map([...files].filter(([f]) => f.endsWith('.yaml')));

describe('the examples, read by PyYAML', () => {
  const result = buildExamples({ outdir: path.join(ROOT, 'dist') }).synthesize();
  const files = yamlFiles(result.files);
  const read = pyyaml(files);

  test('there is something to read: every manifest and every compose file', () => {
    expect([...files.keys()].filter((f) => f.endsWith('.k8s.yaml')).length).toBeGreaterThanOrEqual(10);
    expect([...files.keys()].filter((f) => f.startsWith('compose/')).length).toBeGreaterThanOrEqual(6);
  });

  test.each([...files.keys()].filter((f) => f.endsWith('.k8s.yaml')))('%s: PyYAML reads exactly the synthesized objects', (file) => {
    // GIVEN
    const blueprint = file.slice(0, -'.k8s.yaml'.length);
    const objects = result.objects.filter((o) => o.blueprint === blueprint).map((o) => asJson(o.json));

    // THEN
    expect(read[file]).toEqual(objects);
  });

  test.each([...files.keys()].filter((f) => f.startsWith('compose/')))('%s: PyYAML reads what YAML 1.2 readers read', (file) => {
    // GIVEN
    const text = files.get(file)!;

    // THEN
    const yaml12 = parseAllDocuments(text, { version: '1.2' }).map((d) => d.toJS());
    expect(loadAll(text)).toEqual(yaml12);
    expect(read[file]).toEqual(yaml12);
    expect((read[file] as any)[0].services).toBeDefined();
  });
});

describe('the committed dist/, read by PyYAML', () => {
  // It may lag behind the library while work is under way (test/examples.test.ts reports that); each committed
  // file is held to the same rule on its own: PyYAML reads it as the YAML 1.2 readers do.
  const dist = path.join(ROOT, 'dist');
  // Helm chart templates are Go templates, YAML only once helm renders them (test/artifacts/helm-chart.test.ts
  // renders every chart with helm itself and compares the objects with the manifests).
  const names = fs.readdirSync(dist, { recursive: true, encoding: 'utf8' }).map((f) => f.split(path.sep).join('/'))
    .filter((f) => f.endsWith('.yaml') && !/^charts\/[^/]+\/templates\//.test(f)).sort();
  const files = new Map(names.map((f) => [f, fs.readFileSync(path.join(dist, f), 'utf8')]));
  const read = pyyaml(files);

  test.each(names)('dist/%s: PyYAML reads what YAML 1.2 readers read (if not, it is stale: npm run synth)', (file) => {
    const text = files.get(file)!;
    expect(read[file]).toEqual(parseAllDocuments(text, { version: '1.2' }).map((d) => d.toJS()));
  });
});

/** Strings some reader takes for something else, or that need care: each must come back as itself. */
const TRICKY = [
  'yes', 'no', 'on', 'off', 'y', 'n', 'Y', 'N', 'True', 'NULL', 'null', '~', '',
  '0x1F', '1e3', '12e03', '010', '0o17', '0b101', '+1', '1_000', '1,000', '.inf', '-.inf', '.NaN', '+.5', '.', 'e1', '0b_',
  '1:20', '2024-01-01', '2024-1-2', '2024-01-01 10:00:00', '<<', '=',
  ' leading space', 'trailing space ', '# not a comment', 'a: b', '- item', '? key', '{"json": true}', '[1, 2]', "it's", '"quoted"',
  'tab\tinside', 'été ✓', 'line 1\nline 2', 'line 1\nline 2\n', '  indented\nfirst line', 'ends with blank lines\n\n\n',
];
/** The label values among them: Kubernetes accepts `(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?`. */
const LABEL_VALUES = TRICKY.filter((s) => /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/.test(s));
/** Config (ConfigMap) keys named like booleans and numbers. */
const TRICKY_KEYS = ['no', 'on', 'y', 'true', 'null', '1e3', '010', '0x1F', '1_000', '.inf', '2024-01-01'];
/** Environment variables named like booleans. */
const TRICKY_ENV_NAMES = ['Y', 'N', 'ON', 'NO', 'TRUE', 'NULL'];

describe('tricky strings where users put strings, read back by PyYAML', () => {
  // GIVEN one development blueprint (so it has a compose file) with every tricky string as a label value (where
  // valid), an annotation, an environment value (literal and from a Config), ConfigMap data, and in names
  const app = BlueprintTesting.app();
  const bp = new Blueprint(app, 'tricky-development', { environment: Environment.development(), namespace: 'tricky' });
  const data: Record<string, string> = Object.fromEntries([
    ...TRICKY.map((s, i) => [`value-${i}`, s]),
    ...TRICKY_KEYS.map((k) => [k, `key ${k}`]),
  ]);
  const cfg = new Config(bp, 'cfg', { data });
  const env: Record<string, string | EnvValue> = Object.fromEntries([
    ...TRICKY.map((s, i) => [`LITERAL_${i}`, s]),
    ...TRICKY.map((_, i) => [`FROM_CONFIG_${i}`, EnvValue.fromConfig(cfg, `value-${i}`)]),
    ...TRICKY_KEYS.map((k, i) => [`KEY_${i}`, EnvValue.fromConfig(cfg, k)]),
    ...TRICKY_ENV_NAMES.map((n) => [n, n.toLowerCase()]),
  ]);
  new WebService(bp, 'web', {
    image: 'registry.example.com/tricky/web:1.0.0', port: 8080, env,
    labels: Object.fromEntries(LABEL_VALUES.map((s, i) => [`example.com/label-${i}`, s])),
    podAnnotations: Object.fromEntries(TRICKY.map((s, i) => [`example.com/annotation-${i}`, s])),
  });
  const result = app.synthesize();
  const files = yamlFiles(result.files);
  const read = pyyaml(files);
  // (looked up in each test, so that a file PyYAML cannot read fails the tests, not the suite)
  const docs = () => read['tricky-development.k8s.yaml'] as any[];
  const deployment = () => docs().find((d) => d.kind === 'Deployment');
  const container = () => deployment().spec.template.spec.containers[0];
  const compose = () => (read['compose/tricky-development.compose.yaml'] as any[])[0];

  test('the manifest and the compose file are what was synthesized, document by document', () => {
    expect(Object.keys(read).sort()).toEqual(['compose/tricky-development.compose.yaml', 'tricky-development.k8s.yaml']);
    expect(docs()).toEqual(result.objects.map((o) => asJson(o.json)));
    const text = files.get('compose/tricky-development.compose.yaml')!;
    expect(read['compose/tricky-development.compose.yaml']).toEqual(parseAllDocuments(text, { version: '1.2' }).map((d) => d.toJS()));
  });

  test('label values, on the objects and on the pods', () => {
    LABEL_VALUES.forEach((s, i) => {
      expect(deployment().metadata.labels[`example.com/label-${i}`]).toBe(s);
      expect(deployment().spec.template.metadata.labels[`example.com/label-${i}`]).toBe(s);
    });
    expect(LABEL_VALUES).toEqual(expect.arrayContaining(['yes', 'no', 'on', 'off', 'y', 'n', 'NULL', '0x1F', '1e3', '010', '0o17', '1_000', '2024-01-01', '']));
  });

  test('annotations', () => {
    TRICKY.forEach((s, i) => expect(deployment().spec.template.metadata.annotations[`example.com/annotation-${i}`]).toBe(s));
  });

  test('environment values, literal and from the Config; variables named like booleans', () => {
    const vars: any[] = container().env;
    TRICKY.forEach((s, i) => expect(vars.find((e) => e.name === `LITERAL_${i}`).value).toBe(s));
    for (const n of TRICKY_ENV_NAMES) expect(vars.find((e) => e.name === n).value).toBe(n.toLowerCase());
    expect(vars.map((e) => typeof e.name)).toEqual(vars.map(() => 'string'));
  });

  test('ConfigMap data, keys and values', () => {
    const configMap = docs().find((d) => d.kind === 'ConfigMap');
    expect(configMap.data).toEqual(data);
    expect(Object.keys(configMap.data).sort()).toEqual(Object.keys(data).sort());
  });

  test('compose environment: literals and Config values resolved, variables named like booleans', () => {
    const environment = compose().services.web.environment;
    TRICKY.forEach((s, i) => {
      expect(environment[`LITERAL_${i}`]).toBe(s);
      expect(environment[`FROM_CONFIG_${i}`]).toBe(s);
    });
    TRICKY_KEYS.forEach((k, i) => expect(environment[`KEY_${i}`]).toBe(`key ${k}`));
    for (const n of TRICKY_ENV_NAMES) expect(environment[n]).toBe(n.toLowerCase());
  });
});

describe('any string, read back by PyYAML', () => {
  test('2,000 strings of the characters that make scalars ambiguous, as values, keys and list items (property, one PyYAML run)', () => {
    // GIVEN
    const alphabet = [...'0123456789abcdefnoxyYNTtrueFALSE.+-_,:~#&*!|>\'"%@`?[]{}= \t\n\r<eE\\', '\u00a0', '\u0085', '\u2028', 'é', '😀'];
    const strings = fc.sample(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((cs) => cs.join('')), { numRuns: 2000, seed: 42 });
    const docs = strings.map((s) => ({ [s]: s, list: [s], nested: { value: s } }));

    // WHEN
    const read = pyyaml(new Map(docs.map((d, i) => [String(i), toYaml([d])])));

    // THEN
    const misread = docs.filter((d, i) => JSON.stringify(read[String(i)]) !== JSON.stringify([asJson(d)]));
    expect(misread).toEqual([]);
  });
});
