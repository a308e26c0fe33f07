import type { Reporter, TestModule } from 'vitest/node'

/** Prints one plain `N passed, N failed, N skipped` line that CI's log reader understands. */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>, unhandledErrors: ReadonlyArray<unknown>) {
    let passed = 0
    let failed = 0
    let skipped = 0
    for (const mod of testModules) {
      for (const test of mod.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed++
        else if (state === 'failed') failed++
        else skipped++
      }
      if (mod.state() === 'failed' && mod.children.size === 0) failed++
    }
    failed += unhandledErrors.length
    console.log(`${passed} passed, ${failed} failed, ${skipped} skipped`)
  }
}
