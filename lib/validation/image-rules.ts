import type { Instruction, JSONInstruction } from 'dockerfile-ast';
import { dockerfileUtils, parseDockerfile } from './_dockerfile-libs';
import { SENSITIVE_NAME } from '../values/conventions';
import { containersOf, PodSite } from './_objects';
import { servicesSelecting, siteAt } from './_rule-helpers';
import type { ImageBinding } from '../values/image-facts';
import type { RenderedArtifact } from './gate';
import type { Rule, RuleContext, Violation } from './types';

/** A container and the image facts it must agree with. */
interface Pair {
  readonly binding: ImageBinding;
  readonly site: PodSite;
  readonly container: any;
}

function pairs(ctx: RuleContext): Pair[] {
  const out: Pair[] = [];
  for (const binding of ctx.input.images ?? []) {
    const site = siteAt(ctx, binding.objectPath);
    const container = site && containersOf(site).find((c) => c.container.name === binding.container)?.container;
    if (site && container) out.push({ binding, site, container });
  }
  return out;
}

function perPair(ctx: RuleContext, fn: (p: Pair) => string[]): Violation[] {
  return pairs(ctx).flatMap((p) => fn(p).map((message) => ({ path: p.site.object.path, message: `${p.binding.dockerfilePath} vs container '${p.container.name}': ${message}` })));
}

interface ParsedDockerfile {
  readonly artifact: RenderedArtifact;
  readonly instructions: Instruction[];
  /** Instructions of the final stage. */
  readonly final: Instruction[];
  /** Names of the stages (`FROM … AS name`). */
  readonly stageNames: Set<string>;
}

const PARSED = new WeakMap<RenderedArtifact, ParsedDockerfile>();

function dockerfiles(ctx: RuleContext): ParsedDockerfile[] {
  return ctx.input.artifacts.filter((a) => /(^|\/)Dockerfile$/.test(a.path)).map((artifact) => {
    let parsed = PARSED.get(artifact);
    if (!parsed) {
      const df = parseDockerfile(artifact.content);
      const instructions = df.getInstructions();
      const lastFrom = instructions.map((i) => i.getKeyword()).lastIndexOf('FROM');
      const stageNames = new Set(df.getFROMs().map((f) => f.getBuildStage()).filter((s): s is string => !!s).map((s) => s.toLowerCase()));
      parsed = { artifact, instructions, final: instructions.slice(lastFrom), stageNames };
      PARSED.set(artifact, parsed);
    }
    return parsed;
  });
}

/**
 * dockerfile-utils' errors in a Dockerfile's text, worked out once per text: Images of one build write the same
 * Dockerfile (a thousand services from one preset validate one text, not a thousand). Callers only read the list.
 */
function syntaxErrors(content: string): readonly string[] {
  let errors = SYNTAX_ERRORS.get(content);
  if (errors === undefined) {
    if (SYNTAX_ERRORS.size >= 256) SYNTAX_ERRORS.clear();
    errors = dockerfileUtils().validate(content).filter((diag) => diag.severity === 1).map((diag) => `line ${diag.range.start.line + 1}: ${diag.message}`);
    SYNTAX_ERRORS.set(content, errors);
  }
  return errors;
}

const SYNTAX_ERRORS = new Map<string, readonly string[]>();

function perDockerfile(ctx: RuleContext, fn: (d: ParsedDockerfile) => readonly string[]): Violation[] {
  return dockerfiles(ctx).flatMap((d) => fn(d).map((message) => ({ path: d.artifact.constructPath, message: `${d.artifact.path}: ${message}` })));
}

function line(i: Instruction): number {
  return (i.getRange()?.start.line ?? 0) + 1;
}

/** The instruction's whole text, flags included (`--mount=…`), with line continuations joined. */
function runText(d: ParsedDockerfile, i: Instruction): string {
  const range = i.getRange();
  const lines = d.artifact.content.split('\n');
  const text = lines.slice(range.start.line, range.end.line + 1).join('\n');
  return text.replace(/\\\n/g, ' ');
}

