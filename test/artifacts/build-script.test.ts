/**
 * The build script of each Image (lib/artifacts/build-script.ts): dist/images/<id>/build.sh builds with BuildKit's SBOM
 * and max-mode provenance, pushes, reads the pushed digest, and signs, attests and verifies it with cosign as the
 * Image's ImageSigning says. docker buildx and cosign are not on this machine (Debian has neither, and there is no
 * registry that stores attestations here), so the scripts are checked by their exact text, by `bash -n` and by
 * shellcheck, and the one step that needs no tool, reading the digest from buildx's metadata file, is run for real.
 */
import { spawnSync } from 'child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import * as path from 'path';
import { buildExamples } from '../../apps';
import { BlueprintTesting, Build, Image, ImageSigning, Size } from '../../lib';
import { buildScriptArtifacts, buildScriptPath, formatSize, publicKeyPath, renderBuildScript, sizeBudgetText } from '../../lib/artifacts/build-script';

const PEM = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE4kBlbzNoWBs6hhwaeFIEvqmOLwOW\n-----END PUBLIC KEY-----';
const GITHUB_SUBJECT = 'https://github.com/acme/shop/.github/workflows/build-images.yml@refs/heads/main';
const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';

/** One Image per signing mode, in one app. */
function images(): Record<'github' | 'keylessPattern' | 'key' | 'kms' | 'unsigned', Image> {
  const app = BlueprintTesting.app();
  return {
    github: new Image(app, 'api', {
      build: Build.go({ binary: 'api' }), repository: 'ghcr.io/acme/api', tag: '1.0.0', context: 'services/api',
      signing: ImageSigning.githubActions({ repository: 'acme/shop' }),
    }),
    keylessPattern: new Image(app, 'web', {
      build: Build.node(), repository: 'registry.example.com/shop/web', tag: '2.0.0', context: 'services/web\'s',
      signing: ImageSigning.keyless({ issuer: 'https://accounts.google.com', subjectRegExp: '^ci@acme\\.com$', rekorUrl: 'https://rekor.acme.example' }),
    }),
    key: new Image(app, 'worker', {
      build: Build.rust({ binary: 'worker', runtime: 'debian-slim' }), repository: 'registry.example.com/shop/worker', tag: '3.1.0',
      signing: ImageSigning.key({ publicKey: PEM }),
    }),
    kms: new Image(app, 'batch', {
      build: Build.rust({ binary: 'batch' }), repository: 'registry.example.com/shop/batch', tag: '1.0.0', sizeBudget: Size.mebibytes(40),
      signing: ImageSigning.key({ publicKey: PEM, privateKeyRef: 'awskms:///alias/cosign' }),
    }),
    unsigned: new Image(app, 'tools', {
      build: Build.python({ server: { kind: 'command', command: ['python', 'tool.py'] }, port: false }), repository: 'acme/tools',
      digest: `sha256:${'a'.repeat(64)}`,
    }),
  };
}

/** Lines of `script` that run a command (no comments, no blank lines). */
function commands(script: string, tool: string): string[] {
  return script.split('\n').filter((l) => l.startsWith(`${tool} `));
}

describe('buildScriptArtifacts', () => {
  test('images/<id>/build.sh for every image; cosign.pub beside it for a key pair only', () => {
    // GIVEN
    const { github, key, unsigned } = images();

    // WHEN
    const files = [github, key, unsigned].flatMap((i) => buildScriptArtifacts(i, 'dist'));

    // THEN
    expect(files.map(({ path: p, constructPath, description }) => ({ path: p, constructPath, description }))).toEqual([
      { path: 'images/api/build.sh', constructPath: 'api/BuildScript', description: 'Build script of api: docker buildx build with SBOM and provenance, push, cosign sign and verify (bash dist/images/api/build.sh)' },
      { path: 'images/worker/build.sh', constructPath: 'worker/BuildScript', description: 'Build script of worker: docker buildx build with SBOM and provenance, push, cosign sign and verify (bash dist/images/worker/build.sh)' },
      { path: 'images/worker/cosign.pub', constructPath: 'worker/PublicKey', description: 'cosign public key that verifies worker' },
      { path: 'images/tools/build.sh', constructPath: 'tools/BuildScript', description: 'Build script of tools: docker buildx build with SBOM and provenance, push, unsigned (bash dist/images/tools/build.sh)' },
    ]);
    expect(files[2]!.render()).toBe(`${PEM}\n`);
    expect([buildScriptPath(key), publicKeyPath(key)]).toEqual(['images/worker/build.sh', 'images/worker/cosign.pub']);
  });

  test('synthesis writes them with the Dockerfiles, naming the Dockerfile as the repository root sees it', () => {
    // GIVEN
    const { key } = images();

    // WHEN
    const files = BlueprintTesting.synthApp(key.node.root as ReturnType<typeof BlueprintTesting.app>).files;

    // THEN
    expect([...files.keys()].filter((f) => f.startsWith('images/worker/')).sort()).toEqual([
      'images/worker/Dockerfile', 'images/worker/Dockerfile.dockerignore', 'images/worker/build.sh', 'images/worker/cosign.pub',
    ]);
    expect(files.get('images/worker/build.sh')).toContain('readonly DOCKERFILE=\'dist/images/worker/Dockerfile\'\n');
    expect(files.get('images/worker/cosign.pub')).toBe(`${PEM}\n`);
  });
});

