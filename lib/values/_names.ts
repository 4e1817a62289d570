import { createHash } from 'crypto';
import { propError } from './_errors';

const DNS_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;
const DNS_1035_LABEL = /^[a-z]([-a-z0-9]*[a-z0-9])?$/;
const DNS_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const LABEL_VALUE = /^(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?$/;
const LABEL_NAME = /^([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]$/;
const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;
const IANA_SVC_NAME = /^[a-z0-9]([a-z0-9-]*[a-z0-9])?$/;

/** RFC 1123 label: what Kubernetes requires of namespaces and most object names used as DNS labels. */
export function checkDnsLabel(prop: string, value: string): void {
  if (value.length > 63 || !DNS_LABEL.test(value)) {
    throw propError(prop, value, 'must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and \'-\', starting and ending with a letter or digit');
  }
}

/** Whether `value` is an RFC 1123 label. */
export function isDnsLabel(value: string): boolean {
  return value.length <= 63 && DNS_LABEL.test(value);
}

/** RFC 1035 label: what Kubernetes requires of Service names (must start with a letter). */
export function checkDns1035Label(prop: string, value: string): void {
  if (value.length > 63 || !DNS_1035_LABEL.test(value)) {
    throw propError(prop, value, 'must be a DNS-1035 label: at most 63 characters, lowercase letters, digits and \'-\', starting with a letter and ending with a letter or digit');
  }
}

/** RFC 1123 subdomain: ConfigMap, Secret and most other object names. */
export function checkDnsSubdomain(prop: string, value: string): void {
  if (value.length > 253 || !DNS_SUBDOMAIN.test(value)) {
    throw propError(prop, value, 'must be a DNS-1123 subdomain: at most 253 characters, lowercase letters, digits, \'-\' and \'.\', starting and ending with a letter or digit');
  }
}

export function isDnsSubdomain(value: string): boolean {
  return value.length <= 253 && DNS_SUBDOMAIN.test(value);
}

/** A label value: at most 63 characters, alphanumerics, '-', '_' and '.', starting and ending alphanumeric (or empty). */
export function checkLabelValue(prop: string, value: string): void {
  if (value.length > 63 || !LABEL_VALUE.test(value)) {
    throw propError(prop, value, 'must be a valid label value: at most 63 characters, letters, digits, \'-\', \'_\' and \'.\', starting and ending with a letter or digit');
  }
}

/** A label key: an optional DNS-subdomain prefix and '/', then a name of at most 63 characters. */
export function checkLabelKey(prop: string, key: string): void {
  const slash = key.lastIndexOf('/');
  const prefix = slash >= 0 ? key.slice(0, slash) : undefined;
  const name = slash >= 0 ? key.slice(slash + 1) : key;
  const ok = name.length <= 63 && LABEL_NAME.test(name) && (prefix === undefined || isDnsSubdomain(prefix));
  if (!ok) {
    throw propError(prop, key, 'must be a valid label key: an optional DNS-1123 subdomain prefix and \'/\', then at most 63 characters of letters, digits, \'-\', \'_\' and \'.\'');
  }
}

/** Labels the blueprint sets itself; selectors depend on the first two. */
export const RESERVED_LABELS = ['app.kubernetes.io/name', 'app.kubernetes.io/instance', 'app.kubernetes.io/managed-by', 'app.kubernetes.io/part-of', 'app.kubernetes.io/component'];

/** Throws for a user label that would replace one the blueprint sets (and break selectors). */
export function checkNotReserved(prop: string, key: string): void {
  if (RESERVED_LABELS.includes(key)) {
    throw propError(prop, key, 'is set by the blueprint (selectors depend on it): choose another label key');
  }
}

/** Annotation keys follow the label-key syntax (prefix/name); values are free text. */
export function checkAnnotations(prop: string, annotations: Record<string, string> | undefined): Record<string, string> | undefined {
  if (annotations === undefined) return undefined;
  const copy: Record<string, string> = {};
  for (const key of Object.keys(annotations)) {
    const slash = key.lastIndexOf('/');
    const name = slash >= 0 ? key.slice(slash + 1) : key;
    if (name.length > 63 || !LABEL_NAME.test(name) || (slash >= 0 && !isDnsSubdomain(key.slice(0, slash)))) {
      throw propError(prop, key, 'must be a valid annotation key: an optional DNS-1123 subdomain prefix and \'/\', then at most 63 characters of letters, digits, \'-\', \'_\' and \'.\'');
    }
    const value = annotations[key];
    if (typeof value !== 'string') throw propError(`${prop}['${key}']`, value, 'must be a string');
    copy[key] = value;
  }
  return copy;
}

/** A container environment variable name as the API server accepts it (C_IDENTIFIER plus '-' and '.'). */
export function checkEnvName(prop: string, value: string): void {
  if (!ENV_NAME.test(value)) {
    throw propError(prop, value, 'must be a valid environment variable name: letters, digits, \'_\', \'-\' and \'.\', not starting with a digit');
  }
}

/** A container port name (IANA_SVC_NAME): at most 15 characters, lowercase alphanumerics and '-', at least one letter. */
export function checkPortName(prop: string, value: string): void {
  if (value.length > 15 || !IANA_SVC_NAME.test(value) || !/[a-z]/.test(value) || value.includes('--')) {
    throw propError(prop, value, 'must be a valid port name: at most 15 characters, lowercase letters, digits and single \'-\', with at least one letter');
  }
}

/** Short, deterministic content hash (sha256, hex) for hash-suffixed names and checksum annotations. */
export function contentHash(text: string, length = 10): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, length);
}
