import { ImageFacts } from '../values/image-facts';
import { Dockerfile } from './dockerfile';

/** What the cross-checks and the artifact writers need to know about an image, derived from its Dockerfile. */
/** What a build produces: the Dockerfile model and its ignore file, and the facts the gate cross-checks. */
export interface BuildFacts extends ImageFacts {
  /** The Dockerfile model. */
  readonly dockerfile: Dockerfile;
  /** Lines of the `.dockerignore` for the build context. */
  readonly dockerignore: string[];
  /** The numeric USER of the final stage. */
  readonly user: { uid: number; gid: number };
  /** Absolute paths the running image writes; always includes '/tmp'. */
  readonly writablePaths: string[];
  /** One line for docs and review, e.g. 'Rust 1.95 release build of binary rust-web on distroless cc'. */
  readonly description: string;
}

/** Options every preset takes. */
export interface BuildOptions {
  /**
   * Numeric user id of the running process (`USER uid:gid`).
   * @default 10001
   */
  readonly uid?: number;
  /**
   * Numeric group id of the running process.
   * @default 10001
   */
  readonly gid?: number;
  /**
   * `org.opencontainers.image.title`.
   * @default - the binary name (rust, go), otherwise 'app' (static site: 'site')
   */
  readonly title?: string;
  /**
   * `org.opencontainers.image.description`.
   * @default - the generated one-line description (`BuildFacts.description`)
   */
  readonly description?: string;
  /**
   * `org.opencontainers.image.source`, e.g. the repository URL.
   * @default - no label
   */
  readonly source?: string;
  /**
   * `org.opencontainers.image.licenses`, an SPDX expression.
   * @default - no label
   */
  readonly licenses?: string;
  /**
   * Absolute paths the app writes besides '/tmp' (which is always included), e.g. '/data'.
   * @default - only '/tmp'
   */
  readonly writablePaths?: string[];
}

/** Options of presets whose image runs a server. */
export interface BuildServiceOptions extends BuildOptions {
  /**
   * Port the app listens on (`EXPOSE`), or `false` for a process that listens on none.
   * @default 8080
   */
  readonly port?: number | false;
  /**
   * HTTP path of the health endpoint, e.g. '/healthz': the workload's probes request it. Presets with an
   * interpreter in the runtime image (python, node) also render a HEALTHCHECK against it, on `port`.
   * @default - none
   */
  readonly healthPath?: string;
  /**
   * Exec-form HEALTHCHECK command; replaces the generated one. A distroless runtime (rust, go) has no shell and no
   * HTTP client, so the app checks itself, e.g. `['/usr/local/bin/app', '--healthcheck', 'http://127.0.0.1:8080/healthz']`;
   * the gate checks that a loopback URL in it is the readiness probe's port and path (image-healthcheck).
   * @default - python/node: a request to `healthPath` when it is set; rust/go: no HEALTHCHECK (the gate's
   * dockerfile-healthcheck rule reports one missing for an image with a port and a `healthPath`)
   */
  readonly healthcheckCommand?: string[];
}

/** Runtime image of `Build.rust()`. */
export type RustRuntime = 'distroless' | 'debian-slim';

/** Options for `Build.rust()`. */
export interface BuildRustOptions extends BuildServiceOptions {
  /** The cargo binary target (`cargo build --bin <binary>`). */
  readonly binary: string;
  /**
   * Tag of `rust:<rustVersion>-slim-bookworm`.
   * @default '1.95'
   */
  readonly rustVersion?: string;
  /**
   * 'distroless' (`gcr.io/distroless/cc-debian12:nonroot`: no shell, no package manager) or 'debian-slim'
   * (`debian:bookworm-slim`).
   * @default 'distroless'
   */
  readonly runtime?: RustRuntime;
  /**
   * Cargo features (`--features a,b`).
   * @default - the default features
   */
  readonly features?: string[];
  /**
   * Paths of the build context besides Cargo.toml and Cargo.lock that the build needs (e.g. 'build.rs').
   * @default ['src']
   */
  readonly sources?: string[];
  /**
   * Debian packages to install in the 'debian-slim' runtime (e.g. 'ca-certificates'), each as `name` or
   * `name=version`. A name gets bookworm's version from the table `npm run gen:apt-pins` writes; a package the table
   * does not know must be written as `name=version`, or the gate reports it (dockerfile-apt-pin, hadolint DL3008).
   * @default - none
   */
  readonly runtimePackages?: string[];
}

