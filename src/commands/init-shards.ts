// The CI workflows `guide-lint init --ci github|gitlab --shards N` writes: N parallel jobs each lint
// one shard (`--shard i/N --format shard`, with a per-shard cache) and a merge job joins their
// results into the report one run would give (docs/ci.md "Split across runners"). examples/ci/
// holds copies that a test keeps identical, and docs/ci.md shows them.

import { VERSION } from '../version.js';
import {
  ciCommands,
  GITHUB_REPORT_STEP,
  githubSetupSteps,
  GITLAB_REPORT_ARTIFACTS,
  installNote,
  REPORT,
} from './init.js';

/** The per-shard cache folder (`--cache-location .guidelintcache/`: one file per shard in it). */
const CACHE = '.guidelintcache/';

/** The shard job's and the merge job's guide-lint commands (after the install), for a shard given as `i`/`n` expressions. */
export function shardCommands(path: string, i: string, n: string): { shard: string; merge: string } {
  return {
    shard: `guide-lint ${path} --shard ${i}/${n} --cache --cache-location ${CACHE} --format shard --output shard-${i}.json.gz`,
    merge: `guide-lint merge shard-*.json.gz --max-warnings 0 --format json --output ${REPORT} --format stylish`,
  };
}

export function githubShardedWorkflow(path: string, shards: number, version = VERSION, from?: string): string {
  const [install, check] = ciCommands(path, version, from);
  const { shard, merge } = shardCommands(path, '${{ matrix.shard }}', String(shards));
  const setup = githubSetupSteps(install, check);
  return `# Lints the service guides in ${shards} parallel jobs and merges their results into one report, the
# one a single run gives (guide-lint init --ci github --shards ${shards}; docs/ci.md).
# 分 ${shards} 个并行作业检查办事指南，再合并为一份与单次运行相同的报告。
${installNote(from, version)}name: guide-lint
on:
  push:
  pull_request:
jobs:
  shard:
    runs-on: ubuntu-latest
    strategy:
      fail-fast: false
      matrix:
        shard: [${Array.from({ length: shards }, (_, k) => k + 1).join(', ')}]
    steps:
${setup}
      - uses: actions/cache@v4
        with:
          path: ${CACHE}
          key: guide-lint-shard-\${{ matrix.shard }}-of-${shards}-\${{ github.sha }}
          restore-keys: guide-lint-shard-\${{ matrix.shard }}-of-${shards}-
      - run: ${shard}
      - uses: actions/upload-artifact@v4
        with:
          name: guide-lint-shard-\${{ matrix.shard }}
          path: shard-\${{ matrix.shard }}.json.gz
  guide-lint:
    needs: shard
    runs-on: ubuntu-latest
    steps:
${setup}
      - uses: actions/download-artifact@v4
        with:
          pattern: guide-lint-shard-*
          merge-multiple: true
      - run: ${merge}
${GITHUB_REPORT_STEP}
`;
}

export function gitlabShardedJob(path: string, shards: number, version = VERSION, from?: string): string {
  const [install, check] = ciCommands(path, version, from);
  const { shard, merge } = shardCommands(path, '${CI_NODE_INDEX}', '${CI_NODE_TOTAL}');
  return `# Lints the service guides in ${shards} parallel jobs and merges their results into one report, the
# one a single run gives (guide-lint init --ci gitlab --shards ${shards}; docs/ci.md).
# 分 ${shards} 个并行作业检查办事指南，再合并为一份与单次运行相同的报告。
${installNote(from, version)}guide-lint-shard:
  image: node:20
  parallel: ${shards}
  cache:
    key: guide-lint-shard-\${CI_NODE_INDEX}-of-\${CI_NODE_TOTAL}
    paths:
      - ${CACHE}
  script:
    - ${install}
    - ${check}
    - ${shard}
  artifacts:
    paths:
      - shard-\${CI_NODE_INDEX}.json.gz
guide-lint:
  image: node:20
  needs: [guide-lint-shard]
  script:
    - ${install}
    - ${check}
    - ${merge}
${GITLAB_REPORT_ARTIFACTS}
`;
}
