// The Firefox build passes Mozilla's add-on linter (web-ext lint) with no errors. Needs `npm run build` first.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST_FIREFOX = resolve('dist/firefox');
const WEB_EXT = resolve('node_modules/.bin/web-ext');

interface LintMessage {
  code: string;
  message: string;
  file?: string;
}

describe('dist/firefox', () => {
  it('has 0 errors in web-ext lint', { timeout: 60_000 }, () => {
    if (!existsSync(join(DIST_FIREFOX, 'manifest.json'))) {
      throw new Error('dist/firefox is missing: run `npm run build` before `npm test`');
    }
    const run = spawnSync(WEB_EXT, ['lint', '--source-dir', DIST_FIREFOX, '--output', 'json', '--no-config-discovery'], {
      encoding: 'utf8',
      env: { ...process.env, NO_UPDATE_NOTIFIER: '1' },
    });
    let report: { errors: LintMessage[]; warnings: LintMessage[] };
    try {
      report = JSON.parse(run.stdout) as typeof report;
    } catch {
      throw new Error(`web-ext lint did not print a JSON report (exit ${run.status}):\n${run.stdout}\n${run.stderr}`);
    }
    const describeAll = (list: LintMessage[]) => list.map((m) => `${m.code} ${m.file ?? ''}: ${m.message}`);
    expect(describeAll(report.errors)).toEqual([]);
    expect(run.status).toBe(0);
  });
});
