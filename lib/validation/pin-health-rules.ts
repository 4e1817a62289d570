/**
 * Rules for what a built image installs and how its health is checked: hadolint's DL3008 (apt-get install pins every
 * package) and DL3057 / CIS Docker 4.6 (the image declares a HEALTHCHECK), and the cross-check that a HEALTHCHECK
 * requesting a URL asks what the container's readiness probe asks.
 */
import type { Instruction } from 'dockerfile-ast';
import { parseDockerfile } from './_dockerfile-libs';
import { containersOf } from './_objects';
import { artifactAt, siteAt } from './_rule-helpers';
import type { ImageBinding } from '../values/image-facts';
import type { RenderedArtifact } from './gate';
import type { Rule, RuleContext, Violation } from './types';

/** One stage of a Dockerfile: its FROM, its name and its instructions (FROM excluded). */
interface Stage {
  /** `FROM … AS name`, else the image name, lower case: how a later FROM refers to it (hadolint's StageID). */
  readonly name: string;
  /** The image this stage starts from, lower case. */
  readonly base: string;
  readonly instructions: Instruction[];
}

interface Parsed {
  readonly artifact: RenderedArtifact;
  readonly stages: Stage[];
  /** Every RUN instruction, in order. */
  readonly runs: Instruction[];
}

const PARSED = new WeakMap<RenderedArtifact, Parsed>();

function parse(artifact: RenderedArtifact): Parsed {
  let parsed = PARSED.get(artifact);
  if (parsed) return parsed;
  const instructions = parseDockerfile(artifact.content).getInstructions();
  const stages: Stage[] = [];
  for (const i of instructions) {
    if (i.getKeyword() === 'FROM') {
      const from = i as unknown as { getImageName(): string | null; getBuildStage(): string | null };
      const base = (from.getImageName() ?? '').toLowerCase();
      stages.push({ name: (from.getBuildStage() ?? base).toLowerCase(), base, instructions: [] });
    } else {
      stages[stages.length - 1]?.instructions.push(i);
    }
  }
  parsed = { artifact, stages, runs: instructions.filter((i) => i.getKeyword() === 'RUN') };
  PARSED.set(artifact, parsed);
  return parsed;
}

function dockerfiles(ctx: RuleContext): Parsed[] {
  return ctx.input.artifacts.filter((a) => /(^|\/)Dockerfile$/.test(a.path)).map(parse);
}

function line(i: Instruction): number {
  return (i.getRange()?.start.line ?? 0) + 1;
}

/** The instruction's text after its keyword, continuation lines joined. */
function argumentsText(d: Parsed, i: Instruction): string {
  const range = i.getRange();
  const text = d.artifact.content.split('\n').slice(range.start.line, range.end.line + 1).join('\n');
  return text.replace(/\\\r?\n/g, ' ').replace(/^\s*\S+\s*/, '');
}

/**
 * The packages of every `apt-get install` in a shell command line, as hadolint's DL3008 reads them: the arguments
 * of each command named apt-get that has the argument `install`, without flags, without the release after
 * -t/--target-release, and without `install` itself.
 */
