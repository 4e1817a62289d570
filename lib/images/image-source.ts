import { BuildFacts } from './build';

/**
 * An image a workload can run: anything that knows its reference, and — for an `Image` built here — the facts
 * of its Dockerfile, which the workload takes its defaults from and the gate checks it against.
 */
export interface IImageSource {
  /** The reference to put in manifests, e.g. `registry.example.com/shop/api:1.4.2`. */
  readonly imageReference: string;
  /**
   * What the Dockerfile declares (USER, EXPOSE, writable paths, health path, entrypoint form).
   * @default - unknown: an image built elsewhere
   */
  readonly facts?: BuildFacts;
  /**
   * Output path of the Dockerfile, for cross-check messages.
   * @default - none
   */
  readonly dockerfilePath?: string;
}
