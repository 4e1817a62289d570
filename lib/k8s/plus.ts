/**
 * The single place the library reaches into cdk8s-plus-28: its bundled Kubernetes 1.28 L1 classes, re-exported
 * for escape hatches. Moving to a newer cdk8s-plus-NN (or `cdk8s import k8s@1.NN`) changes this folder only.
 *
 * Loaded on first use: cdk8s-plus-28 takes 50-190 ms to load (more under a TypeScript loader), and only an app
 * that reaches for `k8s` needs it. `k8s` is a stand-in for cdk8s-plus-28's `k8s` namespace that loads it when a
 * member is first read (`k8s.KubeRole`), listed (`Object.keys(k8s)`) or tested (`'KubeRole' in k8s`).
 */
import type * as plus from 'cdk8s-plus-28';

type K8s = typeof plus.k8s;
let loaded: K8s | undefined;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const load = (): K8s => (loaded ??= (require('cdk8s-plus-28') as typeof plus).k8s);

/** cdk8s-plus-28's `k8s`: the Kubernetes 1.28 API objects as generated L1 classes (`new k8s.KubeRole(...)`). */
export const k8s: K8s = new Proxy({} as K8s, {
  get: (_target, name) => (load() as unknown as Record<string | symbol, unknown>)[name],
  has: (_target, name) => name in load(),
  ownKeys: () => Reflect.ownKeys(load()),
  getOwnPropertyDescriptor: (_target, name) => {
    const d = Reflect.getOwnPropertyDescriptor(load(), name);
    return d && { value: (load() as unknown as Record<string | symbol, unknown>)[name], writable: false, enumerable: d.enumerable, configurable: true };
  },
});
