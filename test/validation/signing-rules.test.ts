/** The signed-images rule (lib/validation/signing-rules.ts) and its corpus cases (_corpus-signing.ts). */
import { RULES } from '../../lib/validation/registry';
import { SIGNING_RULES } from '../../lib/validation/signing-rules';
import { cleanInput, contextOf, violationsOf } from './_clean-input';
import { SIGNING_CASES, SIGNING_FIX } from './_corpus-signing';
import { runCases } from './_corpus-run';

const IMAGE = 'registry.example.com/shop/api:1.4.2';

function deployment(path: string, production: boolean, image = IMAGE, namespace = 'shop') {
  return {
    path, blueprint: path.split('/')[0], production,
    json: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api', namespace }, spec: { template: { metadata: { labels: {} }, spec: { containers: [{ name: 'api', image }] } } } },
  };
}

function binding(objectPath: string) {
  return { objectPath, container: 'api', dockerfilePath: 'images/api/Dockerfile', facts: { user: { uid: 10001, gid: 10001 }, writablePaths: ['/tmp'], entrypointForm: 'exec' as const } };
}

/** A Kyverno policy of blueprint shop-production verifying `references` with one keyless attestor; `change` edits it. */
function policy(references: string[], change: (p: any) => void = () => undefined, kind = 'Policy') {
  const json: any = {
    apiVersion: 'kyverno.io/v1', kind, metadata: { name: 'shop-verify-images', ...(kind === 'Policy' ? { namespace: 'shop' } : {}) },
    spec: {
      validationFailureAction: 'Enforce', background: false,
      rules: [{
        name: 'verify-image-signatures', match: { any: [{ resources: { kinds: ['Pod'] } }] },
        verifyImages: [{ imageReferences: references, attestors: [{ entries: [{ keyless: { issuer: 'https://token.actions.githubusercontent.com', subject: 'x' } }] }], required: true }],
      }],
    },
  };
  change(json);
  return { path: `shop-production/${kind}`, blueprint: 'shop-production', production: true, json };
}

const UNSIGNED = "Deployment 'api' runs 'registry.example.com/shop/api:1.4.2' (images/api/Dockerfile) unsigned: no Kyverno verifyImages policy in namespace 'shop' admits only signed registry.example.com/shop/api images; give the Image a signing identity, e.g. signing: ImageSigning.githubActions({ repository: 'owner/name' })";

describe('SIGNING_RULES', () => {
  test('are one image rule, an error, registered in the gate', () => {
    expect(SIGNING_RULES.map((r) => [r.id, r.severity, r.category])).toEqual([['image-signed-in-production', 'error', 'image']]);
    expect(RULES.filter((r) => r.id === 'image-signed-in-production')).toEqual(SIGNING_RULES);
    expect(SIGNING_RULES[0].fix).toBe(SIGNING_FIX);
  });

  test('report nothing on what the library renders by default (a signed Image in production)', () => {
    expect(violationsOf(SIGNING_RULES, contextOf(cleanInput()))).toEqual([['image-signed-in-production', []]]);
  });
});

