/**
 * Private to `cdk8s-blueprints lock`: resolving an image tag to its manifest digest through the registry HTTP API v2
 * (the OCI distribution spec), with Node's fetch. `HEAD /v2/<name>/manifests/<tag>` with the Accept headers of an
 * OCI index, a Docker manifest list and the single-manifest types, reading `Docker-Content-Digest`; on a
 * `401` with `WWW-Authenticate: Bearer realm=…,service=…,scope=…` an anonymous pull token from the realm, then the
 * same request again. A mirror mapping sends a registry's requests to another registry (e.g. docker.io → a local one).
 */
import { createHash } from 'crypto';
import type { BaseImageLockEntry } from '../images/base-lock';
import { registryHost } from '../values/image-ref';

/** The manifest media types asked for, multi-platform indexes first (their digest is what `docker pull` resolves). */
export const MANIFEST_ACCEPT = [
  'application/vnd.oci.image.index.v1+json',
  'application/vnd.docker.distribution.manifest.list.v2+json',
  'application/vnd.oci.image.manifest.v1+json',
  'application/vnd.docker.distribution.manifest.v2+json',
].join(', ');

/** Registry host → base URL of the registry API that serves it instead, e.g. { 'docker.io': 'http://127.0.0.1:5000' }. */
export type RegistryMirrors = Readonly<Record<string, string>>;

/** Where a reference lives: its registry host, repository path and tag, as `docker pull` reads them. */
export interface RegistryReference {
  readonly registry: string;
  readonly repository: string;
  readonly tag: string;
}

/** The registry could not be reached at all (no answer): the lock is left as it is. */
export class RegistryUnreachableError extends Error {
  public override readonly name = 'RegistryUnreachableError';
}

/** The registry answered, but not with a digest (unknown tag, denied, a broken answer). */
export class RegistryAnswerError extends Error {
  public override readonly name = 'RegistryAnswerError';
}

/** `debian:bookworm-slim` → docker.io, library/debian, bookworm-slim; `gcr.io/distroless/cc:nonroot` → gcr.io, distroless/cc. */
export function registryReference(reference: string): RegistryReference {
  const at = reference.indexOf('@');
  const withoutDigest = at >= 0 ? reference.slice(0, at) : reference;
  const colon = withoutDigest.lastIndexOf(':');
  const slash = withoutDigest.lastIndexOf('/');
  if (colon <= slash) throw new RegistryAnswerError(`'${reference}' has no tag to resolve`);
  const name = withoutDigest.slice(0, colon);
  const tag = withoutDigest.slice(colon + 1);
  const host = registryHost(name);
  const registry = host ?? 'docker.io';
  let repository = host !== undefined ? name.slice(host.length + 1) : name;
  if (registry === 'docker.io' && !repository.includes('/')) repository = `library/${repository}`;
  return { registry: registry === 'index.docker.io' ? 'docker.io' : registry, repository, tag };
}

/** The API base URL for `registry`: its mirror when one is given, Docker Hub's API host for docker.io, else https://<host>. */
export function registryApi(registry: string, mirrors: RegistryMirrors): string {
  const mirror = mirrors[registry];
  if (mirror !== undefined) return mirror.replace(/\/+$/, '');
  return registry === 'docker.io' ? 'https://registry-1.docker.io' : `https://${registry}`;
}

/** Parses `--mirror docker.io=http://127.0.0.1:5000` values; throws with the value for a malformed one. */
export function parseMirrors(values: readonly string[]): RegistryMirrors {
  const out: Record<string, string> = {};
  for (const v of values) {
    const m = /^([a-z0-9.-]+(?::[0-9]+)?)=(https?:\/\/[^\s/]+(?:\/[^\s]*)?)$/.exec(v);
    if (!m) throw new RegistryAnswerError(`--mirror: '${v}' must be <registry>=<http(s) URL>, e.g. docker.io=http://127.0.0.1:5000`);
    out[m[1]] = m[2].replace(/\/+$/, '');
  }
  return out;
}

type Fetch = typeof fetch;

