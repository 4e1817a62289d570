/** The base-image lock rule (lib/validation/base-lock-rules.ts) and its corpus cases (_corpus-base-lock.ts). */
import { BASE_LOCK_RULES } from '../../lib/validation/base-lock-rules';
import { RULES } from '../../lib/validation/registry';
import { cleanInput, contextOf, violationsOf } from './_clean-input';
import { BASE_LOCK_CASES, BASE_LOCK_FIX } from './_corpus-base-lock';
import { runCases } from './_corpus-run';


/** A binding of a container to an image whose Dockerfile used a lock lacking `unlocked`. */
function binding(objectPath: string, unlocked: string[], container = 'api') {
  return {
    objectPath, container, dockerfilePath: 'images/api/Dockerfile',
    facts: { user: { uid: 10001, gid: 10001 }, writablePaths: ['/tmp'], entrypointForm: 'exec' as const, baseLock: { file: 'base-images.lock.json', references: ['debian:bookworm-slim', ...unlocked], unlocked } },
  };
}

function deployment(path: string, production: boolean) {
  return { path, blueprint: 'shop', production, json: { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'api' }, spec: {} } };
}

describe('BASE_LOCK_RULES', () => {
  test('are one image rule, registered in the gate', () => {
    expect(BASE_LOCK_RULES.map((r) => [r.id, r.severity, r.category])).toEqual([['image-base-locked', 'warning', 'image']]);
    expect(RULES.filter((r) => r.id === 'image-base-locked')).toEqual(BASE_LOCK_RULES);
    expect(BASE_LOCK_RULES[0].fix).toBe(BASE_LOCK_FIX);
  });

  test('report nothing on what the library renders by default (no lock)', () => {
    expect(violationsOf(BASE_LOCK_RULES, contextOf(cleanInput()))).toEqual([['image-base-locked', []]]);
  });
});

describe('image-base-locked', () => {
  const check = (objects: any[], images: any[]) => BASE_LOCK_RULES[0].check(contextOf({ objects, artifacts: [], images }));

  test('an error in production, a warning elsewhere, once per workload and Dockerfile; nothing when every base is locked', () => {
    expect(check(
      [deployment('shop-production/api/Deployment', true), deployment('shop-development/api/Deployment', false)],
      [
        binding('shop-production/api/Deployment', ['golang:1.23-bookworm']),
        binding('shop-production/api/Deployment', ['golang:1.23-bookworm']),
        binding('shop-development/api/Deployment', ['golang:1.23-bookworm', 'gcr.io/distroless/static-debian12:nonroot']),
      ],
    )).toEqual([
      { path: 'shop-production/api/Deployment', severity: 'error', message: "images/api/Dockerfile vs container 'api': FROM golang:1.23-bookworm is not in the base-image lock base-images.lock.json, so the build pulls whatever the tag points at that day" },
      { path: 'shop-development/api/Deployment', severity: 'warning', message: "images/api/Dockerfile vs container 'api': FROM golang:1.23-bookworm, FROM gcr.io/distroless/static-debian12:nonroot are not in the base-image lock base-images.lock.json, so the build pulls whatever the tag points at that day" },
    ]);
    expect(check([deployment('shop-production/api/Deployment', true)], [binding('shop-production/api/Deployment', [])])).toEqual([]);
  });

  test('an image of an app that reads no lock is not this rule\'s business (dockerfile-pinned-base checks its tags)', () => {
    const { baseLock: _none, ...facts } = binding('shop-production/api/Deployment', ['golang:1.23-bookworm']).facts;
    expect(check([deployment('shop-production/api/Deployment', true)], [{ ...binding('shop-production/api/Deployment', []), facts }])).toEqual([]);
  });
});

describe('corpus: base-image lock', () => runCases(BASE_LOCK_CASES));
