/**
 * ImageVerification: the Kyverno Policy `<app>-verify-images` a production blueprint carries for the Images its
 * workloads run with `signing` — one verifyImages entry per signing identity. The gate's image-signed-in-production
 * rule is in test/validation/signing-rules.test.ts; the Policy's schema in test/k8s/schema.test.ts.
 */
import { spawnSync } from 'child_process';
import * as path from 'path';
import { Chart } from 'cdk8s';
import { Construct } from 'constructs';
import {
  Blueprint, BlueprintTesting, Build, CronTask, Environment, GitOps, GitOpsCluster, GitRevision, HealthCheck, Image, ImageSigning,
  ImageVerification, Schedule, WebService, Worker,
} from '../../lib';
import { kindsAndNames, objectOf, objectsOf } from '../_helpers';

const RUST_HEALTHCHECK = ['/usr/local/bin/api', '--healthcheck', 'http://127.0.0.1:8080/healthz'];

/** A P-256 public key made once with `openssl ecparam -name prime256v1 -genkey | openssl ec -pubout` (the private key was not kept). */
const PUBLIC_KEY = `-----BEGIN PUBLIC KEY-----
MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE6vj97k6yJWmF8+PPcOLQhoQfGLxY
jP2EyBgkxccT/ogvo3QgANYqbmnBkDpkzQLcbb7Hl8MVfrjGWU4ltVJO3Q==
-----END PUBLIC KEY-----`;

const GITHUB = ImageSigning.githubActions({ repository: 'acme/shop' });
const GITHUB_KEYLESS = {
  keyless: {
    issuer: 'https://token.actions.githubusercontent.com',
    subject: 'https://github.com/acme/shop/.github/workflows/build-images.yml@refs/heads/main',
    rekor: { url: 'https://rekor.sigstore.dev' },
  },
};

function image(app: ReturnType<typeof BlueprintTesting.app>, id: string, signing?: ImageSigning): Image {
  return new Image(app, id, {
    build: Build.rust({ binary: 'api', healthPath: '/healthz', healthcheckCommand: RUST_HEALTHCHECK }),
    repository: `registry.example.com/shop/${id}`, tag: '1.4.2', signing,
  });
}

/** `shop-<env>` running an Image-built web service per entry of `signings`. */
function shop(environment: Environment, ...signings: Array<ImageSigning | undefined>): Blueprint {
  const app = BlueprintTesting.app();
  const images = signings.map((s, i) => image(app, `api${i + 1}`, s));
  const bp = new Blueprint(app, `shop-${environment.name}`, { environment });
  images.forEach((img, i) => new WebService(bp, `api${i + 1}`, { image: img }));
  return bp;
}

/** The verifyImages entry for the repositories `repos` (of registry.example.com/shop/) and one attestor. */
function entry(repos: string[], attestor: Record<string, unknown>) {
  return {
    type: 'Cosign',
    imageReferences: repos.flatMap((r) => [`registry.example.com/shop/${r}:*`, `registry.example.com/shop/${r}@*`]),
    attestors: [{ entries: [attestor] }],
    mutateDigest: true, verifyDigest: true, required: true,
  };
}

