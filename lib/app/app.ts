import * as fs from 'fs';
import * as path from 'path';
import { ApiObject, App, Chart } from 'cdk8s';
import { IConstruct } from 'constructs';
import { Blueprint } from '../blueprint/blueprint';
import { collectArtifacts } from '../artifacts/collect';
import { reviewPages } from '../artifacts/review';
import { manifestFileOf } from '../artifacts/gitops';
import { HelmChartObject, helmChartFiles, HelmChartOptions, resolveHelmChartOptions, ResolvedHelmChartOptions } from '../artifacts/helm';
import { Workload } from '../workloads/workload';
import { userCallSite } from '../values/_errors';
import { creationOf, recorded, recordedErrors } from '../k8s/_recorded-errors';
import { defaultChecks, knownRuleIds } from '../validation/checks';
import { annotateSuppressions, Policy } from '../k8s/suppressions';
import { applySuppressions } from '../validation/suppressions';
import { Finding, ValidationError } from '../validation/finding';
import { GateCheck, RenderedArtifact, RenderedObject, runChecks } from '../validation/gate';
import { checkedMethodOptions } from '../k8s/_construct-props';
import { toYaml } from '../k8s/yaml';
import { checkProps, withoutProblems } from '../values/_prop-check';
import { chartOrder } from './_dependency-order';
import { writeOutputFolder } from './_output-folder';
import { currentSession } from './_session';
import { loadCrds } from './_crd-files';
import { CustomResourceSchemas } from '../k8s/custom-resources';
import { BaseImageLock } from '../images/base-lock';
import { useBaseImageLock } from '../images/_base-lock-scope';

/** Props for `BlueprintApp`. */
export interface BlueprintAppProps {
  /**
   * Where `synth()` writes.
   * @default - $CDK8S_OUTDIR, else 'dist'
   */
  readonly outdir?: string;
  /**
   * Checks to run in the validation gate besides the built-in ones.
   * @default - none
   */
  readonly checks?: GateCheck[];
  /**
   * Your own CustomResourceDefinitions: objects of their kinds are schema-checked like the bundled ones (see
   * `CustomResourceSchemas`) instead of rejected as not a known kind.
   * @default - none
   */
  readonly crds?: CustomResourceSchemas[];
  /**
   * CRD YAML files (apiextensions.k8s.io/v1), read at synth, relative to the working directory: the same as `crds`.
   * @default - none
   */
  readonly crdFiles?: string[];
  /**
   * Also write each Blueprint as a Helm v3 chart, `charts/<blueprint>/` (Chart.yaml, values.yaml with the container
   * images, values.schema.json, templates/ with exactly the blueprint's objects, .helmignore), for teams that deploy
   * with `helm install` / `upgrade` / `rollback` / `uninstall`. `true` for the defaults (version 0.1.0).
   * @default false
   */
  readonly helm?: boolean | HelmChartOptions;
  /**
   * The base-image lock file (`cdk8s-blueprints lock` writes it; e.g. 'base-images.lock.json' next to cdk8s.yaml),
   * read when the app is made, relative to the working directory. Images made afterwards write `FROM
   * name:tag@sha256:…` for every base it locks, and the gate reports a production image built from a base it lacks
   * (image-base-locked). A missing file is an empty lock.
   * @default - no lock: FROM lines pin tags only
   */
  readonly baseImageLock?: string;
}

/** The in-memory result of synthesis: every file, every object, the warnings. */
export interface Synthesis {
  /** Output files by path relative to the output directory, sorted by path. */
  readonly files: ReadonlyMap<string, string>;
  /** Every Kubernetes object with the construct that made it, in output order. */
  readonly objects: readonly RenderedObject[];
  /** Findings of severity 'warning' (errors throw). */
  readonly warnings: readonly Finding[];
  /** Milliseconds spent per phase and per gate check (for `npm run bench`; never written to the output). */
  readonly timings: Readonly<Record<string, number>>;
}

/**
 * The root of a blueprint app: a cdk8s App that also writes Dockerfiles and other artifacts, and that runs the
 * validation gate over the whole output before anything is written.
 *
 * `synth()` renders every Blueprint to `<outdir>/<blueprint id>.k8s.yaml` and every Artifact to its path,
 * runs construct validations, the Kubernetes 1.28 schema, semantic and policy rules, and the image/manifest
 * cross-checks; on any error it throws one report listing all findings and writes nothing. It is the only
 * place that touches the file system.
 *
 * @example
 * const app = new BlueprintApp();
 * // … blueprints …
 * app.synth();
 */
