#!/usr/bin/env node
// Prints one closing line for the whole test run, from jest's JSON results (.test-results/*.json):
// "tests: N passed, N failed" (and ", N skipped" when any were skipped).
import { existsSync, readFileSync } from 'node:fs'

let passed = 0
let failed = 0
let skipped = 0
for (const name of ['unit', 'itg']) {
  const file = `.test-results/${name}.json`
  if (!existsSync(file)) {
    console.error(`no results in ${file}: did the ${name} tests run?`)
    process.exit(1)
  }
  const r = JSON.parse(readFileSync(file, 'utf8'))
  passed += r.numPassedTests
  failed += r.numFailedTests
  skipped += r.numPendingTests + r.numTodoTests
}
console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`)
process.exit(failed > 0 || passed === 0 ? 1 : 0)
