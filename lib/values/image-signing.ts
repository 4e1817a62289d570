import { BlueprintError, propError } from './_errors';
import { assertProps } from './_prop-check';

/** Options of `ImageSigning.keyless()`: the Sigstore (Fulcio) identity whose certificate signs the image. */
export interface KeylessSigningOptions {
  /**
   * The OIDC issuer of the signer's identity token, e.g. 'https://token.actions.githubusercontent.com' for GitHub
   * Actions or 'https://accounts.google.com'.
   */
  readonly issuer: string;
  /**
   * The exact identity (certificate subject) allowed to sign: a workflow URL with its ref for CI, an e-mail for a person.
   * @default - give `subjectRegExp` instead
   */
  readonly subject?: string;
  /**
   * A regular expression the signer's identity must match, e.g. '^https://github\\.com/acme/shop/'. Anchor it with
   * '^': an unanchored pattern admits any identity that merely contains it.
   * @default - give `subject` instead
   */
  readonly subjectRegExp?: string;
  /**
   * The Rekor transparency log that records the signature.
   * @default 'https://rekor.sigstore.dev'
   */
  readonly rekorUrl?: string;
}

/** Options of `ImageSigning.githubActions()`. */
export interface GitHubActionsSigningOptions {
  /** The GitHub repository whose workflow builds and signs the images, as 'owner/name'. */
  readonly repository: string;
  /**
   * The workflow file, relative to the repository root.
   * @default '.github/workflows/build-images.yml'
   */
  readonly workflow?: string;
  /**
   * The git ref the workflow must run on for its signature to be admitted.
   * @default 'refs/heads/main'
   */
  readonly ref?: string;
}

/** Options of `ImageSigning.key()`. */
export interface KeySigningOptions {
  /** The cosign public key (PEM, '-----BEGIN PUBLIC KEY-----' …) admission verifies signatures with. */
  readonly publicKey: string;
  /**
   * Where the build's `cosign sign --key` finds the private key: a cosign key reference such as
   * 'env://COSIGN_PRIVATE_KEY', 'awskms://…', 'gcpkms://…', 'hashivault://…' or 'k8s://namespace/secret'. Never the key.
   * @default 'env://COSIGN_PRIVATE_KEY'
   */
  readonly privateKeyRef?: string;
}

const GITHUB_ISSUER = 'https://token.actions.githubusercontent.com';
/** Sigstore's public transparency log: where cosign 2 records signatures unless told otherwise (key pairs too). */
export const PUBLIC_REKOR_URL = 'https://rekor.sigstore.dev';

/**
 * Who signs an image, so the build signs it with cosign and production admits only images signed by that identity
 * (a Kyverno `verifyImages` policy). Either keyless (Sigstore: a short-lived Fulcio certificate for an OIDC identity,
 * recorded in Rekor) or with a long-lived cosign key pair.
 *
 * @example ImageSigning.githubActions({ repository: 'acme/shop' })
 * @example ImageSigning.key({ publicKey: fs.readFileSync('cosign.pub', 'utf8') })
 */
export class ImageSigning {
  /** Keyless signing by an OIDC identity (issuer plus exact subject or subject pattern). */
  public static keyless(options: KeylessSigningOptions): ImageSigning {
    assertProps('KeylessSigningOptions', options, 'signing');
    checkUrl('signing.issuer', options.issuer);
    const { subject, subjectRegExp } = options;
    if ((subject === undefined) === (subjectRegExp === undefined)) {
      throw new BlueprintError(`'signing.subject' (${subject === undefined ? 'undefined' : `'${subject}'`}) and 'signing.subjectRegExp' are exclusive and one is required: the identity allowed to sign`);
    }
    if (subject !== undefined && (typeof subject !== 'string' || subject.trim() !== subject || subject === '')) {
      throw propError('signing.subject', subject, 'must be a non-empty identity without surrounding spaces');
    }
    if (subjectRegExp !== undefined) checkPattern(subjectRegExp);
    const rekorUrl = options.rekorUrl ?? PUBLIC_REKOR_URL;
    checkUrl('signing.rekorUrl', rekorUrl);
    return new ImageSigning('keyless', { issuer: options.issuer, subject, subjectRegExp, rekorUrl });
  }

  /** Keyless signing by a GitHub Actions workflow of one repository, on one ref. */
  public static githubActions(options: GitHubActionsSigningOptions): ImageSigning {
    assertProps('GitHubActionsSigningOptions', options, 'signing');
    if (typeof options.repository !== 'string' || !/^[A-Za-z0-9-]{1,39}\/[A-Za-z0-9._-]{1,100}$/.test(options.repository)) {
      throw propError('signing.repository', options.repository, 'must be a GitHub repository as \'owner/name\'');
    }
    const workflow = options.workflow ?? '.github/workflows/build-images.yml';
    if (!/^\.github\/workflows\/[A-Za-z0-9._-]+\.ya?ml$/.test(workflow)) {
      throw propError('signing.workflow', workflow, 'must be a workflow file under .github/workflows/, ending in .yml or .yaml');
    }
    const ref = options.ref ?? 'refs/heads/main';
    if (!/^refs\/(heads|tags)\/[A-Za-z0-9._/-]+$/.test(ref)) {
      throw propError('signing.ref', ref, 'must be a full git ref, e.g. \'refs/heads/main\' or \'refs/tags/v1.4.2\'');
    }
    return new ImageSigning('keyless', {
      issuer: GITHUB_ISSUER,
      subject: `https://github.com/${options.repository}/${workflow}@${ref}`,
      rekorUrl: PUBLIC_REKOR_URL,
      github: { repository: options.repository, workflow, ref },
    });
  }

