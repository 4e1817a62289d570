import { BlueprintError, propError, show } from '../values/_errors';
import { ImageRef } from '../values/image-ref';
import type { BuildFacts } from './build-options';

/** The lock file's name in a project, next to cdk8s.yaml (`cdk8s-blueprints lock` writes it there by default). */
export const BASE_IMAGE_LOCK_FILE = 'base-images.lock.json';

/** The only `lockfileVersion` this library reads and writes. */
export const BASE_IMAGE_LOCK_VERSION = 1;

const DIGEST = /^sha256:[a-f0-9]{64}$/;

/** One locked base image: the digest its tag pointed at, and where that was read. */
export interface BaseImageLockEntry {
  /** The manifest digest (`sha256:` and 64 lowercase hex digits) the tag resolved to: an OCI index or a manifest list for multi-platform images. */
  readonly digest: string;
  /** The registry the reference names, e.g. 'docker.io' or 'gcr.io'. */
  readonly registry: string;
  /**
   * The registry API that answered, e.g. 'https://registry-1.docker.io', or a mirror such as 'http://127.0.0.1:5000':
   * a digest resolved against a mirror is the mirror's image, which need not be the upstream one.
   */
  readonly resolvedAgainst: string;
}

/**
 * The base-image lock: every base image the generated Dockerfiles pull, by the reference their FROM lines write
 * (`debian:bookworm-slim`, `gcr.io/distroless/cc-debian12:nonroot`), mapped to the digest it resolved to and the
 * registry that answered. An app that reads a lock (BlueprintApp's `baseImageLock`) renders `FROM name:tag@sha256:…`
 * for every base the lock holds; `cdk8s-blueprints lock` resolves missing entries through the registry API, and
 * `lock --refresh` all of them. The file is deterministic JSON (sorted, no timestamps), for committing.
 *
 * @example BaseImageLock.parse(fs.readFileSync('base-images.lock.json', 'utf8')).entry('debian:bookworm-slim')?.digest
 */
export class BaseImageLock {
  /** A lock with no entries. */
  public static empty(file: string = BASE_IMAGE_LOCK_FILE): BaseImageLock {
    return new BaseImageLock(file, new Map());
  }

  /** A lock of these entries (checked: references by tag, digests, registry URLs). */
  public static of(entries: Record<string, BaseImageLockEntry>, file: string = BASE_IMAGE_LOCK_FILE): BaseImageLock {
    const map = new Map<string, BaseImageLockEntry>();
    for (const [reference, entry] of Object.entries(entries)) map.set(reference, checkEntry(reference, entry));
    return new BaseImageLock(file, map);
  }

  /** Reads a lock file's text; throws a `BlueprintError` naming `file` and the field for anything malformed. */
  public static parse(text: string, file: string = BASE_IMAGE_LOCK_FILE): BaseImageLock {
    const fail = (e: BlueprintError) => new BlueprintError(`${file}: ${e.message}`);
    let json: any;
    try {
      json = JSON.parse(text);
    } catch (e) {
      throw new BlueprintError(`${file}: is not JSON (${(e as Error).message})`);
    }
    if (json === null || typeof json !== 'object' || Array.isArray(json)) throw fail(propError('lock', json, 'must be a JSON object with \'lockfileVersion\' and \'images\''));
    if (json.lockfileVersion !== BASE_IMAGE_LOCK_VERSION) {
      throw fail(propError('lockfileVersion', json.lockfileVersion, `must be ${BASE_IMAGE_LOCK_VERSION} (the version this library reads)`));
    }
    const images = json.images;
    if (images === null || typeof images !== 'object' || Array.isArray(images)) throw fail(propError('images', images, 'must be an object of image references'));
    const unknown = Object.keys(json).filter((k) => !['lockfileVersion', 'note', 'images'].includes(k));
    if (unknown.length > 0) throw fail(propError(unknown[0], json[unknown[0]], 'is not a field of a base-image lock (lockfileVersion, note, images)'));
    try {
      return BaseImageLock.of(images, file);
    } catch (e) {
      if (e instanceof BlueprintError) throw fail(e);
      throw e;
    }
  }

  private constructor(
    /** The file this lock is read from or written to, as the app names it. */
    public readonly file: string,
    private readonly entries: ReadonlyMap<string, BaseImageLockEntry>,
  ) {}

  /** Every locked reference, sorted. */
  public get references(): string[] {
    return [...this.entries.keys()].sort();
  }

  /** The entry of `reference` (as FROM writes it), if locked. */
  public entry(reference: string): BaseImageLockEntry | undefined {
    return this.entries.get(reference);
  }