/** The cross-checks between generated Dockerfiles and the manifests that run them, and Dockerfile hygiene. */
export const IMAGE_RULES: readonly Rule[] = [
  {
    id: 'image-port', severity: 'error', category: 'image', source: 'cdk8s-blueprints cross-check (EXPOSE = containerPort = Service targetPort = probe port)',
    summary: 'The port the Dockerfile EXPOSEs is the container\'s port, every Service\'s targetPort to it and every probe\'s port.',
    fix: 'let the workload take its port from the Image, or change the build\'s port',
    check: (ctx) => perPair(ctx, ({ binding, site, container }) => {
      const exposed = binding.facts.port;
      if (exposed === undefined) return [];
      const out: string[] = [];
      const ports: any[] = container.ports ?? [];
      if (!ports.some((p) => p.containerPort === exposed)) {
        out.push(`EXPOSE ${exposed} but the container declares ${ports.length ? `port ${ports.map((p) => p.containerPort).join(', ')}` : 'no port'}`);
      }
      for (const kind of ['startupProbe', 'readinessProbe', 'livenessProbe']) {
        const probe = container[kind];
        const port = probe?.httpGet?.port ?? probe?.tcpSocket?.port ?? probe?.grpc?.port;
        if (typeof port === 'number' && port !== exposed) out.push(`EXPOSE ${exposed} but the ${kind} checks port ${port}`);
      }
      const main = ports[0];
      for (const svc of servicesSelecting(ctx, site)) {
        // The Service ports that lead to the app's main port (others, e.g. 'metrics', target other ports).
        for (const sp of (svc.json.spec?.ports ?? []).filter((p: any) => !main || p.name === main.name || p.targetPort === main.name)) {
          const target = sp.targetPort ?? sp.port;
          const named = ports.find((p) => p.name === target);
          const number = typeof target === 'number' ? target : named?.containerPort;
          if (number !== exposed) out.push(`EXPOSE ${exposed} but Service '${svc.json.metadata?.name}' targets port ${JSON.stringify(target)}`);
        }
      }
      return out;
    }),
  },
  {
    id: 'image-user', severity: 'error', category: 'image', source: 'cdk8s-blueprints cross-check (USER = runAsUser/runAsGroup)',
    summary: 'The Dockerfile\'s numeric USER is the container\'s runAsUser and runAsGroup.',
    fix: 'let the workload take its user from the Image, or build the image with the same uid/gid',
    check: (ctx) => perPair(ctx, ({ binding, site, container }) => {
      const uid = container.securityContext?.runAsUser ?? site.spec.securityContext?.runAsUser;
      const gid = container.securityContext?.runAsGroup ?? site.spec.securityContext?.runAsGroup;
      const { uid: wantUid, gid: wantGid } = binding.facts.user;
      return uid === wantUid && gid === wantGid ? [] : [`USER ${wantUid}:${wantGid} but the container runs as ${uid ?? 'unset'}:${gid ?? 'unset'}`];
    }),
  },
  {
    id: 'image-writable-paths', severity: 'error', category: 'image', source: 'cdk8s-blueprints cross-check (writable paths under a read-only root filesystem)',
    summary: 'Every path the image writes at run time is a mounted volume when the root filesystem is read-only.',
    fix: 'let the workload take writable paths from the Image, or add them to writablePaths',
    check: (ctx) => perPair(ctx, ({ binding, container }) => {
      if (container.securityContext?.readOnlyRootFilesystem !== true) return [];
      const mounts: string[] = (container.volumeMounts ?? []).map((m: any) => m.mountPath);
      const missing = binding.facts.writablePaths.filter((p) => !mounts.some((m) => p === m || p.startsWith(`${m.replace(/\/$/, '')}/`)));
      return missing.length ? [`the image writes ${missing.join(', ')} but the read-only container mounts no volume there`] : [];
    }),
  },
  {
    id: 'image-entrypoint', severity: 'error', category: 'image', source: 'cdk8s-blueprints cross-check; hadolint DL3025',
    summary: 'The image starts its process in exec form, so SIGTERM reaches the app within the grace period.',
    fix: 'use exec-form ENTRYPOINT/CMD (JSON arrays)',
    check: (ctx) => perPair(ctx, ({ binding, container }) => (binding.facts.entrypointForm === 'exec' || container.command
      ? [] : ['the ENTRYPOINT/CMD is in shell form: /bin/sh is PID 1 and does not forward SIGTERM to the app'])),
  },
  {
    id: 'dockerfile-syntax', severity: 'error', category: 'image', source: 'dockerfile-utils validate()',
    summary: 'Generated Dockerfiles have no syntax errors.',
    fix: 'build Dockerfiles through the Dockerfile model',
    check: (ctx) => perDockerfile(ctx, (d) => syntaxErrors(d.artifact.content)),
  },
  {
    id: 'dockerfile-pinned-base', severity: 'error', category: 'image', source: 'hadolint DL3006, DL3007',
    summary: 'Every base image (FROM) has an explicit tag other than latest, or a digest.',
    fix: 'pin the base image version',
    check: (ctx) => perDockerfile(ctx, (d) => d.instructions.filter((i) => i.getKeyword() === 'FROM').flatMap((i) => {
      const from = i as any;
      const name: string = from.getImageName() ?? '';
      if (name === 'scratch' || d.stageNames.has(name.toLowerCase())) return [];
      if (from.getImageDigest()) return [];
      const tag = from.getImageTag();
      return !tag || tag === 'latest' ? [`line ${line(i)}: FROM ${from.getImage()} is not pinned to a version`] : [];
    })),
  },
  {
    id: 'dockerfile-user', severity: 'error', category: 'image', source: 'hadolint DL3002; Pod Security Standards (non-root)',
    summary: 'The final stage switches to a numeric, non-root USER.',
    fix: 'presets set USER 10001:10001',
    check: (ctx) => perDockerfile(ctx, (d) => {
      const users = d.final.filter((i) => i.getKeyword() === 'USER');
      const last = users[users.length - 1];
      const spec = last ? (last.getArgumentsContent() ?? '').trim() : undefined;
      if (!spec) return ['the final stage has no USER: the image runs as root'];
      const m = /^(\d+)(?::(\d+))?$/.exec(spec);
      if (!m) return [`line ${line(last)}: USER ${spec} is not numeric: Kubernetes cannot verify runAsNonRoot for a user name`];
      if (Number(m[1]) === 0 || (m[2] !== undefined && Number(m[2]) === 0)) return [`line ${line(last)}: USER ${spec} is root`];
      return [];
    }),
  },
  {
    id: 'dockerfile-exec-form', severity: 'error', category: 'image', source: 'hadolint DL3025',
    summary: 'CMD and ENTRYPOINT of the final stage use the JSON (exec) form.',
    fix: 'use DockerfileInstruction.entrypoint([...]) / cmd([...])',
    check: (ctx) => perDockerfile(ctx, (d) => d.final.filter((i) => i.getKeyword() === 'CMD' || i.getKeyword() === 'ENTRYPOINT')
      .filter((i) => (i as JSONInstruction).getJSONStrings().length === 0)
      .map((i) => `line ${line(i)}: ${i.getKeyword()} is in shell form`)),
  },
  {
    id: 'dockerfile-no-add', severity: 'error', category: 'image', source: 'hadolint DL3020',
    summary: 'Files are copied with COPY, never ADD.',
    fix: 'use COPY (and fetch remote files in a RUN step with checksum verification)',
    check: (ctx) => perDockerfile(ctx, (d) => d.instructions.filter((i) => i.getKeyword() === 'ADD').map((i) => `line ${line(i)}: ADD is used`)),
  },
  {
    id: 'dockerfile-apt', severity: 'error', category: 'image', source: 'hadolint DL3009, DL3014, DL3015',
    summary: 'apt-get install runs with -y and --no-install-recommends and removes the package lists in the same RUN.',
    fix: 'apt-get update && apt-get install -y --no-install-recommends … && rm -rf /var/lib/apt/lists/*',
    check: (ctx) => perDockerfile(ctx, (d) => d.instructions.filter((i) => i.getKeyword() === 'RUN' && /apt-get\s+install/.test(runText(d, i))).flatMap((i) => {
      const t = runText(d, i);
      const out: string[] = [];
      if (!/\s(-y|--yes|--assume-yes)\b/.test(t)) out.push(`line ${line(i)}: apt-get install without -y`);
      if (!t.includes('--no-install-recommends')) out.push(`line ${line(i)}: apt-get install without --no-install-recommends`);
      if (!/rm -rf \/var\/lib\/apt\/lists/.test(t) && !/--mount=type=cache,[^ ]*target=\/var\/lib\/apt/.test(t)) out.push(`line ${line(i)}: apt lists are not removed in the same RUN`);
      return out;
    })),
  },
  {
    id: 'dockerfile-pip-cache', severity: 'error', category: 'image', source: 'hadolint DL3042',
    summary: 'pip install either uses --no-cache-dir or a BuildKit cache mount, so no cache ends up in a layer.',
    fix: 'pip install --no-cache-dir, or RUN --mount=type=cache,target=/root/.cache/pip',
    check: (ctx) => perDockerfile(ctx, (d) => d.instructions.filter((i) => i.getKeyword() === 'RUN' && /pip3?\s+install/.test(runText(d, i)))
      .filter((i) => !runText(d, i).includes('--no-cache-dir') && !/--mount=type=cache,[^ ]*target=\/root\/\.cache\/pip/.test(runText(d, i)))
      .map((i) => `line ${line(i)}: pip install keeps its cache in the layer`)),
  },
  {
    id: 'dockerfile-no-secrets', severity: 'error', category: 'image', source: 'hadolint DL3044-family guidance; Docker build secrets docs',
    summary: 'No ARG or ENV carries a credential-like name (build arguments and environment end up in the image history).',
    fix: 'pass credentials at run time from a Secret, or at build time with --mount=type=secret',
    check: (ctx) => perDockerfile(ctx, (d) => d.instructions.filter((i) => i.getKeyword() === 'ARG' || i.getKeyword() === 'ENV').flatMap((i) => {
      const names = (i.getArgumentsContent() ?? '').split(/\s+/).map((w) => w.split('=')[0]).filter(Boolean);
      const bad = names.filter((n) => SENSITIVE_NAME.test(n) && /^[A-Za-z_][A-Za-z0-9_]*$/.test(n));
      return bad.length ? [`line ${line(i)}: ${i.getKeyword()} ${bad.join(', ')} looks like a credential`] : [];
    })),
  },
  {
    id: 'dockerfile-absolute-workdir', severity: 'error', category: 'image', source: 'hadolint DL3000',
    summary: 'WORKDIR paths are absolute.',
    fix: 'use an absolute WORKDIR',
    check: (ctx) => perDockerfile(ctx, (d) => d.instructions.filter((i) => i.getKeyword() === 'WORKDIR' && !(i.getArgumentsContent() ?? '').trim().startsWith('/'))
      .map((i) => `line ${line(i)}: WORKDIR ${i.getArgumentsContent()} is relative`)),
  },
  {
    id: 'dockerfile-no-sudo', severity: 'error', category: 'image', source: 'hadolint DL3004',
    summary: 'No RUN uses sudo.',
    fix: 'run privileged steps before USER',
    check: (ctx) => perDockerfile(ctx, (d) => d.instructions.filter((i) => i.getKeyword() === 'RUN' && /(^|[\s;&|])sudo\s/.test(runText(d, i)))
      .map((i) => `line ${line(i)}: RUN uses sudo`)),
  },
];
