import * as path from 'path';
import { IConstruct } from 'constructs';
import { Blueprint } from '../blueprint/blueprint';
import { Image } from '../images/image';
import { Artifact } from './artifact';
import type * as buildScript from './build-script';
import type * as compose from './compose';
import type * as githubWorkflow from './github-workflow';
import { veleroRestoreArtifacts } from './velero-restore';

/**
 * The writers of the files only some apps have, loaded on first use: an app with an Image writes its build
 * script and the workflow, a blueprint with `compose` its compose file.
 */
/* eslint-disable @typescript-eslint/no-require-imports */
const load = {
  buildScript: () => require('./build-script') as typeof buildScript,
  compose: () => require('./compose') as typeof compose,
  githubWorkflow: () => require('./github-workflow') as typeof githubWorkflow,
};
/* eslint-enable @typescript-eslint/no-require-imports */

/** A file synthesis writes besides the manifests, with the construct it comes from. */
export interface DeclaredArtifact {
  /** Path relative to the output folder, '/'-separated. */
  readonly path: string;
  /** Construct path, for findings: the construct, and the kind of file ('…/Dockerfile', '…/Compose'). */
  readonly constructPath: string;
  /** What the file is, for review. */
  readonly description: string;
  /** Its content, rendered when the app synthesizes. */
  readonly render: () => string;
}

/**
 * Every file besides the manifests, in tree order: each Image's Dockerfile, .dockerignore and build script (and
 * cosign.pub for a key pair), a Compose file for each blueprint that wants one, and every Artifact; then the Velero
 * Restore files and, when the app has an Image, the GitHub Actions workflow that builds them all. Compose files and
 * build scripts name the Dockerfiles relative to `outdir` (as the repository root sees it). `constructs` is the app's
 * `findAll()`, when the caller has it already (a synthesis walks the tree once).
 */
export function collectArtifacts(app: IConstruct, outdir: string, constructs: readonly IConstruct[] = app.node.findAll()): DeclaredArtifact[] {
  const rel = path.relative(process.cwd(), path.resolve(outdir));
  const logicalOutdir = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : 'dist';
  const out: DeclaredArtifact[] = [];
  const images: Image[] = [];
  for (const c of constructs) {
    if (c instanceof Image) {
      out.push(
        { path: c.dockerfilePath, constructPath: `${c.node.path}/Dockerfile`, description: `Dockerfile of ${c.name}: ${c.facts.description}`, render: () => c.renderDockerfile() },
        { path: c.dockerignorePath, constructPath: `${c.node.path}/DockerIgnore`, description: `.dockerignore of ${c.name} (BuildKit reads <Dockerfile>.dockerignore; buildah: --ignorefile)`, render: () => c.renderDockerignore() },
        ...load.buildScript().buildScriptArtifacts(c, logicalOutdir),
      );
      images.push(c);
    } else if (c instanceof Blueprint && (c as Blueprint).compose) {
      // (Blueprint overrides Chart's static `of`, which keeps `instanceof` from narrowing.)
      const b = c as Blueprint;
      const { composePath, renderCompose } = load.compose();
      out.push({ path: composePath(b), constructPath: `${b.node.path}/Compose`, description: `Compose file running ${b.node.id} locally`, render: () => renderCompose(b, logicalOutdir) });
    } else if (c instanceof Artifact) {
      out.push({ path: c.path, constructPath: c.node.path, description: c.description, render: () => c.render() });
    }
  }
  out.push(...veleroRestoreArtifacts(app, constructs));
  if (images.length > 0) {
    const { IMAGES_WORKFLOW_PATH, renderImagesWorkflow } = load.githubWorkflow();
    out.push({
      path: IMAGES_WORKFLOW_PATH, constructPath: `${images[0]!.node.path}/BuildWorkflow`,
      description: 'GitHub Actions workflow building every image (copy it to .github/workflows/build-images.yml)',
      render: () => renderImagesWorkflow(images, logicalOutdir),
    });
  }
  return out;
}
