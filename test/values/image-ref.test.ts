import { BlueprintError } from '../../lib/values/_errors';
import { dockerHubForms, ImagePolicy, ImageRef, MUTABLE_TAGS, registryHost } from '../../lib/values/image-ref';

const DIGEST = `sha256:${'0123456789abcdef'.repeat(4)}`;
const BAD_DIGEST = "has an invalid digest: expected 'sha256:' and 64 lowercase hex digits";
const BAD_TAG = "has an invalid tag: up to 128 letters, digits, '_', '.' and '-', not starting with '.' or '-'";
const BAD_REF = 'is not a valid image reference: expected [registry/]path[:tag][@sha256:digest] with a lowercase path';

/** repository, tag and digest of a parsed reference, for one toEqual. */
function parts(ref: ImageRef) {
  return { repository: ref.repository, tag: ref.tag, digest: ref.digest };
}

describe('ImageRef.parse', () => {
  test.each([
    ['nginx', { repository: 'nginx', tag: undefined, digest: undefined }],
    ['nginx:1.25', { repository: 'nginx', tag: '1.25', digest: undefined }],
    ['library/nginx:1.25-alpine', { repository: 'library/nginx', tag: '1.25-alpine', digest: undefined }],
    ['registry.example.com/shop/api:1.4.2', { repository: 'registry.example.com/shop/api', tag: '1.4.2', digest: undefined }],
    ['registry.example.com:5000/shop/api:1.4.2', { repository: 'registry.example.com:5000/shop/api', tag: '1.4.2', digest: undefined }],
    ['localhost:5000/api', { repository: 'localhost:5000/api', tag: undefined, digest: undefined }],
    ['ghcr.io/org/team/group/project/api:v2', { repository: 'ghcr.io/org/team/group/project/api', tag: 'v2', digest: undefined }],
    ['my-registry.io/a__b/c.d/e--f:TAG_1.x', { repository: 'my-registry.io/a__b/c.d/e--f', tag: 'TAG_1.x', digest: undefined }],
    [`nginx@${DIGEST}`, { repository: 'nginx', tag: undefined, digest: DIGEST }],
    [`registry.example.com:5000/shop/api@${DIGEST}`, { repository: 'registry.example.com:5000/shop/api', tag: undefined, digest: DIGEST }],
    [`registry.example.com:5000/shop/api:1.4.2@${DIGEST}`, { repository: 'registry.example.com:5000/shop/api', tag: '1.4.2', digest: DIGEST }],
  ])('parses %s', (text, expected) => {
    // GIVEN / WHEN
    const ref = ImageRef.parse(text);

    // THEN
    expect(parts(ref)).toEqual(expected);
    expect(ref.toString()).toEqual(text);
    expect(`${ref}`).toEqual(text);
  });

  test('accepts a tag of exactly 128 characters', () => {
    // GIVEN
    const tag = `v${'1'.repeat(127)}`;

    // WHEN / THEN
    expect(ImageRef.parse(`nginx:${tag}`).tag).toEqual(tag);
  });

  test.each([
    ['', "'image' ('') must not be empty"],
    ['   ', "'image' ('   ') must not be empty"],
    ['nginx@sha256:abc', `'image' ('nginx@sha256:abc') ${BAD_DIGEST}`],
    [`nginx@sha256:${'A'.repeat(64)}`, `'image' ('nginx@sha256:${'A'.repeat(64)}') ${BAD_DIGEST}`],
    [`nginx@sha512:${'a'.repeat(64)}`, `'image' ('nginx@sha512:${'a'.repeat(64)}') ${BAD_DIGEST}`],
    ['nginx@', `'image' ('nginx@') ${BAD_DIGEST}`],
    ['nginx:', `'image' ('nginx:') ${BAD_TAG}`],
    ['nginx:-1', `'image' ('nginx:-1') ${BAD_TAG}`],
    ['nginx:.1', `'image' ('nginx:.1') ${BAD_TAG}`],
    ['nginx:1+build', `'image' ('nginx:1+build') ${BAD_TAG}`],
    [`nginx:v${'1'.repeat(128)}`, `'image' ('nginx:v${'1'.repeat(128)}') ${BAD_TAG}`],
    ['Nginx:1.25', `'image' ('Nginx:1.25') ${BAD_REF}`],
    ['shop/API:1', `'image' ('shop/API:1') ${BAD_REF}`],
    ['nginx/', `'image' ('nginx/') ${BAD_REF}`],
    ['/nginx', `'image' ('/nginx') ${BAD_REF}`],
    ['shop//api', `'image' ('shop//api') ${BAD_REF}`],
    ['-nginx', `'image' ('-nginx') ${BAD_REF}`],
    ['nginx_', `'image' ('nginx_') ${BAD_REF}`],
    ['a___b', `'image' ('a___b') ${BAD_REF}`],
    ['https://registry.example.com/api:1', `'image' ('https://registry.example.com/api:1') ${BAD_REF}`],
    ['registry.example.com:port/api', `'image' ('registry.example.com:port/api') ${BAD_REF}`],
    [' nginx:1.25', `'image' (' nginx:1.25') ${BAD_REF}`],
  ])('rejects %j with the exact message', (text, message) => {
    // GIVEN / WHEN / THEN
    expect(() => ImageRef.parse(text)).toThrow(message);
    expect(() => ImageRef.parse(text)).toThrow(BlueprintError);
  });

  test('checks the digest before the tag and the tag before the repository', () => {
    // GIVEN / WHEN / THEN
    expect(() => ImageRef.parse('Bad:-tag@sha256:x')).toThrow(`'image' ('Bad:-tag@sha256:x') ${BAD_DIGEST}`);
    expect(() => ImageRef.parse('Bad:-tag')).toThrow(`'image' ('Bad:-tag') ${BAD_TAG}`);
  });
});

