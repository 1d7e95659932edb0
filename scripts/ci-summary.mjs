#!/usr/bin/env node
// Prints exactly one line, "N passed, N failed", from vitest's JSON report (default test-artifacts/vitest.json).
// A test file that failed to load counts as one failure; a missing or unreadable report prints "0 passed, 1 failed".
// Exits 1 when anything failed.
import { readFileSync } from 'node:fs';

const file = process.argv[2] ?? 'test-artifacts/vitest.json';
let passed = 0;
let failed = 0;
try {
  const report = JSON.parse(readFileSync(file, 'utf8'));
  passed = report.numPassedTests ?? 0;
  failed = report.numFailedTests ?? 0;
  for (const suite of report.testResults ?? []) {
    const failedInside = (suite.assertionResults ?? []).some((a) => a.status === 'failed');
    if (suite.status === 'failed' && !failedInside) failed += 1;
  }
} catch {
  failed = 1;
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 ? 1 : 0;
