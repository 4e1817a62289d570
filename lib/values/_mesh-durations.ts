/** Istio's numbers and durations: int32 bounds, and protobuf JSON duration strings. */
import { Duration } from 'cdk8s';
import { BlueprintError } from './_errors';

/** The largest value of an Istio int32 field. */
export const INT32_MAX = 2147483647;

/** A Duration in whole milliseconds, or a prop error. `allowZero` for fields where 0 means something (cookie TTL). */
export function millis(prop: string, d: Duration, allowZero = false): number {
  const raw = d.toMilliseconds({ integral: false });
  const ms = Math.round(raw);
  if (!Number.isFinite(raw) || Math.abs(raw - ms) > 1e-9 * Math.max(1, raw)) {
    throw new BlueprintError(`'${prop}' (${raw}ms) must be a whole number of milliseconds`);
  }
  if (ms === 0 && !allowZero) throw new BlueprintError(`'${prop}' (0s) must be longer than 0s`);
  return ms;
}

/** Milliseconds as a protobuf JSON duration: '5s', '60s', '0.25s'. */
export function protoDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  const fraction = ms % 1000;
  return fraction === 0 ? `${seconds}s` : `${seconds}.${String(fraction).padStart(3, '0').replace(/0+$/, '')}s`;
}
