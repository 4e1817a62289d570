import { propError } from '../values/_errors';
import {
  STAGE_NAME, prefixed, checkNoWhitespace, isImageOrStage, stageLabel, commentLines, checkOptions,
} from './_dockerfile-util';
import { DockerfileInstruction, DockerfileInstructionKind, DockerfileCommand, DockerfileUser, DockerfileHealthcheck } from './dockerfile-instruction';

export * from './dockerfile-instruction';

/** Props for `DockerfileStage.from()`. */
export interface DockerfileStageProps {
  /**
   * Stage name (`FROM image AS name`), for `COPY --from` and `FROM name` in later stages.
   * @default - an unnamed stage
   */
  readonly as?: string;
  /**
   * `--platform` of the FROM line, e.g. '$BUILDPLATFORM'.
   * @default - the target platform
   */
  readonly platform?: string;
  /**
   * The stage's instructions, in order.
   * @default - none
   */
  readonly instructions?: DockerfileInstruction[];
  /**
   * Comment written above the FROM line.
   * @default - none
   */
  readonly comment?: string;
}

/**
 * One build stage: a FROM line and the instructions after it.
 *
 * @example DockerfileStage.from('rust:1.95-slim-bookworm', { as: 'build', instructions: [DockerfileInstruction.workdir('/app')] })
 */
export class DockerfileStage {
  /** A stage on top of `image`: an image reference, or the name of an earlier stage. */
  public static from(image: string, props: DockerfileStageProps = {}): DockerfileStage {
    checkOptions('FROM', 'DockerfileStageProps', props);
    if (image.trim() === '') throw prefixed('FROM', propError('image', image, 'must not be empty'));
    checkNoWhitespace('FROM', 'image', image);
    if (props.as !== undefined && !STAGE_NAME.test(props.as)) {
      throw prefixed('FROM', propError('as', props.as, `must be a lowercase stage name matching ${STAGE_NAME}`));
    }
    if (props.platform !== undefined) {
      if (props.platform === '') throw prefixed('FROM', propError('platform', props.platform, 'must not be empty'));
      checkNoWhitespace('FROM', 'platform', props.platform);
    }
    return new DockerfileStage(image, props.as, props.platform, [...(props.instructions ?? [])], props.comment);
  }

  private constructor(
    /** The FROM image (or earlier stage name), as written. */
    public readonly image: string,
    /** The stage name, if any. */
    public readonly name: string | undefined,
    /** The `--platform` flag, if any. */
    public readonly platform: string | undefined,
    /** The instructions after FROM. */
    public readonly instructions: readonly DockerfileInstruction[],
    /** Comment above the FROM line, if any. */
    public readonly comment: string | undefined,
  ) {}

  /** The FROM line and every instruction, one entry per instruction (continuations inside an entry). */
  public renderLines(): string[] {
    const from = ['FROM', this.platform !== undefined ? `--platform=${this.platform}` : '', this.image, this.name !== undefined ? `AS ${this.name}` : '']
      .filter((p) => p !== '').join(' ');
    return [
      ...(this.comment !== undefined ? commentLines(this.comment) : []),
      from,
      ...this.instructions.map((i) => i.render()),
    ];
  }

  /** A copy of this stage on `image` instead (e.g. the same reference pinned to a digest); checked as `from()` checks it. */
  public withImage(image: string): DockerfileStage {
    if (image === this.image) return this;
    return DockerfileStage.from(image, {
      ...(this.name !== undefined ? { as: this.name } : {}),
      ...(this.platform !== undefined ? { platform: this.platform } : {}),
      instructions: [...this.instructions],
      ...(this.comment !== undefined ? { comment: this.comment } : {}),
    });
  }

  /** The last instruction of `kind` in this stage, if any. */
  public last(kind: DockerfileInstructionKind): DockerfileInstruction | undefined {
    for (let i = this.instructions.length - 1; i >= 0; i--) {
      if (this.instructions[i].kind === kind) return this.instructions[i];
    }
    return undefined;
  }
}

