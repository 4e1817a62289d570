import * as path from 'path';
import { Blueprint } from '../blueprint/blueprint';
import { Config } from '../blueprint/config';
import { toYaml } from '../k8s/yaml';
import { CronTask } from '../workloads/cron-task';
import { Job } from '../workloads/job';
import { Image } from '../images/image';
import { StatefulWorkload } from '../data/stateful-workload';
import { WebService } from '../workloads/web-service';
import { Workload } from '../workloads/workload';

/** Where compose files go, relative to the output directory. */
export function composePath(blueprint: Blueprint): string {
  return `compose/${blueprint.node.id}.compose.yaml`;
}

/** `user-db-credentials` + `password` → `USER_DB_CREDENTIALS_PASSWORD`. */
function secretVar(secret: string, key: string): string {
  return `${secret}_${key}`.toUpperCase().replace(/[^A-Z0-9]+/g, '_').replace(/^_+|_+$/g, '');
}

/**
 * Renders a Compose file (compose-spec) that runs a blueprint on a developer's machine: one service per
 * workload, built from the generated Dockerfiles, hardened like the manifests (user, read-only root with tmpfs
 * for the writable paths, no capabilities, no-new-privileges), the same environment — ConfigMap values
 * resolved, Secret values interpolated from the developer's environment or `.env` (never written here) — and
 * network aliases so the in-cluster names (`user-db.shop.svc`) resolve unchanged. Relations become `depends_on`
 * with health conditions. Scheduled tasks are under the `tasks` profile (`docker compose run <task>`).
 *
 * @param outdir the output directory relative to the repository root (paths in the file are relative to it)
 */
