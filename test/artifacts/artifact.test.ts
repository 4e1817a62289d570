/**
 * Artifact (lib/artifacts/artifact.ts): a file synthesis writes next to the manifests. Constructs declare it with
 * a path and a render function; only the app writes it.
 */
import { Construct } from 'constructs';
import { Artifact, BlueprintTesting } from '../../lib/index';

describe('default configuration', () => {
  test('its path is its description; the content is rendered when asked, not when declared', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const lines = ['one worker per environment'];

    // WHEN
    const artifact = new Artifact(app, 'Summary', { path: 'review/summary.txt', render: () => `${lines.join('\n')}\n` });
    lines.push('added later');

    // THEN
    expect(artifact.path).toEqual('review/summary.txt');
    expect(artifact.description).toEqual('review/summary.txt');
    expect(artifact.render()).toEqual('one worker per environment\nadded later\n');
  });

  test('synthesis writes it at its path', () => {
    const app = BlueprintTesting.app();
    new Artifact(app, 'Summary', { path: 'review/summary.txt', render: () => 'summary\n' });
    expect([...BlueprintTesting.synthApp(app).files]).toEqual([['review/summary.txt', 'summary\n']]);
  });
});

describe('props', () => {
  test('a description', () => {
    const artifact = new Artifact(BlueprintTesting.app(), 'Notes', { path: 'notes.txt', render: () => '', description: 'release notes' });
    expect(artifact.description).toEqual('release notes');
  });
});

describe('Artifact.all', () => {
  test('every artifact under the scope, in tree order (children in the order they were added, depth first)', () => {
    // GIVEN
    const app = BlueprintTesting.app();
    const group = new Construct(app, 'group');
    new Artifact(app, 'B', { path: 'b.txt', render: () => '' });
    new Artifact(group, 'A', { path: 'a.txt', render: () => '' });
    new Artifact(group, 'C', { path: 'c.txt', render: () => '' });

    // THEN
    // (the doc comment says construction order: 'B' was constructed before 'group/A' but comes after it)
    expect(Artifact.all(app).map((a) => a.node.path)).toEqual(['group/A', 'group/C', 'B']);
    expect(Artifact.all(group).map((a) => a.path)).toEqual(['a.txt', 'c.txt']);
  });
});

describe('errors', () => {
  test('an artifact path outside the output directory is rejected', () => {
    // GIVEN
    const app = BlueprintTesting.app();

    // THEN
    expect(() => new Artifact(app, 'Escape', { path: '../etc/passwd', render: () => '' }))
      .toFail("Artifact 'Escape': 'path' ('../etc/passwd') must be relative to the output directory, without '..' or empty segments");
    expect(() => new Artifact(app, 'Absolute', { path: '/etc/passwd', render: () => '' }))
      .toFail("Artifact 'Absolute': 'path' ('/etc/passwd') must be relative to the output directory, without '..' or empty segments");
  });

  test('empty segments are rejected', () => {
    const app = BlueprintTesting.app();
    expect(() => new Artifact(app, 'Double', { path: 'review//summary.txt', render: () => '' }))
      .toFail("Artifact 'Double': 'path' ('review//summary.txt') must be relative to the output directory, without '..' or empty segments");
    expect(() => new Artifact(app, 'Folder', { path: 'review/', render: () => '' }))
      .toFail("Artifact 'Folder': 'path' ('review/') must be relative to the output directory, without '..' or empty segments");
  });
});
