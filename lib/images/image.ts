import { Size, SizeRoundingBehavior } from 'cdk8s';
import { Construct } from 'constructs';
import { checkedProps } from '../k8s/_construct-props';
import { propError } from '../values/_errors';
import { report, trackCreation } from '../k8s/_recorded-errors';
import { checkConstructId } from '../k8s/_construct-id';
import { Build, BuildFacts } from './build';
import { ImageRef } from '../values/image-ref';
import { Blueprint } from '../blueprint/blueprint';
import { IImageSource } from './image-source';
import { ImageSigning } from '../values/image-signing';
import { lockBaseImages } from './base-lock';
import { baseImageLockOf } from './_base-lock-scope';

/** Props for `Image`. */
export interface ImageProps {
  /** How the image is built: a preset (`Build.rust`, `Build.python`…) or `Build.fromDockerfile`. */
  readonly build: Build;
  /** Registry and path the image is pushed to, e.g. 'registry.example.com/shop/user-service'. */
  readonly repository: string;
  /**
   * The tag workloads run. Production environments reject mutable tags, so a release sets a version.
   * @default 'dev'
   */
  readonly tag?: string;
  /**
   * A digest (`sha256:…`) to pin the reference to, e.g. from your CI's push step.
   * @default - none
   */
  readonly digest?: string;
  /**
   * The build context: the directory, relative to the repository root, that holds the app's sources.
   * Compose files and the documented build command use it.
   * @default '.'
   */
  readonly context?: string;
  /**
   * Who signs the image: the generated build signs it with cosign as that identity, and production blueprints admit
   * only images signed by it (a Kyverno `verifyImages` policy). The validation gate flags a production workload whose
   * image has none.
   * @default - unsigned
   */
  readonly signing?: ImageSigning;
  /**
   * The largest the built image may be (its uncompressed layers): the build script states it and the image build test
   * checks it, so a base or dependency that bloats the image fails a test instead of slowing every pull.
   * @default - the preset's (BuildFacts.sizeBudget): Rust 64 MiB on distroless, 192 MiB on debian-slim, Go 48 MiB,
   * Python 320 MiB, Node.js 384 MiB, static site 256 MiB, fromDockerfile 512 MiB
   */
  readonly sizeBudget?: Size;
}

/**
 * A container image, built once from a Dockerfile generated here and promoted through every environment.
 * It is environment-independent: create it in the app, not in a blueprint, and give it to workloads in as
 * many blueprints as you like. Synthesis writes `dist/images/<id>/Dockerfile`,
 * `dist/images/<id>/Dockerfile.dockerignore` and `dist/images/<id>/build.sh` (buildx with SBOM and provenance, push, and
 * cosign signing per `signing`; `cosign.pub` beside it for a key pair), plus `dist/ci/github/build-images.yml` for all
 * images, and the validation gate checks every workload that runs it
 * against it: EXPOSE = containerPort = Service targetPort = probe port, USER = runAsUser/runAsGroup, every path
 * the image writes is a writable mount, and the entrypoint is in exec form.
 *
 * A workload given an Image defaults its `port`, `health` check, user and writable paths from the image.
 *
 * @example
 * const api = new Image(app, 'user-service', {
 *   build: Build.rust({ binary: 'user-service', healthPath: '/healthz' }),
 *   repository: 'registry.example.com/shop/user-service', tag: '1.4.2', context: 'services/user-service',
 * });
 * new WebService(shop, 'user-service', { image: api });
 */
export class Image extends Construct implements IImageSource {
  public readonly name: string;
  public readonly facts: BuildFacts;
  public readonly ref: ImageRef;
  public readonly context: string;
  /** Who signs the image, if anyone. */
  public readonly signing?: ImageSigning;
  /** The largest the built image may be (uncompressed). */
  public readonly sizeBudget: Size;
  /** Output path of the Dockerfile, relative to the output directory. */
  public readonly dockerfilePath: string;
  /** Output path of the ignore file, relative to the output directory. */
  public readonly dockerignorePath: string;

