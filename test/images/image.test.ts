/**
 * Image (lib/images/image.ts): an image built once from a Dockerfile generated here and promoted through every
 * environment — its reference, its output files, the command that builds it, and the mistakes it records.
 */
import { Blueprint, BlueprintTesting, Build, Environment, Image, ImageSigning, WebService } from '../../lib/index';
import { recordedErrors } from '../../lib/k8s/_recorded-errors';

const DIGEST = `sha256:${'a'.repeat(64)}`;

describe('default configuration', () => {
  test('tag \'dev\', context \'.\', and the files under images/<id>/', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const build = Build.rust({ binary: 'api', healthPath: '/healthz' });

    // WHEN
    const image = new Image(app, 'api-image', { build, repository: 'registry.example.com/shop/api' });

    // THEN
    expect(image.name).toEqual('api-image');
    expect(image.imageReference).toEqual('registry.example.com/shop/api:dev');
    expect(image.ref.tag).toEqual('dev');
    expect(image.context).toEqual('.');
    expect(image.dockerfilePath).toEqual('images/api-image/Dockerfile');
    expect(image.dockerignorePath).toEqual('images/api-image/Dockerfile.dockerignore');
    expect(image.facts).toEqual(build.facts());
    expect(image.buildCommand()).toEqual('docker build -f dist/images/api-image/Dockerfile -t registry.example.com/shop/api:dev .');
    expect(recordedErrors(app)).toEqual([]);
  });

  test('renders the Dockerfile of its build and the ignore file, which synthesis writes once for every environment', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const build = Build.rust({ binary: 'api', healthPath: '/healthz', healthcheckCommand: ['/usr/local/bin/api', '--healthcheck', 'http://127.0.0.1:8080/healthz'] });
    const image = new Image(app, 'api-image', { build, repository: 'registry.example.com/shop/api', tag: '1.4.2', signing: ImageSigning.githubActions({ repository: 'example/shop' }) });
    for (const environment of [Environment.development(), Environment.production()]) {
      new WebService(new Blueprint(app, `shop-${environment.name}`, { environment }), 'api', { image });
    }

    // WHEN
    const files = BlueprintTesting.synthApp(app).files;

    // THEN
    expect(image.renderDockerfile()).toEqual(image.facts.dockerfile.render());
    expect(image.renderDockerignore()).toEqual(`${image.facts.dockerignore.join('\n')}\n`);
    expect(files.get('images/api-image/Dockerfile')).toEqual(image.renderDockerfile());
    expect(files.get('images/api-image/Dockerfile.dockerignore')).toEqual(image.renderDockerignore());
    expect([...files.keys()].filter((f) => f.startsWith('images/'))).toEqual(['images/api-image/Dockerfile', 'images/api-image/Dockerfile.dockerignore', 'images/api-image/build.sh']);
  });
});

describe('props', () => {
  test('a tag and a digest make the reference; a context goes into the build command', () => {
    // WHEN
    const image = new Image(BlueprintTesting.app(), 'api-image', {
      build: Build.go({ binary: 'api' }), repository: 'registry.example.com/shop/api', tag: '1.4.2', digest: DIGEST, context: 'services/api',
    });

    // THEN
    expect(image.imageReference).toEqual(`registry.example.com/shop/api:1.4.2@${DIGEST}`);
    expect(image.ref.digest).toEqual(DIGEST);
    expect(image.buildCommand('out')).toEqual(`docker build -f out/images/api-image/Dockerfile -t registry.example.com/shop/api:1.4.2@${DIGEST} services/api`);
    expect(image.signing).toBeUndefined();
  });

  test('a signing identity is kept for the build and the admission policy', () => {
    // GIVEN
    const signing = ImageSigning.githubActions({ repository: 'acme/shop' });

    // WHEN
    const image = new Image(BlueprintTesting.app(), 'api-image', { build: Build.go({ binary: 'api' }), repository: 'registry.example.com/shop/api', signing });

    // THEN
    expect(image.signing).toBe(signing);
  });
});

describe('errors', () => {
  test('every mistake of its props is recorded with its exact message, and the image still exists', () => {
    // GIVEN
    const app = BlueprintTesting.app();

    // WHEN
    const image = new Image(app, 'api-image', { build: Build.rust({ binary: 'api' }), repository: 'registry.example.com/shop/api', tag: '-rc1', digest: 'sha256:abc', context: '../api' });

    // THEN
    expect(recordedErrors(app).map((e) => e.text)).toEqual([
      'Image \'api-image\': \'tag\' (\'-rc1\') must be up to 128 letters, digits, \'_\', \'.\' and \'-\', not starting with \'.\' or \'-\'',
      'Image \'api-image\': \'digest\' (\'sha256:abc\') must be \'sha256:\' and 64 lowercase hex digits',
      'Image \'api-image\': \'context\' (\'../api\') must be a directory relative to the repository root, without \'..\'',
    ]);
    expect(image.imageReference).toEqual('invalid.invalid/image-with-a-mistake:0');
  });

  test('the repository carries no tag or digest, and the context is relative', () => {
    // GIVEN
    const app = BlueprintTesting.app();

    // WHEN
    new Image(app, 'tagged', { build: Build.node(), repository: 'registry.example.com/shop/web:1.0' });
    new Image(app, 'absolute', { build: Build.node(), repository: 'registry.example.com/shop/web', context: '/src/web' });

    // THEN
    expect(recordedErrors(app).map((e) => e.text)).toEqual([
      'Image \'tagged\': \'repository\' (\'registry.example.com/shop/web:1.0\') must not carry a tag or digest: use the \'tag\' and \'digest\' props',
      'Image \'absolute\': \'context\' (\'/src/web\') must be a directory relative to the repository root, without \'..\'',
    ]);
  });

  test('a signing identity made without ImageSigning is refused', () => {
    // GIVEN
    const app = BlueprintTesting.app();

    // WHEN
    const image = new Image(app, 'api-image', { build: Build.node(), repository: 'registry.example.com/shop/web', signing: { mode: 'keyless' } as any });

    // THEN
    expect(recordedErrors(app).map((e) => e.text)).toEqual([
      'Image \'api-image\': \'signing\' ({"mode":"keyless"}) must be an ImageSigning (ImageSigning.keyless({...}), ImageSigning.githubActions({...}) or ImageSigning.key({...}))',
    ]);
    expect(image.signing).toBeUndefined();
  });

  test('a recorded mistake fails synthesis', () => {
    const app = BlueprintTesting.app();
    new Image(app, 'api-image', { build: Build.rust({ binary: 'api' }), repository: 'registry.example.com/shop/api', tag: '.hidden' });
    expect(() => BlueprintTesting.synthApp(app)).toThrow('  ✗ [construct] api-image: \'tag\' (\'.hidden\') must be up to 128 letters, digits, \'_\', \'.\' and \'-\', not starting with \'.\' or \'-\'');
  });
});