describe('renderBuildScript', () => {
  test('every script builds and pushes with an SBOM and max-mode provenance from the repository root, and prints the digest last', () => {
    for (const image of Object.values(images())) {
      // WHEN
      const script = renderBuildScript(image, 'dist');

      // THEN
      expect(script.startsWith('#!/usr/bin/env bash\n')).toBe(true);
      expect(script).toContain('\nset -euo pipefail\n');
      expect(script).toContain([
        'docker buildx build --file "$DOCKERFILE" --tag "$IMAGE" \\',
        '  --sbom=true --provenance=mode=max \\',
        '  --push --metadata-file "$work/metadata.json" \\',
        '  "$CONTEXT"',
      ].join('\n'));
      expect(script).toContain(`readonly DOCKERFILE='dist/images/${image.name}/Dockerfile'\n`);
      expect(script).toContain(`# Run it from the repository root: bash dist/images/${image.name}/build.sh\n`);
      expect(script.endsWith('\necho "$digest"\n')).toBe(true);
    }
  });

  test('the header states the size budget: the preset\'s, or the Image\'s own', () => {
    const { github, keylessPattern, key, kms, unsigned } = images();
    const budget = (i: Image) => /^# Size budget: (.*)$/m.exec(renderBuildScript(i, 'dist'))?.[1];
    expect([github, keylessPattern, key, kms, unsigned].map(budget)).toEqual([
      '48 MiB uncompressed (Image \'sizeBudget\'; the image build test checks it).', // Go
      '384 MiB uncompressed (Image \'sizeBudget\'; the image build test checks it).', // Node.js
      '192 MiB uncompressed (Image \'sizeBudget\'; the image build test checks it).', // Rust on debian-slim
      '40 MiB uncompressed (Image \'sizeBudget\'; the image build test checks it).', // sizeBudget: Size.mebibytes(40)
      '320 MiB uncompressed (Image \'sizeBudget\'; the image build test checks it).', // Python
    ]);
    expect([formatSize(65536), formatSize(2 * 1024 * 1024), formatSize(1500), sizeBudgetText(kms)]).toEqual(['64 MiB', '2 GiB', '1500 KiB', '40 MiB']);
  });

  test('keyless (GitHub Actions): signs the digest and attests, then verifies with the exact identity and issuer', () => {
    // WHEN
    const script = renderBuildScript(images().github, 'dist');

    // THEN
    const identity = `--certificate-identity '${GITHUB_SUBJECT}' --certificate-oidc-issuer '${GITHUB_ISSUER}'`;
    expect(commands(script, 'cosign')).toEqual([
      'cosign sign --yes "$PUSHED"',
      'cosign attest --yes --type slsaprovenance --predicate "$work/provenance.json" "$PUSHED"',
      'cosign attest --yes --type spdxjson --predicate "$work/sbom.spdx.json" "$PUSHED"',
      `cosign verify ${identity} "$PUSHED" > /dev/null`,
      `cosign verify-attestation --type slsaprovenance ${identity} "$PUSHED" > /dev/null`,
      `cosign verify-attestation --type spdxjson ${identity} "$PUSHED" > /dev/null`,
    ]);
    expect(commands(script, 'docker')).toEqual([
      'docker buildx build --file "$DOCKERFILE" --tag "$IMAGE" \\',
      'docker buildx imagetools inspect "$PUSHED" --format \'{{ json .Provenance.SLSA }}\' > "$work/provenance.json"',
      'docker buildx imagetools inspect "$PUSHED" --format \'{{ json .SBOM.SPDX }}\' > "$work/sbom.spdx.json"',
    ]);
    expect(script).toContain('readonly PUSHED="$REPOSITORY@$digest"\n');
    expect(script).toContain('# Keyless: run it in .github/workflows/build-images.yml of acme/shop on refs/heads/main; the job needs `permissions: id-token: write`.\n');
    expect(script).toMatchSnapshot();
  });

  test('keyless with a subject pattern and its own Rekor: --certificate-identity-regexp and --rekor-url on every step; quotes survive', () => {
    // WHEN
    const script = renderBuildScript(images().keylessPattern, 'dist');

    // THEN
    const verifyWith = '--certificate-identity-regexp \'^ci@acme\\.com$\' --certificate-oidc-issuer \'https://accounts.google.com\' --rekor-url \'https://rekor.acme.example\'';
    expect(commands(script, 'cosign')).toEqual([
      'cosign sign --yes --rekor-url \'https://rekor.acme.example\' "$PUSHED"',
      'cosign attest --yes --rekor-url \'https://rekor.acme.example\' --type slsaprovenance --predicate "$work/provenance.json" "$PUSHED"',
      'cosign attest --yes --rekor-url \'https://rekor.acme.example\' --type spdxjson --predicate "$work/sbom.spdx.json" "$PUSHED"',
      `cosign verify ${verifyWith} "$PUSHED" > /dev/null`,
      `cosign verify-attestation --type slsaprovenance ${verifyWith} "$PUSHED" > /dev/null`,
      `cosign verify-attestation --type spdxjson ${verifyWith} "$PUSHED" > /dev/null`,
    ]);
    expect(script).toContain('readonly CONTEXT=\'services/web\'\\\'\'s\'\n');
    expect(script).toContain('# Keyless: cosign takes the identity token of the CI (ambient OIDC), or opens a browser to log in.\n');
  });

  test('a key pair: --key <privateKeyRef> to sign, cosign.pub beside the script to verify; env:// keys are checked first', () => {
    // WHEN
    const script = renderBuildScript(images().key, 'dist');

    // THEN
    expect(commands(script, 'cosign')).toEqual([
      'cosign sign --yes --key \'env://COSIGN_PRIVATE_KEY\' "$PUSHED"',
      'cosign attest --yes --key \'env://COSIGN_PRIVATE_KEY\' --type slsaprovenance --predicate "$work/provenance.json" "$PUSHED"',
      'cosign attest --yes --key \'env://COSIGN_PRIVATE_KEY\' --type spdxjson --predicate "$work/sbom.spdx.json" "$PUSHED"',
      'cosign verify --key "$PUBLIC_KEY" "$PUSHED" > /dev/null',
      'cosign verify-attestation --type slsaprovenance --key "$PUBLIC_KEY" "$PUSHED" > /dev/null',
      'cosign verify-attestation --type spdxjson --key "$PUBLIC_KEY" "$PUSHED" > /dev/null',
    ]);
    expect(script).toContain('readonly PUBLIC_KEY=\'dist/images/worker/cosign.pub\'\n'
      + ': "${COSIGN_PRIVATE_KEY:?set COSIGN_PRIVATE_KEY to the cosign private key (and COSIGN_PASSWORD to its password)}"\n');
    expect(script).not.toContain('BEGIN PUBLIC KEY'); // the key is a file of its own
    expect(script).toMatchSnapshot();
  });

  test('a key in a KMS: --key names it, and there is no environment variable to check', () => {
    const script = renderBuildScript(images().kms, 'dist');
    expect(commands(script, 'cosign')[0]).toBe('cosign sign --yes --key \'awskms:///alias/cosign\' "$PUSHED"');
    expect(script).not.toContain(':?');
    expect(script).toContain('# Signed with cosign (v2) by a key pair: the private key comes from awskms:///alias/cosign,\n');
  });

  test('unsigned: builds and pushes only, and says signing is off; a pinned digest the build does not reproduce is reported', () => {
    // WHEN
    const script = renderBuildScript(images().unsigned, 'dist');

    // THEN
    expect(commands(script, 'cosign')).toEqual([]);
    expect(commands(script, 'docker')).toEqual(['docker buildx build --file "$DOCKERFILE" --tag "$IMAGE" \\']);
    expect(script).toContain('# Signing is off: Image \'tools\' has no \'signing\' (ImageSigning), so nothing is signed or verified;\n');
    expect(script).toContain('# 3. Signing is off (no ImageSigning): built and pushed with its attestations, not signed.\n');
    expect(script).toContain('readonly IMAGE=\'acme/tools:dev\'\n'); // the tag is pushed; the digest comes from the build
    expect(script).toContain(`if [[ "$digest" != 'sha256:${'a'.repeat(64)}' ]]; then\n`);
    expect(script).toMatchSnapshot();
  });

  test('an output folder other than dist/ is named as the repository root sees it', () => {
    const script = renderBuildScript(images().github, 'deploy/out');
    expect(script).toContain('readonly DOCKERFILE=\'deploy/out/images/api/Dockerfile\'\n');
    expect(script).toContain('# Run it from the repository root: bash deploy/out/images/api/build.sh\n');
  });
});