describe('default configuration', () => {
  test('a production blueprint running an Image signed by a GitHub Actions workflow gets shop-verify-images', () => {
    // GIVEN
    const bp = shop(Environment.production(), GITHUB);

    // WHEN
    const objects = BlueprintTesting.synth(bp);

    // THEN
    expect(objectOf(objects, 'Policy', 'shop-verify-images')).toEqual({
      apiVersion: 'kyverno.io/v1',
      kind: 'Policy',
      metadata: {
        name: 'shop-verify-images',
        namespace: 'shop',
        annotations: { 'pod-policies.kyverno.io/autogen-controllers': 'none' },
        labels: {
          'app.kubernetes.io/component': 'admission-policy',
          'app.kubernetes.io/managed-by': 'cdk8s-blueprints',
          'app.kubernetes.io/part-of': 'shop',
          'blueprints.cdk8s.io/environment': 'production',
        },
      },
      spec: {
        validationFailureAction: 'Enforce',
        background: false,
        webhookTimeoutSeconds: 30,
        rules: [{
          name: 'verify-image-signatures',
          match: { any: [{ resources: { kinds: ['Pod'] } }] },
          verifyImages: [entry(['api1'], GITHUB_KEYLESS)],
        }],
      },
    });
    expect(bp.imageVerification).toBeInstanceOf(ImageVerification);
    expect(bp.imageVerification!.policy!.node.path).toEqual('shop-production/ImageVerification/Policy');
  });

  test('the Policy comes with the blueprint\'s own objects, before any object of a workload (kubectl apply order)', () => {
    const names = kindsAndNames(BlueprintTesting.synth(shop(Environment.production(), GITHUB)));
    expect(names.slice(0, 4)).toEqual(['Namespace/shop', 'PriorityClass/shop-services', 'PriorityClass/shop-data', 'Policy/shop-verify-images']);
    expect(names.slice(4).every((n) => !n.startsWith('Policy/'))).toBe(true);
  });

  test('a GitOps deployment syncs the Policy in the first wave of the blueprint\'s constructs, with the workloads that wait for nothing', () => {
    // GIVEN
    const bp = shop(Environment.production(), GITHUB);
    const app = bp.node.root as ReturnType<typeof BlueprintTesting.app>;
    const gitops = new GitOps(app, 'deploy', {
      repoURL: 'https://github.com/acme/shop-deploy.git', revision: GitRevision.branch('main'), engine: 'argocd', blueprints: [bp],
      clusters: { production: GitOpsCluster.inCluster() },
    });

    // WHEN
    BlueprintTesting.synth(bp);

    // THEN
    expect(gitops.waveOf(bp.namespaceResource!)).toEqual(0);
    expect(gitops.waveOf(bp.imageVerification!.policy!)).toEqual(1);
    expect(gitops.waveOf(bp.node.findChild('api1').node.findChild('Deployment') as any)).toEqual(1);
  });
});

