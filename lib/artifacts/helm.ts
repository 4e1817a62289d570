import { ApiObject } from 'cdk8s';
import { Blueprint } from '../blueprint/blueprint';
import { Image } from '../images/image';
import { toYaml } from '../k8s/yaml';
import { propError } from '../values/_errors';
import type * as helmChart from './_helm-chart';
import type * as helmTemplates from './_helm-templates';

/** Options of the Helm charts a `BlueprintApp` writes (`new BlueprintApp({ helm: { version: '1.4.0' } })`). */
export interface HelmChartOptions {
  /**
   * The charts' `version`, a SemVer 2 version: what `helm package` names the archive after and a chart repository
   * orders by. Bump it with every change you publish.
   * @default '0.1.0' (as `helm create`)
   */
  readonly version?: string;
  /**
   * The charts' `appVersion` (what `helm list` shows).
   * @default - from each blueprint's images: the tag of the images the app builds when they share one, else
   * `<image>:<tag>` of each, by name
   */
  readonly appVersion?: string;
}

/** The folder of the charts in the output folder: `charts/<blueprint>/`. */
export const HELM_CHARTS_FOLDER = 'charts';

/** The options with their defaults applied. */
export type ResolvedHelmChartOptions = HelmChartOptions & { readonly version: string };

/** Official SemVer 2 (https://semver.org/#is-there-a-suggested-regular-expression-regex-to-check-a-semver-string). */
const SEMVER = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/;

/** The options with their defaults; throws a BlueprintError naming the prop for a version that is not SemVer 2 or an empty appVersion. */
export function resolveHelmChartOptions(helm: boolean | HelmChartOptions | undefined): ResolvedHelmChartOptions | undefined {
  if (helm === undefined || helm === false) return undefined;
  const options = helm === true ? {} : helm;
  const version = options.version ?? '0.1.0';
  if (!SEMVER.test(version)) throw propError('helm.version', version, 'must be a SemVer 2 version: MAJOR.MINOR.PATCH, e.g. \'1.4.0\' or \'1.4.0-rc.1\'');
  if (options.appVersion !== undefined && options.appVersion.trim() === '') throw propError('helm.appVersion', options.appVersion, 'must not be empty');
  return { ...options, version };
}

/** One rendered object of a blueprint, with the ApiObject it came from (for its dependencies). */
export interface HelmChartObject {
  readonly object: ApiObject;
  readonly json: any;
}

/**
 * The Helm chart of one blueprint, as files relative to the output folder under `charts/<blueprint>/`: a Helm v3
 * chart (`Chart.yaml` apiVersion v2) whose `templates/` hold exactly the blueprint's objects, one file per
 * object (`<kind>-<name>.yaml`), rendered by `helm template` to the objects of `<blueprint>.k8s.yaml` except for:
 *
 * - container images, read from `values.yaml` (`images.<name>`, each defaulting to the synthesized reference;
 *   `values.schema.json` allows exactly those names);
 * - Jobs the blueprint orders first (another object depends on them, and they on nothing but the objects only
 *   their pods use; see `helmHooks` for when a Job cannot be a hook), which become `pre-install,pre-upgrade`
 *   hooks with those objects (`helm.sh/hook`, `-weight`,
 *   `-delete-policy: before-hook-creation`: the finished Job stays, as the record that it ran and for a dependent
 *   that waits for its completion, until the next install or upgrade replaces it);
 * - the Namespace, annotated `helm.sh/resource-policy: keep`: `helm uninstall` leaves it (and the data volumes
 *   in it) to be deleted on purpose.
 *
 * Go-template delimiters in the objects (an ExternalSecret's `{{ .password }}`) are escaped to render literally.
 */
