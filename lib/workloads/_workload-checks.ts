import { IConstruct } from 'constructs';
import { checkInteger, propError } from '../values/_errors';
import { recorded } from '../k8s/_recorded-errors';
import { checkLabelKey, checkLabelValue, checkNotReserved, checkPortName } from '../values/_names';
import { DEFAULT_UID, ResolvedSecurity, SecurityOptions } from '../values/security';
import { volumeName } from './pod-template';

// The checks of a workload's props, each recording its mistake on the workload and leaving the value out (or using
// the default), so one synth reports every mistake and the workload renders only values that passed.

/** A container port as a workload takes it (`ContainerPort`). */
interface PortProp {
  readonly name: string;
  readonly port: number;
  readonly protocol?: 'TCP' | 'UDP' | 'SCTP';
}

export function checkPort(prop: string, port: number): void {
  checkInteger(prop, port, 1, 65535);
}

/** The extra ports that pass: valid names and numbers, unique among the container's ports. */
export function checkedExtraPorts<P extends PortProp>(c: IConstruct, kind: string, portName: string, port: number | undefined, given: readonly P[]): P[] {
  // Most workloads have none: no sets to build (a profile at a thousand workloads showed their construction).
  if (given.length === 0) return [];
  const out: P[] = [];
  const seenNames = new Set([portName]);
  const seenNumbers = new Set(port !== undefined ? [`${port}/TCP`] : []);
  for (const p of given) {
    const ok = recorded(c, kind, () => {
      checkPortName('extraPorts.name', p.name);
      checkPort('extraPorts.port', p.port);
      if (seenNames.has(p.name)) throw propError('extraPorts.name', p.name, 'must be unique among the container\'s port names');
      if (seenNumbers.has(`${p.port}/${p.protocol ?? 'TCP'}`)) throw propError('extraPorts.port', p.port, `must be unique among the container's ${p.protocol ?? 'TCP'} ports`);
      return true;
    }, false);
    if (!ok) continue;
    seenNames.add(p.name);
    seenNumbers.add(`${p.port}/${p.protocol ?? 'TCP'}`);
    out.push(p);
  }
  return out;
}

/** `/tmp`, then the image's writable paths the props do not list, then the props' — each that passes, once. */
export function checkedWritablePaths(c: IConstruct, kind: string, fromImage: readonly string[], given: readonly string[]): string[] {
  const writable = ['/tmp'];
  const extra = fromImage.filter((p) => p !== '/tmp' && !given.includes(p));
  for (const raw of [...extra, ...given]) {
    const path = raw.length > 1 ? raw.replace(/\/+$/, '') : raw;
    const ok = recorded(c, kind, () => {
      if (!/^\/[^\s]*$/.test(path) || path.split('/').includes('..')) throw propError('writablePaths', path, 'must be an absolute path without spaces or \'..\'');
      if (path === '/') throw propError('writablePaths', path, 'must not be the root: set security.readOnlyRootFilesystem to false instead');
      if (writable.includes(path)) throw propError('writablePaths', raw, 'is listed twice (/tmp is always writable)');
      const clash = writable.find((w) => volumeName(w) === volumeName(path));
      if (clash) throw propError('writablePaths', raw, `would share the volume name '${volumeName(path)}' with '${clash}': rename one of the directories`);
      return true;
    }, false);
    if (ok) writable.push(path);
  }
  return writable;
}

/** The extra labels that pass: valid keys and values, none of the reserved `app.kubernetes.io/*` ones. */
export function checkedLabels(c: IConstruct, kind: string, given: Record<string, string>): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const [k, v] of Object.entries(given)) {
    const ok = recorded(c, kind, () => {
      checkLabelKey('labels', k);
      checkNotReserved('labels', k);
      checkLabelValue(`labels['${k}']`, v);
      return true;
    }, false);
    if (ok) labels[k] = v;
  }
  return labels;
}

/** The security settings, each checked on its own (a mistake is recorded and the default used). */
export function resolveSecurity(c: IConstruct, kind: string, s: SecurityOptions): ResolvedSecurity {
  const user = recorded(c, kind, () => {
    const u = s.user ?? DEFAULT_UID;
    checkInteger('security.user', u, 1, 2147483647);
    return u;
  }, DEFAULT_UID);
  const group = recorded(c, kind, () => {
    const g = s.group ?? user;
    checkInteger('security.group', g, 1, 2147483647);
    return g;
  }, user);
  const addCapabilities: string[] = [];
  for (const cap of s.addCapabilities ?? []) {
    recorded(c, kind, () => {
      if (cap !== 'NET_BIND_SERVICE') {
        throw propError('security.addCapabilities', cap, 'is not allowed by the "restricted" Pod Security Standard: only NET_BIND_SERVICE may be added');
      }
      addCapabilities.push(cap);
    });
  }
  return {
    user,
    group,
    readOnlyRootFilesystem: s.readOnlyRootFilesystem ?? true,
    allowPrivilegeEscalation: s.allowPrivilegeEscalation ?? false,
    addCapabilities,
    mountServiceAccountToken: s.mountServiceAccountToken ?? false,
  };
}

/** A path of construct dependencies from any of `from` to `to`, or undefined. */
export function dependencyPath(from: readonly IConstruct[], to: IConstruct, seen = new Set<IConstruct>()): IConstruct[] | undefined {
  for (const c of from) {
    if (c === to) return [c];
    if (seen.has(c)) continue;
    seen.add(c);
    const rest = dependencyPath(c.node.dependencies, to, seen);
    if (rest) return [c, ...rest];
  }
  return undefined;
}