/** Props for `Dockerfile.of()`. */
export interface DockerfileProps {
  /** The build stages, in order; the last one is the image. */
  readonly stages: DockerfileStage[];
  /**
   * The `# syntax=` parser directive on the first line, or `false` for none.
   * @default 'docker/dockerfile:1'
   */
  readonly syntax?: string | false;
  /**
   * ARG instructions before the first FROM (usable in FROM lines).
   * @default - none
   */
  readonly args?: DockerfileInstruction[];
  /**
   * Comment written at the top, after the syntax directive.
   * @default - none
   */
  readonly comment?: string;
}

/**
 * A typed, immutable Dockerfile: ordered stages, an optional syntax directive and top-level ARGs. `render()` is
 * deterministic; the query getters (`user`, `exposedPorts`, `entrypoint`, `cmd`, `healthcheck`, `baseImages`)
 * read the final image's configuration the way the builder would, following `FROM <earlier stage>` chains.
 * They know only what this file declares, not what a base image sets.
 *
 * @example
 * Dockerfile.of({ stages: [DockerfileStage.from('debian:bookworm-slim', { instructions: [
 *   DockerfileInstruction.userId(10001, 10001), DockerfileInstruction.expose(8080),
 *   DockerfileInstruction.cmd(['busybox', 'httpd', '-f', '-p', '8080']) ] })] })
 */
export class Dockerfile {
  /** Builds and validates a Dockerfile model. */
  public static of(props: DockerfileProps): Dockerfile {
    checkOptions('Dockerfile', 'DockerfileProps', props);
    if (props.stages.length === 0) throw prefixed('Dockerfile', propError('stages', [], 'must contain at least one stage'));
    const syntax = props.syntax ?? 'docker/dockerfile:1';
    if (syntax !== false && (syntax === '' || /\s/.test(syntax))) {
      throw prefixed('Dockerfile', propError('syntax', syntax, 'must be an image reference such as \'docker/dockerfile:1\''));
    }
    const args = [...(props.args ?? [])];
    args.forEach((a, i) => {
      if (a.kind !== 'ARG') throw prefixed('Dockerfile', propError(`args[${i}]`, a.kind, 'must be an ARG instruction (only ARG may precede the first FROM)'));
    });
    const names = new Map<string, number>();
    props.stages.forEach((stage, index) => {
      if (stage.name !== undefined) {
        const earlier = names.get(stage.name);
        if (earlier !== undefined) {
          throw prefixed('Dockerfile', propError(`stages[${index}].as`, stage.name, `must be unique (stage ${earlier} has the same name)`));
        }
      }
      for (const instruction of stage.instructions) {
        const s = instruction.spec;
        if (s.kind === 'COPY' && s.from !== undefined && !isImageOrStage(s.from, names, index)) {
          const known = [...names.keys()];
          throw prefixed(`COPY in stage ${stageLabel(stage, index)}`, propError('from', s.from,
            `must name an earlier stage (${known.length > 0 ? known.join(', ') : 'none defined'}), an earlier stage index or an image reference`));
        }
      }
      if (stage.name !== undefined) names.set(stage.name, index);
    });
    return new Dockerfile(props.stages, syntax, args, props.comment);
  }

  private constructor(
    /** The stages, in order. */
    public readonly stages: readonly DockerfileStage[],
    /** The syntax directive, or false. */
    public readonly syntax: string | false,
    /** ARGs before the first FROM. */
    public readonly args: readonly DockerfileInstruction[],
    /** Header comment, if any. */
    public readonly comment: string | undefined,
  ) {}

  /** The last stage: the one the image is made of. */
  public get finalStage(): DockerfileStage {
    return this.stages[this.stages.length - 1];
  }

  /** The final image's USER (last USER of the final stage, or of the stage it is built FROM). */
  public get user(): DockerfileUser | undefined {
    const found = this.lastInChain('USER');
    return found?.spec.kind === 'USER' ? found.spec.user : undefined;
  }

  /** Ports EXPOSEd by the final image, in declaration order, without duplicates (protocol not included). */
  public get exposedPorts(): number[] {
    const ports: number[] = [];
    for (const stage of [...this.chain()].reverse()) {
      for (const i of stage.instructions) {
        if (i.spec.kind === 'EXPOSE' && !ports.includes(i.spec.port)) ports.push(i.spec.port);
      }
    }
    return ports;
  }