export function aptGetPackages(shell: string): string[] {
  const out: string[] = [];
  for (const command of shell.split(/&&|\|\||[;|\n]/)) {
    const words = command.trim().split(/\s+/).filter((w) => w !== '').map((w) => w.replace(/^(['"])(.*)\1$/, '$2'));
    while (words.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(words[0]!)) words.shift();
    if (words[0] !== 'apt-get' || !words.includes('install')) continue;
    const args = words.slice(1);
    for (let k = 0; k < args.length; k++) {
      const a = args[k]!;
      if (a === '-t' || a === '--target-release') k++;
      else if (!a.startsWith('-') && a !== 'install') out.push(a);
    }
  }
  return out;
}

/** hadolint DL3008's test of one package argument: `name=version`, `name/release` or a `.deb` file. */
export function aptVersionFixed(pkg: string): boolean {
  return pkg.includes('=') || pkg.includes('/') || pkg.endsWith('.deb');
}

/** The HEALTHCHECK in force in the final stage, following FROM <earlier stage> as hadolint does. */
function finalHealthcheck(d: Parsed): Instruction | undefined {
  let stage: Stage | undefined = d.stages[d.stages.length - 1];
  const seen = new Set<Stage>();
  while (stage && !seen.has(stage)) {
    seen.add(stage);
    const own = stage.instructions.filter((i) => i.getKeyword() === 'HEALTHCHECK');
    if (own.length > 0) return own[own.length - 1];
    const base: string = stage.base;
    stage = d.stages.slice(0, d.stages.indexOf(stage)).reverse().find((s) => s.name === base);
  }
  return undefined;
}

function isNone(d: Parsed, i: Instruction): boolean {
  return /^NONE\s*$/i.test(argumentsText(d, i).trim());
}

/** What a HEALTHCHECK runs: the text after CMD (a JSON array's strings joined, or the shell form). */
function healthcheckCommand(d: Parsed, i: Instruction): string {
  const afterCmd = argumentsText(d, i).replace(/^(--\S+\s+)*CMD\s+/i, '');
  try {
    const json: unknown = JSON.parse(afterCmd);
    if (Array.isArray(json)) return json.map(String).join(' ');
  } catch {
    // shell form
  }
  return afterCmd;
}

/** A loopback URL in a HEALTHCHECK's command: its port (default 80/443) and path (default '/'). */
export function loopbackUrl(command: string): { url: string; port: number; path: string } | undefined {
  const m = /\b(https?):\/\/(?:127\.0\.0\.1|localhost|\[::1\])(?::(\d+))?(\/[^\s'"`\\)]*)?/.exec(command);
  if (!m) return undefined;
  return { url: m[0], port: m[2] !== undefined ? Number(m[2]) : m[1] === 'https' ? 443 : 80, path: (m[3] ?? '/').split('?')[0]! };
}

/** The image facts of the workloads that run the Dockerfile at `path`: it serves HTTP when one has a port and a health path. */
function servesHttp(ctx: RuleContext, path: string): ImageBinding['facts'] | undefined {
  return (ctx.input.images ?? []).find((b) => b.dockerfilePath === path && b.facts.port !== undefined && b.facts.healthPath !== undefined)?.facts;
}

function violation(d: Parsed, message: string, severity?: 'warning'): Violation {
  return { path: d.artifact.constructPath, message: `${d.artifact.path}: ${message}`, ...(severity ? { severity } : {}) };
}

/** The port a probe checks, a named port resolved against the container's ports. */
function probePort(container: any, port: unknown): unknown {
  if (typeof port !== 'string') return port;
  return (container.ports ?? []).find((p: any) => p.name === port)?.containerPort ?? port;
}

export const PIN_HEALTH_RULES: readonly Rule[] = [
  {
    id: 'dockerfile-apt-pin', severity: 'error', category: 'image',
    source: 'hadolint DL3008 (src/Hadolint/Rule/DL3008.hs: every non-flag argument of apt-get install contains \'=\' or \'/\' or ends in .deb)',
    summary: 'apt-get install pins the version of every package (name=version, or a /release or a .deb file), so that a rebuild installs what was tested.',
    fix: 'install packages of the bookworm pins table (presets, BackupTools and DockerfileInstruction.aptInstall write name=version from it; npm run gen:apt-pins refreshes it), write name=version, or suppress with a reason',
    check: (ctx) => dockerfiles(ctx).flatMap((d) => d.runs.flatMap((i) => {
      const loose = aptGetPackages(argumentsText(d, i).replace(/^(--\S+\s+)+/, '')).filter((p) => !aptVersionFixed(p));
      return loose.length > 0 ? [violation(d, `line ${line(i)}: apt-get install ${loose.join(', ')} without a pinned version`)] : [];
    })),
  },
  {
    id: 'dockerfile-healthcheck', severity: 'error', category: 'image',
    source: 'hadolint DL3057 (src/Hadolint/Rule/DL3057.hs: a stage has a HEALTHCHECK or is FROM a stage that has one; here the final stage, the image that runs); CIS Docker Benchmark 4.6 (HEALTHCHECK instructions added to container images)',
    summary: 'The image declares a HEALTHCHECK: an error when it EXPOSEs a port and serves HTTP (a health path in its facts), where HEALTHCHECK NONE is an error too; a warning otherwise, where HEALTHCHECK NONE records that there is nothing to check.',
    fix: 'python, node and static-site presets write one from healthPath; rust and go take healthcheckCommand (e.g. the binary\'s own health-check mode); an image that serves nothing writes HEALTHCHECK NONE; otherwise suppress with a reason',
    check: (ctx) => dockerfiles(ctx).flatMap((d): Violation[] => {
      const facts = servesHttp(ctx, d.artifact.path);
      const serves = facts ? `, but the image serves HTTP on port ${facts.port} (health path ${facts.healthPath})` : '';
      const hc = finalHealthcheck(d);
      if (hc === undefined) return [violation(d, `the final stage has no HEALTHCHECK${serves}`, facts ? undefined : 'warning')];
      if (facts && isNone(d, hc)) return [violation(d, `line ${line(hc)}: HEALTHCHECK NONE${serves}`)];
      return [];
    }),
  },
  {
    id: 'image-healthcheck', severity: 'error', category: 'image',
    source: 'cdk8s-blueprints cross-check (a HEALTHCHECK requesting http://127.0.0.1:<port><path> = the readinessProbe\'s port and path)',
    summary: 'A HEALTHCHECK that requests a loopback URL requests the port and path of the readiness probe of every container that runs the image\'s own process.',
    fix: 'let the workload take its port and probes from the Image, or make the HEALTHCHECK request the readiness probe\'s port and path',
    check: (ctx) => (ctx.input.images ?? []).flatMap((b): Violation[] => {
      const artifact = artifactAt(ctx, b.dockerfilePath);
      const site = siteAt(ctx, b.objectPath);
      const container = site && containersOf(site).find((c) => c.container.name === b.container)?.container;
      if (!artifact || !site || !container || container.command !== undefined) return [];
      const d = parse(artifact);
      const hc = finalHealthcheck(d);
      const url = hc && !isNone(d, hc) ? loopbackUrl(healthcheckCommand(d, hc)) : undefined;
      const probe = container.readinessProbe;
      const check = probe?.httpGet ?? probe?.tcpSocket ?? probe?.grpc;
      if (!url || !check) return [];
      const port = probePort(container, check.port);
      const path = probe.httpGet ? String(probe.httpGet.path ?? '/') : undefined;
      if (port === url.port && (path === undefined || path === url.path)) return [];
      const asks = `port ${JSON.stringify(port)}${path !== undefined ? ` path ${path}` : ''}`;
      return [{ path: site.object.path, message: `${b.dockerfilePath} vs container '${container.name}': the HEALTHCHECK requests ${url.url} but the readinessProbe checks ${asks}` }];
    }),
  },
];
