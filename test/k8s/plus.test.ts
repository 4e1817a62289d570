/**
 * lib/k8s/plus.ts: the `k8s` escape hatch (cdk8s-plus-28's Kubernetes 1.28 L1 classes), loaded on first use.
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { Testing } from 'cdk8s';
import { k8s } from '../../lib/index';

const ROOT = path.join(__dirname, '..', '..');

/** Which of `modules` are loaded after running `script` in a fresh Node process with the library's sources. */
function loadedAfter(script: string, modules: readonly string[]): string[] {
  const out = execFileSync(process.execPath, ['--require', 'tsx/cjs', '-e', `${script}
    const loaded = Object.keys(require.cache);
    console.log(JSON.stringify(${JSON.stringify(modules)}.filter((m) => loaded.some((f) => f.includes('/node_modules/' + m + '/')))));`], { cwd: ROOT, encoding: 'utf8' });
  return JSON.parse(out.trim());
}

describe('k8s', () => {
  test('is cdk8s-plus-28\'s k8s: its L1 classes make objects in a chart', () => {
    const chart = Testing.chart();
    new k8s.KubeConfigMap(chart, 'settings', { metadata: { name: 'settings' }, data: { a: '1' } });
    expect(Testing.synth(chart)).toEqual([{ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'settings' }, data: { a: '1' } }]);
    expect(Object.keys(k8s)).toContain('KubeDeployment');
    expect('KubeRole' in k8s).toBe(true);
  });

  test('loading the library loads neither cdk8s-plus-28 nor the Dockerfile parser; the first use of k8s loads cdk8s-plus-28', () => {
    const lazy = ['cdk8s-plus-28', 'dockerfile-ast', 'dockerfile-utils'];
    expect(loadedAfter("const lib = require('./lib/index.ts');", lazy)).toEqual([]);
    expect(loadedAfter("const lib = require('./lib/index.ts'); void lib.k8s.KubeDeployment;", lazy)).toEqual(['cdk8s-plus-28']);
  });
});