describe('signing identities', () => {
  test('keyless with an exact subject, a subject pattern and a private Rekor', () => {
    // GIVEN
    const exact = ImageSigning.keyless({ issuer: 'https://accounts.google.com', subject: 'release@acme.example' });
    const pattern = ImageSigning.keyless({
      issuer: 'https://token.actions.githubusercontent.com', subjectRegExp: '^https://github\\.com/acme/', rekorUrl: 'https://rekor.acme.example',
    });

    // WHEN
    const policy = objectOf(BlueprintTesting.synth(shop(Environment.production(), exact, pattern)), 'Policy', 'shop-verify-images');

    // THEN
    expect(policy.spec.rules[0].verifyImages).toEqual([
      entry(['api1'], { keyless: { issuer: 'https://accounts.google.com', subject: 'release@acme.example', rekor: { url: 'https://rekor.sigstore.dev' } } }),
      entry(['api2'], { keyless: { issuer: 'https://token.actions.githubusercontent.com', subjectRegExp: '^https://github\\.com/acme/', rekor: { url: 'https://rekor.acme.example' } } }),
    ]);
  });

  test('a cosign key pair: the public key (never the private key reference) and the public Rekor cosign signs into', () => {
    // GIVEN
    const key = ImageSigning.key({ publicKey: PUBLIC_KEY, privateKeyRef: 'awskms:///alias/cosign' });

    // WHEN
    const policy = objectOf(BlueprintTesting.synth(shop(Environment.production(), key)), 'Policy', 'shop-verify-images');

    // THEN
    expect(policy.spec.rules[0].verifyImages).toEqual([
      entry(['api1'], { keys: { publicKeys: `${PUBLIC_KEY}\n`, rekor: { url: 'https://rekor.sigstore.dev' } } }),
    ]);
    expect(JSON.stringify(policy)).not.toContain('awskms');
  });

  test('mixed identities: one entry per identity, listing every repository it signs, in repository order', () => {
    // GIVEN: api1 and api3 signed by the same workflow (equal values, not the same object), api2 by a key
    const bp = shop(Environment.production(), GITHUB, ImageSigning.key({ publicKey: PUBLIC_KEY }), ImageSigning.githubActions({ repository: 'acme/shop' }));

    // WHEN
    const policy = objectOf(BlueprintTesting.synth(bp), 'Policy', 'shop-verify-images');

    // THEN
    expect(policy.spec.rules[0].verifyImages).toEqual([
      entry(['api1', 'api3'], GITHUB_KEYLESS),
      entry(['api2'], { keys: { publicKeys: `${PUBLIC_KEY}\n`, rekor: { url: 'https://rekor.sigstore.dev' } } }),
    ]);
  });

  test('an Image run by several workloads (a web service, a worker, a scheduled task) is listed once', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const api = image(app, 'api', GITHUB);
    const bp = new Blueprint(app, 'shop-production', { environment: Environment.production() });
    new WebService(bp, 'web', { image: api });
    new Worker(bp, 'jobs', { image: api, health: HealthCheck.exec(['/usr/local/bin/api', '--alive']) });
    new CronTask(bp, 'report', { image: api, schedule: Schedule.daily({ hour: 2 }) });

    // WHEN
    const policy = objectOf(BlueprintTesting.synth(bp), 'Policy', 'shop-verify-images');

    // THEN
    expect(policy.spec.rules[0].verifyImages).toEqual([entry(['api'], GITHUB_KEYLESS)]);
  });

  test('a Docker Hub repository written without its registry is also listed as Kyverno normalizes it (docker.io)', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const hub = new Image(app, 'hub', {
      build: Build.rust({ binary: 'api', healthPath: '/healthz', healthcheckCommand: RUST_HEALTHCHECK }), repository: 'acme/api', tag: '1.4.2', signing: GITHUB,
    });
    const bp = new Blueprint(app, 'shop-production', { environment: Environment.production() });
    new WebService(bp, 'api', { image: hub });

    // WHEN
    const policy = objectOf(BlueprintTesting.synth(bp), 'Policy', 'shop-verify-images');

    // THEN
    expect(policy.spec.rules[0].verifyImages[0].imageReferences).toEqual(['acme/api:*', 'acme/api@*', 'docker.io/acme/api:*', 'docker.io/acme/api@*']);
  });

  test('images of other repositories (a plain reference) are not in the policy', () => {
    // GIVEN
    const bp = shop(Environment.production(), GITHUB);
    new Worker(bp, 'mailer', { image: 'registry.example.com/shop/mailer:2.0.1', health: HealthCheck.exec(['/app/healthcheck']) });

    // WHEN
    const policy = objectOf(BlueprintTesting.synth(bp), 'Policy', 'shop-verify-images');

    // THEN
    expect(policy.spec.rules[0].verifyImages.flatMap((v: any) => v.imageReferences)).toEqual(['registry.example.com/shop/api1:*', 'registry.example.com/shop/api1@*']);
  });
});

describe('the Policy passes the validator of @kubernetes-models/kyverno (the upstream CRD\'s schema, independent of the gate\'s)', () => {
  /** Runs the package's own precompiled validator (an ES module) on `policies` in a node process; one line per policy. */
  function upstream(policies: any[]): string[] {
    const script = [
      "import { Policy } from '@kubernetes-models/kyverno/kyverno.io/v1/Policy';",
      "let input = ''; process.stdin.on('data', (d) => { input += d; }); process.stdin.on('end', () => {",
      "  for (const p of JSON.parse(input)) { try { new Policy(p).validate(); console.log('valid'); } catch (e) { console.log(String(e.message).split('\\n')[0]); } }",
      '});',
    ].join('\n');
    const r = spawnSync(process.execPath, ['--input-type=module', '-e', script], { cwd: path.join(__dirname, '..', '..'), input: JSON.stringify(policies), encoding: 'utf8' });
    if (r.status !== 0) throw new Error(r.stderr);
    return r.stdout.trim().split('\n');
  }

  test('keyless, key and mixed identities are valid; a wrong type is not', () => {
    // GIVEN
    const policy = objectOf(BlueprintTesting.synth(shop(Environment.production(), GITHUB, ImageSigning.key({ publicKey: PUBLIC_KEY }),
      ImageSigning.keyless({ issuer: 'https://accounts.google.com', subjectRegExp: '^release@acme\\.example$' }))), 'Policy', 'shop-verify-images');
    const broken = JSON.parse(JSON.stringify(policy));
    broken.spec.rules[0].verifyImages[0].mutateDigest = 'yes';

    // THEN
    expect(upstream([policy, broken])).toEqual(['valid', 'data/spec/rules/0/verifyImages/0/mutateDigest must be boolean']);
  });
});

