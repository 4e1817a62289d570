import { Duration } from 'cdk8s';
import { propError } from '../values/_errors';
import type { DockerfileCommand, DockerfileInstructionKind, DockerfileUser } from './dockerfile-types';
import {
  LABEL_KEY, SIGNAL, parseUser, prefixed, checkVariableName, checkNoLineBreak, checkNoWhitespace, checkMountValue, checkPort, execCommand, shellCommand, quote, jsonArray, commentLines, dockerDuration, continued, splitTopLevelAnd, checkOptions,
} from './_dockerfile-util';
import { DEBIAN_PACKAGE, pinnedPackage } from './_apt';

export { SECRET_NAME_PATTERN } from './_dockerfile-util';

export * from './dockerfile-types';

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
    checkOptions('RUN --mount=type=cache', 'DockerfileMount.cache.options', options);
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
    checkOptions('RUN --mount=type=bind', 'DockerfileMount.bind.options', options);
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
    checkOptions('RUN', 'DockerfileInstructionRunOptions', options);
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
   * `RUN apt-get update && apt-get install -y --no-install-recommends <name>=<version> ... && rm -rf /var/lib/apt/lists/*`.
   * A package without a version gets Debian bookworm's (the release of every preset's base image) from the table that
   * `npm run gen:apt-pins` writes; one the table does not know is written as given, and the gate's dockerfile-apt-pin
   * rule (hadolint DL3008) reports it until it is written as `name=version`. On another base, write the versions.
   *
   * @example DockerfileInstruction.aptInstall(['curl', 'busybox'])
   */
  public static aptInstall(packages: string[]): DockerfileInstruction {
    if (packages.length === 0 || packages.some((p) => !DEBIAN_PACKAGE.test(p))) {
      throw prefixed('RUN', propError('packages', packages, `must be one or more Debian package names, each optionally pinned as name=version, matching ${DEBIAN_PACKAGE}`));
    }
    return DockerfileInstruction.run([
      'apt-get update', `apt-get install -y --no-install-recommends ${packages.map(pinnedPackage).join(' ')}`, 'rm -rf /var/lib/apt/lists/*',
    ]);
  }

  /**
   * `COPY [--from=stage] [--chown=uid:gid] <sources...> <destination>`. With more than one source the destination
   * must end with '/'. Paths with whitespace are written in JSON form.
   */
  public static copy(sources: string | string[], destination: string, options: DockerfileInstructionCopyOptions = {}): DockerfileInstruction {
    checkOptions('COPY', 'DockerfileInstructionCopyOptions', options);
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
    checkOptions('HEALTHCHECK', 'DockerfileHealthcheckOptions', options);
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
