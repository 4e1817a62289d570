import { GitRevision } from '../../lib';

const REF_RULE = "must be a git branch or tag name: no spaces, control characters, '~', '^', ':', '?', '*', '[', '\\', '..', '@{' or '//', not starting with '-', '/' or '.', not ending with '/', '.' or '.lock'";

describe('GitRevision', () => {
  test('a branch is Argo CD\'s targetRevision and Flux\'s ref.branch', () => {
    const r = GitRevision.branch('release/2026-12');
    expect(r.kind).toBe('branch');
    expect(r.argoCdTargetRevision).toBe('release/2026-12');
    expect(r.fluxRef).toEqual({ branch: 'release/2026-12' });
  });

  test('a tag is ref.tag, a commit ref.commit', () => {
    expect(GitRevision.tag('v1.4.2').fluxRef).toEqual({ tag: 'v1.4.2' });
    const sha = '0123456789abcdef0123456789abcdef01234567';
    expect(GitRevision.commit(sha).fluxRef).toEqual({ commit: sha });
    expect(GitRevision.commit(sha).argoCdTargetRevision).toBe(sha);
    expect(GitRevision.commit('a'.repeat(64)).name).toBe('a'.repeat(64));
  });

  test.each(['', 'main branch', 'a..b', '-main', '/main', 'main/', 'main.', 'main.lock', 'feat/.hidden', 'a//b', 'a@{1}', 'a~1', 'a^', 'a:b', 'a?', 'a*', 'a[b', 'a\\b', '@'])(
    'branch %j is not a ref name', (name) => {
      expect(() => GitRevision.branch(name)).toThrow(`'revision.branch' ('${name}') ${REF_RULE}`);
    });

  test('a tag is checked the same way', () => {
    expect(() => GitRevision.tag('v1 .0')).toThrow(`'revision.tag' ('v1 .0') ${REF_RULE}`);
  });

  test('a commit is a full SHA-1 or SHA-256 id in lowercase', () => {
    for (const sha of ['abc1234', 'ABCDEF0123456789ABCDEF0123456789ABCDEF01', 'g'.repeat(40)]) {
      expect(() => GitRevision.commit(sha)).toThrow(`'revision.commit' ('${sha}') must be a full commit id: 40 (SHA-1) or 64 (SHA-256) lowercase hexadecimal digits`);
    }
  });
});
