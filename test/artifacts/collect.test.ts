/**
 * collectArtifacts (lib/artifacts/collect.ts): every file synthesis writes besides the manifests — each Image's
 * Dockerfile, ignore file and build script, a Compose file for each blueprint that wants one, and every Artifact — in
 * tree order, then the GitHub Actions workflow that builds the images.
 */
import * as os from 'os';
import * as path from 'path';
import { Artifact, Blueprint, BlueprintTesting, Build, Environment, Image, WebService } from '../../lib/index';
import { renderBuildScript } from '../../lib/artifacts/build-script';
import { collectArtifacts } from '../../lib/artifacts/collect';
import { renderImagesWorkflow } from '../../lib/artifacts/github-workflow';

/** An app with an Image, a development blueprint (with a Compose file) running it, a production one, and an Artifact. */
function shop() {
  const app = BlueprintTesting.app();
  const image = new Image(app, 'api-image', { build: Build.rust({ binary: 'api', healthPath: '/healthz' }), repository: 'registry.example.com/shop/api', tag: '1.4.2' });
  for (const environment of [Environment.development(), Environment.production()]) {
    new WebService(new Blueprint(app, `shop-${environment.name}`, { environment }), 'api', { image });
  }
  new Artifact(app, 'Notes', { path: 'review/notes.txt', render: () => 'notes\n', description: 'review notes' });
  return { app, image };
}

describe('collectArtifacts', () => {
  test('every file besides the manifests, in tree order, with the construct it comes from', () => {
    // GIVEN
    const { app } = shop();

    // WHEN
    const artifacts = collectArtifacts(app, 'dist');

    // THEN
    expect(artifacts.map(({ path: p, constructPath, description }) => ({ path: p, constructPath, description }))).toEqual([
      { path: 'images/api-image/Dockerfile', constructPath: 'api-image/Dockerfile', description: 'Dockerfile of api-image: Rust 1.95 release build of binary api on distroless cc' },
      { path: 'images/api-image/Dockerfile.dockerignore', constructPath: 'api-image/DockerIgnore', description: '.dockerignore of api-image (BuildKit reads <Dockerfile>.dockerignore; buildah: --ignorefile)' },
      { path: 'images/api-image/build.sh', constructPath: 'api-image/BuildScript', description: 'Build script of api-image: docker buildx build with SBOM and provenance, push, unsigned (bash dist/images/api-image/build.sh)' },
      { path: 'compose/shop-development.compose.yaml', constructPath: 'shop-development/Compose', description: 'Compose file running shop-development locally' },
      { path: 'review/notes.txt', constructPath: 'Notes', description: 'review notes' },
      { path: 'ci/github/build-images.yml', constructPath: 'api-image/BuildWorkflow', description: 'GitHub Actions workflow building every image (copy it to .github/workflows/build-images.yml)' },
    ]);
  });

  test('given the constructs a synthesis walked already, it reads those instead of walking the tree again', () => {
    // GIVEN
    const { app } = shop();
    const all = app.node.findAll();
    const paths = (artifacts: ReturnType<typeof collectArtifacts>) => artifacts.map((a) => a.path);

    // WHEN
    const given = collectArtifacts(app, 'dist', all);
    const noImage = collectArtifacts(app, 'dist', all.filter((c) => !(c instanceof Image)));

    // THEN: the same files as from the app's own walk; a list without the Image has none of its files
    expect(paths(given)).toEqual(paths(collectArtifacts(app, 'dist')));
    expect(paths(noImage)).toEqual(['compose/shop-development.compose.yaml', 'review/notes.txt']);
  });

  test('renders each file only when asked, from its construct', () => {
    // GIVEN
    const { app, image } = shop();

    // WHEN
    const [dockerfile, dockerignore, buildScript, , notes, workflow] = collectArtifacts(app, 'dist');

    // THEN
    expect(dockerfile.render()).toEqual(image.renderDockerfile());
    expect(dockerignore.render()).toEqual(image.renderDockerignore());
    expect(buildScript.render()).toEqual(renderBuildScript(image, 'dist'));
    expect(notes.render()).toEqual('notes\n');
    expect(workflow.render()).toEqual(renderImagesWorkflow([image], 'dist'));
  });

  test('a Compose file names the Dockerfile relative to the output folder as the repository sees it; outside it, dist/', () => {
    // GIVEN
    const { app } = shop();
    const composeOf = (outdir: string) => collectArtifacts(app, outdir).find((a) => a.path.startsWith('compose/'))!.render();

    // THEN
    expect(composeOf(path.join(process.cwd(), 'out', 'site'))).toContain('dockerfile: out/site/images/api-image/Dockerfile\n');
    expect(composeOf('dist')).toContain('dockerfile: dist/images/api-image/Dockerfile\n');
    expect(composeOf(path.join(os.tmpdir(), 'elsewhere'))).toContain('dockerfile: dist/images/api-image/Dockerfile\n');
  });

  test('so do the build script and the workflow', () => {
    // GIVEN
    const { app } = shop();
    const fileOf = (outdir: string, file: string) => collectArtifacts(app, outdir).find((a) => a.path === file)!.render();

    // THEN
    expect(fileOf(path.join(process.cwd(), 'out', 'site'), 'images/api-image/build.sh')).toContain('readonly DOCKERFILE=\'out/site/images/api-image/Dockerfile\'\n');
    expect(fileOf(path.join(os.tmpdir(), 'elsewhere'), 'images/api-image/build.sh')).toContain('readonly DOCKERFILE=\'dist/images/api-image/Dockerfile\'\n');
    expect(fileOf(path.join(process.cwd(), 'out', 'site'), 'ci/github/build-images.yml')).toContain('bash out/site/images/api-image/build.sh | tail -n 1');
  });

  test('nothing to collect in an app of manifests only', () => {
    const app = BlueprintTesting.app();
    new Blueprint(app, 'shop-production', { environment: Environment.production() });
    expect(collectArtifacts(app, 'dist')).toEqual([]);
  });
});
