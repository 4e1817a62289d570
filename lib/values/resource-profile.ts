import { Size, SizeRoundingBehavior } from 'cdk8s';
import { BlueprintError, propError } from './_errors';
import { assertProps } from './_prop-check';

/**
 * An amount of CPU, in millicores.
 *
 * @example Cpu.millis(250) // '250m'
 */
export class Cpu {
  /** @param millis thousandths of a core, a whole number >= 1 */
  public static millis(millis: number): Cpu {
    if (!Number.isInteger(millis) || millis < 1) throw propError('cpu', millis, 'must be a whole number of millicores >= 1');
    return new Cpu(millis);
  }

  /** @param cores whole or fractional cores; must come to a whole number of millicores */
  public static cores(cores: number): Cpu {
    const millis = cores * 1000;
    const rounded = Math.round(millis);
    if (!Number.isFinite(millis) || Math.abs(millis - rounded) > 1e-6 || rounded < 1) {
      throw propError('cpu', cores, 'must come to a whole number of millicores >= 1 (e.g. 0.25, 1.5)');
    }
    return Cpu.millis(rounded);
  }

  private constructor(public readonly millis: number) {}

  /** The Kubernetes quantity: '250m', or '2' for whole cores. */
  public toQuantity(): string {
    return this.millis % 1000 === 0 ? String(this.millis / 1000) : `${this.millis}m`;
  }
}

/** Requests and limits for one resource. */
export interface RequestAndLimit<T> {
  readonly request: T;
  /** @default - no limit (only allowed for CPU, through `withoutCpuLimit()`) */
  readonly limit?: T;
}

/** The explicit values of a resource profile. */
export interface ResourceProfileProps {
  readonly cpu: RequestAndLimit<Cpu>;
  readonly memory: RequestAndLimit<Size>;
  /** @default - 64Mi request, 1Gi limit */
  readonly ephemeralStorage?: RequestAndLimit<Size>;
}

/** Overrides applied on top of a preset by `ResourceProfile.with()`. */
export interface ResourceProfileOverrides {
  /** @default - the preset's */
  readonly cpuRequest?: Cpu;
  /** @default - the preset's */
  readonly cpuLimit?: Cpu;
  /** @default - the preset's */
  readonly memoryRequest?: Size;
  /** @default - the preset's */
  readonly memoryLimit?: Size;
  /** @default - the preset's */
  readonly ephemeralStorageRequest?: Size;
  /** @default - the preset's */
  readonly ephemeralStorageLimit?: Size;
}

const DEFAULT_EPHEMERAL: RequestAndLimit<Size> = { request: Size.mebibytes(64), limit: Size.gibibytes(1) };

/**
 * Requests and limits for a container, from named presets (like Bitnami's `resourcesPreset`) with explicit
 * overrides. Never cdk8s-plus's one-CPU default: every preset is sized for what it says.
 *
 * | preset | CPU request / limit | memory request / limit |
 * |---|---|---|
 * | nano   | 50m / 100m    | 64Mi / 128Mi |
 * | micro  | 100m / 250m   | 128Mi / 256Mi |
 * | small  | 250m / 500m   | 256Mi / 512Mi |
 * | medium | 500m / 1      | 512Mi / 1Gi |
 * | large  | 1 / 2         | 1Gi / 2Gi |
 * | xlarge | 2 / 4         | 2Gi / 4Gi |
 *
 * Every preset also requests 64Mi of ephemeral storage with a 1Gi limit.
 *
 * @example ResourceProfile.small().with({ memoryLimit: Size.mebibytes(768) })
 */
export class ResourceProfile {
  public static nano(): ResourceProfile { return ResourceProfile.preset('nano', 50, 100, 64, 128); }
  public static micro(): ResourceProfile { return ResourceProfile.preset('micro', 100, 250, 128, 256); }
  public static small(): ResourceProfile { return ResourceProfile.preset('small', 250, 500, 256, 512); }
  public static medium(): ResourceProfile { return ResourceProfile.preset('medium', 500, 1000, 512, 1024); }
  public static large(): ResourceProfile { return ResourceProfile.preset('large', 1000, 2000, 1024, 2048); }
  public static xlarge(): ResourceProfile { return ResourceProfile.preset('xlarge', 2000, 4000, 2048, 4096); }

  /** A profile with explicit values. Memory always has a limit; CPU may go without one only via `withoutCpuLimit()`. */
  public static custom(props: ResourceProfileProps): ResourceProfile {
    assertProps('ResourceProfileProps', props, 'resources');
    return new ResourceProfile('custom', props);
  }

  private static preset(name: string, cpuReq: number, cpuLim: number, memReq: number, memLim: number): ResourceProfile {
    return new ResourceProfile(name, {
      cpu: { request: Cpu.millis(cpuReq), limit: Cpu.millis(cpuLim) },
      memory: { request: Size.mebibytes(memReq), limit: Size.mebibytes(memLim) },
    });
  }

  public readonly cpu: RequestAndLimit<Cpu>;
  public readonly memory: RequestAndLimit<Size>;
  public readonly ephemeralStorage: RequestAndLimit<Size>;