export class BlueprintApp extends App {
  private readonly extraChecks: GateCheck[];
  private readonly crds: { readonly given: CustomResourceSchemas[]; readonly files: string[] };
  private readonly helm?: ResolvedHelmChartOptions;
  /** The absolute path of the base-image lock the app reads (`baseImageLock`), if any (for `cdk8s-blueprints lock`). */
  public readonly baseImageLockPath?: string;
  /** How many charts the last synthesis rendered (for the CLI's summary). */
  private chartCount = 0;

  constructor(props: BlueprintAppProps = {}) {
    // A mistaken prop is left out before cdk8s sees it (`outDir` must not silently mean 'dist'), recorded below.
    const valid = withoutProblems(props, checkProps('BlueprintAppProps', props));
    super({ outdir: valid.outdir ?? process.env.CDK8S_OUTDIR ?? 'dist' });
    currentSession()?.apps.push(this);
    const checked = checkedMethodOptions(this, 'BlueprintApp', 'BlueprintAppProps', props);
    this.extraChecks = checked.checks ?? [];
    this.crds = { given: checked.crds ?? [], files: checked.crdFiles ?? [] };
    this.helm = recorded(this, 'BlueprintApp', () => resolveHelmChartOptions(checked.helm), undefined);
    if (checked.baseImageLock !== undefined) {
      this.baseImageLockPath = path.resolve(checked.baseImageLock);
      // named in messages as given, or relative to the working directory when given as an absolute path inside it
      const relative = path.relative(process.cwd(), this.baseImageLockPath);
      const file = path.isAbsolute(checked.baseImageLock) && relative !== '' && !relative.startsWith('..') ? relative : checked.baseImageLock;
      const lock = recorded(this, 'BlueprintApp', () => readBaseImageLock(this.baseImageLockPath!, file), BaseImageLock.empty(file));
      useBaseImageLock(this, lock);
    }
  }