  constructor(scope: Construct, id: string, props: ImageProps) {
    checkConstructId('Image', scope, id);
    props = checkedProps('Image', scope, id, props);
    super(scope, id);
    this.name = id;
    trackCreation(this);
    const k = 'Image';
    const tag = props.tag ?? 'dev';
    const tagOk = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/.test(tag);
    if (!tagOk) report(this, k, propError('tag', tag, 'must be up to 128 letters, digits, \'_\', \'.\' and \'-\', not starting with \'.\' or \'-\''));
    const digestOk = props.digest === undefined || /^sha256:[a-f0-9]{64}$/.test(props.digest);
    if (!digestOk) report(this, k, propError('digest', props.digest, 'must be \'sha256:\' and 64 lowercase hex digits'));
    let parsed: ImageRef | undefined;
    try {
      parsed = ImageRef.parse(props.repository);
    } catch {
      report(this, k, propError('repository', props.repository, 'must be [registry/]path with a lowercase path, e.g. \'registry.example.com/shop/api\''));
    }
    if (parsed && (parsed.tag !== undefined || parsed.digest !== undefined)) {
      report(this, k, propError('repository', props.repository, 'must not carry a tag or digest: use the \'tag\' and \'digest\' props'));
      parsed = undefined;
    }
    const ref = parsed && tagOk && digestOk ? ImageRef.parse(`${props.repository}:${tag}${props.digest ? `@${props.digest}` : ''}`) : PLACEHOLDER_REF;
    const context = props.context ?? '.';
    if (context.startsWith('/') || context.split('/').includes('..')) {
      report(this, k, propError('context', context, 'must be a directory relative to the repository root, without \'..\''));
    }
    const budget = props.sizeBudget ?? props.build.facts().sizeBudget ?? DEFAULT_SIZE_BUDGET;
    const budgetKi = budget instanceof Size ? budget.toKibibytes({ rounding: SizeRoundingBehavior.NONE }) : NaN;
    if (!(budgetKi > 0)) {
      report(this, k, propError('sizeBudget', budget instanceof Size ? `${budgetKi}Ki` : budget, 'must be a positive Size, e.g. Size.mebibytes(64)'));
    }
    const resolved = { ref, context, facts: lockBaseImages(props.build.facts(), baseImageLockOf(scope)) };
    for (let s = this.node.scope; s; s = s.node.scope) {
      if (s instanceof Blueprint) {
        report(this, k, `an Image is built once for every environment: create it in the app (new Image(app, …)), not inside Blueprint '${s.node.path}'`);
        break;
      }
    }
    this.ref = resolved.ref;
    this.context = resolved.context;
    this.signing = props.signing instanceof ImageSigning ? props.signing : undefined;
    this.facts = resolved.facts;
    this.sizeBudget = budgetKi > 0 ? budget : DEFAULT_SIZE_BUDGET;
    this.dockerfilePath = `images/${id}/Dockerfile`;
    this.dockerignorePath = `images/${id}/Dockerfile.dockerignore`;
  }

  /** The Dockerfile, as synthesis writes it to `dockerfilePath`. */
  public renderDockerfile(): string {
    return this.facts.dockerfile.render();
  }

  /** The ignore file, as synthesis writes it to `dockerignorePath` (BuildKit reads `<Dockerfile>.dockerignore`). */
  public renderDockerignore(): string {
    return `${this.facts.dockerignore.join('\n')}\n`;
  }

  /** The reference workloads run. */
  public get imageReference(): string {
    return this.ref.toString();
  }

  /** The command that builds this image from the repository root, as documented in the README. */
  public buildCommand(outdir = 'dist'): string {
    return `docker build -f ${outdir}/${this.dockerfilePath} -t ${this.imageReference} ${this.context}`;
  }
}

/** The budget of an image whose Build states none (and the stand-in for a mistaken one). */
const DEFAULT_SIZE_BUDGET = Size.mebibytes(512);

/** Stands in for a reference with a mistake (recorded; nothing is written). */
const PLACEHOLDER_REF = ImageRef.parse('invalid.invalid/image-with-a-mistake:0');
