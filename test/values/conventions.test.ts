/**
 * The conventions every layer reads (lib/values/conventions.ts): the label and annotation keys the blueprints write
 * and the gate checks, and the name patterns shared by value objects, constructs and rules.
 */
import {
  BACKUP_DISABLED_ANNOTATION, BACKUP_OF_LABEL, backupKind, BUCKET_RE, MANAGED_BY, REGION_RE, RESTORE_OF_LABEL, S3_PREFIX_RE, SENSITIVE_NAME,
} from '../../lib/values/conventions';

/** The inputs of `candidates` that `re` matches, in order. */
function matching(re: RegExp, candidates: string[]): string[] {
  return candidates.filter((c) => re.test(c));
}

describe('labels and annotations', () => {
  test('have these keys and values (renaming one changes every object of every user)', () => {
    expect(MANAGED_BY).toEqual('cdk8s-blueprints');
    expect(BACKUP_OF_LABEL).toEqual('blueprints.cdk8s.io/backup-of');
    expect(BACKUP_DISABLED_ANNOTATION).toEqual('blueprints.cdk8s.io/backup-disabled');
    expect(RESTORE_OF_LABEL).toEqual('blueprints.cdk8s.io/restore-of');
  });
});

describe('SENSITIVE_NAME', () => {
  test('matches names that look like credentials, in any case, anywhere in the name', () => {
    expect(matching(SENSITIVE_NAME, [
      'DB_PASSWORD', 'passwd', 'CLIENT_SECRET', 'api_token', 'APIKEY', 'API_KEY', 'PRIVATE_KEY', 'privatekey', 'AWS_CREDENTIALS',
      // not: names of settings, and 'api-key' (the pattern allows '_' or nothing between API and KEY, not '-')
      'LOG_LEVEL', 'CACHE_TTL', 'PORT', 'KEY_ID', 'PASS', 'x-api-key',
    ])).toEqual(['DB_PASSWORD', 'passwd', 'CLIENT_SECRET', 'api_token', 'APIKEY', 'API_KEY', 'PRIVATE_KEY', 'privatekey', 'AWS_CREDENTIALS']);
  });

  test('is not global: testing it twice gives the same answer', () => {
    expect([SENSITIVE_NAME.test('DB_PASSWORD'), SENSITIVE_NAME.test('DB_PASSWORD')]).toEqual([true, true]);
  });
});

describe('S3 names', () => {
  test('BUCKET_RE: 3 to 63 lowercase letters, digits, \'.\' and \'-\', starting and ending with a letter or digit', () => {
    expect(matching(BUCKET_RE, ['shop-backups', 'a.b', 'abc', 'x'.repeat(63), 'ab', 'x'.repeat(64), 'Shop', '-shop', 'shop-', 'shop_backups', 'shop backups']))
      .toEqual(['shop-backups', 'a.b', 'abc', 'x'.repeat(63)]);
  });

  test('S3_PREFIX_RE: empty, or segments of letters, digits, \'.\', \'_\' and \'-\' joined by \'/\'', () => {
    expect(matching(S3_PREFIX_RE, ['', 'postgres', 'shop/production/db', 'Daily_2024.v1', '/postgres', 'postgres/', 'a//b', 'with space', 'ümlaut']))
      .toEqual(['', 'postgres', 'shop/production/db', 'Daily_2024.v1']);
  });

  test('REGION_RE: 1 to 40 lowercase letters, digits and \'-\'', () => {
    expect(matching(REGION_RE, ['eu-central-1', 'us-east-2', 'x'.repeat(40), '', 'x'.repeat(41), 'EU-CENTRAL-1', 'eu_central_1']))
      .toEqual(['eu-central-1', 'us-east-2', 'x'.repeat(40)]);
  });
});

describe('backupKind', () => {
  const labels = (l: Record<string, string>) => (key: string) => l[key];

  test('a Velero Schedule is a backup; a Schedule of another group is not', () => {
    expect(backupKind('velero.io/v1', 'Schedule', labels({}))).toBe('velero-schedule');
    expect(backupKind('example.com/v1', 'Schedule', labels({}))).toBeUndefined();
  });

  test('a batch CronJob labelled backup-of is a dump, unless it is also labelled restore-of (a restore or a drill)', () => {
    expect(backupKind('batch/v1', 'CronJob', labels({ [BACKUP_OF_LABEL]: 'db' }))).toBe('dump');
    expect(backupKind('batch/v1', 'CronJob', labels({ [BACKUP_OF_LABEL]: 'db', [RESTORE_OF_LABEL]: 'db' }))).toBeUndefined();
    expect(backupKind('batch/v1', 'CronJob', labels({}))).toBeUndefined();
    expect(backupKind('example.com/v1', 'CronJob', labels({ [BACKUP_OF_LABEL]: 'db' }))).toBeUndefined();
  });

  test('no other kind is a backup, whatever its labels (and they are not read)', () => {
    const read: string[] = [];
    expect(backupKind('batch/v1', 'Job', (key) => { read.push(key); return 'db'; })).toBeUndefined();
    expect(read).toEqual([]);
  });
});
