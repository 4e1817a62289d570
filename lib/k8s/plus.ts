/**
 * The single place the library reaches into cdk8s-plus-28: its bundled Kubernetes 1.28 L1 classes, re-exported
 * for escape hatches. Moving to a newer cdk8s-plus-NN (or `cdk8s import k8s@1.NN`) changes this folder only.
 *
 * Loaded on first use: cdk8s-plus-28 takes 50-190 ms to load (more under a TypeScript loader), and only an app
 * that reaches for `k8s` needs it.
 */
import type * as plus from 'cdk8s-plus-28';

/** cdk8s-plus-28's `k8s`: the Kubernetes 1.28 API objects as generated L1 classes (`new k8s.KubeRole(...)`). */
export declare const k8s: typeof plus.k8s;

Object.defineProperty(exports, 'k8s', {
  enumerable: true,
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  get: (): typeof plus.k8s => (require('cdk8s-plus-28') as typeof plus).k8s,
});