  /** The final image's ENTRYPOINT, if this file declares one. */
  public get entrypoint(): DockerfileCommand | undefined {
    const found = this.lastInChain('ENTRYPOINT');
    return found?.spec.kind === 'ENTRYPOINT' ? found.spec.command : undefined;
  }

  /**
   * The final image's CMD, if this file declares one. As in the builder, an ENTRYPOINT set in a stage clears
   * the CMD that stage inherited.
   */
  public get cmd(): DockerfileCommand | undefined {
    for (const stage of this.chain()) {
      const cmd = stage.last('CMD');
      if (cmd?.spec.kind === 'CMD') return cmd.spec.command;
      if (stage.last('ENTRYPOINT')) return undefined;
    }
    return undefined;
  }

  /** The final image's HEALTHCHECK, if declared (undefined as well after `HEALTHCHECK NONE`). */
  public get healthcheck(): DockerfileHealthcheck | undefined {
    const found = this.lastInChain('HEALTHCHECK');
    return found?.spec.kind === 'HEALTHCHECK' ? found.spec.healthcheck : undefined;
  }

  /**
   * Every image a FROM line pulls, in order, without duplicates: stage names and `scratch` are left out, and
   * `$NAME`/`${NAME}` are replaced by the defaults of the top-level ARGs (left as written when there is none).
   */
  public get baseImages(): string[] {
    const defaults = new Map<string, string>();
    for (const a of this.args) if (a.spec.kind === 'ARG' && a.spec.defaultValue !== undefined) defaults.set(a.spec.name, a.spec.defaultValue);
    const images: string[] = [];
    const names = new Set<string>();
    for (const stage of this.stages) {
      const image = stage.image.replace(/\$\{([A-Za-z_][A-Za-z0-9_]*)\}|\$([A-Za-z_][A-Za-z0-9_]*)/g,
        (whole, braced, bare) => defaults.get(braced ?? bare) ?? whole);
      if (!names.has(image) && image !== 'scratch' && !images.includes(image)) images.push(image);
      if (stage.name !== undefined) names.add(stage.name);
    }
    return images;
  }

  /**
   * A copy whose FROM images are `map(image)`: called for every stage built on an image (not on an earlier stage,
   * `scratch` or a `$ARG` reference), with the image as written. The base-image lock pins tags to digests with it.
   */
  public withBaseImages(map: (image: string) => string): Dockerfile {
    const names = new Set<string>();
    const stages = this.stages.map((stage) => {
      const onImage = !names.has(stage.image) && stage.image !== 'scratch' && !stage.image.includes('$');
      if (stage.name !== undefined) names.add(stage.name);
      return onImage ? stage.withImage(map(stage.image)) : stage;
    });
    return Dockerfile.of({ stages, syntax: this.syntax, args: [...this.args], ...(this.comment !== undefined ? { comment: this.comment } : {}) });
  }

  /** The Dockerfile text, ending with a newline. */
  public render(): string {
    const lines: string[] = [];
    if (this.syntax !== false) lines.push(`# syntax=${this.syntax}`, '');
    if (this.comment !== undefined) lines.push(...commentLines(this.comment), '');
    if (this.args.length > 0) lines.push(...this.args.map((a) => a.render()), '');
    this.stages.forEach((stage, i) => {
      if (i > 0) lines.push('');
      lines.push(...stage.renderLines());
    });
    return `${lines.join('\n')}\n`;
  }

  /** The final stage, then the stage it is built FROM, and so on while FROM names an earlier stage. */
  private chain(): DockerfileStage[] {
    const chain: DockerfileStage[] = [];
    let index = this.stages.length - 1;
    while (index >= 0) {
      const stage = this.stages[index];
      chain.push(stage);
      const parent = this.stages.slice(0, index).map((s) => s.name).lastIndexOf(stage.image);
      index = parent;
    }
    return chain;
  }

  private lastInChain(kind: DockerfileInstructionKind): DockerfileInstruction | undefined {
    for (const stage of this.chain()) {
      const found = stage.last(kind);
      if (found) return found;
    }
    return undefined;
  }
}
