/**
 * Private to the build presets: where dependencies come from (a registry during the build, or a vendor directory,
 * local registry, wheelhouse, npm cache or tarballs in the build context for offline builds) and the build stage's
 * own packages and environment. Each resolver validates its option and returns the Dockerfile pieces.
 */
import { propError } from '../values/_errors';
import { DockerfileInstruction as I, DockerfileMount } from './dockerfile';
import { DEBIAN_PACKAGE } from './_apt';
import { checkContextPaths } from './_build-support';

import type { NodeDependencies, PythonDependencies, RustDependencies } from './build-options';

/** An environment variable name (POSIX: letters, digits, underscores, not starting with a digit). */
const ENV_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** What a preset renders for its dependencies. */
export interface ResolvedDependencies {
  /** COPY instructions of the dependency directory: before the manifests and lock file, so that it is its own layer. */
  readonly copies: I[];
  /** The directory copied, if any (for the ignore file and the `sources` checks). */
  readonly directory?: string;
  /** Words of the description, e.g. ' from vendored crates (vendor/)'; '' for the registry. */
  readonly description: string;
  /**
   * Lines that end the ignore file: the dependency directory is sent whole, since it is a verbatim copy its tool
   * verifies (cargo checks every vendored file's checksum, and crates ship files the common patterns drop, such as a
   * Dockerfile or a test .pem); nothing of it reaches the runtime image.
   */
  readonly ignoreExceptions: string[];
}

export interface ResolvedRustDependencies extends ResolvedDependencies {
  /** Flags of `cargo build` after `--release`, in order. */
  readonly cargoFlags: string[];
  /** Whether cargo's registry is a cache mount (only when it downloads). */
  readonly registryCache: boolean;
}

export interface ResolvedPythonDependencies extends ResolvedDependencies {
  /** Arguments of `pip install` before `-r <requirements>`. */
  readonly pipFlags: string[];
}

export interface ResolvedNodeDependencies extends ResolvedDependencies {
  /** Flags of `npm ci`. */
  readonly npmFlags: string[];
  /** Mounts of the `npm ci` steps. */
  readonly mounts: DockerfileMount[];
}