export function renderCompose(blueprint: Blueprint, outdir: string): string {
  const composeDir = path.posix.join(outdir, 'compose');
  const workloads = blueprint.node.findAll().filter((c): c is Workload => c instanceof Workload);
  const configs = new Map(blueprint.node.findAll().filter((c): c is Config => c instanceof Config).map((c) => [c.name, c]));
  const byName = new Map(workloads.map((w) => [w.name, w]));
  const services: Record<string, any> = {};
  const volumes: Record<string, any> = {};
  const skipped: string[] = [];
  const secrets = new Set<string>();
  const usedPorts = new Set<number>();

  for (const w of workloads) {
    const pod = w.podTemplate();
    const container = pod.spec.containers[0];
    const podVolumes = new Map<string, any>((pod.spec.volumes ?? []).map((v: any) => [v.name, v]));
    if ((container.volumeMounts ?? []).some((m: any) => podVolumes.get(m.name)?.secret)) {
      skipped.push(`${w.name} (mounts Secret files)`);
      continue;
    }
    const service: Record<string, any> = {};
    if (w.imageSource instanceof Image) {
      const context = w.imageSource.context;
      service.build = {
        context: path.posix.relative(composeDir, context) || '.',
        dockerfile: path.posix.relative(context, path.posix.join(outdir, w.imageSource.dockerfilePath)),
      };
    }
    service.image = container.image;
    if (container.command) service.entrypoint = container.command;
    if (container.args) service.command = container.args;
    const escape = (a: string) => a.replace(/\$/g, '$$$$');

    // Environment: literals as they are, ConfigMap keys resolved, Secrets interpolated, $(VAR) references resolved.
    const env: Record<string, string> = {};
    for (const e of container.env ?? []) {
      let value: string;
      if (e.value !== undefined) {
        value = composeLiteral(String(e.value), env);
      } else if (e.valueFrom?.configMapKeyRef) {
        value = composeLiteral(configs.get(e.valueFrom.configMapKeyRef.name)?.data[e.valueFrom.configMapKeyRef.key] ?? '', env);
      } else if (e.valueFrom?.secretKeyRef) {
        const v = secretVar(e.valueFrom.secretKeyRef.name, e.valueFrom.secretKeyRef.key);
        secrets.add(`${v}: key '${e.valueFrom.secretKeyRef.key}' of Secret '${e.valueFrom.secretKeyRef.name}'`);
        value = `\${${v}:?set ${v} in your environment or .env}`;
      } else if (e.valueFrom?.fieldRef) {
        value = ({ 'metadata.name': w.name, 'metadata.namespace': blueprint.namespaceName, 'status.podIP': '127.0.0.1' } as Record<string, string>)[e.valueFrom.fieldRef.fieldPath] ?? '';
      } else {
        value = '';
      }
      env[e.name] = value;
    }
    // Kubernetes expands $(VAR) in arguments; Compose does not: pass them through a shell that does.
    if ([...(service.entrypoint ?? []), ...(service.command ?? [])].some((a: string) => /\$\([A-Za-z_]/.test(a))) {
      const argv = [...(service.entrypoint ?? []), ...(service.command ?? [])].map(shellWord);
      service.entrypoint = ['/bin/sh', '-c', `exec ${argv.join(' ')}`];
      delete service.command;
    }
    else {
      if (service.entrypoint) service.entrypoint = service.entrypoint.map(escape);
      if (service.command) service.command = service.command.map(escape);
    }
    if (Object.keys(env).length) service.environment = env;

    const sec = container.securityContext;
    service.user = `${sec.runAsUser}:${sec.runAsGroup}`;
    if (sec.readOnlyRootFilesystem) service.read_only = true;
    const tmpfs: string[] = [];
    const vols: string[] = [];
    for (const m of container.volumeMounts ?? []) {
      const v = podVolumes.get(m.name);
      if (v?.emptyDir) {
        tmpfs.push(`${m.mountPath}:uid=${sec.runAsUser},gid=${sec.runAsGroup},mode=0770`);
      } else {
        const volumeName = `${w.name}-${m.name}`;
        volumes[volumeName] = {};
        vols.push(`${volumeName}:${m.mountPath}${m.readOnly ? ':ro' : ''}`);
      }
    }
    if (tmpfs.length) service.tmpfs = tmpfs;
    if (vols.length) service.volumes = vols;
    service.cap_drop = ['ALL'];
    if (sec.capabilities?.add) service.cap_add = sec.capabilities.add;
    service.security_opt = ['no-new-privileges:true'];

    if ((w instanceof WebService || w instanceof StatefulWorkload) && w.port !== undefined) {
      const port = w.port;
      let host = port;
      while (usedPorts.has(host)) host++;
      usedPorts.add(host);
      service.ports = [`127.0.0.1:${host}:${port}`];
    }
    const probe = container.readinessProbe;
    if (probe?.exec) {
      service.healthcheck = {
        test: ['CMD', ...probe.exec.command.map(escape)],
        interval: `${probe.periodSeconds}s`,
        timeout: `${probe.timeoutSeconds}s`,
        retries: probe.failureThreshold,
        start_period: `${container.startupProbe ? container.startupProbe.periodSeconds * container.startupProbe.failureThreshold : 0}s`,
      };
    }
    const dependsOn: Record<string, any> = {};
    for (const r of w.relations) {
      const target = byName.get(r.name);
      if (!target) continue;
      const healthy = (target.health?.kind === 'exec') || (target.imageSource instanceof Image && target.imageSource.facts.dockerfile.healthcheck !== undefined);
      dependsOn[r.name] = { condition: healthy ? 'service_healthy' : 'service_started' };
    }
    // A Job that runs before this workload (job.runsBefore) runs to completion first, as a one-off service.
    for (const dep of w.node.dependencies) if (dep instanceof Job && byName.get(dep.name) === dep) dependsOn[dep.name] = { condition: 'service_completed_successfully' };
    if (Object.keys(dependsOn).length) service.depends_on = dependsOn;
    service.networks = { default: { aliases: [`${w.name}.${blueprint.namespaceName}.svc`, `${w.name}.${blueprint.namespaceName}.svc.cluster.local`] } };
    if (w instanceof CronTask) {
      service.profiles = ['tasks'];
      service.restart = 'no';
    }
    services[w.name] = service;
  }

  // The project is named on the command line (`-p <blueprint>` in the commands below), not by a top-level `name`,
  // which docker-compose 1.x rejects: docker-compose 1.29 and Compose v2 read the file the same way.
  const project = blueprint.node.id;
  const header = [
    `# Generated by cdk8s-blueprints from blueprint '${project}'. Do not edit: change the blueprint and synthesize again.`,
    `# Run it from the repository root: docker compose -p ${project} -f ${path.posix.join(composeDir, `${project}.compose.yaml`)} up --build`,
    `# -p names the project after the blueprint; docker-compose 1.29 reads this file too: docker-compose -p ${project} -f … up --build`,
    `# Scheduled tasks are in the "tasks" profile: docker compose -p ${project} -f … run --rm <task>`,
    ...(secrets.size ? ['# Secret values are never written here; set these in your environment or an .env file next to this one:', ...[...secrets].sort().map((s) => `#   ${s}`)] : []),
    ...(skipped.length ? [`# Not included: ${skipped.join(', ')}.`] : []),
  ];
  const doc = { services, ...(Object.keys(volumes).length ? { volumes } : {}) };
  return `${header.join('\n')}\n${toYaml([doc])}`;
}

/**
 * A literal for Compose: `$(VAR)` references to earlier variables of the container are replaced by their
 * Compose values (Kubernetes expands them; Compose does not), every other `$` is escaped as `$$`.
 */
function composeLiteral(raw: string, env: Record<string, string>): string {
  const out: string[] = [];
  let last = 0;
  for (const m of raw.matchAll(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g)) {
    out.push(raw.slice(last, m.index).replace(/\$/g, '$$$$'));
    out.push(m[1] in env ? env[m[1]] : m[0].replace(/\$/g, '$$$$'));
    last = m.index! + m[0].length;
  }
  out.push(raw.slice(last).replace(/\$/g, '$$$$'));
  return out.join('');
}

/**
 * One argument as a single-quoted shell word for a Compose entrypoint: `$(VAR)` becomes the container's `$VAR`
 * (written `$$VAR` so Compose leaves it to the shell), every other `$` is escaped from Compose as `$$`.
 */
function shellWord(arg: string): string {
  const parts: string[] = [];
  let last = 0;
  const literal = (t: string) => t.replace(/'/g, '\'\\\'\'').replace(/\$/g, '$$$$');
  for (const m of arg.matchAll(/\$\(([A-Za-z_][A-Za-z0-9_]*)\)/g)) {
    parts.push(literal(arg.slice(last, m.index)), `'"$$${m[1]}"'`);
    last = m.index! + m[0].length;
  }
  parts.push(literal(arg.slice(last)));
  return `'${parts.join('')}'`;
}