describe('the digest step, run for real', () => {
  // The lines between "# 2." and PUSHED, against a metadata file as `docker buildx build --metadata-file` writes it.
  function digestOf(metadata: string): { code: number | null; stdout: string; stderr: string } {
    const script = renderBuildScript(images().unsigned, 'dist');
    const step = script.slice(script.indexOf('# 2. '), script.indexOf('readonly PUSHED'));
    const dir = mkdtempSync(path.join(tmpdir(), 'build-script-digest-'));
    try {
      writeFileSync(path.join(dir, 'metadata.json'), metadata);
      const r = spawnSync('bash', ['-c', `set -euo pipefail\nwork=${JSON.stringify(dir)}\n${step}echo "$digest"`], { encoding: 'utf8' });
      return { code: r.status, stdout: r.stdout, stderr: r.stderr.replace(dir, '<work>') };
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }
  const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;

  test('reads containerimage.digest', () => {
    const metadata = JSON.stringify({
      'buildx.build.ref': 'builder/builder0/x1',
      'containerimage.config.digest': `sha256:${'f'.repeat(64)}`,
      'containerimage.descriptor': { mediaType: 'application/vnd.oci.image.index.v1+json', digest: DIGEST, size: 1609 },
      'containerimage.digest': DIGEST,
      'image.name': 'registry.example.com/shop/web:2.0.0',
    }, null, 2);
    expect(digestOf(metadata)).toEqual({ code: 0, stdout: `${DIGEST}\n`, stderr: '' });
  });

  test('fails, saying why, when the metadata has no digest', () => {
    expect(digestOf('{\n  "buildx.build.ref": "builder/builder0/x1"\n}\n')).toEqual({
      code: 1, stdout: '',
      stderr: 'build.sh: no containerimage.digest in the metadata of docker buildx build (<work>/metadata.json): was the image pushed?\n',
    });
  });
});

// shellcheck is installed by scripts/ci/services.sh. Without it the lint is skipped here, never in CI.
const HAVE_SHELLCHECK = spawnSync('shellcheck', ['--version']).status === 0;

describe('every build script is valid bash that shellcheck passes', () => {
  const lint = HAVE_SHELLCHECK ? test : test.skip;
  const dir = mkdtempSync(path.join(tmpdir(), 'build-scripts-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  // every signing mode, and every Image of the examples (constructed, not synthesized)
  const examples = buildExamples({ outdir: path.join(tmpdir(), 'cdk8s-blueprints-build-scripts') }).node.findAll().filter((c): c is Image => c instanceof Image);
  const scripts = [...Object.values(images()), ...examples].map((image, n) => {
    const file = path.join(dir, `${n}-${image.name}.sh`);
    writeFileSync(file, renderBuildScript(image, 'dist'));
    return file;
  });

  test('is installed when CI is set', () => {
    if (process.env.CI) expect({ shellcheck: HAVE_SHELLCHECK, hint: 'sh scripts/ci/services.sh' }).toEqual({ shellcheck: true, hint: 'sh scripts/ci/services.sh' });
  });

  test('bash -n parses every one', () => {
    expect(examples.length).toBeGreaterThanOrEqual(8);
    expect(scripts.map((f) => ({ f: path.basename(f), ...pick(spawnSync('bash', ['-n', f], { encoding: 'utf8' })) }))).toEqual(
      scripts.map((f) => ({ f: path.basename(f), status: 0, output: '' })));
  });

  // Every optional check too, but SC2250 (braces around every $var: style only).
  lint('shellcheck -s bash --enable=all passes every one', () => {
    const r = spawnSync('shellcheck', ['-s', 'bash', '--enable=all', '--exclude=SC2250', ...scripts], { encoding: 'utf8' });
    expect(r.stdout + r.stderr).toBe('');
    expect(r.status).toBe(0);
  });

  lint('and shellcheck would catch a mistake in one (an unquoted variable)', () => {
    const broken = path.join(dir, 'broken.sh');
    writeFileSync(broken, renderBuildScript(images().unsigned, 'dist').replace('--metadata-file "$work/metadata.json"', '--metadata-file $work/metadata.json'));
    const r = spawnSync('shellcheck', ['-s', 'bash', '--enable=all', '--exclude=SC2250', broken], { encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('  --push --metadata-file $work/metadata.json \\\n                         ^---^ SC2086 (info): Double quote to prevent globbing and word splitting.');
  });
});

function pick(r: { status: number | null; stdout: string; stderr: string }): { status: number | null; output: string } {
  return { status: r.status, output: r.stdout + r.stderr };
}