  private constructor(public readonly name: string, props: ResourceProfileProps, allowNoCpuLimit = false) {
    this.cpu = props.cpu;
    this.memory = props.memory;
    this.ephemeralStorage = props.ephemeralStorage ?? DEFAULT_EPHEMERAL;
    if (!this.memory.limit) {
      throw propError('resources.memory.limit', undefined, 'must be set: a container without a memory limit can exhaust its node');
    }
    if (!this.cpu.limit && !allowNoCpuLimit) {
      throw propError('resources.cpu.limit', undefined, 'must be set: use withoutCpuLimit() for a container without a CPU limit');
    }
    if (!this.ephemeralStorage.limit) {
      throw propError('resources.ephemeralStorage.limit', undefined, 'must be set: a container without an ephemeral-storage limit can fill its node\'s disk');
    }
    // Every size must be a quantity Kubernetes takes (whole kibibytes): checked here, so rendering cannot fail.
    for (const [prop, size] of [
      ['resources.memory.request', this.memory.request], ['resources.memory.limit', this.memory.limit],
      ['resources.ephemeralStorage.request', this.ephemeralStorage.request], ['resources.ephemeralStorage.limit', this.ephemeralStorage.limit],
    ] as const) {
      if (size) quantity(size, prop);
    }
    check('resources.cpu', this.cpu.request.millis, this.cpu.limit?.millis, (m) => Cpu.millis(m).toQuantity());
    check('resources.memory', mib(this.memory.request)!, mib(this.memory.limit), (m) => `${m}Mi`);
    check('resources.ephemeralStorage', mib(this.ephemeralStorage.request)!, mib(this.ephemeralStorage.limit), (m) => `${m}Mi`);
  }

  /** The same profile with some values replaced. */
  public with(overrides: ResourceProfileOverrides): ResourceProfile {
    assertProps('ResourceProfileOverrides', overrides, 'resources');
    const cpuLimitRemoved = !this.cpu.limit && !overrides.cpuLimit;
    return new ResourceProfile(`${this.name}+overrides`, {
      cpu: { request: overrides.cpuRequest ?? this.cpu.request, limit: overrides.cpuLimit ?? this.cpu.limit },
      memory: { request: overrides.memoryRequest ?? this.memory.request, limit: overrides.memoryLimit ?? this.memory.limit },
      ephemeralStorage: {
        request: overrides.ephemeralStorageRequest ?? this.ephemeralStorage.request,
        limit: overrides.ephemeralStorageLimit ?? this.ephemeralStorage.limit,
      },
    }, cpuLimitRemoved);
  }

  /**
   * The same profile without a CPU limit (cdk8s-plus#1752). Latency-sensitive services avoid CFS throttling this
   * way; the policy gate then reports `resources-cpu-limit` unless the workload suppresses it with a reason.
   */
  public withoutCpuLimit(): ResourceProfile {
    return new ResourceProfile(`${this.name}-no-cpu-limit`, {
      cpu: { request: this.cpu.request },
      memory: this.memory,
      ephemeralStorage: this.ephemeralStorage,
    }, true);
  }

  /** The container `resources` block: a new object each call (callers own it), of quantities written once per profile. */
  public toKube(): { requests: Record<string, string>; limits: Record<string, string> } {
    let q = QUANTITIES.get(this);
    if (q === undefined) QUANTITIES.set(this, (q = this.toQuantities()));
    const limits: Record<string, string> = {};
    if (q.cpuLimit !== undefined) limits.cpu = q.cpuLimit;
    limits.memory = q.memoryLimit;
    if (q.ephemeralStorageLimit !== undefined) limits['ephemeral-storage'] = q.ephemeralStorageLimit;
    return {
      requests: {
        'cpu': q.cpuRequest,
        'memory': q.memoryRequest,
        'ephemeral-storage': q.ephemeralStorageRequest,
      },
      limits,
    };
  }

  private toQuantities(): ProfileQuantities {
    return {
      cpuRequest: this.cpu.request.toQuantity(),
      cpuLimit: this.cpu.limit?.toQuantity(),
      memoryRequest: quantity(this.memory.request),
      memoryLimit: quantity(this.memory.limit!),
      ephemeralStorageRequest: quantity(this.ephemeralStorage.request),
      ephemeralStorageLimit: this.ephemeralStorage.limit ? quantity(this.ephemeralStorage.limit) : undefined,
    };
  }
}

/**
 * The quantities of each profile's `toKube()`, written once: an environment's profile is rendered into every workload
 * of it. Kept beside the profile, not on it, so a profile still compares and prints as its values.
 */
const QUANTITIES = new WeakMap<ResourceProfile, ProfileQuantities>();

/** A profile's requests and limits as Kubernetes quantities. */
interface ProfileQuantities {
  readonly cpuRequest: string;
  readonly cpuLimit: string | undefined;
  readonly memoryRequest: string;
  readonly memoryLimit: string;
  readonly ephemeralStorageRequest: string;
  readonly ephemeralStorageLimit: string | undefined;
}

function mib(size: Size | undefined): number | undefined {
  return size === undefined ? undefined : kibibytes(size) / 1024;
}

function kibibytes(size: Size): number {
  return size.toKibibytes({ rounding: SizeRoundingBehavior.NONE });
}

function check(prop: string, request: number, limit: number | undefined, fmt: (n: number) => string): void {
  if (limit !== undefined && request > limit) {
    throw new BlueprintError(`'${prop}.request' (${fmt(request)}) must be <= '${prop}.limit' (${fmt(limit)})`);
  }
}

/** A memory or storage Size as a Kubernetes quantity in the largest binary unit that keeps it whole (Gi, Mi or Ki). */
export function quantity(size: Size, prop = 'size'): string {
  const ki = kibibytes(size);
  if (!Number.isInteger(ki) || ki < 1) throw propError(prop, `${ki}Ki`, 'must be a whole number of kibibytes >= 1');
  if (ki % (1024 * 1024) === 0) return `${ki / (1024 * 1024)}Gi`;
  if (ki % 1024 === 0) return `${ki / 1024}Mi`;
  return `${ki}Ki`;
}