describe('ImageRef.isMutable', () => {
  test.each([
    ['nginx', true],
    ['nginx:latest', true],
    ['nginx:LATEST', true],
    ['nginx:Main', true],
    ['nginx:stable', true],
    ['registry.example.com:5000/api', true],
    ['nginx:1.25', false],
    ['nginx:latest-1.25', false],
    ['nginx:v1-latest', false],
    [`nginx@${DIGEST}`, false],
    [`nginx:latest@${DIGEST}`, false],
  ])('%s -> %p', (text, mutable) => {
    // GIVEN / WHEN / THEN
    expect(ImageRef.parse(text).isMutable).toBe(mutable);
  });

  test.each([...MUTABLE_TAGS])('the conventional moving tag %s is mutable', (tag) => {
    // GIVEN / WHEN / THEN
    expect(ImageRef.parse(`api:${tag}`).isMutable).toBe(true);
  });

  test('MUTABLE_TAGS lists the usual moving tags', () => {
    // GIVEN / WHEN / THEN
    expect(MUTABLE_TAGS).toEqual([
      'latest', 'main', 'master', 'dev', 'develop', 'edge', 'nightly', 'stable', 'head', 'trunk', 'staging', 'production', 'prod', 'current',
    ]);
  });
});

describe('ImageRef.check', () => {
  const all = ['nginx', 'nginx:latest', 'nginx:1.25', `nginx@${DIGEST}`, `nginx:1.25@${DIGEST}`];

  test.each(all)('ImagePolicy.ANY accepts %s', (text) => {
    // GIVEN / WHEN / THEN
    expect(() => ImageRef.parse(text).check(ImagePolicy.ANY, 'development')).not.toThrow();
  });

  test.each(['nginx:1.25', 'nginx:latest-1.25', `nginx@${DIGEST}`, `nginx:latest@${DIGEST}`])('ImagePolicy.NO_MUTABLE_TAG accepts %s', (text) => {
    // GIVEN / WHEN / THEN
    expect(() => ImageRef.parse(text).check(ImagePolicy.NO_MUTABLE_TAG, 'staging')).not.toThrow();
  });

  test('ImagePolicy.NO_MUTABLE_TAG rejects a missing tag', () => {
    // GIVEN
    const ref = ImageRef.parse('registry.example.com/shop/api');

    // WHEN / THEN
    expect(() => ref.check(ImagePolicy.NO_MUTABLE_TAG, 'staging'))
      .toThrow("'image' ('registry.example.com/shop/api') has no tag; environment 'staging' requires an immutable tag (e.g. '1.4.2') or a digest");
  });

  test.each(['latest', 'Latest', 'main', 'prod'])('ImagePolicy.NO_MUTABLE_TAG rejects the mutable tag %s', (tag) => {
    // GIVEN
    const ref = ImageRef.parse(`nginx:${tag}`);

    // WHEN / THEN
    expect(() => ref.check(ImagePolicy.NO_MUTABLE_TAG, 'production'))
      .toThrow(`'image' ('nginx:${tag}') uses the mutable tag '${tag}'; environment 'production' requires an immutable tag (e.g. '1.4.2') or a digest`);
    expect(() => ref.check(ImagePolicy.NO_MUTABLE_TAG, 'production')).toThrow(BlueprintError);
  });

  test.each([`nginx@${DIGEST}`, `nginx:1.25@${DIGEST}`, `nginx:latest@${DIGEST}`])('ImagePolicy.DIGEST accepts %s', (text) => {
    // GIVEN / WHEN / THEN
    expect(() => ImageRef.parse(text).check(ImagePolicy.DIGEST, 'production')).not.toThrow();
  });

  test.each(['nginx', 'nginx:latest', 'nginx:1.25', 'registry.example.com:5000/shop/api:1.4.2'])('ImagePolicy.DIGEST rejects %s', (text) => {
    // GIVEN
    const ref = ImageRef.parse(text);

    // WHEN / THEN
    expect(() => ref.check(ImagePolicy.DIGEST, 'production'))
      .toThrow(`'image' ('${text}') must be pinned by digest (repo@sha256:...) in environment 'production'`);
  });

  test('the environment name in the message is the one passed in', () => {
    // GIVEN / WHEN / THEN
    expect(() => ImageRef.parse('nginx:1.25').check(ImagePolicy.DIGEST, 'production-eu'))
      .toThrow("'image' ('nginx:1.25') must be pinned by digest (repo@sha256:...) in environment 'production-eu'");
  });

  test('ImagePolicy values are the documented strings', () => {
    // GIVEN / WHEN / THEN
    expect([ImagePolicy.ANY, ImagePolicy.NO_MUTABLE_TAG, ImagePolicy.DIGEST]).toEqual(['any', 'no-mutable-tag', 'digest']);
  });
});

describe('registryHost and dockerHubForms', () => {
  test('registryHost: the registry a repository or reference names, undefined for Docker Hub\'s short form', () => {
    expect(['ghcr.io/acme/api', 'localhost:5000/x', 'localhost/x', 'acme/tools', 'nginx', 'nginx:1.27', 'registry.example.com/a/b:1.0'].map(registryHost)).toEqual([
      'ghcr.io', 'localhost:5000', 'localhost', undefined, undefined, undefined, 'registry.example.com',
    ]);
  });

  test('dockerHubForms: as written with a registry; Docker Hub\'s short forms also with docker.io/ (official images also docker.io/library/)', () => {
    expect(dockerHubForms('registry.example.com/shop/api')).toEqual(['registry.example.com/shop/api']);
    expect(dockerHubForms('acme/api:1.4.2')).toEqual(['acme/api:1.4.2', 'docker.io/acme/api:1.4.2']);
    expect(dockerHubForms('api')).toEqual(['api', 'docker.io/api', 'docker.io/library/api']);
  });
});