describe('no Policy', () => {
  test('outside production, signed Images or not', () => {
    for (const env of [Environment.development(), Environment.staging()]) {
      const bp = shop(env, GITHUB);
      expect(objectsOf(BlueprintTesting.synth(bp), 'Policy')).toEqual([]);
      expect(bp.imageVerification).toBeUndefined();
    }
  });

  test('in a production blueprint whose workloads run no Image of its own', () => {
    // GIVEN
    const bp = new Blueprint(BlueprintTesting.app(), 'shop-production', { environment: Environment.production() });
    new Worker(bp, 'mailer', { image: 'registry.example.com/shop/mailer:2.0.1', health: HealthCheck.exec(['/app/healthcheck']) });

    // WHEN
    const objects = BlueprintTesting.synth(bp);

    // THEN
    expect(objectsOf(objects, 'Policy')).toEqual([]);
    expect(bp.imageVerification!.policy).toBeUndefined();
    expect(bp.imageVerification!.node.tryFindChild('Policy')).toBeUndefined();
  });

  test('in a production blueprint whose signed workloads were removed from the tree (node.tryRemoveChild)', () => {
    // GIVEN: the workloads register with their chart when made; one removed since, or under a removed construct, is not run
    const bp = shop(Environment.production(), GITHUB);
    const group = new Construct(bp, 'group');
    new WebService(group, 'api2', { image: image(bp.node.scope as ReturnType<typeof BlueprintTesting.app>, 'api2', GITHUB) });

    // WHEN
    bp.node.tryRemoveChild('api1');
    bp.node.tryRemoveChild('group');
    const objects = BlueprintTesting.synth(bp);

    // THEN
    expect(objectsOf(objects, 'Policy')).toEqual([]);
    expect(bp.imageVerification!.policy).toBeUndefined();
  });

  test('in a production blueprint whose signed workload is in a chart of its own nested in it', () => {
    // GIVEN
    const bp = new Blueprint(BlueprintTesting.app(), 'shop-production', { environment: Environment.production() });
    new WebService(new Chart(bp, 'nested'), 'api1', { image: image(bp.node.scope as ReturnType<typeof BlueprintTesting.app>, 'api1', GITHUB) });

    // WHEN: validated as the app validates it (the nested chart's objects are the nested chart's, not the blueprint's)
    expect(bp.imageVerification!.node.validate()).toEqual([]);

    // THEN
    expect(bp.imageVerification!.policy).toBeUndefined();
    expect(bp.imageVerification!.node.tryFindChild('Policy')).toBeUndefined();
  });

  test('in a production blueprint running an unsigned Image: the gate reports it instead', () => {
    expect(() => BlueprintTesting.synth(shop(Environment.production(), undefined))).toThrow(
      /\[image-signed-in-production\] shop-production\/api1\/Deployment: Deployment 'api1' runs 'registry\.example\.com\/shop\/api1:1\.4\.2' \(images\/api1\/Dockerfile\) unsigned/,
    );
  });
});

describe('removed workloads', () => {
  test('one of two signed workloads removed: the Policy lists the one still run', () => {
    // GIVEN
    const bp = shop(Environment.production(), GITHUB, GITHUB);

    // WHEN
    bp.node.tryRemoveChild('api1');
    const policy = objectOf(BlueprintTesting.synth(bp), 'Policy', 'shop-verify-images');

    // THEN
    expect(policy.spec.rules[0].verifyImages).toEqual([entry(['api2'], GITHUB_KEYLESS)]);
  });
});

describe('mistakes', () => {
  test('a second Policy named <app>-verify-images in the blueprint', () => {
    // GIVEN
    const bp = shop(Environment.production(), GITHUB);

    // THEN
    expect(() => new ImageVerification(bp, 'More', { name: 'shop-verify-images' })).not.toThrow();
    expect(() => BlueprintTesting.synth(bp)).toThrow("✗ [unique-objects] shop-production/More/Policy: Policy 'shop-verify-images' is also emitted by 'shop-production/ImageVerification/Policy'");
  });
});
