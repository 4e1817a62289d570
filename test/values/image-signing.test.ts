import { BlueprintError } from '../../lib/values/_errors';
import { ImageSigning } from '../../lib/values/image-signing';

const any = (v: unknown): any => v;
const PEM = '-----BEGIN PUBLIC KEY-----\nMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEx8mW0aJ5ZQm1yq3g9y3zZ8vB2Xc4\nk9c2VqkO7Pp3l8y0H0nYwR6m8p1y6Tt3xQ1J3xqj0pD5nVQb9x9d0q1sTw==\n-----END PUBLIC KEY-----';

describe('ImageSigning.keyless', () => {
  test('an exact subject, with the public Rekor log by default', () => {
    // GIVEN
    const signing = ImageSigning.keyless({ issuer: 'https://accounts.google.com', subject: 'release@example.com' });

    // THEN
    expect(signing.mode).toEqual('keyless');
    expect(signing.issuer).toEqual('https://accounts.google.com');
    expect(signing.subject).toEqual('release@example.com');
    expect(signing.subjectRegExp).toBeUndefined();
    expect(signing.rekorUrl).toEqual('https://rekor.sigstore.dev');
    expect(signing.publicKey).toBeUndefined();
    expect(signing.describe()).toEqual('keyless: release@example.com, issued by https://accounts.google.com');
  });

  test('an anchored subject pattern and a private Rekor', () => {
    // GIVEN
    const signing = ImageSigning.keyless({
      issuer: 'https://token.actions.githubusercontent.com', subjectRegExp: '^https://github\\.com/acme/', rekorUrl: 'https://rekor.internal.example.com',
    });

    // THEN
    expect(signing.subject).toBeUndefined();
    expect(signing.subjectRegExp).toEqual('^https://github\\.com/acme/');
    expect(signing.rekorUrl).toEqual('https://rekor.internal.example.com');
    expect(signing.describe()).toEqual('keyless: identities matching /^https://github\\.com/acme//, issued by https://token.actions.githubusercontent.com');
  });

  test.each([
    [{ issuer: 'http://accounts.google.com', subject: 'a@b.c' }, "'signing.issuer' ('http://accounts.google.com') must be an https URL"],
    [{ issuer: 'https://accounts.google.com' }, "'signing.subject' (undefined) and 'signing.subjectRegExp' are exclusive and one is required: the identity allowed to sign"],
    [{ issuer: 'https://accounts.google.com', subject: 'a@b.c', subjectRegExp: '^a' }, "'signing.subject' ('a@b.c') and 'signing.subjectRegExp' are exclusive and one is required: the identity allowed to sign"],
    [{ issuer: 'https://accounts.google.com', subject: ' a@b.c' }, "'signing.subject' (' a@b.c') must be a non-empty identity without surrounding spaces"],
    [{ issuer: 'https://accounts.google.com', subjectRegExp: 'acme' }, "'signing.subjectRegExp' ('acme') must be anchored with '^': an unanchored pattern admits any identity that contains it"],
    [{ issuer: 'https://accounts.google.com', subjectRegExp: '^(acme' }, "'signing.subjectRegExp' ('^(acme') is not a valid regular expression (Invalid regular expression: /^(acme/: Unterminated group)"],
    [{ issuer: 'https://accounts.google.com', subject: 'a@b.c', rekorUrl: 'rekor' }, "'signing.rekorUrl' ('rekor') must be an https URL"],
    [any({ issuer: 'https://accounts.google.com', subjct: 'a@b.c' }), "'signing.subjct' ('a@b.c') is not a prop of KeylessSigningOptions: did you mean 'signing.subject'?"],
  ])('refuses %j', (options, message) => {
    // GIVEN / WHEN / THEN
    expect(() => ImageSigning.keyless(options)).toThrow(new BlueprintError(message));
  });
});

