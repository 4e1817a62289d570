/**
 * Findings and their report (lib/validation/finding.ts): one report for every finding, errors first, each line
 * naming the rule, the construct path, the message and the fix.
 */
import { Finding, ValidationError } from '../../lib/index';
import { formatReport } from '../../lib/validation/finding';

const ERROR_B: Finding = { path: 'shop-production/b/Deployment', rule: 'probes', severity: 'error', message: 'container \'b\' has no readiness probe', fix: 'give the workload a health check' };
const ERROR_A: Finding = { path: 'shop-production/a/Deployment', rule: 'resources', severity: 'error', message: 'container \'a\' has no limits.memory' };
const ERROR_A2: Finding = { path: 'shop-production/a/Deployment', rule: 'high-uid', severity: 'error', message: 'container \'a\' runs as UID 999 (< 10000)' };
const WARNING: Finding = { path: 'shop-development/a/Deployment', rule: 'image-tag', severity: 'warning', message: 'container \'a\' image \'x:latest\' uses the latest tag', fix: 'pin a version tag or a digest' };

describe('formatReport', () => {
  test('one error: the headline, then the finding with its fix', () => {
    expect(formatReport([ERROR_B])).toEqual([
      'Validation failed: 1 error; nothing was written.',
      '  ✗ [probes] shop-production/b/Deployment: container \'b\' has no readiness probe',
      '      fix: give the workload a health check',
    ].join('\n'));
  });

  test('errors before warnings, then by path, then by rule; counts in the headline; no fix line without a fix', () => {
    expect(formatReport([WARNING, ERROR_B, ERROR_A, ERROR_A2])).toEqual([
      'Validation failed: 3 errors, 1 warning; nothing was written.',
      '  ✗ [high-uid] shop-production/a/Deployment: container \'a\' runs as UID 999 (< 10000)',
      '  ✗ [resources] shop-production/a/Deployment: container \'a\' has no limits.memory',
      '  ✗ [probes] shop-production/b/Deployment: container \'b\' has no readiness probe',
      '      fix: give the workload a health check',
      '  ! [image-tag] shop-development/a/Deployment: container \'a\' image \'x:latest\' uses the latest tag',
      '      fix: pin a version tag or a digest',
    ].join('\n'));
  });

  test('plural warnings, and the findings given are not reordered', () => {
    // GIVEN
    const findings = [WARNING, { ...WARNING, path: 'shop-development/b/Deployment' }, ERROR_B];

    // WHEN
    const report = formatReport(findings);

    // THEN
    expect(report.split('\n')[0]).toEqual('Validation failed: 1 error, 2 warnings; nothing was written.');
    expect(findings[0]).toBe(WARNING);
  });
});

describe('ValidationError', () => {
  test('carries every finding; its message is the report and its stack shows no frames from inside the library', () => {
    // WHEN
    const error = new ValidationError([ERROR_B, WARNING]);

    // THEN
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toEqual('ValidationError');
    expect(error.findings).toEqual([ERROR_B, WARNING]);
    expect(error.message).toEqual(formatReport([ERROR_B, WARNING]));
    expect(error.stack).toEqual(`ValidationError: ${formatReport([ERROR_B, WARNING])}`);
  });
});
