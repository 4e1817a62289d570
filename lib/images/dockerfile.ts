import { Duration } from 'cdk8s';
import { BlueprintError, propError } from '../_errors';

/**
 * ARG and ENV names that look like secrets. Both end up in the image config or its history, readable by anyone
 * who can pull the image, so a secret must reach the container at runtime (a mounted Kubernetes Secret).
 */
export const SECRET_NAME_PATTERN = /(PASSWORD|SECRET|TOKEN|API_KEY|PRIVATE_KEY)/i;

/** Column after which RUN, ENV, LABEL and HEALTHCHECK instructions are split with ` \` continuations. */
const MAX_LINE = 80;
/** Indent of a continuation line. */
const INDENT = '  ';

const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
const STAGE_NAME = /^[a-z][a-z0-9_.-]*$/;
const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
const SIGNAL = /^(SIG[A-Z0-9+-]+|[0-9]+)$/;
const MOUNT_VALUE = /^[^\s,="']+$/;

/** How ENTRYPOINT or CMD is written: a JSON array run directly, or a string run by `/bin/sh -c`. */
export type DockerfileCommandForm = 'exec' | 'shell';

/** The keyword of an instruction, or COMMENT for a `#` line. */
export type DockerfileInstructionKind =
  | 'ARG' | 'ENV' | 'WORKDIR' | 'RUN' | 'COPY' | 'USER' | 'EXPOSE'
  | 'ENTRYPOINT' | 'CMD' | 'LABEL' | 'HEALTHCHECK' | 'STOPSIGNAL' | 'COMMENT';

/** A process as the image runs it (ENTRYPOINT or CMD). */
export interface DockerfileCommand {
  /** 'exec' when written as a JSON array; 'shell' when written as a string. */
  readonly form: DockerfileCommandForm;
  /** The argv: the array for exec form; `['/bin/sh', '-c', <command>]` for shell form, as the runtime runs it. */
  readonly args: readonly string[];
}

/** The USER an image runs as. */
export interface DockerfileUser {
  /** The USER argument as written, e.g. '10001:10001' or 'node'. */
  readonly spec: string;
  /**
   * The numeric user id.
   * @default - undefined when the user is a name
   */
  readonly uid?: number;
  /**
   * The numeric group id.
   * @default - undefined when no group is given or it is a name
   */
  readonly gid?: number;
}

/** Options for `DockerfileInstruction.healthcheck()`. */
export interface DockerfileHealthcheckOptions {
  /**
   * Time between checks.
   * @default - the builder's default (30s)
   */
  readonly interval?: Duration;
  /**
   * Time after which one check counts as failed.
   * @default - the builder's default (30s)
   */
  readonly timeout?: Duration;
  /**
   * Start-up time during which failures do not count.
   * @default - the builder's default (0s)
   */
  readonly startPeriod?: Duration;
  /**
   * Consecutive failures before the container is unhealthy.
   * @default - the builder's default (3)
   */
  readonly retries?: number;
}

/** A HEALTHCHECK: an exec-form command and its timings. */
export interface DockerfileHealthcheck extends DockerfileHealthcheckOptions {
  /** The argv, run without a shell. */
  readonly command: readonly string[];
}

/** Options for `DockerfileInstruction.copy()`. */
export interface DockerfileInstructionCopyOptions {
  /**
   * Copy from an earlier stage (by name) or an image instead of the build context.
   * @default - the build context
   */
  readonly from?: string;
  /**
   * Owner of the copied files, e.g. '10001:10001'.
   * @default - root, so the running (non-root) app cannot modify its own code
   */
  readonly chown?: string;
}

/** Options for `DockerfileInstruction.run()`. */
export interface DockerfileInstructionRunOptions {
  /**
   * Cache and bind mounts for this step.
   * @default - none
   */
  readonly mounts?: DockerfileMount[];
}

/** What an instruction holds; `DockerfileInstruction.spec`. */
export type DockerfileInstructionSpec =
  | { readonly kind: 'ARG'; readonly name: string; readonly defaultValue?: string }
  | { readonly kind: 'ENV'; readonly variables: Readonly<Record<string, string>> }
  | { readonly kind: 'WORKDIR'; readonly path: string }
  | { readonly kind: 'RUN'; readonly commands: readonly string[]; readonly mounts: readonly DockerfileMount[] }
  | { readonly kind: 'COPY'; readonly sources: readonly string[]; readonly destination: string; readonly from?: string; readonly chown?: string }
  | { readonly kind: 'USER'; readonly user: DockerfileUser }
  | { readonly kind: 'EXPOSE'; readonly port: number; readonly protocol: 'tcp' | 'udp' }
  | { readonly kind: 'ENTRYPOINT' | 'CMD'; readonly command: DockerfileCommand; readonly shellCommand?: string }
  | { readonly kind: 'LABEL'; readonly labels: Readonly<Record<string, string>> }
  | { readonly kind: 'HEALTHCHECK'; readonly healthcheck?: DockerfileHealthcheck }
  | { readonly kind: 'STOPSIGNAL'; readonly signal: string }
  | { readonly kind: 'COMMENT'; readonly text: string };

/**
 * A `--mount` flag of a RUN instruction. Only cache and bind mounts: secret mounts, `sharing=`, heredocs and
 * `COPY --link/--chmod` are left out so that buildah 1.28 builds every Dockerfile this model renders.
 *
 * @example DockerfileMount.cache({ target: '/root/.npm' })
 * @see https://docs.docker.com/reference/dockerfile/#run---mount
 */
export class DockerfileMount {
  /**
   * A directory kept between builds (package caches, compiler output). Its content never reaches the image.
   * @param options.target absolute path of the mount in the build container
   * @param options.id cache id; the builder's default is the target path
   */
  public static cache(options: { readonly target: string; readonly id?: string }): DockerfileMount {
    checkMountValue('RUN --mount=type=cache', 'target', options.target);
    if (!options.target.startsWith('/')) {
      throw prefixed('RUN --mount=type=cache', propError('target', options.target, 'must be an absolute path'));
    }
    if (options.id !== undefined) checkMountValue('RUN --mount=type=cache', 'id', options.id);
    return new DockerfileMount('cache', options.target, undefined, options.id);
  }

  /**
   * A read-only view of a file or directory of the build context, present only during this step.
   * @param options.source path in the build context
   * @param options.target path in the build container (relative paths are resolved against WORKDIR)
   */
  public static bind(options: { readonly source: string; readonly target: string }): DockerfileMount {
    checkMountValue('RUN --mount=type=bind', 'source', options.source);
    checkMountValue('RUN --mount=type=bind', 'target', options.target);
    return new DockerfileMount('bind', options.target, options.source, undefined);
  }

  private constructor(
    /** 'cache' or 'bind'. */
    public readonly type: 'cache' | 'bind',
    /** Mount path in the build container. */
    public readonly target: string,
    /** Path in the build context (bind mounts only). */
    public readonly source: string | undefined,
    /** Cache id (cache mounts only). */
    public readonly id: string | undefined,
  ) {}

  /** The flag, e.g. `--mount=type=cache,target=/root/.npm`. */
  public render(): string {
    if (this.type === 'bind') return `--mount=type=bind,source=${this.source},target=${this.target}`;
    return `--mount=type=cache,target=${this.target}${this.id !== undefined ? `,id=${this.id}` : ''}`;
  }
}

/**
 * One line (or one continued line) of a Dockerfile stage. Factories validate their arguments; rendering is
 * deterministic. FROM is not an instruction here: it starts a `DockerfileStage`.
 *
 * @example DockerfileInstruction.run(['apt-get update', 'apt-get install -y --no-install-recommends curl'])
 * @see https://docs.docker.com/reference/dockerfile/
 */
export class DockerfileInstruction {
  /**
   * `ARG name[=default]`. Names that look like secrets are rejected (see `SECRET_NAME_PATTERN`).
   * @param defaultValue rendered in double quotes
   */
  public static arg(name: string, defaultValue?: string): DockerfileInstruction {
    checkVariableName('ARG', name);
    if (defaultValue !== undefined) checkNoLineBreak('ARG', 'defaultValue', defaultValue);
    return new DockerfileInstruction({ kind: 'ARG', name, defaultValue });
  }

  /**
   * `ENV NAME="value" ...`, one instruction for all the variables given, in the order given. Values are written
   * in double quotes; `$VAR` references in them are expanded by the builder.
   */
  public static env(variables: Record<string, string>): DockerfileInstruction {
    const entries = Object.entries(variables);
    if (entries.length === 0) throw prefixed('ENV', propError('variables', variables, 'must name at least one variable'));
    for (const [name, value] of entries) {
      checkVariableName('ENV', name);
      checkNoLineBreak('ENV', name, value);
    }
    return new DockerfileInstruction({ kind: 'ENV', variables: Object.freeze({ ...variables }) });
  }

  /** `WORKDIR /path`; the path must be absolute. */
  public static workdir(path: string): DockerfileInstruction {
    if (!path.startsWith('/')) throw prefixed('WORKDIR', propError('path', path, 'must be an absolute path'));
    checkNoWhitespace('WORKDIR', 'path', path);
    return new DockerfileInstruction({ kind: 'WORKDIR', path });
  }

  /**
   * `RUN [--mount=...] <command>`, shell form. Several commands are joined with `&&` (each on its own
   * continuation line when the instruction is long); top-level `&&` in a single string is split the same way.
   */
  public static run(commands: string | string[], options: DockerfileInstructionRunOptions = {}): DockerfileInstruction {
    const list = typeof commands === 'string' ? [commands] : [...commands];
    if (list.length === 0) throw prefixed('RUN', propError('commands', list, 'must contain at least one command'));
    const parts: string[] = [];
    for (const command of list) {
      if (command.trim() === '') throw prefixed('RUN', propError('commands', list, 'must not contain an empty command'));
      checkNoLineBreak('RUN', 'commands', command);
      parts.push(...splitTopLevelAnd(command));
    }
    return new DockerfileInstruction({ kind: 'RUN', commands: parts, mounts: [...(options.mounts ?? [])] });
  }

  /**
   * `COPY [--from=stage] [--chown=uid:gid] <sources...> <destination>`. With more than one source the destination
   * must end with '/'. Paths with whitespace are written in JSON form.
   */
  public static copy(sources: string | string[], destination: string, options: DockerfileInstructionCopyOptions = {}): DockerfileInstruction {
    const list = typeof sources === 'string' ? [sources] : [...sources];
    if (list.length === 0) throw prefixed('COPY', propError('sources', list, 'must contain at least one path'));
    for (const source of list) {
      if (source === '') throw prefixed('COPY', propError('sources', list, 'must not contain an empty path'));
      checkNoLineBreak('COPY', 'sources', source);
    }
    if (destination === '') throw prefixed('COPY', propError('destination', destination, 'must not be empty'));
    checkNoLineBreak('COPY', 'destination', destination);
    if (list.length > 1 && !destination.endsWith('/')) {
      throw prefixed('COPY', propError('destination', destination, `must end with '/' when copying more than one source (${list.length} given)`));
    }
    if (options.from !== undefined) {
      if (options.from === '') throw prefixed('COPY', propError('from', options.from, 'must not be empty'));
      checkNoWhitespace('COPY', 'from', options.from);
    }
    if (options.chown !== undefined) {
      if (options.chown === '') throw prefixed('COPY', propError('chown', options.chown, 'must not be empty'));
      checkNoWhitespace('COPY', 'chown', options.chown);
    }
    return new DockerfileInstruction({ kind: 'COPY', sources: list, destination, from: options.from, chown: options.chown });
  }

  /** `USER user[:group]`, by name or number. Presets and `Build` require the numeric form. */
  public static user(spec: string): DockerfileInstruction {
    if (!/^[^\s:]+(:[^\s:]+)?$/.test(spec)) {
      throw prefixed('USER', propError('user', spec, 'must be <user>[:<group>] (names or numeric ids) without whitespace'));
    }
    return new DockerfileInstruction({ kind: 'USER', user: parseUser(spec) });
  }

  /** `USER uid:gid` from numbers. */
  public static userId(uid: number, gid: number): DockerfileInstruction {
    for (const [prop, id] of [['uid', uid], ['gid', gid]] as const) {
      if (!Number.isInteger(id) || id < 0) throw prefixed('USER', propError(prop, id, 'must be a whole number >= 0'));
    }
    return DockerfileInstruction.user(`${uid}:${gid}`);
  }

  /** `EXPOSE port[/udp]`. */
  public static expose(port: number, protocol: 'tcp' | 'udp' = 'tcp'): DockerfileInstruction {
    checkPort('EXPOSE', 'port', port);
    return new DockerfileInstruction({ kind: 'EXPOSE', port, protocol });
  }

  /** `ENTRYPOINT ["arg", ...]` in exec form: the process is PID 1 and receives SIGTERM. */
  public static entrypoint(args: string[]): DockerfileInstruction {
    return new DockerfileInstruction({ kind: 'ENTRYPOINT', command: execCommand('ENTRYPOINT', 'args', args) });
  }

  /**
   * `ENTRYPOINT command` in shell form: `/bin/sh -c` becomes PID 1 and does not forward SIGTERM to the app.
   * Only for images that need a shell at startup; the cross-checks report it.
   */
  public static entrypointShellForm(command: string): DockerfileInstruction {
    return new DockerfileInstruction({ kind: 'ENTRYPOINT', command: shellCommand('ENTRYPOINT', command), shellCommand: command });
  }

  /** `CMD ["arg", ...]` in exec form. */
  public static cmd(args: string[]): DockerfileInstruction {
    return new DockerfileInstruction({ kind: 'CMD', command: execCommand('CMD', 'args', args) });
  }

  /** `CMD command` in shell form; see `entrypointShellForm()` for why to avoid it. */
  public static cmdShellForm(command: string): DockerfileInstruction {
    return new DockerfileInstruction({ kind: 'CMD', command: shellCommand('CMD', command), shellCommand: command });
  }

  /** `LABEL key="value" ...`, one instruction for all the labels given, in the order given. */
  public static label(labels: Record<string, string>): DockerfileInstruction {
    const entries = Object.entries(labels);
    if (entries.length === 0) throw prefixed('LABEL', propError('labels', labels, 'must contain at least one label'));
    for (const [key, value] of entries) {
      if (!LABEL_KEY.test(key)) throw prefixed('LABEL', propError('key', key, `must match ${LABEL_KEY}`));
      checkNoLineBreak('LABEL', key, value);
    }
    return new DockerfileInstruction({ kind: 'LABEL', labels: Object.freeze({ ...labels }) });
  }

  /** `HEALTHCHECK [--interval=...] CMD ["arg", ...]`, exec form (no shell needed in the image). */
  public static healthcheck(command: string[], options: DockerfileHealthcheckOptions = {}): DockerfileInstruction {
    const exec = execCommand('HEALTHCHECK', 'command', command);
    for (const prop of ['interval', 'timeout', 'startPeriod'] as const) {
      const d = options[prop];
      if (d !== undefined && d.toMilliseconds() < 1) {
        throw prefixed('HEALTHCHECK', propError(prop, `${d.toMilliseconds()}ms`, 'must be at least 1ms'));
      }
    }
    if (options.retries !== undefined && (!Number.isInteger(options.retries) || options.retries < 1)) {
      throw prefixed('HEALTHCHECK', propError('retries', options.retries, 'must be a whole number >= 1'));
    }
    const healthcheck: DockerfileHealthcheck = {
      command: exec.args,
      interval: options.interval,
      timeout: options.timeout,
      startPeriod: options.startPeriod,
      retries: options.retries,
    };
    return new DockerfileInstruction({ kind: 'HEALTHCHECK', healthcheck });
  }

  /** `HEALTHCHECK NONE`: turns off a check inherited from the base image. */
  public static healthcheckNone(): DockerfileInstruction {
    return new DockerfileInstruction({ kind: 'HEALTHCHECK' });
  }

  /** `STOPSIGNAL SIGQUIT` (a signal name or number). */
  public static stopSignal(signal: string): DockerfileInstruction {
    if (!SIGNAL.test(signal)) throw prefixed('STOPSIGNAL', propError('signal', signal, `must be a signal name such as 'SIGTERM' or a number (${SIGNAL})`));
    return new DockerfileInstruction({ kind: 'STOPSIGNAL', signal });
  }

  /** `# text`; each line of the text becomes one comment line. */
  public static comment(text: string): DockerfileInstruction {
    return new DockerfileInstruction({ kind: 'COMMENT', text });
  }

  private constructor(
    /** What the instruction holds, by kind. */
    public readonly spec: DockerfileInstructionSpec,
  ) {}

  /** The instruction's keyword, or 'COMMENT'. */
  public get kind(): DockerfileInstructionKind {
    return this.spec.kind;
  }

  /** The instruction as Dockerfile text, without a trailing newline (continuations included). */
  public render(): string {
    const s = this.spec;
    switch (s.kind) {
      case 'ARG':
        return `ARG ${s.name}${s.defaultValue !== undefined ? `=${quote(s.defaultValue)}` : ''}`;
      case 'ENV':
        return continued('ENV', [], Object.entries(s.variables).map(([k, v]) => `${k}=${quote(v)}`), '');
      case 'LABEL':
        return continued('LABEL', [], Object.entries(s.labels).map(([k, v]) => `${k}=${quote(v)}`), '');
      case 'WORKDIR':
        return `WORKDIR ${s.path}`;
      case 'RUN':
        return continued('RUN', s.mounts.map((m) => m.render()), s.commands, '&& ');
      case 'COPY': {
        const flags = [s.from !== undefined ? `--from=${s.from}` : '', s.chown !== undefined ? `--chown=${s.chown}` : ''].filter((f) => f !== '');
        const paths = [...s.sources, s.destination];
        const json = paths.some((p) => /[\s"'\\]/.test(p));
        return ['COPY', ...flags, json ? jsonArray(paths) : paths.join(' ')].join(' ');
      }
      case 'USER':
        return `USER ${s.user.spec}`;
      case 'EXPOSE':
        return `EXPOSE ${s.port}${s.protocol === 'udp' ? '/udp' : ''}`;
      case 'ENTRYPOINT':
      case 'CMD':
        return `${s.kind} ${s.shellCommand !== undefined ? s.shellCommand : jsonArray(s.command.args)}`;
      case 'HEALTHCHECK': {
        if (!s.healthcheck) return 'HEALTHCHECK NONE';
        const h = s.healthcheck;
        const flags = [
          h.interval ? `--interval=${dockerDuration(h.interval)}` : '',
          h.timeout ? `--timeout=${dockerDuration(h.timeout)}` : '',
          h.startPeriod ? `--start-period=${dockerDuration(h.startPeriod)}` : '',
          h.retries !== undefined ? `--retries=${h.retries}` : '',
        ].filter((f) => f !== '');
        return continued('HEALTHCHECK', flags.length > 0 ? [flags.join(' ')] : [], [`CMD ${jsonArray(h.command)}`], '');
      }
      case 'STOPSIGNAL':
        return `STOPSIGNAL ${s.signal}`;
      case 'COMMENT':
        return commentLines(s.text).join('\n');
    }
  }
}

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

function parseUser(spec: string): DockerfileUser {
  const [user, group] = spec.split(':');
  const uid = /^[0-9]+$/.test(user) ? Number(user) : undefined;
  const gid = group !== undefined && /^[0-9]+$/.test(group) ? Number(group) : undefined;
  return { spec, uid, gid };
}

function prefixed(context: string, error: BlueprintError): BlueprintError {
  return new BlueprintError(`${context}: ${error.message}`);
}

function checkVariableName(keyword: 'ARG' | 'ENV', name: string): void {
  if (!VARIABLE_NAME.test(name)) throw prefixed(keyword, propError('name', name, `must be a variable name matching ${VARIABLE_NAME}`));
  if (SECRET_NAME_PATTERN.test(name)) {
    throw prefixed(keyword, propError('name', name, `must not look like a secret (it matches ${SECRET_NAME_PATTERN}): `
      + 'ARG and ENV values are stored in the image; pass secrets at runtime from a Kubernetes Secret'));
  }
}

function checkNoLineBreak(keyword: string, prop: string, value: string): void {
  if (/[\r\n]/.test(value)) throw prefixed(keyword, propError(prop, value, 'must not contain line breaks'));
}

function checkNoWhitespace(keyword: string, prop: string, value: string): void {
  if (/\s/.test(value)) throw prefixed(keyword, propError(prop, value, 'must not contain whitespace'));
}

function checkMountValue(context: string, prop: string, value: string): void {
  if (!MOUNT_VALUE.test(value)) throw prefixed(context, propError(prop, value, 'must be non-empty, without whitespace, quotes, \',\' or \'=\''));
}

function checkPort(keyword: string, prop: string, port: number): void {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw prefixed(keyword, propError(prop, port, 'must be a whole number from 1 to 65535'));
}

function execCommand(keyword: string, prop: string, args: string[]): DockerfileCommand {
  if (args.length === 0 || args[0] === '') {
    throw prefixed(keyword, propError(prop, args, 'must be a non-empty list whose first element (the executable) is not empty'));
  }
  return { form: 'exec', args: Object.freeze([...args]) };
}

function shellCommand(keyword: string, command: string): DockerfileCommand {
  if (command.trim() === '') throw prefixed(keyword, propError('command', command, 'must not be empty'));
  checkNoLineBreak(keyword, 'command', command);
  return { form: 'shell', args: Object.freeze(['/bin/sh', '-c', command]) };
}

function isImageOrStage(from: string, names: Map<string, number>, index: number): boolean {
  if (names.has(from)) return true;
  if (/^[0-9]+$/.test(from)) return Number(from) < index;
  return /[:/@.]/.test(from);
}

function stageLabel(stage: DockerfileStage, index: number): string {
  return stage.name !== undefined ? `'${stage.name}'` : `${index}`;
}

/** A double-quoted Dockerfile word: `\` and `"` escaped; `$VAR` left for the builder to expand. */
function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A JSON array in the spacing Docker's documentation uses: `["a", "b"]`. */
function jsonArray(values: readonly string[]): string {
  return `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
}

function commentLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => (line === '' ? '#' : `# ${line}`));
}

/** Durations the way HEALTHCHECK flags take them: whole seconds as '30s', anything else in milliseconds. */
function dockerDuration(d: Duration): string {
  const ms = d.toMilliseconds();
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/**
 * One line when it fits in MAX_LINE columns; otherwise the keyword and the first piece on the first line and
 * every further flag and item on its own continuation line, items after the first prefixed with `joiner`.
 */
function continued(keyword: string, flags: readonly string[], items: readonly string[], joiner: string): string {
  const pieces = [...flags, ...items.map((item, i) => (i === 0 ? item : `${joiner}${item}`))];
  const single = `${keyword} ${pieces.join(' ')}`;
  if (single.length <= MAX_LINE) return single;
  return [`${keyword} ${pieces[0]}`, ...pieces.slice(1).map((p) => `${INDENT}${p}`)].join(' \\\n');
}

/** Splits a shell command at `&&` outside quotes, so each part can go on its own continuation line. */
function splitTopLevelAnd(command: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoteChar: string | undefined;
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (c === '\\' && quoteChar !== '\'') {
      current += c + (command[i + 1] ?? '');
      i++;
      continue;
    }
    if (quoteChar) {
      if (c === quoteChar) quoteChar = undefined;
      current += c;
      continue;
    }
    if (c === '\'' || c === '"') {
      quoteChar = c;
      current += c;
      continue;
    }
    if (c === '&' && command[i + 1] === '&') {
      parts.push(current.trim());
      current = '';
      i++;
      continue;
    }
    current += c;
  }
  parts.push(current.trim());
  return parts.filter((p) => p !== '');
}
