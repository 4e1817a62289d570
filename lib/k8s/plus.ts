/**
 * The single place the library reaches into cdk8s-plus-28: its bundled Kubernetes 1.28 L1 classes, re-exported
 * for escape hatches. Moving to a newer cdk8s-plus-NN (or `cdk8s import k8s@1.NN`) changes this folder only.
 */
export { k8s } from 'cdk8s-plus-28';
