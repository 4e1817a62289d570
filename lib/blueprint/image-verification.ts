import { ApiObject, Chart } from 'cdk8s';
import { Construct, IConstruct } from 'constructs';
import { chartConstructs, imageRunnersOf } from '../k8s/_chart-constructs';
import { checkedProps } from '../k8s/_construct-props';
import { emitObject } from '../k8s/emit';
import { dockerHubForms, ImageRef } from '../values/image-ref';
import { ImageSigning, PUBLIC_REKOR_URL } from '../values/image-signing';

/** Props for `ImageVerification`. */
export interface ImageVerificationProps {
  /** The Kyverno Policy's name. */
  readonly name: string;
}

/**
 * Kyverno's webhook timeout for the policy: verifying a signature fetches it from the registry and checks the
 * transparency log, for every image of the pod, so the policy takes the longest timeout Kyverno allows (1–30 s;
 * its default of 10 s is too short for a cold registry).
 */
const WEBHOOK_TIMEOUT_SECONDS = 30;

/** What a workload shows of the image it runs (Workload's `imageSource`; read structurally, the workloads layer is above this one). */
interface RunsImage {
  readonly imageSource?: { readonly imageReference?: unknown; readonly signing?: unknown };
}

/** A signed image the blueprint runs: its repository and who signs it. */
export interface SignedImage {
  readonly repository: string;
  readonly signing: ImageSigning;
}

/**
 * The admission policy of a production blueprint: a Kyverno `kyverno.io/v1` Policy `<name>-verify-images` in the
 * blueprint's namespace that admits a Pod only when every image of an `Image` the blueprint's workloads run is signed
 * by that Image's `signing` identity (cosign signature, keyless Sigstore certificate or key pair) — and pins it to the
 * verified digest. Images of other repositories (a Postgres image, a wait container) are not this policy's business.
 *
 * One `verifyImages` entry per signing identity, listing the `<repository>:*` and `<repository>@*` references of the
 * images it signs: keyless identities as `keyless {issuer, subject | subjectRegExp, rekor.url}`, keys as
 * `keys {publicKeys, rekor.url}` (cosign records key signatures in the public Rekor by default). Every entry is
 * `required`, `verifyDigest` and `mutateDigest`; the policy is `Enforce`, not run in the background, with a 30 s
 * webhook timeout.
 *
 * The Policy is made with the blueprint, before its workloads (so `kubectl apply` reads it before them, and a GitOps
 * engine reads it when it orders the blueprint's objects), and its entries are computed when the app synthesizes, from
 * the workloads made since. A blueprint none of whose workloads runs a signed Image gets no Policy: it is removed when
 * the app validates the complete tree, before anything is rendered (the gate's `image-signed-in-production` rule
 * reports the unsigned ones). A Blueprint in a production environment creates this itself. Needs Kyverno ≥ 1.11 in the
 * cluster (see the review page's prerequisites).
 *
 * @see https://kyverno.io/docs/writing-policies/verify-images/
 */
export class ImageVerification extends Construct {
  /** The Policy's name. */
  public readonly policyName: string;
  private policyObject?: ApiObject;

  constructor(scope: Construct, id: string, props: ImageVerificationProps) {
    props = checkedProps('ImageVerification', scope, id, props);
    super(scope, id);
    this.policyName = props.name;
    // A child of this construct, like every construct's objects: a GitOps engine syncs it in the first wave of the
    // blueprint's constructs, with the workloads that do not wait for another, and removing it (below) moves no wave.
    this.policyObject = emitObject(this, 'Policy', {
      apiVersion: 'kyverno.io/v1', kind: 'Policy', name: this.policyName,
      labels: { 'app.kubernetes.io/component': 'admission-policy' },
      // Pods only, no rules generated for Deployments, StatefulSets, Jobs and CronJobs: Kyverno's auto-generated
      // controller rules would mutate the image of the Deployment (tag → digest), which the GitOps engine applying
      // the committed manifests sees as drift and reverts, endlessly. Checked and pinned on the Pod, the signature
      // still gates every pod any controller creates.
      annotations: { 'pod-policies.kyverno.io/autogen-controllers': 'none' },
      render: () => ({ spec: this.spec() }),
    });
    // The workloads are made after the blueprint: the tree is complete when the app validates it, which it does before
    // rendering anything, so an unneeded Policy is removed then.
    this.node.addValidation({ validate: () => this.removeWhenUnsigned() });
  }