/** Resolves `reference` (name:tag as FROM writes it) to the digest its registry (or mirror) serves for the tag. */
export async function resolveDigest(reference: string, mirrors: RegistryMirrors, options: { fetch?: Fetch; timeoutMs?: number } = {}): Promise<BaseImageLockEntry> {
  const { registry, repository, tag } = registryReference(reference);
  const api = registryApi(registry, mirrors);
  const url = `${api}/v2/${repository}/manifests/${encodeURIComponent(tag)}`;
  const doFetch = options.fetch ?? fetch;
  const request = async (method: 'HEAD' | 'GET', target: string, headers: Record<string, string>): Promise<Response> => {
    try {
      return await doFetch(target, { method, headers, redirect: 'follow', signal: AbortSignal.timeout(options.timeoutMs ?? 15_000) });
    } catch (e) {
      const cause = (e as { cause?: { code?: string; message?: string } }).cause;
      throw new RegistryUnreachableError(`${api} is unreachable (${cause?.code ?? cause?.message ?? (e as Error).message})`);
    }
  };
  const headers: Record<string, string> = { Accept: MANIFEST_ACCEPT };
  let response = await request('HEAD', url, headers);
  if (response.status === 401) {
    const token = await anonymousToken(response.headers.get('www-authenticate'), repository, api, request);
    headers.Authorization = `Bearer ${token}`;
    response = await request('HEAD', url, headers);
  }
  let digest = response.ok ? response.headers.get('docker-content-digest') : null;
  if (response.ok && digest === null) {
    // a registry that does not send the header on HEAD: the digest is that of the manifest's bytes
    const got = await request('GET', url, headers);
    if (got.ok) digest = got.headers.get('docker-content-digest') ?? `sha256:${createHash('sha256').update(Buffer.from(await got.arrayBuffer())).digest('hex')}`;
    else response = got;
  }
  if (!response.ok) {
    const what = response.status === 404 ? 'no such tag or repository' : response.status === 401 || response.status === 403 ? 'access denied' : 'unexpected answer';
    throw new RegistryAnswerError(`${api} answered ${response.status} for ${repository}:${tag} (${what})`);
  }
  if (digest === null || !/^sha256:[a-f0-9]{64}$/.test(digest)) throw new RegistryAnswerError(`${api} sent no sha256 digest for ${repository}:${tag} (Docker-Content-Digest: ${digest ?? 'missing'})`);
  return { digest, registry, resolvedAgainst: api };
}

/** The anonymous pull token a `WWW-Authenticate: Bearer` challenge points at (`token` or `access_token` of the realm's JSON). */
async function anonymousToken(
  challenge: string | null, repository: string, api: string,
  request: (method: 'GET', url: string, headers: Record<string, string>) => Promise<Response>,
): Promise<string> {
  const params = new Map<string, string>();
  if (challenge !== null && /^Bearer\s/i.test(challenge)) {
    for (const m of challenge.slice(7).matchAll(/([a-zA-Z_]+)="([^"]*)"/g)) params.set(m[1].toLowerCase(), m[2]);
  }
  const realm = params.get('realm');
  if (realm === undefined) throw new RegistryAnswerError(`${api} answered 401 without a Bearer challenge (WWW-Authenticate: ${challenge ?? 'missing'}): only anonymous token access is supported`);
  const tokenUrl = new URL(realm);
  if (params.has('service')) tokenUrl.searchParams.set('service', params.get('service')!);
  tokenUrl.searchParams.set('scope', params.get('scope') ?? `repository:${repository}:pull`);
  const response = await request('GET', tokenUrl.toString(), { Accept: 'application/json' });
  if (!response.ok) throw new RegistryAnswerError(`${tokenUrl.origin} answered ${response.status} for an anonymous pull token of ${repository}`);
  const body = await response.json().catch(() => ({})) as { token?: string; access_token?: string };
  const token = body.token ?? body.access_token;
  if (typeof token !== 'string' || token === '') throw new RegistryAnswerError(`${tokenUrl.origin} sent no token for ${repository}`);
  return token;
}
