import { Duration } from 'cdk8s';
import { propError } from './_errors';

/** Whole seconds of a Duration, or a prop error naming the value. */
export function wholeSeconds(prop: string, d: Duration, min = 0): number {
  const ms = d.toMilliseconds();
  if (ms % 1000 !== 0) throw propError(prop, `${ms}ms`, 'must be a whole number of seconds');
  const s = ms / 1000;
  if (s < min) throw propError(prop, `${s}s`, `must be at least ${min}s`);
  return s;
}

/** A Duration as a Go duration string ('30s', '5m0s', '720h0m0s'), the form Istio and Velero fields take. */
export function goDuration(d: Duration): string {
  const ms = d.toMilliseconds();
  if (ms % 1000 !== 0) return `${ms}ms`;
  const total = ms / 1000;
  const h = Math.floor(total / 3600);
  const m = Math.floor((total % 3600) / 60);
  const s = total % 60;
  if (h > 0) return `${h}h${m}m${s}s`;
  if (m > 0) return `${m}m${s}s`;
  return `${s}s`;
}
