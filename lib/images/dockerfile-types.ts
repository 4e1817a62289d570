/** The plain types of the Dockerfile model, shared by its instructions, stages and private helpers. */

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
