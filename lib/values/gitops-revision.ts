import { propError } from './_errors';

/** Characters and sequences `git check-ref-format` rejects anywhere in a ref name. */
const FORBIDDEN = /[\x00-\x20\x7f~^:?*[\\]|\.\.|@\{|\/\/|\/\.|\.lock\/|^[-/.]|[/.]$|\.lock$|^@$/;
const COMMIT = /^([0-9a-f]{40}|[0-9a-f]{64})$/;

/**
 * Which commit of the git repository a GitOps engine deploys: a branch (follows new commits), a tag or one commit.
 * Argo CD takes any of them as `targetRevision`; Flux's GitRepository needs to know which it is (`ref.branch`,
 * `ref.tag`, `ref.commit`).
 *
 * @example GitRevision.branch('main')
 * @see https://fluxcd.io/flux/components/source/gitrepositories/#reference
 */
export class GitRevision {
  /** A branch: the engine deploys its newest commit. */
  public static branch(name: string): GitRevision {
    return new GitRevision('branch', checkRef('revision.branch', name));
  }

  /** A tag: the engine deploys the commit it names. */
  public static tag(name: string): GitRevision {
    return new GitRevision('tag', checkRef('revision.tag', name));
  }

  /** One commit, by its full id (40 hex digits for SHA-1, 64 for SHA-256). */
  public static commit(sha: string): GitRevision {
    if (typeof sha !== 'string' || !COMMIT.test(sha)) {
      throw propError('revision.commit', sha, 'must be a full commit id: 40 (SHA-1) or 64 (SHA-256) lowercase hexadecimal digits');
    }
    return new GitRevision('commit', sha);
  }

  private constructor(
    /** 'branch', 'tag' or 'commit'. */
    public readonly kind: 'branch' | 'tag' | 'commit',
    /** The branch or tag name, or the commit id. */
    public readonly name: string,
  ) {}

  /** Argo CD's `spec.source.targetRevision`. */
  public get argoCdTargetRevision(): string {
    return this.name;
  }

  /** Flux's GitRepository `spec.ref`. */
  public get fluxRef(): Record<string, string> {
    return { [this.kind]: this.name };
  }
}

/** A branch or tag name as `git check-ref-format --branch` accepts it. */
function checkRef(prop: string, name: string): string {
  if (typeof name !== 'string' || name === '' || name.length > 255 || FORBIDDEN.test(name)) {
    throw propError(prop, name, "must be a git branch or tag name: no spaces, control characters, '~', '^', ':', '?', '*', '[', '\\', '..', '@{' or '//', not starting with '-', '/' or '.', not ending with '/', '.' or '.lock'");
  }
  return name;
}
