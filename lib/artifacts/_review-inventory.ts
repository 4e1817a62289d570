/**
 * The review page's inventory: the objects by kind, and every image the pods run with its tag or digest and the
 * generated Dockerfile that builds it.
 */
import { code, containersOf, distinct, namesByKindAndVersion, podSites, ReviewObject, table, text } from './_review-model';

/** An image built here: the reference workloads run and the output path of its Dockerfile. */
export interface ReviewImage {
  readonly reference: string;
  /** Path relative to the output folder, e.g. 'images/user-service/Dockerfile'. */
  readonly dockerfilePath: string;
}

/** `## Inventory`: objects by kind (every kind, known or not), then the images. */
export function inventorySection(objects: readonly ReviewObject[], images: readonly ReviewImage[]): string {
  // The names by kind, then apiVersion; a kind with two apiVersions is two kinds here.
  const kinds = namesByKindAndVersion(objects);
  let count = 0;
  kinds.forEach((byApiVersion) => count += byApiVersion.size);
  // Sorted as byString sorts: for strings, the default order is the same (by UTF-16 code unit), without a call per
  // comparison (a kind lists a name per object).
  const rows: string[][] = [];
  for (const kind of [...kinds.keys()].sort()) {
    const byApiVersion = kinds.get(kind)!;
    for (const apiVersion of [...byApiVersion.keys()].sort()) {
      const names = byApiVersion.get(apiVersion)!;
      rows.push([kind, code(apiVersion), String(names.length), distinct(names).sort().map(code).join(', ')]);
    }
  }
  const out = [
    '## Inventory',
    '',
    `${objects.length} object${objects.length === 1 ? '' : 's'} of ${count} kind${count === 1 ? '' : 's'}.`,
    '',
    table(['kind', 'apiVersion', 'count', 'names'], rows),
    '',
    '### Images',
    '',
  ];
  const builtFrom = new Map<string, ReviewImage>();
  for (const i of images) if (!builtFrom.has(i.reference)) builtFrom.set(i.reference, i);
  const imageRows = imageUses(objects).map((u) => {
    const ref = splitReference(u.reference);
    const built = builtFrom.get(u.reference);
    return [
      code(ref.repository), ref.tag ? code(ref.tag) : '—', ref.digest ? code(ref.digest) : '—',
      built ? `[${text(built.dockerfilePath)}](../${built.dockerfilePath})` : 'not built here',
      u.users.join('<br>'),
    ];
  });
  out.push(imageRows.length === 0 ? 'No pod runs an image.' : table(['image', 'tag', 'digest', 'built from', 'run by'], imageRows));
  return out.join('\n');
}

/** Every image reference the pods run, in the order of the output, with the containers that run it. */
function imageUses(objects: readonly ReviewObject[]): Array<{ reference: string; users: string[] }> {
  const uses = new Map<string, string[]>();
  const sites = podSites(objects);
  for (let i = 0; i < sites.length; i++) {
    const site = sites[i];
    const containers = containersOf(site.spec);
    for (let j = 0; j < containers.length; j++) {
      const { container, init } = containers[j];
      if (typeof container.image !== 'string') continue;
      const users = uses.get(container.image) ?? [];
      users.push(`${site.title}: ${init ? 'init container' : 'container'} ${code(String(container.name))}`);
      uses.set(container.image, users);
    }
  }
  return [...uses.entries()].map(([reference, users]) => ({ reference, users }));
}

/** 'registry/repo:tag@sha256:…' → its repository, tag and digest (a port in the registry host is not a tag). */
export function splitReference(reference: string): { repository: string; tag?: string; digest?: string } {
  const at = reference.indexOf('@');
  const digest = at >= 0 ? reference.slice(at + 1) : undefined;
  const named = at >= 0 ? reference.slice(0, at) : reference;
  const slash = named.lastIndexOf('/');
  const colon = named.lastIndexOf(':');
  const tag = colon > slash ? named.slice(colon + 1) : undefined;
  const repository = colon > slash ? named.slice(0, colon) : named;
  return { repository, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}
