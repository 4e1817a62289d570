/** Private to the Dockerfile model: syntax rules, checks and rendering helpers. */
import { Duration } from 'cdk8s';
import { BlueprintError, propError } from '../values/_errors';
import { assertProps, SpecName } from '../values/_prop-check';
import type { DockerfileCommand, DockerfileUser } from './dockerfile-types';

/**
 * ARG and ENV names that look like secrets. Both end up in the image config or its history, readable by anyone
 * who can pull the image, so a secret must reach the container at runtime (a mounted Kubernetes Secret).
 */
export const SECRET_NAME_PATTERN = /(PASSWORD|SECRET|TOKEN|API_KEY|PRIVATE_KEY)/i;

/** Column after which RUN, ENV, LABEL and HEALTHCHECK instructions are split with ` \` continuations. */
export const MAX_LINE = 80;
/** Indent of a continuation line. */
export const INDENT = '  ';

export const VARIABLE_NAME = /^[A-Za-z_][A-Za-z0-9_]*$/;
export const STAGE_NAME = /^[a-z][a-z0-9_.-]*$/;
export const LABEL_KEY = /^[A-Za-z0-9][A-Za-z0-9._/-]*$/;
export const SIGNAL = /^(SIG[A-Z0-9+-]+|[0-9]+)$/;
export const MOUNT_VALUE = /^[^\s,="']+$/;

export function parseUser(spec: string): DockerfileUser {
  const [user, group] = spec.split(':');
  const uid = /^[0-9]+$/.test(user) ? Number(user) : undefined;
  const gid = group !== undefined && /^[0-9]+$/.test(group) ? Number(group) : undefined;
  return { spec, uid, gid };
}

export function prefixed(context: string, error: BlueprintError): BlueprintError {
  return new BlueprintError(`${context}: ${error.message}`);
}

/** Checks an options object against its interface (unknown keys, wrong types), prefixed like the model's other errors. */
export function checkOptions(context: string, spec: SpecName, options: unknown): void {
  try {
    assertProps(spec, options);
  } catch (e) {
    throw e instanceof BlueprintError ? prefixed(context, e) : e;
  }
}

export function checkVariableName(keyword: 'ARG' | 'ENV', name: string): void {
  if (!VARIABLE_NAME.test(name)) throw prefixed(keyword, propError('name', name, `must be a variable name matching ${VARIABLE_NAME}`));
  if (SECRET_NAME_PATTERN.test(name)) {
    throw prefixed(keyword, propError('name', name, `must not look like a secret (it matches ${SECRET_NAME_PATTERN}): `
      + 'ARG and ENV values are stored in the image; pass secrets at runtime from a Kubernetes Secret'));
  }
}

export function checkNoLineBreak(keyword: string, prop: string, value: string): void {
  if (/[\r\n]/.test(value)) throw prefixed(keyword, propError(prop, value, 'must not contain line breaks'));
}

export function checkNoWhitespace(keyword: string, prop: string, value: string): void {
  if (/\s/.test(value)) throw prefixed(keyword, propError(prop, value, 'must not contain whitespace'));
}

export function checkMountValue(context: string, prop: string, value: string): void {
  if (!MOUNT_VALUE.test(value)) throw prefixed(context, propError(prop, value, 'must be non-empty, without whitespace, quotes, \',\' or \'=\''));
}

export function checkPort(keyword: string, prop: string, port: number): void {
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw prefixed(keyword, propError(prop, port, 'must be a whole number from 1 to 65535'));
}

export function execCommand(keyword: string, prop: string, args: string[]): DockerfileCommand {
  if (args.length === 0 || args[0] === '') {
    throw prefixed(keyword, propError(prop, args, 'must be a non-empty list whose first element (the executable) is not empty'));
  }
  return { form: 'exec', args: Object.freeze([...args]) };
}

export function shellCommand(keyword: string, command: string): DockerfileCommand {
  if (command.trim() === '') throw prefixed(keyword, propError('command', command, 'must not be empty'));
  checkNoLineBreak(keyword, 'command', command);
  return { form: 'shell', args: Object.freeze(['/bin/sh', '-c', command]) };
}

export function isImageOrStage(from: string, names: Map<string, number>, index: number): boolean {
  if (names.has(from)) return true;
  if (/^[0-9]+$/.test(from)) return Number(from) < index;
  return /[:/@.]/.test(from);
}

export function stageLabel(stage: { readonly name?: string }, index: number): string {
  return stage.name !== undefined ? `'${stage.name}'` : `${index}`;
}

/** A double-quoted Dockerfile word: `\` and `"` escaped; `$VAR` left for the builder to expand. */
export function quote(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** A JSON array in the spacing Docker's documentation uses: `["a", "b"]`. */
export function jsonArray(values: readonly string[]): string {
  return `[${values.map((v) => JSON.stringify(v)).join(', ')}]`;
}

export function commentLines(text: string): string[] {
  return text.split(/\r?\n/).map((line) => (line === '' ? '#' : `# ${line}`));
}

/** Durations the way HEALTHCHECK flags take them: whole seconds as '30s', anything else in milliseconds. */
export function dockerDuration(d: Duration): string {
  const ms = d.toMilliseconds();
  return ms % 1000 === 0 ? `${ms / 1000}s` : `${ms}ms`;
}

/**
 * One line when it fits in MAX_LINE columns; otherwise the keyword and the first piece on the first line and
 * every further flag and item on its own continuation line, items after the first prefixed with `joiner`.
 */
export function continued(keyword: string, flags: readonly string[], items: readonly string[], joiner: string): string {
  const pieces = [...flags, ...items.map((item, i) => (i === 0 ? item : `${joiner}${item}`))];
  const single = `${keyword} ${pieces.join(' ')}`;
  if (single.length <= MAX_LINE) return single;
  return [`${keyword} ${pieces[0]}`, ...pieces.slice(1).map((p) => `${INDENT}${p}`)].join(' \\\n');
}

/** Splits a shell command at `&&` outside quotes, so each part can go on its own continuation line. */
export function splitTopLevelAnd(command: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quoteChar: string | undefined;
  for (let i = 0; i < command.length; i++) {
    const c = command[i];
    if (c === '\\' && quoteChar !== '\'') {
      current += c + (command[i + 1] ?? '');
      i++;
      continue;
    }
    if (quoteChar) {
      if (c === quoteChar) quoteChar = undefined;
      current += c;
      continue;
    }
    if (c === '\'' || c === '"') {
      quoteChar = c;
      current += c;
      continue;
    }
    if (c === '&' && command[i + 1] === '&') {
      parts.push(current.trim());
      current = '';
      i++;
      continue;
    }
    current += c;
  }
  parts.push(current.trim());
  return parts.filter((p) => p !== '');
}
