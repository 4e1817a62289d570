import { BlueprintError, propError, show } from './_errors';

/** How strictly an environment treats image references. */
export enum ImagePolicy {
  /** Any reference, including a missing tag or `latest` (local development). */
  ANY = 'any',
  /** A tag is required and it must not be a mutable one such as `latest`. */
  NO_MUTABLE_TAG = 'no-mutable-tag',
  /** A digest is required (`repo@sha256:…`, optionally with a tag). */
  DIGEST = 'digest',
}

/** Tags that conventionally move: a production reference to one of these is not reproducible. */
export const MUTABLE_TAGS: readonly string[] = [
  'latest', 'main', 'master', 'dev', 'develop', 'edge', 'nightly', 'stable', 'head', 'trunk', 'staging', 'production', 'prod', 'current',
];

const REPOSITORY = /^(?:[a-zA-Z0-9.-]+(?::[0-9]+)?\/)?[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*(?:\/[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*)*$/;
const TAG = /^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/;
const DIGEST = /^sha256:[a-f0-9]{64}$/;

/**
 * A parsed container image reference: `repository[:tag][@sha256:digest]`.
 *
 * @example ImageRef.parse('registry.example.com/shop/api:1.4.2')
 */
export class ImageRef {
  /** Parses and validates a reference; throws on a malformed one. */
  public static parse(ref: string): ImageRef {
    if (ref.trim() === '') throw propError('image', ref, 'must not be empty');
    let rest = ref;
    let digest: string | undefined;
    const at = rest.indexOf('@');
    if (at >= 0) {
      digest = rest.slice(at + 1);
      rest = rest.slice(0, at);
      if (!DIGEST.test(digest)) throw propError('image', ref, 'has an invalid digest: expected \'sha256:\' and 64 lowercase hex digits');
    }
    let tag: string | undefined;
    const colon = rest.lastIndexOf(':');
    if (colon > rest.lastIndexOf('/')) {
      tag = rest.slice(colon + 1);
      rest = rest.slice(0, colon);
      if (!TAG.test(tag)) throw propError('image', ref, 'has an invalid tag: up to 128 letters, digits, \'_\', \'.\' and \'-\', not starting with \'.\' or \'-\'');
    }
    if (!REPOSITORY.test(rest)) {
      throw propError('image', ref, 'is not a valid image reference: expected [registry/]path[:tag][@sha256:digest] with a lowercase path');
    }
    return new ImageRef(rest, tag, digest);
  }

  private constructor(
    /** Registry and path, e.g. `registry.example.com/shop/api`. */
    public readonly repository: string,
    /** @default - none */
    public readonly tag?: string,
    /** @default - none */
    public readonly digest?: string,
  ) {}

  /** The reference as written in a manifest. */
  public toString(): string {
    return `${this.repository}${this.tag ? `:${this.tag}` : ''}${this.digest ? `@${this.digest}` : ''}`;
  }

  /** True for a missing tag or one of MUTABLE_TAGS (and no digest). */
  public get isMutable(): boolean {
    if (this.digest) return false;
    return this.tag === undefined || MUTABLE_TAGS.includes(this.tag.toLowerCase());
  }

  /** Throws when the reference breaks the policy; the message states the rule. */
  public check(policy: ImagePolicy, envName: string): void {
    if (policy === ImagePolicy.DIGEST && !this.digest) {
      throw propError('image', this.toString(), `must be pinned by digest (repo@sha256:...) in environment '${envName}'`);
    }
    if (policy === ImagePolicy.NO_MUTABLE_TAG && this.isMutable) {
      const what = this.tag === undefined ? 'has no tag' : `uses the mutable tag '${this.tag}'`;
      throw new BlueprintError(`'image' (${show(this.toString())}) ${what}; environment '${envName}' requires an immutable tag (e.g. '1.4.2') or a digest`);
    }
  }
}

/**
 * The registry host a repository (or reference) names — `registry.example.com`, `localhost:5000`, `ghcr.io` — or
 * undefined for Docker Hub's short form (`acme/api`, `nginx`): its first segment is a host only when more follows and
 * it has a '.' or ':' or is `localhost`, as docker's reference grammar reads it.
 */
export function registryHost(repository: string): string | undefined {
  const first = repository.split('/')[0]!;
  return repository.includes('/') && (first.includes('.') || first.includes(':') || first === 'localhost') ? first : undefined;
}

/**
 * The forms a reader that defaults to Docker Hub (Kyverno, the registry API) matches a repository or reference by: as
 * written, and for Docker Hub's short form also with `docker.io/` (an official image also with `docker.io/library/`).
 */
export function dockerHubForms(repository: string): string[] {
  if (registryHost(repository) !== undefined) return [repository];
  return repository.includes('/') ? [repository, `docker.io/${repository}`] : [repository, `docker.io/${repository}`, `docker.io/library/${repository}`];
}