/** A dependency directory: a relative path inside the context, not '.', and not also copied as a source. */
function checkDirectory(directory: string, sources: string[] | undefined, sourcesWhy: string): string {
  const dir = checkContextPaths('dependencies.directory', [directory.replace(/\/+$/, '')])[0].replace(/^\.\//, '');
  if (dir === '.' || dir === '') {
    throw propError('dependencies.directory', directory, 'must be a directory inside the build context, not the context itself');
  }
  for (const s of sources ?? []) {
    const source = s.replace(/^\.\//, '').replace(/\/+$/, '');
    if (source === '.' || source === '') {
      throw propError('sources', sources, `must name the app's paths when dependencies come from '${dir}': '.' would copy '${dir}' ${sourcesWhy}`);
    }
    if (source === dir || dir.startsWith(`${source}/`) || source.startsWith(`${dir}/`)) {
      throw propError('sources', sources, `must not contain '${s}': the dependency directory '${dir}' is copied on its own, before the sources`);
    }
  }
  return dir;
}

/** Build.rust: crates.io (cache mount), a `cargo vendor` directory or a local registry, the latter two offline. */
export function resolveRustDependencies(deps: RustDependencies | undefined, sources: string[]): ResolvedRustDependencies {
  // the kind is one of the union's (assertProps checked the options)
  if (deps === undefined || deps.kind === 'crates-io') return { copies: [], description: '', ignoreExceptions: [], cargoFlags: ['--locked'], registryCache: true };
  const kind = deps.kind;
  const given = deps.directory ?? (kind === 'vendored' ? 'vendor' : 'registry');
  const dir = checkDirectory(given, sources, 'a second time');
  const source = kind === 'vendored' ? 'vendored-sources' : 'local-registry';
  const key = kind === 'vendored' ? 'directory' : 'local-registry';
  return {
    copies: [I.copy(dir, `./${dir}`)],
    directory: dir,
    ignoreExceptions: [`!${dir}`, `!${dir}/**`],
    description: kind === 'vendored' ? ` from vendored crates (${dir}/)` : ` from the local registry ${dir}/`,
    // the source replacement of `cargo vendor`'s advice, on the command line: no .cargo/config.toml to keep in step
    cargoFlags: ['--offline', '--locked', `--config 'source.crates-io.replace-with="${source}"'`, `--config 'source.${source}.${key}="${dir}"'`],
    registryCache: false,
  };
}

/** Build.python: the package index, or a wheelhouse in the context (`--no-index --find-links`). */
export function resolvePythonDependencies(deps: PythonDependencies | undefined, sources: string[]): ResolvedPythonDependencies {
  if (deps === undefined || deps.kind === 'index') return { copies: [], description: '', ignoreExceptions: [], pipFlags: [] };
  const dir = checkDirectory(deps.directory ?? 'wheels', sources, 'into the runtime image too');
  return {
    copies: [I.copy(dir, `./${dir}`)],
    directory: dir,
    ignoreExceptions: [`!${dir}`, `!${dir}/**`],
    description: ` from the wheelhouse ${dir}/`,
    pipFlags: ['--no-index', `--find-links ./${dir}`],
  };
}

/**
 * Build.node: the registry (npm cache mount), or an npm cache or tarballs in the context (`npm ci --offline`).
 * @param sources what the runtime copies from the context; undefined when a build stage builds the app
 */
export function resolveNodeDependencies(deps: NodeDependencies | undefined, sources: string[] | undefined): ResolvedNodeDependencies {
  const npmCache = DockerfileMount.cache({ target: '/root/.npm' });
  if (deps === undefined || deps.kind === 'registry') return { copies: [], description: '', ignoreExceptions: [], npmFlags: [], mounts: [npmCache] };
  const kind = deps.kind;
  const given = deps.directory ?? (kind === 'offline-cache' ? 'npm-cache' : 'vendor');
  const dir = checkDirectory(given, sources, 'into the runtime image too');
  return {
    copies: [I.copy(dir, `./${dir}`)],
    directory: dir,
    ignoreExceptions: [`!${dir}`, `!${dir}/**`],
    description: kind === 'offline-cache' ? ` from the npm cache ${dir}/` : ` from the tarballs in ${dir}/`,
    // the copied cache is npm's cache: npm may write to it (index entries, logs), which stays in the build stage
    npmFlags: kind === 'offline-cache' ? ['--offline', `--cache ./${dir}`] : ['--offline'],
    mounts: kind === 'offline-cache' ? [] : [npmCache],
  };
}

/** The build stage's Debian packages (apt-get install, pinned) and environment, validated; the instructions in order. */
export function buildStageSetup(packages: string[] | undefined, env: Record<string, string> | undefined): I[] {
  const result: I[] = [];
  if (packages !== undefined) {
    if (packages.length === 0) throw propError('buildPackages', packages, 'must contain at least one package when given');
    packages.forEach((p) => {
      if (!DEBIAN_PACKAGE.test(p)) throw propError('buildPackages', packages, `must contain Debian package names, each optionally pinned as name=version, matching ${DEBIAN_PACKAGE}`);
    });
    result.push(I.aptInstall(packages));
  }
  if (env !== undefined) {
    const entries = Object.entries(env);
    if (entries.length === 0) throw propError('buildEnv', env, 'must name at least one variable when given');
    for (const [name, value] of entries) {
      if (!ENV_NAME.test(name)) throw propError('buildEnv', name, `must be keyed by environment variable names matching ${ENV_NAME}`);
      if (/[\r\n]/.test(value)) throw propError(`buildEnv.${name}`, value, 'must be a single line');
    }
    result.push(I.env(env));
  }
  return result;
}
