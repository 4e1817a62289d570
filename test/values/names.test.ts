import fc from 'fast-check';
import { BlueprintError } from '../../lib/values/_errors';
import {
  checkDns1035Label,
  checkDnsLabel,
  checkDnsSubdomain,
  checkEnvName,
  checkLabelKey,
  checkLabelValue,
  checkPortName,
  contentHash,
  isDnsSubdomain,
} from '../../lib/values/_names';

const DNS_LABEL_RULE = "must be a DNS-1123 label: at most 63 characters, lowercase letters, digits and '-', starting and ending with a letter or digit";
const DNS_1035_RULE = "must be a DNS-1035 label: at most 63 characters, lowercase letters, digits and '-', starting with a letter and ending with a letter or digit";
const SUBDOMAIN_RULE = "must be a DNS-1123 subdomain: at most 253 characters, lowercase letters, digits, '-' and '.', starting and ending with a letter or digit";
const LABEL_VALUE_RULE = "must be a valid label value: at most 63 characters, letters, digits, '-', '_' and '.', starting and ending with a letter or digit";
const LABEL_KEY_RULE = "must be a valid label key: an optional DNS-1123 subdomain prefix and '/', then at most 63 characters of letters, digits, '-', '_' and '.'";
const ENV_NAME_RULE = "must be a valid environment variable name: letters, digits, '_', '-' and '.', not starting with a digit";
const PORT_NAME_RULE = "must be a valid port name: at most 15 characters, lowercase letters, digits and single '-', with at least one letter";

describe('checkDnsLabel', () => {
  test.each(['a', 'web', 'user-service', '0', '9lives', 'a'.repeat(63)])('accepts %s', (name) => {
    // GIVEN / WHEN / THEN
    expect(() => checkDnsLabel('name', name)).not.toThrow();
  });

  test.each(['', 'Web', '-web', 'web-', 'web_api', 'web.api', 'a'.repeat(64)])('rejects %j with the exact message', (name) => {
    // GIVEN / WHEN / THEN
    expect(() => checkDnsLabel('name', name)).toThrow(`'name' ('${name}') ${DNS_LABEL_RULE}`);
  });

  test('throws a BlueprintError', () => {
    // GIVEN / WHEN / THEN
    expect(() => checkDnsLabel('namespace', 'Shop')).toThrow(BlueprintError);
  });
});

describe('checkDns1035Label', () => {
  test.each(['a', 'api', 'user-service-2', 'a'.repeat(63)])('accepts %s', (name) => {
    // GIVEN / WHEN / THEN
    expect(() => checkDns1035Label('service.name', name)).not.toThrow();
  });

  test.each(['', '2fast', 'Api', 'api-', '-api', 'a'.repeat(64)])('rejects %j with the exact message', (name) => {
    // GIVEN / WHEN / THEN
    expect(() => checkDns1035Label('service.name', name)).toThrow(`'service.name' ('${name}') ${DNS_1035_RULE}`);
  });
});

describe('checkDnsSubdomain / isDnsSubdomain', () => {
  const longest = `${'a'.repeat(63)}.${'b'.repeat(63)}.${'c'.repeat(63)}.${'d'.repeat(61)}`;

  test('the 253-character fixture is exactly at the limit', () => {
    // GIVEN / WHEN / THEN
    expect(longest.length).toEqual(253);
  });

  test.each(['a', 'app-config', 'example.com', 'a.b-c.d', longest])('accepts %s', (name) => {
    // GIVEN / WHEN / THEN
    expect(() => checkDnsSubdomain('secret.name', name)).not.toThrow();
    expect(isDnsSubdomain(name)).toBe(true);
  });

  test.each(['', 'App', '.a', 'a.', 'a..b', 'a_b', '-a.b', `${longest}e`])('rejects %j with the exact message', (name) => {
    // GIVEN / WHEN / THEN
    expect(() => checkDnsSubdomain('secret.name', name)).toThrow(`'secret.name' ('${name}') ${SUBDOMAIN_RULE}`);
    expect(isDnsSubdomain(name)).toBe(false);
  });
});

