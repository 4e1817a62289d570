import { Size } from 'cdk8s';
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
  /**
   * How the Dockerfile's FROM lines used the app's base-image lock (BlueprintApp's `baseImageLock`).
   * @default - the app reads no lock: FROM lines are as the build wrote them
   */
  readonly baseLock?: BaseLockUse;
  /**
   * The largest the built image may be (uncompressed layers) unless the Image sets `sizeBudget`: Rust 64 MiB (distroless),
   * 192 MiB (debian-slim), Go 48, Python 320, Node.js 384, static site 256, fromDockerfile 512 MiB.
   * @default - the preset's budget
   */
  readonly sizeBudget?: Size;
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

/**
 * Where `Build.rust()` takes the crates from.
 * - `crates-io`: downloaded by cargo during the build (the registry is a cache mount).
 * - `vendored`: the output of `cargo vendor` in `directory` of the build context. It is copied before Cargo.toml,
 *   Cargo.lock and the sources (its own layer, cached until it changes), and cargo builds `--offline --locked` with the
 *   source replacement on its command line (`--config 'source.crates-io.replace-with="vendored-sources"'`), so the
 *   build needs no network and no `.cargo/config.toml` in the context.
 * - `local-registry`: a cargo local registry (`index/` and `.crate` files, as `cargo local-registry` writes it) in
 *   `directory`, used the same way.
 */
export type RustDependencies =
  | { readonly kind: 'crates-io' }
  | {
    readonly kind: 'vendored';
    /**
     * The `cargo vendor` output, relative to the build context.
     * @default 'vendor'
     */
    readonly directory?: string;
  }
  | {
    readonly kind: 'local-registry';
    /**
     * The local registry, relative to the build context.
     * @default 'registry'
     */
    readonly directory?: string;
  };

/** Options for `Build.rust()`. */
export interface BuildRustOptions extends BuildServiceOptions {
  /** The cargo binary target (`cargo build --bin <binary>`). */
  readonly binary: string;
  /**
   * Tag of `rust:<rustVersion>-slim-bookworm`, optionally with the digest to pin it to: '1.95@sha256:<digest>'.
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
  /**
   * Where the crates come from: crates.io during the build, or a vendor directory or local registry in the build
   * context for offline, locked builds (see `RustDependencies`).
   * @default { kind: 'crates-io' }
   */
  readonly dependencies?: RustDependencies;
  /**
   * Debian packages to install in the build stage, e.g. a C library a crate links (`libsqlite3-dev` for rusqlite
   * against the system SQLite), each as `name` or `name=version`, pinned as for `runtimePackages`.
   * @default - none
   */
  readonly buildPackages?: string[];
  /**
   * Environment of the build stage (`ENV`), e.g. `{ SQLITE3_STATIC: '1', SQLITE3_LIB_DIR: '/usr/lib/x86_64-linux-gnu',
   * SQLITE3_INCLUDE_DIR: '/usr/include' }` for rusqlite to link Debian's libsqlite3.a statically, so that the distroless
   * runtime needs no shared library. Names must not look like secrets (ENV ends up in the image history).
   * @default - none
   */
  readonly buildEnv?: Record<string, string>;
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

/**
 * Where `Build.python()` installs the requirements from.
 * - `index`: the package index pip is configured with (PyPI by default).
 * - `wheelhouse`: only the wheels in `directory` of the build context (`pip install --no-index --find-links`),
 *   copied before requirements.txt; the build needs no network. Make it with `pip wheel -r requirements.txt -w wheels`
 *   (or `pip download`) where the index can be reached.
 */
export type PythonDependencies =
  | { readonly kind: 'index' }
  | {
    readonly kind: 'wheelhouse';
    /**
     * The wheel directory, relative to the build context.
     * @default 'wheels'
     */
    readonly directory?: string;
  };

/** Options for `Build.python()`. */
export interface BuildPythonOptions extends BuildServiceOptions {
  /** How the app is started. */
  readonly server: PythonServer;
  /**
   * Tag of `python:<pythonVersion>-slim-bookworm`, optionally with a digest: '3.11@sha256:<digest>'.
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
  /**
   * Where the requirements come from: the package index, or a wheelhouse in the build context for offline builds
   * (see `PythonDependencies`). With a wheelhouse, `sources` must name the app's paths (the default '.' would copy
   * the wheelhouse into the runtime image too).
   * @default { kind: 'index' }
   */
  readonly dependencies?: PythonDependencies;
}

/**
 * Where `Build.node()` installs the packages of package-lock.json from.
 * - `registry`: the npm registry (npm's cache is a cache mount).
 * - `offline-cache`: an npm cache directory in the build context (`npm ci --cache <dir>` or `npm cache add` filled it
 *   where the registry can be reached), copied before package.json; `npm ci --offline --cache` reads only it.
 * - `tarballs`: package tarballs in `directory`, which package-lock.json resolves as `file:<directory>/<name>.tgz`;
 *   copied before package.json, and `npm ci --offline` fails instead of downloading anything else.
 */
export type NodeDependencies =
  | { readonly kind: 'registry' }
  | {
    readonly kind: 'offline-cache';
    /**
     * The npm cache directory, relative to the build context.
     * @default 'npm-cache'
     */
    readonly directory?: string;
  }
  | {
    readonly kind: 'tarballs';
    /**
     * The tarball directory, relative to the build context.
     * @default 'vendor'
     */
    readonly directory?: string;
  };

/** Options for `Build.node()`. */
export interface BuildNodeOptions extends BuildServiceOptions {
  /**
   * Script run by `CMD ["node", <entry>]`, relative to /app.
   * @default 'server.js'
   */
  readonly entry?: string;
  /**
   * Tag of `node:<nodeVersion>-bookworm-slim`, optionally with a digest: '20@sha256:<digest>'.
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
  /**
   * Where the packages come from: the registry, or an npm cache or tarballs in the build context for offline builds
   * (see `NodeDependencies`). Without a build script, `sources` must then name the app's paths (the default '.'
   * would copy the dependency directory into the runtime image too).
   * @default { kind: 'registry' }
   */
  readonly dependencies?: NodeDependencies;
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
   * Tag of `golang:<goVersion>-bookworm`, optionally with a digest: '1.23@sha256:<digest>'.
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
   * Tag of `node:<nodeVersion>-bookworm-slim` for the build stage, optionally with a digest: '20@sha256:<digest>'.
   * @default '20'
   */
  readonly nodeVersion?: string;
  /**
   * Minor version of `nginxinc/nginx-unprivileged:<nginxVersion>-bookworm`, the runtime, optionally with a digest: '1.27@sha256:<digest>'.
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

/** How one Image's Dockerfile used the app's lock (in `BuildFacts.baseLock`). */
export interface BaseLockUse {
  /** The lock file, as the app names it. */
  readonly file: string;
  /** Every base the Dockerfile pulls by tag alone (not pinned by digest in the Dockerfile itself), as written in FROM. */
  readonly references: readonly string[];
  /** Those of `references` that the lock does not hold: their FROM lines stay tag-only. */
  readonly unlocked: readonly string[];
}