  /** Renders and validates everything in memory; throws a `ValidationError` listing every error. */
  public synthesize(): Synthesis {
    const timings: Record<string, number> = {};
    let mark = performance.now();
    const lap = (name: string) => {
      const now = performance.now();
      timings[name] = (timings[name] ?? 0) + (now - mark);
      mark = now;
    };
    // Mistakes the constructs recorded, and their validations: reported together with everything the gate finds.
    // The whole tree, once, as validated: every pass below walks it in this order (rendering adds no construct).
    const validations: Finding[] = [];
    const all = validatedTree(this, validations);
    const constructFindings = [...recordedFindings(this), ...validations];
    const broken = brokenPaths(this);
    lap('construct validations');

    resolveConstructDependencies(all);
    const suppressions = Policy.all(this, all);
    annotateSuppressions(this, suppressions, all);
    lap('dependencies and suppressions');
    const objects: RenderedObject[] = [];
    const files = new Map<string, string>();
    const manifests: Array<{ readonly file: string; readonly docs: readonly unknown[] }> = [];
    const renderFindings: Finding[] = [];
    // cdk8s' `charts` and each chart's objects in its `toJson()` order, computed from the tree above (cdk8s orders the
    // whole tree by its dependencies on every read of `charts`, and each chart's subtree again).
    const order = chartOrder(this, all);
    const charts = order.charts;
    this.chartCount = charts.filter((c) => c instanceof Blueprint).length; // GitOps manifests are charts, not blueprints
    for (const chart of charts) {
      const docs: any[] = [];
      const helmObjects: HelmChartObject[] = [];
      for (const obj of order.objectsOf(chart)) {
        try {
          const json = obj.toJson();
          docs.push(json);
          helmObjects.push({ object: obj, json });
          objects.push({ path: obj.node.path, blueprint: chart.node.id, production: chart instanceof Blueprint && (chart as Blueprint).environment.isProduction, json });
        } catch (e) {
          // Rendering cannot fail for props a construct accepted (its checks run when it is made): an error here is a
          // bug, and propagates. An object of a construct with a recorded mistake may not render: the mistake is what is reported.
          if (!isBroken(obj.node.path, broken)) throw e;
        }
      }
      lap('render objects');
      // `<id>.k8s.yaml`; GitOps manifests under gitops/. Its path is taken now, its YAML written once the gate and the
      // review pages are done: they read the objects, not the YAML, which would only add to the memory they run in.
      if (docs.length > 0) {
        files.set(manifestFileOf(chart), '');
        manifests.push({ file: manifestFileOf(chart), docs });
      }
      // The blueprint's Helm chart, charts/<id>/, when the app asks for charts.
      if (this.helm && chart instanceof Blueprint && docs.length > 0) {
        for (const [f, c] of helmChartFiles(chart as Blueprint, helmObjects, this.helm)) files.set(f, c);
        lap('helm charts');
      }
    }

    const artifacts: RenderedArtifact[] = [];
    for (const artifact of collectArtifacts(this, this.outdir, all)) {
      if (files.has(artifact.path)) {
        renderFindings.push({ path: artifact.constructPath, rule: 'artifact-path', severity: 'error', message: `'path' ('${artifact.path}') is written by another artifact or blueprint` });
        continue;
      }
      let content: string;
      try {
        content = artifact.render();
      } catch (e) {
        if (!isBroken(artifact.constructPath, broken) && constructFindings.length === 0) throw e;
        continue;
      }
      files.set(artifact.path, content);
      artifacts.push({ path: artifact.path, constructPath: artifact.constructPath, content });
    }
    lap('render artifacts');
    const images = all.filter((c): c is Workload => c instanceof Workload).flatMap((w) => w.imageBindings());

    const checks = [...defaultChecks(), ...this.extraChecks];
    const crds = loadCrds(this.crds.given, this.crds.files, renderFindings);
    let raw: Finding[];
    try {
      raw = runChecks({ objects, artifacts, images, crds }, checks, (name, ms) => { timings[`gate: ${name}`] = ms; });
    } catch (e) {
      // Placeholders stand in for values with recorded mistakes; a rule that trips over one reports nothing new.
      if (constructFindings.length === 0) throw e;
      raw = [];
    }
    mark = performance.now();
    const gateFindings = applySuppressions(raw, suppressions, new Set([...knownRuleIds(), ...checks.map((c) => c.name)]))
      // A finding on an object of a construct with a recorded mistake usually follows from it: the mistake is reported.
      .filter((f) => !isBroken(f.path, broken));
    const findings = [...constructFindings, ...renderFindings, ...gateFindings].map((f) => withSite(this, f));
    if (findings.some((f) => f.severity === 'error')) throw new ValidationError(findings);
    lap('suppressions and findings');
    // The review pages (review/<blueprint>.md), once the gate has passed: from the objects and the warnings alone.
    for (const [page, content] of reviewPages(this, objects, findings, all)) {
      const taken = artifacts.find((a) => a.path === page);
      if (taken) throw new ValidationError([{ path: taken.constructPath, rule: 'artifact-path', severity: 'error', message: `'path' ('${page}') is the review page of blueprint '${page.slice('review/'.length, -'.md'.length)}'` }]);
      files.set(page, content);
    }
    lap('review pages');
    for (const m of manifests) files.set(m.file, toYaml(m.docs));
    lap('write YAML (in memory)');

    const sorted = new Map([...files.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
    return { files: sorted, objects, warnings: findings, timings };
  }

  /** Every blueprint's objects as one YAML stream, after the validation gate (cdk8s' own `synthYaml`, gated; written by `toYaml`). */
  public override synthYaml(): string {
    return toYaml(this.synthesize().objects.map((o) => o.json));
  }

  /**
   * Synthesizes, then writes every file to `outdir` — atomically, and only ever replacing or removing files an
   * earlier synth wrote there (listed in the folder's `.cdk8s-blueprints.json` manifest). It refuses an output
   * folder holding files it did not write, naming them. Writes nothing when validation fails, nor under
   * `cdk8s-blueprints diff` (a dry run: the output is recorded for the comparison instead).
   */
  public override synth(): void {
    if (currentSession()?.constructOnly) return; // `cdk8s-blueprints lock` reads the constructs only
    const result = this.synthesize();
    const session = currentSession();
    if (!session) for (const w of result.warnings) process.stderr.write(`warning [${w.rule}] ${w.path}: ${w.message}\n`);
    if (session?.dryRun) {
      session.synths.push({
        app: this, outdir: path.resolve(this.outdir), blueprints: this.chartCount, objects: result.objects.length, files: result.files.size,
        written: [], unchanged: [], removed: [], warnings: result.warnings, output: { files: result.files, objects: result.objects },
      });
      return;
    }
    const write = writeOutputFolder(path.resolve(this.outdir), result.files);
    session?.synths.push({
      app: this, outdir: write.outdir, blueprints: this.chartCount, objects: result.objects.length, files: result.files.size,
      written: write.written, unchanged: write.unchanged, removed: write.removed, warnings: result.warnings,
    });
  }
}

/** The lock file at `absolute` (named `file` in messages); an empty lock when there is none yet. */
function readBaseImageLock(absolute: string, file: string): BaseImageLock {
  return fs.existsSync(absolute) ? BaseImageLock.parse(fs.readFileSync(absolute, 'utf8'), file) : BaseImageLock.empty(file);
}

/** The mistakes constructs recorded, as findings, in the order they were made. */
function recordedFindings(app: IConstruct): Finding[] {
  return recordedErrors(app).map((r) => ({ path: r.path, rule: r.rule, severity: 'error', message: r.message, site: userCallSite(r.stack) }));
}

/** Paths of constructs (not blueprints) with a recorded mistake. */
function brokenPaths(app: IConstruct): string[] {
  return [...new Set(recordedErrors(app).filter((r) => r.kind !== 'Blueprint').map((r) => r.path))];
}

function isBroken(path: string, broken: readonly string[]): boolean {
  return broken.some((b) => path === b || path.startsWith(`${b}/`));
}

/** The finding with the construct the user made that it belongs to, and the line that made it, when known. */
function withSite(app: IConstruct, f: Finding): Finding {
  const c = findByPath(app, f.path);
  const made = c ? creationOf(c) : undefined;
  if (!made) return f;
  return { ...f, owner: made.construct.node.path, ...(f.site || !made.site ? {} : { site: made.site }) };
}

/** The construct at `path` under `root`, or its deepest existing ancestor. */
function findByPath(root: IConstruct, path: string): IConstruct | undefined {
  let c: IConstruct | undefined = root;
  for (const id of path.split('/')) {
    const next: IConstruct | undefined = c.node.tryFindChild(id);
    if (!next) break;
    c = next;
  }
  return c === root ? undefined : c;
}

/**
 * The app's constructs in `findAll()` order, each validated before its children are read: its `node.validate()`
 * errors are added to `findings`, in that order. The default alerts and the image policy remove their own object
 * when they validate (a blueprint that backs nothing up, or runs no signed image): it is then not in the list, as it
 * is not in the tree the app renders.
 */
function validatedTree(app: IConstruct, findings: Finding[]): IConstruct[] {
  const all: IConstruct[] = [];
  const visit = (c: IConstruct): void => {
    for (const message of c.node.validate()) {
      findings.push({ path: c.node.path, rule: 'construct', severity: 'error', message });
    }
    all.push(c);
    for (const child of c.node.children) visit(child);
  };
  visit(app);
  return all;
}

/**
 * Turns construct-level dependencies (`a.node.addDependency(b)`) into ApiObject dependencies within each
 * chart, so that the output lists `b`'s objects before `a`'s.
 */
function resolveConstructDependencies(all: readonly IConstruct[]): void {
  const own = new Map<IConstruct, ApiObject[]>();
  const objectsOf = (c: IConstruct) => {
    let objects = own.get(c);
    if (!objects) own.set(c, objects = ownObjects(c));
    return objects;
  };
  for (const source of all) {
    const targets = source.node.dependencies;
    if (targets.length === 0) continue;
    const sourceObjects = objectsOf(source);
    for (const target of targets) {
      const targetObjects = objectsOf(target);
      for (const s of sourceObjects) {
        for (const t of targetObjects) {
          if (s !== t && Chart.of(s) === Chart.of(t) && !s.node.dependencies.includes(t)) s.node.addDependency(t);
        }
      }
    }
  }
}

/**
 * The ApiObjects a construct emits itself: its subtree, without the subtrees of workloads nested in it (a
 * database's backup jobs are its children but come after it, not with it).
 */
function ownObjects(c: IConstruct): ApiObject[] {
  const out: ApiObject[] = [];
  const visit = (n: IConstruct) => {
    if (n instanceof ApiObject) out.push(n);
    for (const child of n.node.children) {
      if (child instanceof Workload && child !== c) continue;
      visit(child);
    }
  };
  visit(c);
  return out;
}

