/**
 * What a synth would change in an output folder: the folder's files (those synth wrote there, as its manifest
 * lists them) against the files synthesized in memory. Manifests — YAML files whose every document is a
 * Kubernetes object — object by object and field by field; every other file as a unified text diff.
 */
import * as fs from 'fs';
import * as path from 'path';
import { loadAll } from 'js-yaml';
import { OUTPUT_MANIFEST } from '../app/_output-folder';
import { UsageError } from './_run-app';
import { compare, diffObjects, isKubernetesObject, kubectlName, objectId, ObjectChange, unifiedLines } from './_diff-objects';

/** One file that a synth would add, remove or change. */
export interface FileChange {
  /** Relative to the output folder, '/'-separated. */
  readonly path: string;
  readonly op: 'added' | 'removed' | 'changed';
  /** For manifests: the objects that differ (possibly none, when only the layout or order of the file changed). */
  readonly objects?: readonly ObjectChange[];
  /** For other files, and for manifests whose objects are equal but whose text is not: the unified diff's lines. */
  readonly text?: readonly string[];
}

/** The comparison of one output folder. */
export interface FolderDiff {
  /** The folder, absolute. */
  readonly outdir: string;
  /** In path order (synth's). */
  readonly files: readonly FileChange[];
  /** Files synthesized (for the "no differences" line). */
  readonly compared: number;
  /** Files in the folder that synth did not write (not in its manifest): synth would refuse the folder, changing nothing. */
  readonly foreign: readonly string[];
}

/** The files a synth wrote into `outdir`, read from it: those its manifest lists, or every file when there is no manifest. */
export function readOutputFolder(outdir: string, shown: string): { files: Map<string, string>; foreign: string[] } {
  const stat = fs.statSync(outdir, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`output folder '${shown}' does not exist: nothing to compare with; synthesize it first (cdk8s-blueprints synth), or pass --output DIR`);
  if (!stat.isDirectory()) throw new UsageError(`output folder '${shown}' is not a folder`);
  const present = listFiles(outdir);
  const owned = readManifest(outdir);
  const files = new Map<string, string>();
  const foreign: string[] = [];
  for (const rel of present) {
    if (rel === OUTPUT_MANIFEST) continue;
    if (owned && !owned.has(rel)) { foreign.push(rel); continue; }
    files.set(rel, fs.readFileSync(path.join(outdir, rel), 'utf8'));
  }
  return { files, foreign };
}

/** Compares the files in the folder with the synthesized ones. */
export function diffFolder(outdir: string, before: ReadonlyMap<string, string>, after: ReadonlyMap<string, string>, foreign: readonly string[] = []): FolderDiff {
  const paths = [...new Set([...before.keys(), ...after.keys()])].sort(compare);
  const files: FileChange[] = [];
  for (const rel of paths) {
    const old = before.get(rel);
    const now = after.get(rel);
    if (old === now) continue;
    const op = old === undefined ? 'added' : now === undefined ? 'removed' : 'changed';
    const oldObjects = old === undefined ? new Map() : manifestObjects(old);
    const newObjects = now === undefined ? new Map() : manifestObjects(now);
    if (oldObjects && newObjects) {
      const objects = diffObjects(oldObjects, newObjects);
      // Same objects, other text: the layout or the order of the objects changed; the text diff shows how.
      files.push(objects.length > 0 ? { path: rel, op, objects } : { path: rel, op, objects, text: unifiedLines(old ?? '', now ?? '') });
    } else {
      files.push({ path: rel, op, text: unifiedLines(old ?? '', now ?? '') });
    }
  }
  return { outdir, files, compared: after.size, foreign };
}

/**
 * The objects of a YAML file keyed by apiVersion/kind/namespace/name, parsed with js-yaml; undefined when the
 * file is not YAML, is a template, or some document is not a Kubernetes object (compose files, Chart.yaml).
 */
export function manifestObjects(text: string): Map<string, unknown> | undefined {
  // A template (Helm's `{{ … }}`) is not an object until it is rendered: compared as text.
  if (text.includes('{{')) return undefined;
  let docs: unknown[];
  try {
    docs = loadAll(text).filter((d) => d !== null && d !== undefined);
  } catch {
    return undefined;
  }
  if (docs.length === 0 || !docs.every(isKubernetesObject)) return undefined;
  const out = new Map<string, unknown>();
  for (const doc of docs) {
    const key = kubectlName(objectId(doc as any));
    let unique = key;
    for (let n = 2; out.has(unique); n++) unique = `${key}#${n}`;
    out.set(unique, doc);
  }
  return out;
}

/** The paths synth's manifest lists; undefined when the folder has none (or one synth did not write). */
function readManifest(outdir: string): Set<string> | undefined {
  try {
    const json = JSON.parse(fs.readFileSync(path.join(outdir, OUTPUT_MANIFEST), 'utf8'));
    if (json.generator !== 'cdk8s-blueprints' || typeof json.files !== 'object' || json.files === null) return undefined;
    return new Set(Object.keys(json.files));
  } catch {
    return undefined;
  }
}

/** Every file under `root` (symbolic links not followed), relative and '/'-separated, sorted. */
function listFiles(root: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const entry of fs.readdirSync(rel ? path.join(root, rel) : root, { withFileTypes: true })) {
      const r = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) walk(r);
      else if (entry.isFile()) out.push(r);
    }
  };
  walk('');
  return out.sort(compare);
}
