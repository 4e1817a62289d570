/**
 * The image rules (lib/validation/image-rules.ts): each Dockerfile built here against the manifests that run its
 * image (port, user, writable paths, entrypoint form), and the hygiene of every Dockerfile written (hadolint's checks).
 */
import { IMAGE_RULES } from '../../lib/validation/image-rules';
import { cleanInput, contextOf, violationsOf } from './_clean-input';
import { IMAGE_CASES } from './_corpus-image';
import { runCases } from './_corpus-run';

describe('IMAGE_RULES', () => {
  test('are these rules, in this order, every one of category image', () => {
    expect(IMAGE_RULES.map((r) => r.id)).toEqual([
      'image-port', 'image-user', 'image-writable-paths', 'image-entrypoint', 'dockerfile-syntax', 'dockerfile-pinned-base',
      'dockerfile-user', 'dockerfile-exec-form', 'dockerfile-no-add', 'dockerfile-apt', 'dockerfile-pip-cache', 'dockerfile-no-secrets',
      'dockerfile-absolute-workdir', 'dockerfile-no-sudo',
    ]);
    expect([...new Set(IMAGE_RULES.map((r) => r.category))]).toEqual(['image']);
  });

  test('report nothing on what the library renders by default', () => {
    // GIVEN
    const ctx = contextOf(cleanInput());

    // THEN
    expect(violationsOf(IMAGE_RULES, ctx)).toEqual(IMAGE_RULES.map((r) => [r.id, []]));
  });

  test('see each container that runs an Image built here with its Dockerfile, and every Dockerfile written', () => {
    // GIVEN
    const input = cleanInput();

    // THEN: the cross-checks above had pairs to compare, and the hygiene rules a Dockerfile to read
    expect(input.images?.map((b) => [b.objectPath, b.container, b.dockerfilePath])).toEqual([
      ['shop-production/api/Deployment', 'api', 'images/api-image/Dockerfile'],
      ['shop-development/api/Deployment', 'api', 'images/api-image/Dockerfile'],
    ]);
    expect(input.artifacts.map((a) => a.path)).toEqual([
      'images/api-image/Dockerfile', 'images/api-image/Dockerfile.dockerignore', 'images/api-image/build.sh', 'compose/shop-development.compose.yaml',
      'ci/github/build-images.yml',
    ]);
  });
});

runCases(IMAGE_CASES);
