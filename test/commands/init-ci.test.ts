// What `init --ci` writes: the install command for each --from, and examples/ci/ and docs/ci.md
// holding exactly what init writes (the CLI runs are test/scenarios/init-*.scenario).

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ciCommands, githubWorkflow, gitlabJob } from '../../src/commands/init.js';
import { githubShardedWorkflow, gitlabShardedJob } from '../../src/commands/init-shards.js';

const ROOT = join(import.meta.dirname, '..', '..');
/** A workflow as docs/ci.md shows it: without its comment lines. */
const body = (text: string) =>
  text
    .split('\n')
    .filter((l) => !l.startsWith('#'))
    .join('\n');

describe('init --ci', () => {
  it('init --ci --from: a tarball path (default), a tarball URL, a git URL or npm', () => {
    expect(ciCommands('.', '0.1.0')[0]).toBe('npm install --global ./tools/guide-lint-0.1.0.tgz');
    expect(ciCommands('.', '0.1.0', 'vendor/guide-lint-0.1.0.tgz')[0]).toBe(
      'npm install --global ./vendor/guide-lint-0.1.0.tgz',
    );
    expect(ciCommands('.', '0.1.0', 'https://example.org/releases/guide-lint-0.1.0.tgz')[0]).toBe(
      'npm install --global https://example.org/releases/guide-lint-0.1.0.tgz',
    );
    expect(ciCommands('.', '0.1.0', 'git+ssh://git@example.org/guide-lint.git#v0.1.0')[0]).toBe(
      'npm install --global git+ssh://git@example.org/guide-lint.git#v0.1.0',
    );
    expect(ciCommands('.', '0.1.0', 'npm')[0]).toBe('npm install --global guide-lint@0.1.0');
    expect(githubWorkflow('guides/', '0.1.0')).toContain('# guide-lint is not on the npm registry yet');
    expect(gitlabJob('guides/', '0.1.0', 'npm')).not.toContain('not on the npm registry');
  });

  it('examples/ci/ holds exactly what init writes, and docs/ci.md shows it', () => {
    expect(readFileSync(join(ROOT, 'examples/ci/github-actions.yml'), 'utf8')).toBe(githubWorkflow('guides/'));
    expect(readFileSync(join(ROOT, 'examples/ci/gitlab-ci.yml'), 'utf8')).toBe(gitlabJob('guides/'));
    const docs = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
    expect(docs).toContain(`\`\`\`yaml\n${body(githubWorkflow('guides/'))}\`\`\``);
    expect(docs).toContain(`\`\`\`yaml\n${body(gitlabJob('guides/'))}\`\`\``);
  });

  it('examples/ci/ and docs/ci.md hold the split workflows init --shards 4 writes', () => {
    const docs = readFileSync(join(ROOT, 'docs/ci.md'), 'utf8');
    expect(readFileSync(join(ROOT, 'examples/ci/github-actions-sharded.yml'), 'utf8')).toBe(
      githubShardedWorkflow('guides/', 4),
    );
    expect(readFileSync(join(ROOT, 'examples/ci/gitlab-ci-sharded.yml'), 'utf8')).toBe(gitlabShardedJob('guides/', 4));
    expect(docs).toContain(`\`\`\`yaml\n${body(githubShardedWorkflow('guides/', 4))}\`\`\``);
    expect(docs).toContain(`\`\`\`yaml\n${body(gitlabShardedJob('guides/', 4))}\`\`\``);
    expect(githubShardedWorkflow('guides/', 4)).toContain('shard: [1, 2, 3, 4]');
  });
});
