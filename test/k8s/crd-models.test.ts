/**
 * lib/k8s/imports/crds/{gateway-api,autoscaler}.ts are generated from kubernetes-models' packages by
 * scripts/gen-crd-models.ts: they must be what a fresh generation gives (else run `npm run gen:crd-models`).
 */
import { execFileSync } from 'child_process';
import * as path from 'path';
import { AUTOSCALER_CRDS } from '../../lib/k8s/imports/crds/autoscaler';
import { GATEWAY_API_CRDS } from '../../lib/k8s/imports/crds/gateway-api';

const ROOT = path.join(__dirname, '../..');

test('the generated CRD schemas are up to date with their packages', () => {
  expect(() => execFileSync(path.join(ROOT, 'node_modules/.bin/tsx'), ['scripts/gen-crd-models.ts', '--check'], { cwd: ROOT, stdio: 'pipe' })).not.toThrow();
});

test('they hold the kinds the library emits, with closed objects labelled by their path', () => {
  expect([...GATEWAY_API_CRDS, ...AUTOSCALER_CRDS].map((c) => `${c.apiVersion}/${c.kind}`)).toEqual([
    'gateway.networking.k8s.io/v1/HTTPRoute', 'autoscaling.k8s.io/v1/VerticalPodAutoscaler',
  ]);
  const spec = (GATEWAY_API_CRDS[0].schema as any).properties.spec;
  expect(spec.k8sClosed).toEqual('Gateway API HTTPRoute spec');
  expect(spec.properties.rules.items.properties.backendRefs.items.k8sClosed).toEqual('Gateway API HTTPRoute spec.rules[].backendRefs[]');
});
