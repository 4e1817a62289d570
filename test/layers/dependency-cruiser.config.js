/**
 * The layers of lib/, lowest first (../shared/DESIGN.md): an import may only point down, never up, never in a circle.
 * Checked by test/layers/layers.test.ts with dependency-cruiser; no exceptions.
 *
 *   values → k8s → blueprint → network → images → workloads → data → artifacts → validation → app → cli
 *
 * (validation reads only rendered objects, artifacts and values: it may import values and k8s, nothing else.)
 */
const LAYERS = ['values', 'k8s', 'blueprint', 'network', 'images', 'workloads', 'data', 'artifacts', 'validation', 'app', 'cli'];
const CONSTRUCT_LAYERS = ['blueprint', 'network', 'images', 'workloads', 'data'];

const upward = LAYERS.slice(0, -1).map((layer, i) => ({
  name: `${layer}-imports-up`,
  comment: `lib/${layer}/ may import only ${LAYERS.slice(0, i).map((l) => `lib/${l}/`).join(', ') || 'no other layer'}`,
  severity: 'error',
  from: { path: `^lib/${layer}/` },
  to: { path: `^lib/(${LAYERS.slice(i + 1).join('|')})/|^lib/index\\.ts$` },
}));

module.exports = {
  forbidden: [
    ...upward,
    {
      name: 'validation-imports-constructs',
      comment: 'the gate reads only rendered objects, artifacts and values: never a construct class or an artifact renderer',
      severity: 'error',
      from: { path: '^lib/validation/' },
      to: { path: `^lib/(${[...CONSTRUCT_LAYERS, 'artifacts'].join('|')})/` },
    },
    {
      name: 'no-circular',
      comment: 'no import circle',
      severity: 'error',
      from: { path: '^lib/' },
      to: { circular: true },
    },
    {
      name: 'cdk8s-plus-outside-k8s',
      comment: 'only lib/k8s/ imports cdk8s-plus-28, so moving to a newer cdk8s-plus-NN touches one folder',
      severity: 'error',
      from: { path: '^lib/', pathNot: '^lib/k8s/' },
      to: { path: 'node_modules/cdk8s-plus-28/' },
    },
    {
      name: 'values-use-constructs',
      comment: 'value objects are pure: no construct, no construct tree (cdk8s Duration and Size are values too)',
      severity: 'error',
      from: { path: '^lib/values/' },
      to: { path: 'node_modules/constructs/' },
    },
    {
      name: 'fs-outside-app',
      comment: 'nothing under lib/ but the app (and its CLI) touches the file system',
      severity: 'error',
      from: { path: '^lib/', pathNot: '^lib/(app|cli)/' },
      to: { dependencyTypes: ['core'], path: '^(node:)?fs(/promises)?$' },
    },
    {
      name: 'lib-outside-a-layer',
      comment: 'every file of lib/ is in the folder of its layer (lib/index.ts, the barrel, excepted)',
      severity: 'error',
      from: { path: '^lib/[^/]+\\.ts$', pathNot: '^lib/index\\.ts$' },
      to: {},
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^lib/cli/templates/|\\.d\\.ts$|^lib/k8s/imports/k8s-1\\.28/validators\\.js$' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
    moduleSystems: ['cjs', 'es6'],
  },
};