export function helmChartFiles(blueprint: Blueprint, objects: readonly HelmChartObject[], options: ResolvedHelmChartOptions): Map<string, string> {
  // Loaded on first use: only an app that writes Helm charts needs them.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { applicationImages, appVersionOf, helmHooks, HELMIGNORE, imageValueNames, valuesHeader, valuesSchema } = require('./_helm-chart') as typeof helmChart;
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { HELM_ANNOTATIONS, objectTemplate, templateFileNames } = require('./_helm-templates') as typeof helmTemplates;
  const chart = blueprint.node.id;
  const dir = `${HELM_CHARTS_FOLDER}/${chart}`;
  const jsons = objects.map((o) => o.json);
  const images = blueprint.node.root.node.findAll().filter((c): c is Image => c instanceof Image);
  const builtBy = new Map(images.map((i) => [i.imageReference, i.name]));
  const names = imageValueNames(jsons, builtBy);
  const sortedNames = [...new Set(names.values())].sort();
  const appVersion = options.appVersion ?? appVersionOf(jsons, names, new Set(builtBy.keys()));
  const files = new Map<string, string>();
  files.set(`${dir}/Chart.yaml`, toYaml([{
    apiVersion: 'v2',
    name: chart,
    description: `${blueprint.appName} in ${blueprint.environment.name} (blueprint ${chart}), synthesized by cdk8s-blueprints`,
    type: 'application',
    version: options.version,
    ...(appVersion === undefined ? {} : { appVersion }),
    kubeVersion: '>=1.28.0-0',
  }]));
  const example = names.get(applicationImages(jsons, names, new Set(builtBy.keys()))[0] ?? '');
  files.set(`${dir}/values.yaml`, valuesHeader(chart, example) + toYaml([{ images: Object.fromEntries(sortedNames.map((n) => [n, [...names].find(([, v]) => v === n)![0]])) }]));
  files.set(`${dir}/values.schema.json`, `${JSON.stringify(valuesSchema(chart, sortedNames), null, 2)}\n`);
  files.set(`${dir}/.helmignore`, HELMIGNORE);

  const hooks = new Map(helmHooks(jsons, firstJobs(objects)).map((h) => [h.index, h.weight]));
  const fileNames = templateFileNames(jsons);
  jsons.forEach((json, i) => {
    const weight = hooks.get(i);
    const extra: Record<string, string> = weight !== undefined
      ? { [HELM_ANNOTATIONS.hook]: 'pre-install,pre-upgrade', [HELM_ANNOTATIONS.hookWeight]: String(weight), [HELM_ANNOTATIONS.hookDeletePolicy]: 'before-hook-creation' }
      : json.kind === 'Namespace' && json.apiVersion === 'v1' ? { [HELM_ANNOTATIONS.resourcePolicy]: 'keep' } : {};
    const annotated = Object.keys(extra).length === 0 ? json : { ...json, metadata: { ...json.metadata, annotations: { ...json.metadata.annotations, ...extra } } };
    files.set(`${dir}/templates/${fileNames[i]}`, objectTemplate(annotated, (ref) => names.get(ref)!));
  });
  return files;
}

/** Each Job another object of the blueprint depends on, by index, with the indexes of what it depends on, transitively. */
function firstJobs(objects: readonly HelmChartObject[]): Map<number, Set<number>> {
  const index = new Map(objects.map((o, i) => [o.object as object, i]));
  const direct = objects.map((o) => {
    const deps = new Set<number>();
    for (const dep of o.object.node.dependencies) {
      const targets = dep instanceof ApiObject ? [dep] : dep.node.findAll().filter((c): c is ApiObject => c instanceof ApiObject);
      for (const t of targets) {
        const i = index.get(t);
        if (i !== undefined && t !== o.object) deps.add(i);
      }
    }
    return deps;
  });
  const isJob = (i: number) => objects[i].json.apiVersion === 'batch/v1' && objects[i].json.kind === 'Job';
  const first = new Map<number, Set<number>>();
  direct.forEach((deps) => {
    for (const d of deps) if (isJob(d) && !first.has(d)) first.set(d, closure(d, direct));
  });
  return first;
}

function closure(start: number, direct: readonly Set<number>[]): Set<number> {
  const seen = new Set<number>();
  const todo = [...direct[start]];
  while (todo.length > 0) {
    const i = todo.pop()!;
    if (seen.has(i) || i === start) continue;
    seen.add(i);
    todo.push(...direct[i]);
  }
  return seen;
}