  /** A copy with `reference` locked to `entry` (added or replaced). */
  public with(reference: string, entry: BaseImageLockEntry): BaseImageLock {
    const map = new Map(this.entries);
    map.set(reference, checkEntry(reference, entry));
    return new BaseImageLock(this.file, map);
  }

  /** A copy holding only `references` (entries the app no longer uses are dropped). */
  public only(references: readonly string[]): BaseImageLock {
    return new BaseImageLock(this.file, new Map([...this.entries].filter(([r]) => references.includes(r))));
  }

  /** The file's text: sorted, two-space JSON, a trailing newline, no timestamps. */
  public render(): string {
    const images: Record<string, BaseImageLockEntry> = {};
    for (const r of this.references) {
      const e = this.entries.get(r)!;
      images[r] = { digest: e.digest, registry: e.registry, resolvedAgainst: e.resolvedAgainst };
    }
    return `${JSON.stringify({
      lockfileVersion: BASE_IMAGE_LOCK_VERSION,
      note: 'Base images of the generated Dockerfiles, pinned by digest (FROM name:tag@sha256:...). Written by `cdk8s-blueprints lock`; '
        + '`cdk8s-blueprints lock --refresh` re-resolves every entry. resolvedAgainst is the registry API that answered: a mirror\'s digest is the mirror\'s image.',
      images,
    }, null, 2)}\n`;
  }
}

function checkEntry(reference: string, entry: BaseImageLockEntry): BaseImageLockEntry {
  checkLockReference(reference);
  const at = `images[${show(reference)}]`;
  if (entry === null || typeof entry !== 'object') throw propError(at, entry, 'must be an object with \'digest\', \'registry\' and \'resolvedAgainst\'');
  const unknown = Object.keys(entry).filter((k) => !['digest', 'registry', 'resolvedAgainst'].includes(k));
  if (unknown.length > 0) throw propError(`${at}.${unknown[0]}`, (entry as any)[unknown[0]], 'is not a field of a lock entry (digest, registry, resolvedAgainst)');
  if (typeof entry.digest !== 'string' || !DIGEST.test(entry.digest)) throw propError(`${at}.digest`, entry.digest, 'must be \'sha256:\' and 64 lowercase hex digits');
  if (typeof entry.registry !== 'string' || !/^[a-z0-9.-]+(:[0-9]+)?$/.test(entry.registry)) {
    throw propError(`${at}.registry`, entry.registry, 'must be a registry host such as \'docker.io\'');
  }
  if (typeof entry.resolvedAgainst !== 'string' || !/^https?:\/\/[^\s/]+(\/[^\s]*)?$/.test(entry.resolvedAgainst)) {
    throw propError(`${at}.resolvedAgainst`, entry.resolvedAgainst, 'must be the http(s) URL of the registry that answered, e.g. \'https://registry-1.docker.io\'');
  }
  return { digest: entry.digest, registry: entry.registry, resolvedAgainst: entry.resolvedAgainst };
}

/** A lockable reference: `name:tag` exactly as FROM writes it, without a digest. */
export function checkLockReference(reference: string): string {
  let ref: ImageRef;
  try {
    ref = ImageRef.parse(reference);
  } catch {
    throw propError('images', reference, 'must be keyed by image references such as \'debian:bookworm-slim\'');
  }
  if (ref.digest !== undefined || ref.tag === undefined) {
    throw propError('images', reference, 'must be keyed by name:tag as FROM writes it, without a digest (the digest is the entry\'s value)');
  }
  return reference;
}

/**
 * The facts with every tag-only base of the Dockerfile that `lock` holds pinned to its digest
 * (`FROM name:tag@sha256:…`), and `baseLock` saying which bases it used and which it lacks. Without a lock the facts
 * are returned as they are. Bases the Dockerfile pins itself, stage names, `scratch` and `$ARG` references are left alone.
 */
export function lockBaseImages(facts: BuildFacts, lock: BaseImageLock | undefined): BuildFacts {
  if (lock === undefined) return facts;
  const references: string[] = [];
  const unlocked: string[] = [];
  const dockerfile = facts.dockerfile.withBaseImages((image) => {
    let ref: ImageRef;
    try {
      ref = ImageRef.parse(image);
    } catch {
      return image;
    }
    if (ref.digest !== undefined || ref.tag === undefined) return image;
    if (!references.includes(image)) references.push(image);
    const entry = lock.entry(image);
    if (entry === undefined) {
      if (!unlocked.includes(image)) unlocked.push(image);
      return image;
    }
    return `${image}@${entry.digest}`;
  });
  return { ...facts, dockerfile, baseLock: { file: lock.file, references, unlocked } };
}