  /** Signing with a cosign key pair: the public key verifies, the private key stays in the build's secret store. */
  public static key(options: KeySigningOptions): ImageSigning {
    assertProps('KeySigningOptions', options, 'signing');
    const pem = typeof options.publicKey === 'string' ? options.publicKey.trim() : options.publicKey;
    if (typeof pem !== 'string' || !/^-----BEGIN PUBLIC KEY-----\n[A-Za-z0-9+/=\n]+\n-----END PUBLIC KEY-----$/.test(pem)) {
      throw propError('signing.publicKey', abbreviate(options.publicKey), 'must be a PEM public key (\'-----BEGIN PUBLIC KEY-----\' … \'-----END PUBLIC KEY-----\'), as `cosign generate-key-pair` writes to cosign.pub');
    }
    if (/PRIVATE KEY/.test(String(options.privateKeyRef ?? ''))) {
      throw new BlueprintError('\'signing.privateKeyRef\' must name where the private key is kept (e.g. \'env://COSIGN_PRIVATE_KEY\'), never contain the key itself');
    }
    const privateKeyRef = options.privateKeyRef ?? 'env://COSIGN_PRIVATE_KEY';
    if (!/^(env|awskms|gcpkms|azurekms|hashivault|k8s|pkcs11):\/\/\S+$/.test(privateKeyRef)) {
      throw propError('signing.privateKeyRef', privateKeyRef, 'must be a cosign key reference: env://, awskms://, gcpkms://, azurekms://, hashivault://, k8s:// or pkcs11://');
    }
    return new ImageSigning('key', { publicKey: `${pem}\n`, privateKeyRef });
  }

  private constructor(
    /** 'keyless' (Sigstore certificate for an OIDC identity) or 'key' (cosign key pair). */
    public readonly mode: 'keyless' | 'key',
    private readonly spec: {
      readonly issuer?: string; readonly subject?: string; readonly subjectRegExp?: string; readonly rekorUrl?: string;
      readonly publicKey?: string; readonly privateKeyRef?: string;
      readonly github?: { readonly repository: string; readonly workflow: string; readonly ref: string };
    },
  ) {}

  /** The OIDC issuer (keyless). */
  public get issuer(): string | undefined { return this.spec.issuer; }
  /** The exact signer identity (keyless). */
  public get subject(): string | undefined { return this.spec.subject; }
  /** The signer identity pattern (keyless). */
  public get subjectRegExp(): string | undefined { return this.spec.subjectRegExp; }
  /** The Rekor log URL (keyless). */
  public get rekorUrl(): string | undefined { return this.spec.rekorUrl; }
  /** The PEM public key, ending in a newline (key). */
  public get publicKey(): string | undefined { return this.spec.publicKey; }
  /** The cosign reference of the private key (key). */
  public get privateKeyRef(): string | undefined { return this.spec.privateKeyRef; }
  /** The GitHub repository, workflow and ref, for `ImageSigning.githubActions()`. */
  public get githubActions(): { readonly repository: string; readonly workflow: string; readonly ref: string } | undefined {
    return this.spec.github;
  }

  /** One line for review pages: who may sign. */
  public describe(): string {
    if (this.mode === 'key') return `cosign key pair (private key at ${this.spec.privateKeyRef})`;
    const who = this.spec.subject !== undefined ? this.spec.subject : `identities matching /${this.spec.subjectRegExp}/`;
    return `keyless: ${who}, issued by ${this.spec.issuer}`;
  }
}

function checkUrl(prop: string, value: unknown): void {
  if (typeof value !== 'string' || !/^https:\/\/[^\s/]+(\/\S*)?$/.test(value)) {
    throw propError(prop, value, 'must be an https URL');
  }
}

function checkPattern(pattern: unknown): void {
  if (typeof pattern !== 'string' || pattern === '') throw propError('signing.subjectRegExp', pattern, 'must be a non-empty regular expression');
  try {
    new RegExp(pattern);
  } catch (e) {
    throw propError('signing.subjectRegExp', pattern, `is not a valid regular expression (${(e as Error).message})`);
  }
  if (!pattern.startsWith('^')) throw propError('signing.subjectRegExp', pattern, 'must be anchored with \'^\': an unanchored pattern admits any identity that contains it');
}

/** Echoes a mistaken key prop on one line, and never a private key. */
function abbreviate(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  if (/PRIVATE KEY/.test(value)) return '<a private key, not shown>';
  const line = value.replace(/\n/g, '\\n');
  return line.length > 40 ? `${line.slice(0, 37)}...` : line;
}
