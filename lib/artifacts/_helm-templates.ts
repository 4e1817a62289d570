import { toYaml } from '../k8s/yaml';

/**
 * How one Kubernetes object becomes a Helm template: its YAML, as the manifest has it, with every Go-template
 * delimiter in it escaped (so Helm renders it literally) and its container images read from `.Values.images`.
 */

/** What Helm's template engine would take for an action: `{{` and `}}` anywhere in the text. */
const DELIMITERS = /\{\{|\}\}/g;

/**
 * The text with every `{{` and `}}` written as a template action printing it (`{{ "{{" }}`, `{{ "}}" }}`), so
 * that Helm renders exactly the text. Escaped after the object is written as YAML: YAML never changes braces, so
 * the rendered template is the manifest's YAML byte for byte (an ExternalSecret's `{{ .password }}` stays one).
 */
export function escapeGoTemplate(text: string): string {
  return text.replace(DELIMITERS, (d) => (d === '{{' ? '{{ "{{" }}' : '{{ "}}" }}'));
}

/** Annotations Helm reads, added to chart objects (and only those: the rest of each object is the manifest's). */
export const HELM_ANNOTATIONS = {
  hook: 'helm.sh/hook',
  hookWeight: 'helm.sh/hook-weight',
  hookDeletePolicy: 'helm.sh/hook-delete-policy',
  resourcePolicy: 'helm.sh/resource-policy',
} as const;

/** A container image replaced by a value: where it is, and the value's name under `images`. */
interface ImageSite {
  readonly container: Record<string, unknown>;
  readonly reference: string;
}

/** Every container and init container of every pod template in the object (Deployment, StatefulSet, Job, CronJob…). */
export function imageSites(json: unknown): ImageSite[] {
  const out: ImageSite[] = [];
  const visit = (v: unknown) => {
    if (Array.isArray(v)) {
      v.forEach(visit);
      return;
    }
    if (v === null || typeof v !== 'object') return;
    const o = v as Record<string, unknown>;
    for (const key of ['initContainers', 'containers']) {
      const list = o[key];
      if (!Array.isArray(list)) continue;
      for (const c of list) {
        if (c && typeof c === 'object' && typeof (c as Record<string, unknown>).image === 'string') {
          out.push({ container: c as Record<string, unknown>, reference: (c as Record<string, string>).image });
        }
      }
    }
    Object.values(o).forEach(visit);
  };
  visit(json);
  return out;
}

/**
 * The template of one object: its YAML with Go-template delimiters escaped, each container image written as
 * `{{ index .Values.images "<name>" | quote }}` (`valueOf` names the value of a reference).
 */
export function objectTemplate(json: unknown, valueOf: (reference: string) => string): string {
  if (imageSites(json).length === 0) return escapeGoTemplate(toYaml([json]));
  const copy = JSON.parse(JSON.stringify(json)) as unknown;
  const sites = imageSites(copy);
  // Each image is first written as a placeholder no manifest holds (checked), then replaced by the action.
  const raw = JSON.stringify(json);
  let salt = 0;
  while (raw.includes(placeholder(salt, 0).slice(0, -'0_VALUE'.length))) salt++;
  const actions = new Map<string, string>();
  sites.forEach((site, i) => {
    const p = placeholder(salt, i);
    actions.set(p, `{{ index .Values.images ${JSON.stringify(valueOf(site.reference))} | quote }}`);
    site.container.image = p;
  });
  const escaped = escapeGoTemplate(toYaml([copy]));
  return escaped.replace(/HELM_IMAGE_[0-9]+_[0-9]+_VALUE/g, (p) => actions.get(p) ?? p);
}

function placeholder(salt: number, i: number): string {
  return `HELM_IMAGE_${salt}_${i}_VALUE`;
}

/** The templates' file names, one per object: `<kind>-<name>.yaml`, qualified by group and namespace where two would meet. */
export function templateFileNames(objects: readonly unknown[]): string[] {
  const base = objects.map((o) => {
    const j = o as { kind: string; metadata: { name: string } };
    return `${j.kind.toLowerCase()}-${j.metadata.name}`;
  });
  const count = new Map<string, number>();
  for (const b of base) count.set(b, (count.get(b) ?? 0) + 1);
  const names = objects.map((o, i) => {
    if (count.get(base[i]) === 1) return base[i];
    const j = o as { apiVersion: string; kind: string; metadata: { name: string; namespace?: string } };
    const group = j.apiVersion.includes('/') ? j.apiVersion.split('/')[0] : 'core';
    return [j.kind.toLowerCase(), group, j.metadata.namespace ?? 'cluster', j.metadata.name].join('-');
  });
  // Still the same (only a mistake the gate reports would do it): numbered in output order.
  const seen = new Map<string, number>();
  return names.map((n) => {
    const k = (seen.get(n) ?? 0) + 1;
    seen.set(n, k);
    return `${k === 1 ? n : `${n}-${k}`}.yaml`;
  });
}