  /** The Kyverno Policy; undefined, once the app has synthesized, for a blueprint that runs no signed Image. */
  public get policy(): ApiObject | undefined {
    return this.policyObject;
  }

  /** The signed images the blueprint's workloads run, by repository (sorted), from the workloads' image sources. */
  public signedImages(): SignedImage[] {
    const chart = Chart.of(this);
    const byRepository = new Map<string, SignedImage>();
    for (const c of chartConstructs(chart)) {
      const image = signedImageOf(c);
      if (image !== undefined && !byRepository.has(image.repository)) byRepository.set(image.repository, image);
    }
    return [...byRepository.values()].sort((a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0));
  }

  private removeWhenUnsigned(): string[] {
    // The workloads registered with the chart when they were made, rather than its whole tree (`signedImages()`,
    // kept for rendering, in tree order): a blueprint of 1,000 services runs this on its 7,000 constructs.
    if (this.policyObject !== undefined && !imageRunnersOf(Chart.of(this)).some((c) => signedImageOf(c) !== undefined)) {
      this.node.tryRemoveChild('Policy');
      this.policyObject = undefined;
    }
    return [];
  }

  private spec(): Record<string, unknown> {
    // One entry per identity, in the order of its first repository; its references sorted.
    const entries = new Map<string, { signing: ImageSigning; references: string[] }>();
    for (const image of this.signedImages()) {
      const key = identityKey(image.signing);
      const entry = entries.get(key) ?? { signing: image.signing, references: [] };
      // Kyverno matches the reference it normalizes with its default registry: a Docker Hub short form is listed both ways.
      for (const repository of dockerHubForms(image.repository)) entry.references.push(`${repository}:*`, `${repository}@*`);
      entries.set(key, entry);
    }
    return {
      validationFailureAction: 'Enforce',
      // Admission only: a background scan cannot mutate digests, and it would re-fetch every signature periodically.
      background: false,
      webhookTimeoutSeconds: WEBHOOK_TIMEOUT_SECONDS,
      rules: [{
        name: 'verify-image-signatures',
        match: { any: [{ resources: { kinds: ['Pod'] } }] },
        verifyImages: [...entries.values()].map((e) => ({
          type: 'Cosign',
          imageReferences: e.references,
          attestors: [{ entries: [attestorEntry(e.signing)] }],
          mutateDigest: true,
          verifyDigest: true,
          required: true,
        })),
      }],
    };
  }
}

/** The signed image `c` runs (a workload's `imageSource` with a `signing` and a valid reference), else undefined. */
function signedImageOf(c: IConstruct): SignedImage | undefined {
  const source = (c as IConstruct & RunsImage).imageSource;
  if (!source || !(source.signing instanceof ImageSigning) || typeof source.imageReference !== 'string') return undefined;
  try {
    return { repository: ImageRef.parse(source.imageReference).repository, signing: source.signing };
  } catch {
    return undefined; // a malformed reference is the Image's recorded mistake
  }
}

/** Two Images signed by the same identity share one verifyImages entry. */
function identityKey(s: ImageSigning): string {
  return s.mode === 'key' ? `key\0${s.publicKey}` : `keyless\0${s.issuer}\0${s.subject ?? ''}\0${s.subjectRegExp ?? ''}\0${s.rekorUrl}`;
}

function attestorEntry(s: ImageSigning): Record<string, unknown> {
  if (s.mode === 'key') return { keys: { publicKeys: s.publicKey, rekor: { url: PUBLIC_REKOR_URL } } } // cosign 2 records key signatures there too;
  return {
    keyless: {
      issuer: s.issuer,
      ...(s.subject !== undefined ? { subject: s.subject } : { subjectRegExp: s.subjectRegExp }),
      rekor: { url: s.rekorUrl },
    },
  };
}