describe('checkLabelValue', () => {
  test.each(['', 'v1', 'Prod_EU.1', 'a-b', 'A'.repeat(63)])('accepts %j (empty is allowed)', (value) => {
    // GIVEN / WHEN / THEN
    expect(() => checkLabelValue('labels', value)).not.toThrow();
  });

  test.each(['-a', 'a-', '.a', 'a b', 'a/b', 'A'.repeat(64)])('rejects %j with the exact message', (value) => {
    // GIVEN / WHEN / THEN
    expect(() => checkLabelValue("labels['team']", value)).toThrow(`'labels['team']' ('${value}') ${LABEL_VALUE_RULE}`);
  });
});

describe('checkLabelKey', () => {
  test.each(['team', 'Team_1.x', 'example.com/team', 'app.kubernetes.io/part-of', `example.com/${'k'.repeat(63)}`])('accepts %s', (key) => {
    // GIVEN / WHEN / THEN
    expect(() => checkLabelKey('labels', key)).not.toThrow();
  });

  test.each([
    '',
    '/team',
    'example.com/',
    'Example.com/team',
    'a/b/c',
    '-team',
    'team-',
    'k'.repeat(64),
    `example.com/${'k'.repeat(64)}`,
  ])('rejects %j with the exact message', (key) => {
    // GIVEN / WHEN / THEN
    expect(() => checkLabelKey('labels', key)).toThrow(`'labels' ('${key}') ${LABEL_KEY_RULE}`);
  });
});

describe('checkEnvName', () => {
  test.each(['PORT', 'log_level', '_X', '-dash', '.dot', 'A1', 'my.var-2'])('accepts %s', (name) => {
    // GIVEN / WHEN / THEN
    expect(() => checkEnvName('env', name)).not.toThrow();
  });

  test.each(['', '1ST', 'A B', 'A=B', 'ÄRGER', 'A$'])('rejects %j with the exact message', (name) => {
    // GIVEN / WHEN / THEN
    expect(() => checkEnvName('env', name)).toThrow(`'env' ('${name}') ${ENV_NAME_RULE}`);
  });
});

describe('checkPortName', () => {
  test.each(['http', 'grpc-web', 'h2c', 'a', 'metrics-9090', 'abcdefghijklmno'])('accepts %s', (name) => {
    // GIVEN / WHEN / THEN
    expect(() => checkPortName('port.name', name)).not.toThrow();
  });

  test.each(['', '8080', 'HTTP', 'my--port', '-http', 'http-', 'abcdefghijklmnop', 'http_alt'])('rejects %j with the exact message', (name) => {
    // GIVEN / WHEN / THEN
    expect(() => checkPortName('port.name', name)).toThrow(`'port.name' ('${name}') ${PORT_NAME_RULE}`);
  });
});

describe('contentHash', () => {
  test('is the first 10 hex digits of the sha256 of the UTF-8 text', () => {
    // GIVEN / WHEN / THEN
    expect(contentHash('')).toEqual('e3b0c44298');
    expect(contentHash('abc')).toEqual('ba7816bf8f');
  });

  test('takes an optional length', () => {
    // GIVEN / WHEN / THEN
    expect(contentHash('abc', 4)).toEqual('ba78');
    expect(contentHash('', 64)).toEqual('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });

  test('hashes non-ASCII text as UTF-8', () => {
    // GIVEN / WHEN / THEN
    expect(contentHash('ä')).not.toEqual(contentHash('\u00e4'.normalize('NFD')));
  });

  test('property: deterministic and always 10 lowercase hex characters', () => {
    // GIVEN / WHEN / THEN
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 200 }), (text) => {
      const hash = contentHash(text);
      expect(hash).toMatch(/^[0-9a-f]{10}$/);
      expect(contentHash(text)).toEqual(hash);
    }));
  });

  test('property: different inputs practically never share a hash', () => {
    // GIVEN / WHEN / THEN
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => {
      fc.pre(a !== b);
      expect(contentHash(a)).not.toEqual(contentHash(b));
    }));
  });
});
