/**
 * The GitHub Actions workflow that builds every image (lib/artifacts/github-workflow.ts): dist/ci/github/build-images.yml,
 * one job per image running its build.sh, with actions pinned by commit SHA and permissions per signing mode, checked
 * against GitHub's workflow schema by @action-validator/core.
 */
import { validateWorkflow } from '@action-validator/core';
import * as yaml from 'js-yaml';
import { BlueprintTesting, Build, Image, ImageSigning } from '../../lib';
import { IMAGES_WORKFLOW_PATH, IMAGES_WORKFLOW_TARGET, renderImagesWorkflow } from '../../lib/artifacts/github-workflow';

const PEM = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAE4kBlbzNoWBs6hhwaeFIEvqmOLwOW\n-----END PUBLIC KEY-----';

function app(): { app: ReturnType<typeof BlueprintTesting.app>; images: Image[] } {
  const root = BlueprintTesting.app();
  const images = [
    new Image(root, 'web', {
      build: Build.node(), repository: 'registry.example.com/shop/web', tag: '2.0.0',
      signing: ImageSigning.key({ publicKey: PEM }),
    }),
    new Image(root, 'api', {
      build: Build.go({ binary: 'api' }), repository: 'ghcr.io/acme/api', tag: '1.0.0',
      signing: ImageSigning.githubActions({ repository: 'acme/shop' }),
    }),
    new Image(root, 'tools', { build: Build.python({ server: { kind: 'command', command: ['python', 'tool.py'] }, port: false }), repository: 'acme/tools', tag: '1.0.0' }),
  ];
  return { app: root, images };
}

