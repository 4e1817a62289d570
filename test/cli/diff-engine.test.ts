/**
 * The engine of `cdk8s-blueprints diff` (lib/cli/_diff-objects.ts, _diff-folder.ts, _diff-env.ts, _diff-format.ts):
 * the field-by-field walk, objects keyed and ordered as kubectl diff orders them, manifests against other files,
 * the environments' pairing, and both output formats.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { diffObjects, diffValues, kubectlName, unifiedLines } from '../../lib/cli/_diff-objects';
import { diffFolder, manifestObjects, readOutputFolder } from '../../lib/cli/_diff-folder';
import { BlueprintInfo, diffEnvironments } from '../../lib/cli/_diff-env';
import { formatEnvText, formatFolderMarkdown, formatFolderText } from '../../lib/cli/_diff-format';
import { toYaml } from '../../lib/k8s/yaml';

const deployment = (over: { replicas?: number; env?: Array<{ name: string; value: string }>; containers?: any[] } = {}) => ({
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'shop', labels: { 'app.kubernetes.io/name': 'web' } },
  spec: {
    replicas: over.replicas ?? 2,
    template: { spec: { containers: over.containers ?? [{ name: 'web', image: 'web:1', env: over.env ?? [{ name: 'A', value: '1' }, { name: 'B', value: '2' }] }] } },
  },
});

describe('diffValues: field by field', () => {
  test('equal values: no change', () => {
    expect(diffValues(deployment(), deployment())).toEqual([]);
  });

  test('a scalar: its path, before and after', () => {
    expect(diffValues(deployment(), deployment({ replicas: 3 }))).toEqual([{ path: 'spec.replicas', op: 'changed', before: 2, after: 3 }]);
  });

  test('named list items are matched by name, wherever they are: an env var changed, added, removed, and the order', () => {
    const before = deployment({ env: [{ name: 'A', value: '1' }, { name: 'B', value: '2' }, { name: 'C', value: '3' }] });
    const after = deployment({ env: [{ name: 'C', value: '3' }, { name: 'A', value: '9' }, { name: 'D', value: '4' }] });
    expect(diffValues(before, after)).toEqual([
      { path: 'spec.template.spec.containers[name=web].env[name=A].value', op: 'changed', before: '1', after: '9' },
      { path: 'spec.template.spec.containers[name=web].env[name=D]', op: 'added', after: { name: 'D', value: '4' } },
      { path: 'spec.template.spec.containers[name=web].env[name=B]', op: 'removed', before: { name: 'B', value: '2' } },
      { path: 'spec.template.spec.containers[name=web].env', op: 'reordered', before: ['A', 'C'], after: ['C', 'A'] },
    ]);
  });

  test('lists without unique names item by item; lists of scalars whole; keys that are not identifiers quoted', () => {
    const a = { rules: [{ port: 80 }, { port: 443 }], args: ['-v', '--port=1'], metadata: { labels: { 'app.kubernetes.io/name': 'a' } } };
    const b = { rules: [{ port: 8080 }], args: ['-v', '--port=2'], metadata: { labels: { 'app.kubernetes.io/name': 'b' } } };
    expect(diffValues(a, b)).toEqual([
      { path: 'rules[0].port', op: 'changed', before: 80, after: 8080 },
      { path: 'rules[1]', op: 'removed', before: { port: 443 } },
      { path: 'args', op: 'changed', before: ['-v', '--port=1'], after: ['-v', '--port=2'] },
      { path: 'metadata.labels["app.kubernetes.io/name"]', op: 'changed', before: 'a', after: 'b' },
    ]);
  });

  test('a field that appears or goes, and a change of type', () => {
    expect(diffValues({ a: 1, b: { c: 1 } }, { b: [1], d: null })).toEqual([
      { path: 'b', op: 'changed', before: { c: 1 }, after: [1] },
      { path: 'd', op: 'added', after: null },
      { path: 'a', op: 'removed', before: 1 },
    ]);
  });
});

describe('objects', () => {
  test("kubectl diff's names: <group>.<version>.<kind>.<namespace>.<name>, the core group and cluster scope empty", () => {
    expect(kubectlName({ apiVersion: 'apps/v1', kind: 'Deployment', namespace: 'shop', name: 'web' })).toBe('apps.v1.Deployment.shop.web');
    expect(kubectlName({ apiVersion: 'v1', kind: 'Namespace', namespace: '', name: 'shop' })).toBe('v1.Namespace..shop');
  });

  test("added, removed and changed objects in kubectl diff's order; equal objects left out", () => {
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'shop' }, spec: { ports: [{ name: 'http', port: 80 }] } };
    const cm = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'a', namespace: 'shop' } };
    const pdb = { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web', namespace: 'shop' } };
    const before = manifestObjects(toYaml([svc, deployment(), cm]))!;
    const after = manifestObjects(toYaml([pdb, svc, deployment({ replicas: 3 })]))!;
    expect(diffObjects(before, after).map((o) => [o.op, kubectlName(o.id), o.fields.length])).toEqual([
      ['changed', 'apps.v1.Deployment.shop.web', 1],
      ['added', 'policy.v1.PodDisruptionBudget.shop.web', 0],
      ['removed', 'v1.ConfigMap.shop.a', 0],
    ]);
  });

  test('manifests are YAML files whose every document is a Kubernetes object; others, and templates, are not', () => {
    expect([...manifestObjects(toYaml([deployment()]))!.keys()]).toEqual(['apps.v1.Deployment.shop.web']);
    expect(manifestObjects('services:\n  web:\n    image: web:1\n')).toBeUndefined();
    expect(manifestObjects('apiVersion: v2\nname: chart\nversion: 1.0.0\n')).toBeUndefined();
    expect(manifestObjects('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: {{ .Release.Name }}\n')).toBeUndefined();
    expect(manifestObjects('a: [\n')).toBeUndefined();
  });

  test('a unified diff with three lines of context, and a hunk that adds to an empty file', () => {
    expect(unifiedLines('1\n2\n3\n4\n5\n6\n7\n8\n', '1\n2\n3\n4\nfive\n6\n7\n8\n')).toEqual(['@@ -2,7 +2,7 @@', ' 2', ' 3', ' 4', '-5', '+five', ' 6', ' 7', ' 8']);
    expect(unifiedLines('', 'a\n')).toEqual(['@@ -0,0 +1 @@', '+a']);
  });
});

describe('folders', () => {
  let tmp = '';
  beforeEach(() => { tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'blueprints-diff-')); });
  afterEach(() => { fs.rmSync(tmp, { recursive: true, force: true }); });

  test("the folder's files are those synth's manifest lists; others are reported as files synth would refuse", () => {
    fs.writeFileSync(path.join(tmp, 'a.k8s.yaml'), toYaml([deployment()]));
    fs.writeFileSync(path.join(tmp, 'notes.txt'), 'mine\n');
    fs.writeFileSync(path.join(tmp, '.cdk8s-blueprints.json'), JSON.stringify({ generator: 'cdk8s-blueprints', files: { 'a.k8s.yaml': '0'.repeat(64) } }));
    const read = readOutputFolder(tmp, 'dist');
    expect([...read.files.keys()]).toEqual(['a.k8s.yaml']);
    expect(read.foreign).toEqual(['notes.txt']);
  });

  test('a missing folder, and a file where the folder should be', () => {
    expect(() => readOutputFolder(path.join(tmp, 'nope'), 'nope')).toThrow("output folder 'nope' does not exist: nothing to compare with; synthesize it first (cdk8s-blueprints synth), or pass --output DIR");
    fs.writeFileSync(path.join(tmp, 'file'), '');
    expect(() => readOutputFolder(path.join(tmp, 'file'), 'file')).toThrow("output folder 'file' is not a folder");
  });

  test('for a terminal: files in path order, objects with their fields, other files as unified diffs, the summary; colour on request', () => {
    const before = new Map([['Dockerfile', 'FROM a\nUSER 1\n'], ['shop.k8s.yaml', toYaml([deployment()])], ['old.k8s.yaml', toYaml([deployment()])]]);
    const after = new Map([['Dockerfile', 'FROM b\nUSER 1\n'], ['shop.k8s.yaml', toYaml([deployment({ replicas: 3 })])]]);
    const diff = diffFolder('/out', before, after);
    expect(formatFolderText([diff], () => 'dist', false)).toBe([
      '~ dist/Dockerfile',
      '  @@ -1,2 +1,2 @@',
      '  -FROM a',
      '  +FROM b',
      '   USER 1',
      '- dist/old.k8s.yaml',
      '  - apps/v1 Deployment shop/web',
      '~ dist/shop.k8s.yaml',
      '  ~ apps/v1 Deployment shop/web',
      '      spec.replicas: 2 → 3',
      '',
      '✗ 3 files in dist/ would change: 2 objects (0 added, 1 removed, 1 changed) in 2 manifests; 1 other file. Run cdk8s-blueprints synth to write them.',
    ].join('\n'));
    expect(formatFolderText([diff], () => 'dist', true).split('\n').slice(7, 10)).toEqual([
      '\x1b[1m~ dist/shop.k8s.yaml\x1b[0m',
      '  \x1b[33m~\x1b[0m apps/v1 Deployment shop/web',
      '      spec.replicas: \x1b[31m2\x1b[0m → \x1b[32m3\x1b[0m',
    ]);
  });

  test('the same objects in another order: the manifest is shown as text', () => {
    const svc = { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' } };
    const diff = diffFolder('/out', new Map([['a.k8s.yaml', toYaml([svc, deployment()])]]), new Map([['a.k8s.yaml', toYaml([deployment(), svc])]]));
    expect(diff.files).toHaveLength(1);
    expect(diff.files[0].objects).toEqual([]);
    expect(formatFolderText([diff], () => 'dist', false).split('\n')[0]).toBe('~ dist/a.k8s.yaml (same objects: the order or layout of the file changed)');
  });

  test('a multi-line string (a script in a ConfigMap) as a text diff under its field, in both formats', () => {
    const cm = (script: string) => toYaml([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 's', namespace: 'shop' }, data: { 'run.sh': script } }]);
    const diff = diffFolder('/out', new Map([['a.k8s.yaml', cm('#!/bin/sh\nset -eu\necho a\n')]]), new Map([['a.k8s.yaml', cm('#!/bin/sh\nset -eu\necho b\n')]]));
    expect(formatFolderText([diff], () => 'dist', false).split('\n').slice(0, 9)).toEqual([
      '~ dist/a.k8s.yaml',
      '  ~ v1 ConfigMap shop/s',
      '      data["run.sh"]:',
      '        @@ -1,3 +1,3 @@',
      '         #!/bin/sh',
      '         set -eu',
      '        -echo a',
      '        +echo b',
      '',
    ]);
    expect(formatFolderMarkdown([diff], () => 'dist')).toMatchSnapshot();
  });

  test('no differences', () => {
    const files = new Map([['a.k8s.yaml', toYaml([deployment()])]]);
    expect(formatFolderText([diffFolder('/out', files, files)], () => 'dist', false)).toBe('✓ No differences: dist/ holds what synth would write (1 file).');
  });
});

describe('environments', () => {
  const bp = (environment: string, namespace = 'shop'): BlueprintInfo => ({ id: `shop-${environment}`, name: 'shop', environment, namespace });
  const labelled = (environment: string, namespace: string, replicas: number) => {
    const d: any = deployment({ replicas });
    d.metadata = { ...d.metadata, namespace, labels: { 'app.kubernetes.io/instance': `shop-${environment}`, 'blueprints.cdk8s.io/environment': environment } };
    d.spec.selector = { matchLabels: { 'app.kubernetes.io/instance': `shop-${environment}` } };
    return d;
  };
  const ns = (name: string) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name } });

  test('identity labels and per-environment namespaces are not differences; replicas are', () => {
    const objects = [
      { blueprint: 'shop-dev', json: ns('shop-dev') }, { blueprint: 'shop-dev', json: labelled('dev', 'shop-dev', 1) },
      { blueprint: 'shop-prod', json: ns('shop-prod') }, { blueprint: 'shop-prod', json: labelled('prod', 'shop-prod', 3) },
    ];
    const diff = diffEnvironments([bp('dev', 'shop-dev'), bp('prod', 'shop-prod'), { id: 'web-dev', name: 'web', environment: 'dev', namespace: 'web' }], objects, 'dev', 'prod');
    expect(formatEnvText(diff, false)).toBe([
      'dev → prod: - only in dev, + only in prod, ~ different',
      '',
      'shop (shop-dev → shop-prod)',
      '  ~ apps/v1 Deployment web',
      '      spec.replicas: 1 → 3',
      '',
      'not compared: web (only in dev)',
      '',
      '✗ dev and prod differ in 1 of 1 application: 1 object (0 only in prod, 0 only in dev, 1 different).',
    ].join('\n'));
  });

  test('a ConfigMap named with a content hash is matched by its name without it: its name and data as fields', () => {
    const cm = (name: string, level: string) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'shop' }, data: { LOG_LEVEL: level } });
    const diff = diffEnvironments([bp('dev'), bp('prod')], [
      { blueprint: 'shop-dev', json: cm('settings-241bfa180f', 'debug') }, { blueprint: 'shop-prod', json: cm('settings-48f370e393', 'info') },
    ], 'dev', 'prod');
    expect(diff.blueprints[0].objects).toEqual([{
      id: { apiVersion: 'v1', kind: 'ConfigMap', namespace: 'shop', name: 'settings-48f370e393' }, op: 'changed', fields: [
        { path: 'metadata.name', op: 'changed', before: 'settings-241bfa180f', after: 'settings-48f370e393' },
        { path: 'data.LOG_LEVEL', op: 'changed', before: 'debug', after: 'info' },
      ],
    }]);
  });

  test('an unknown environment, the same one twice, and no application in both', () => {
    expect(() => diffEnvironments([bp('dev'), bp('prod')], [], 'dev', 'staging')).toThrow("--env: no blueprint is in the environment 'staging'; the app's environments: dev, prod");
    expect(() => diffEnvironments([bp('dev')], [], 'dev', 'dev')).toThrow("--env: give two different environments ('dev' twice)");
    expect(() => diffEnvironments([bp('dev'), { id: 'web-prod', name: 'web', environment: 'prod', namespace: 'web' }], [], 'dev', 'prod'))
      .toThrow("--env: no application has a blueprint in both 'dev' and 'prod'");
  });
});
