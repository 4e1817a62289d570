/**
 * Image's size budget (seed 003): `sizeBudget`, defaulting to the preset's BuildFacts.sizeBudget, validated, stated
 * in the build script and checked against the built image by test/containers/examples-build.test.ts.
 */
import { BlueprintTesting, Build, Dockerfile, DockerfileInstruction as I, DockerfileStage, Image, Size } from '../../lib/index';
import { recordedErrors } from '../../lib/k8s/_recorded-errors';

const REPOSITORY = 'registry.example.com/shop/app';

/** MiB of a Size, exactly. */
function mebibytes(size: Size | undefined): number | undefined {
  return size?.toMebibytes();
}

describe('Image sizeBudget', () => {
  test('defaults per preset, as BuildFacts.sizeBudget states them', () => {
    // GIVEN
    const custom = Dockerfile.of({
      stages: [DockerfileStage.from('docker.io/library/debian:bookworm-slim', { instructions: [I.user('10001:10001'), I.entrypoint(['/bin/true'])] })],
    });
    const builds: Record<string, Build> = {
      'rust on distroless': Build.rust({ binary: 'app' }),
      'rust on debian-slim': Build.rust({ binary: 'app', runtime: 'debian-slim' }),
      'go': Build.go({ binary: 'app' }),
      'python': Build.python({ server: { kind: 'gunicorn', module: 'app:app' } }),
      'node': Build.node(),
      'static site': Build.staticSite(),
      'fromDockerfile': Build.fromDockerfile(custom),
    };
    const app = BlueprintTesting.app();

    // WHEN
    const budgets = Object.fromEntries(Object.entries(builds).map(([what, build], n) => [what, {
      facts: mebibytes(build.facts().sizeBudget),
      image: mebibytes(new Image(app, `image-${n}`, { build, repository: `${REPOSITORY}${n}` }).sizeBudget),
    }]));

    // THEN
    expect(budgets).toEqual({
      'rust on distroless': { facts: 64, image: 64 },
      'rust on debian-slim': { facts: 192, image: 192 },
      'go': { facts: 48, image: 48 },
      'python': { facts: 320, image: 320 },
      'node': { facts: 384, image: 384 },
      'static site': { facts: 256, image: 256 },
      'fromDockerfile': { facts: 512, image: 512 },
    });
    expect(recordedErrors(app)).toEqual([]);
  });

  test('the Image\'s own budget wins', () => {
    const image = new Image(BlueprintTesting.app(), 'api', { build: Build.go({ binary: 'api' }), repository: REPOSITORY, sizeBudget: Size.mebibytes(20) });
    expect(mebibytes(image.sizeBudget)).toBe(20);
  });

  test('a budget of zero is refused, naming the prop and the value', () => {
    // GIVEN
    const app = BlueprintTesting.app();

    // WHEN
    const image = new Image(app, 'api', { build: Build.go({ binary: 'api' }), repository: REPOSITORY, sizeBudget: Size.mebibytes(0) });

    // THEN
    expect(recordedErrors(app).map((e) => e.text)).toEqual([
      'Image \'api\': \'sizeBudget\' (\'0Ki\') must be a positive Size, e.g. Size.mebibytes(64)',
    ]);
    expect(mebibytes(image.sizeBudget)).toBe(512); // a stand-in; synthesis fails on the recorded mistake
    expect(() => BlueprintTesting.synthApp(app)).toThrow('  ✗ [construct] api: \'sizeBudget\' (\'0Ki\') must be a positive Size, e.g. Size.mebibytes(64)');
  });

  test('a number instead of a Size is recorded by the run-time prop check, and the preset\'s budget applies', () => {
    const app = BlueprintTesting.app();
    const image = new Image(app, 'api', { build: Build.go({ binary: 'api' }), repository: REPOSITORY, sizeBudget: 64 as any });
    expect(recordedErrors(app).map((e) => e.text)).toEqual([
      'Image \'api\': \'sizeBudget\' (64) must be a Size (Size.kibibytes(amount), Size.mebibytes(amount), Size.gibibytes(amount), Size.tebibytes(amount) or Size.pebibyte(amount))',
    ]);
    expect(mebibytes(image.sizeBudget)).toBe(48);
  });
});