describe('ImageSigning.githubActions', () => {
  test('the workflow identity on main by default', () => {
    // GIVEN
    const signing = ImageSigning.githubActions({ repository: 'acme/shop' });

    // THEN
    expect(signing.mode).toEqual('keyless');
    expect(signing.issuer).toEqual('https://token.actions.githubusercontent.com');
    expect(signing.subject).toEqual('https://github.com/acme/shop/.github/workflows/build-images.yml@refs/heads/main');
    expect(signing.githubActions).toEqual({ repository: 'acme/shop', workflow: '.github/workflows/build-images.yml', ref: 'refs/heads/main' });
  });

  test('another workflow and a tag ref', () => {
    // GIVEN
    const signing = ImageSigning.githubActions({ repository: 'acme/shop', workflow: '.github/workflows/release.yaml', ref: 'refs/tags/v1.4.2' });

    // THEN
    expect(signing.subject).toEqual('https://github.com/acme/shop/.github/workflows/release.yaml@refs/tags/v1.4.2');
  });

  test.each([
    [{ repository: 'acme' }, "'signing.repository' ('acme') must be a GitHub repository as 'owner/name'"],
    [{ repository: 'acme/shop', workflow: 'build.yml' }, "'signing.workflow' ('build.yml') must be a workflow file under .github/workflows/, ending in .yml or .yaml"],
    [{ repository: 'acme/shop', ref: 'main' }, "'signing.ref' ('main') must be a full git ref, e.g. 'refs/heads/main' or 'refs/tags/v1.4.2'"],
    [{ repository: 'acme/shop', ref: 'refs/tags/*' }, "'signing.ref' ('refs/tags/*') must be a full git ref, e.g. 'refs/heads/main' or 'refs/tags/v1.4.2'"],
  ])('refuses %j', (options, message) => {
    // GIVEN / WHEN / THEN
    expect(() => ImageSigning.githubActions(options)).toThrow(new BlueprintError(message));
  });
});

describe('ImageSigning.key', () => {
  test('a public key, the private key from the environment by default', () => {
    // GIVEN
    const signing = ImageSigning.key({ publicKey: `${PEM}\n\n` });

    // THEN
    expect(signing.mode).toEqual('key');
    expect(signing.publicKey).toEqual(`${PEM}\n`);
    expect(signing.privateKeyRef).toEqual('env://COSIGN_PRIVATE_KEY');
    expect(signing.issuer).toBeUndefined();
    expect(signing.describe()).toEqual('cosign key pair (private key at env://COSIGN_PRIVATE_KEY)');
  });

  test('a KMS key reference', () => {
    // GIVEN
    const signing = ImageSigning.key({ publicKey: PEM, privateKeyRef: 'awskms:///arn:aws:kms:eu-west-1:111122223333:key/1234' });

    // THEN
    expect(signing.privateKeyRef).toEqual('awskms:///arn:aws:kms:eu-west-1:111122223333:key/1234');
  });

  test.each([
    [{ publicKey: 'not a key' }, "'signing.publicKey' ('not a key') must be a PEM public key ('-----BEGIN PUBLIC KEY-----' … '-----END PUBLIC KEY-----'), as `cosign generate-key-pair` writes to cosign.pub"],
    [{ publicKey: '-----BEGIN PRIVATE KEY-----\nabc\n-----END PRIVATE KEY-----' }, "'signing.publicKey' ('<a private key, not shown>') must be a PEM public key ('-----BEGIN PUBLIC KEY-----' … '-----END PUBLIC KEY-----'), as `cosign generate-key-pair` writes to cosign.pub"],
    [{ publicKey: '-----BEGIN PUBLIC KEY-----\nabc=\n-----END PUBLIC KEY\n' }, "'signing.publicKey' ('-----BEGIN PUBLIC KEY-----\\nabc=\\n---...') must be a PEM public key ('-----BEGIN PUBLIC KEY-----' … '-----END PUBLIC KEY-----'), as `cosign generate-key-pair` writes to cosign.pub"],
    [{ publicKey: PEM, privateKeyRef: '-----BEGIN ENCRYPTED SIGSTORE PRIVATE KEY-----' }, "'signing.privateKeyRef' must name where the private key is kept (e.g. 'env://COSIGN_PRIVATE_KEY'), never contain the key itself"],
    [{ publicKey: PEM, privateKeyRef: 'cosign.key' }, "'signing.privateKeyRef' ('cosign.key') must be a cosign key reference: env://, awskms://, gcpkms://, azurekms://, hashivault://, k8s:// or pkcs11://"],
  ])('refuses %j', (options, message) => {
    // GIVEN / WHEN / THEN
    expect(() => ImageSigning.key(options)).toThrow(new BlueprintError(message));
  });
});