/** How `Build.python()` starts the app. */
export type PythonServer =
  | {
    readonly kind: 'gunicorn';
    /** WSGI app, e.g. 'app:app'. gunicorn must be in requirements.txt. */
    readonly module: string;
    /**
     * Worker processes.
     * @default 2
     */
    readonly workers?: number;
  }
  | {
    readonly kind: 'command';
    /** The argv, e.g. ['python', 'app.py']. */
    readonly command: string[];
  };

/** Options for `Build.python()`. */
export interface BuildPythonOptions extends BuildServiceOptions {
  /** How the app is started. */
  readonly server: PythonServer;
  /**
   * Tag of `python:<pythonVersion>-slim-bookworm`.
   * @default '3.11'
   */
  readonly pythonVersion?: string;
  /**
   * Requirements file in the build context.
   * @default 'requirements.txt'
   */
  readonly requirementsFile?: string;
  /**
   * Paths of the build context copied to /app.
   * @default ['.']
   */
  readonly sources?: string[];
}

/** Options for `Build.node()`. */
export interface BuildNodeOptions extends BuildServiceOptions {
  /**
   * Script run by `CMD ["node", <entry>]`, relative to /app.
   * @default 'server.js'
   */
  readonly entry?: string;
  /**
   * Tag of `node:<nodeVersion>-bookworm-slim`.
   * @default '20'
   */
  readonly nodeVersion?: string;
  /**
   * npm script that builds the app in a separate stage (`npm run <buildScript>`).
   * @default - no build stage: the sources are copied as they are
   */
  readonly buildScript?: string;
  /**
   * Directory the build script writes, copied to the runtime image.
   * @default 'dist'
   */
  readonly buildOutput?: string;
  /**
   * Paths of the build context copied to /app when there is no build script.
   * @default ['.']
   */
  readonly sources?: string[];
}

/** Options for `Build.go()`. */
export interface BuildGoOptions extends BuildServiceOptions {
  /** Name of the output binary (`go build -o /out/<binary>`). */
  readonly binary: string;
  /**
   * Package to build, relative to the module root.
   * @default '.'
   */
  readonly package?: string;
  /**
   * Tag of `golang:<goVersion>-bookworm`.
   * @default '1.23'
   */
  readonly goVersion?: string;
  /**
   * Whether the module has a go.sum (a module without dependencies has none).
   * @default true
   */
  readonly goSum?: boolean;
}

/** Options for `Build.staticSite()`. */
export interface BuildStaticSiteOptions extends BuildOptions {
  /**
   * Directory served: in the build context, or the build script's output when `buildScript` is set.
   * @default 'public', or 'dist' with a build script
   */
  readonly directory?: string;
  /**
   * npm script that builds the site in a node stage first (`npm ci`, then `npm run <buildScript>`).
   * @default - no build: `directory` is copied from the build context
   */
  readonly buildScript?: string;
  /**
   * Tag of `node:<nodeVersion>-bookworm-slim` for the build stage.
   * @default '20'
   */
  readonly nodeVersion?: string;
  /**
   * Minor version of `nginxinc/nginx-unprivileged:<nginxVersion>-bookworm`, the runtime.
   * @default '1.27'
   */
  readonly nginxVersion?: string;
  /**
   * HTTP path for health probes, and for the HEALTHCHECK (curl, which nginx-unprivileged installs).
   * @default - none
   */
  readonly healthPath?: string;
  /**
   * Exec-form HEALTHCHECK command; replaces the generated one.
   * @default - `curl -fsS -o /dev/null http://127.0.0.1:8080<healthPath>` when `healthPath` is set, else no HEALTHCHECK
   */
  readonly healthcheckCommand?: string[];
}

/** What `Build.fromDockerfile()` cannot read from the Dockerfile itself. */
export interface BuildFromDockerfileOptions {
  /**
   * Absolute paths the app writes besides '/tmp' (always included).
   * @default - only '/tmp'
   */
  readonly writablePaths?: string[];
  /**
   * HTTP path of the health endpoint.
   * @default - none
   */
  readonly healthPath?: string;
  /**
   * Lines of the `.dockerignore`.
   * @default - '.git', '**\/.env', '**\/*.pem', '**\/Dockerfile*', '**\/.dockerignore', '**\/__pycache__', 'dist/'
   */
  readonly dockerignore?: string[];
  /**
   * One line for docs and review.
   * @default - 'Custom Dockerfile build on <base image of the final stage>'
   */
  readonly description?: string;
  /**
   * Which EXPOSEd port is the app's, when the Dockerfile exposes several (it must be one of them).
   * @default - the only EXPOSEd port
   */
  readonly port?: number;
}

/** Which factory made a Build. */
export type BuildPreset = 'rust' | 'python' | 'node' | 'go' | 'static-site' | 'dockerfile';