describe('renderImagesWorkflow', () => {
  test('is a valid GitHub Actions workflow (action-validator: GitHub\'s workflow schema)', () => {
    // WHEN
    const text = renderImagesWorkflow(app().images, 'dist');

    // THEN
    expect(validateWorkflow(text)).toEqual({ actionType: 'workflow', errors: [] });
    expect(text).toMatchSnapshot();
  });

  test('and the validator catches a mistake in it (a permission GitHub does not know)', () => {
    const text = renderImagesWorkflow(app().images, 'dist').replace('id-token: write', 'id-token: sign');
    const result = validateWorkflow(text);
    expect(result.errors.map((e) => ('path' in e ? `${e.code} ${e.path}` : e.code))).toEqual(['one_of /jobs/build-api']);
  });

  test('one job per image, sorted by name, each running the image\'s build.sh and publishing its digest', () => {
    // WHEN
    const workflow = yaml.load(renderImagesWorkflow(app().images, 'dist')) as any;

    // THEN
    expect(Object.keys(workflow.jobs)).toEqual(['build-api', 'build-tools', 'build-web']);
    expect(workflow.jobs['build-api'].steps.at(-1)).toEqual({
      name: 'build, push, sign and verify', id: 'build', shell: 'bash',
      run: 'digest="$(bash dist/images/api/build.sh | tail -n 1)"\necho "digest=$digest" >> "$GITHUB_OUTPUT"\n',
    });
    expect(workflow.jobs['build-api'].outputs).toEqual({ digest: '${{ steps.build.outputs.digest }}' });
    expect(workflow.on).toEqual({ push: { branches: ['main'] }, workflow_dispatch: {} });
    expect(workflow.permissions).toEqual({ contents: 'read' });
  });

  test('permissions and steps per signing mode: id-token for keyless, packages for ghcr.io, the key from a secret, no cosign when unsigned', () => {
    // WHEN
    const { jobs } = yaml.load(renderImagesWorkflow(app().images, 'dist')) as any;
    const uses = (job: any) => job.steps.filter((s: any) => s.uses).map((s: any) => s.uses.split('@')[0]);

    // THEN
    expect(jobs['build-api'].permissions).toEqual({ 'contents': 'read', 'id-token': 'write', 'packages': 'write' });
    expect(jobs['build-web'].permissions).toEqual({ contents: 'read' });
    expect(jobs['build-tools'].permissions).toEqual({ contents: 'read' });
    expect(uses(jobs['build-api'])).toEqual(['actions/checkout', 'docker/setup-buildx-action', 'docker/login-action', 'sigstore/cosign-installer']);
    expect(uses(jobs['build-tools'])).toEqual(['actions/checkout', 'docker/setup-buildx-action', 'docker/login-action']);
    expect(jobs['build-web'].steps.at(-1).env).toEqual({ COSIGN_PRIVATE_KEY: '${{ secrets.COSIGN_PRIVATE_KEY }}', COSIGN_PASSWORD: '${{ secrets.COSIGN_PASSWORD }}' });
    expect(jobs['build-api'].steps.at(-1).env).toBeUndefined();
    // registry logins: ghcr.io with the workflow's token, others with secrets named after the registry, Docker Hub without a registry
    expect([jobs['build-api'], jobs['build-web'], jobs['build-tools']].map((j) => j.steps[2].with)).toEqual([
      { registry: 'ghcr.io', username: '${{ github.actor }}', password: '${{ secrets.GITHUB_TOKEN }}' },
      { registry: 'registry.example.com', username: '${{ secrets.REGISTRY_EXAMPLE_COM_USERNAME }}', password: '${{ secrets.REGISTRY_EXAMPLE_COM_PASSWORD }}' },
      { username: '${{ secrets.DOCKERHUB_USERNAME }}', password: '${{ secrets.DOCKERHUB_PASSWORD }}' },
    ]);
  });

  test('every action is pinned by a full commit SHA, with its release in a comment', () => {
    const text = renderImagesWorkflow(app().images, 'dist');
    const pins = [...new Set(text.split('\n').filter((l) => l.includes('uses: ')).map((l) => l.trim().replace(/^- uses: /, '')))];
    expect(pins).toEqual([
      'actions/checkout@11bd71901bbe5b1630ceea73d27597364c9af683 # v4.2.2',
      'docker/setup-buildx-action@b5ca514318bd6ebac0fb2aedd5d36ec1b5c232a2 # v3.10.0',
      'docker/login-action@74a5d142397b4f367a81961eba4e8cd7edddf772 # v3.4.0',
      'sigstore/cosign-installer@d7d6bc7722e3daa8354c50bcb52f4837da5e9b6a # v3.8.1',
    ]);
  });

  test('runs on the refs the GitHub Actions signers name (a tag ref: on tags), so its signatures are the admitted identity', () => {
    // GIVEN
    const root = BlueprintTesting.app();
    const images = [
      new Image(root, 'a', { build: Build.go({ binary: 'a' }), repository: 'ghcr.io/acme/a', tag: '1.0.0', signing: ImageSigning.githubActions({ repository: 'acme/shop', ref: 'refs/heads/release' }) }),
      new Image(root, 'b', { build: Build.go({ binary: 'b' }), repository: 'ghcr.io/acme/b', tag: '1.0.0', signing: ImageSigning.githubActions({ repository: 'acme/shop', ref: 'refs/tags/v1.0.0' }) }),
    ];

    // WHEN
    const text = renderImagesWorkflow(images, 'dist');

    // THEN
    expect((yaml.load(text) as any).on).toEqual({ push: { branches: ['release'], tags: ['v1.0.0'] }, workflow_dispatch: {} });
    expect(validateWorkflow(text).errors).toEqual([]);
  });

  test('its header says where to copy it: the workflow ImageSigning.githubActions() names by default', () => {
    const text = renderImagesWorkflow(app().images, 'dist');
    expect(IMAGES_WORKFLOW_TARGET).toBe(ImageSigning.githubActions({ repository: 'acme/shop' }).githubActions!.workflow);
    expect(text.split('\n').slice(0, 2)).toEqual([
      '# Generated by cdk8s-blueprints. Do not edit: change the app and synthesize again.',
      '# Copy it to .github/workflows/build-images.yml: a keyless signature made by ImageSigning.githubActions() names that',
    ]);
  });

  test('an image whose GitHub signer names another workflow file is named in the header', () => {
    const root = BlueprintTesting.app();
    const image = new Image(root, 'a', {
      build: Build.go({ binary: 'a' }), repository: 'ghcr.io/acme/a', tag: '1.0.0',
      signing: ImageSigning.githubActions({ repository: 'acme/shop', workflow: '.github/workflows/release.yml' }),
    });
    expect(renderImagesWorkflow([image], 'dist').split('\n').filter((l) => l.startsWith('# a: '))).toEqual([
      '# a: its signer is .github/workflows/release.yml, so copy its job there (or this file to that name).',
    ]);
    expect(renderImagesWorkflow(app().images, 'dist')).not.toContain('its signer is');
  });

  test('the same images give the same bytes whatever the order they come in', () => {
    const { images } = app();
    expect(renderImagesWorkflow([...images].reverse(), 'dist')).toBe(renderImagesWorkflow(images, 'dist'));
  });
});

describe('synthesis', () => {
  test('writes ci/github/build-images.yml when the app has an Image', () => {
    const files = BlueprintTesting.synthApp(app().app).files;
    expect(IMAGES_WORKFLOW_PATH).toBe('ci/github/build-images.yml');
    expect(files.get(IMAGES_WORKFLOW_PATH)).toBe(renderImagesWorkflow(app().images, 'dist'));
  });

  test('and none without one', () => {
    const files = BlueprintTesting.synthApp(BlueprintTesting.app()).files;
    expect(files.has(IMAGES_WORKFLOW_PATH)).toBe(false);
  });
});