describe('image-signed-in-production', () => {
  const check = (objects: any[], images: any[]) => SIGNING_RULES[0].check(contextOf({ objects, artifacts: [], images }));
  const api = deployment('shop-production/api/Deployment', true);
  const unsigned = [{ path: 'shop-production/api/Deployment', message: UNSIGNED }];

  test('an error for a production workload running an Image no policy covers, once per workload and container; nothing outside production', () => {
    expect(check([api], [binding(api.path), binding(api.path)])).toEqual(unsigned);
    const dev = deployment('shop-development/api/Deployment', false);
    expect(check([dev], [binding(dev.path)])).toEqual([]);
  });

  test('nothing when an enforcing Kyverno policy of the namespace verifies the image (by tag or digest pattern), or a ClusterPolicy does', () => {
    expect(check([api, policy(['registry.example.com/shop/api:*', 'registry.example.com/shop/api@*'])], [binding(api.path)])).toEqual([]);
    expect(check([api, policy(['registry.example.com/shop/*'])], [binding(api.path)])).toEqual([]);
    expect(check([api, policy(['registry.example.com/shop/ap?:1.4.?'], (p) => { p.spec.validationFailureAction = 'enforce'; })], [binding(api.path)])).toEqual([]);
    expect(check([api, policy(['registry.example.com/shop/api:*'], () => undefined, 'ClusterPolicy')], [binding(api.path)])).toEqual([]);
    const pinned = deployment('shop-production/api/Deployment', true, `registry.example.com/shop/api@sha256:${'a'.repeat(64)}`);
    expect(check([pinned, policy(['registry.example.com/shop/api@*'])], [binding(pinned.path)])).toEqual([]);
  });

  test('an error when the policy does not admit only signed images: another repository or namespace, Audit, not required, no attestor, not on Pods', () => {
    const cases: Array<[string, any]> = [
      ['another repository', policy(['registry.example.com/shop/web:*'])],
      ['another namespace', policy(['registry.example.com/shop/api:*'], (p) => { p.metadata.namespace = 'other'; })],
      ['Audit', policy(['registry.example.com/shop/api:*'], (p) => { p.spec.validationFailureAction = 'Audit'; })],
      ['an entry in Audit', policy(['registry.example.com/shop/api:*'], (p) => { p.spec.rules[0].verifyImages[0].failureAction = 'Audit'; })],
      ['not required', policy(['registry.example.com/shop/api:*'], (p) => { p.spec.rules[0].verifyImages[0].required = false; })],
      ['no attestor', policy(['registry.example.com/shop/api:*'], (p) => { p.spec.rules[0].verifyImages[0].attestors = [{ entries: [] }]; })],
      ['Deployments only', policy(['registry.example.com/shop/api:*'], (p) => { p.spec.rules[0].match.any[0].resources.kinds = ['Deployment']; })],
    ];
    for (const [name, p] of cases) expect([name, check([api, p], [binding(api.path)])]).toEqual([name, unsigned]);
  });

  test('a Docker Hub image written without its registry matches the patterns Kyverno matches it with (docker.io, docker.io/library)', () => {
    const hub = deployment('shop-production/api/Deployment', true, 'acme/api:1.4.2');
    expect(check([hub, policy(['docker.io/acme/api:*'])], [binding(hub.path)])).toEqual([]);
    const official = deployment('shop-production/api/Deployment', true, 'api:1.4.2');
    expect(check([official, policy(['docker.io/library/api:*'])], [binding(official.path)])).toEqual([]);
    expect(check([hub, policy(['docker.io/acme/web:*'])], [binding(hub.path)])).toEqual([{
      path: 'shop-production/api/Deployment',
      message: "Deployment 'api' runs 'acme/api:1.4.2' (images/api/Dockerfile) unsigned: no Kyverno verifyImages policy in namespace 'shop' admits only signed acme/api images; give the Image a signing identity, e.g. signing: ImageSigning.githubActions({ repository: 'owner/name' })",
    }]);
  });

  test('a malformed policy (a null rule or entry, lists that are not lists) admits nothing and does not stop the rule', () => {
    const broken = [
      policy(['registry.example.com/shop/api:*'], (x) => { x.spec.rules = [null]; }),
      policy(['registry.example.com/shop/api:*'], (x) => { x.spec.rules[0].verifyImages = [null, 7]; }),
      policy(['registry.example.com/shop/api:*'], (x) => { x.spec.rules[0].match = { any: 'Pod', all: 3 }; }),
      policy(['registry.example.com/shop/api:*'], (x) => { x.spec.rules[0].match = { any: [{ resources: { kinds: 5 } }] }; }),
      policy(['registry.example.com/shop/api:*'], (x) => { x.spec.rules[0].verifyImages[0].imageReferences = 42; }),
      policy(['registry.example.com/shop/api:*'], (x) => { x.spec.rules[0].verifyImages[0].attestors = { entries: [] }; }),
    ];
    for (const p of broken) expect(check([api, p], [binding(api.path)])).toEqual(unsigned);
  });

  test('an entry in Enforce counts in a policy in Audit', () => {
    const p = policy(['registry.example.com/shop/api:*'], (x) => { x.spec.validationFailureAction = 'Audit'; x.spec.rules[0].verifyImages[0].failureAction = 'Enforce'; });
    expect(check([api, p], [binding(api.path)])).toEqual([]);
  });
});

describe('corpus: signed images', () => runCases(SIGNING_CASES));
