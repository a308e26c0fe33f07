/**
 * Lets the browser handle input, paint and every other waiting task before long background work
 * continues: a new task at normal priority, at the back of the queue (`scheduler.postTask` where the
 * browser has it, else a `MessageChannel` message, which has no 4 ms clamp like nested
 * `setTimeout`s). Not `scheduler.yield()`: its continuation goes ahead of the page's other tasks, so
 * a long export would hold back the host's timers and messages (and our own file worker's answers)
 * until it ends.
 *
 * @example
 * for (const page of pages) {
 *   write(page)
 *   await yieldToMain()
 * }
 */
export function yieldToMain(): Promise<void> {
  if (typeof scheduler !== 'undefined' && typeof scheduler.postTask === 'function') {
    return scheduler.postTask(() => undefined, { priority: 'user-visible' })
  }
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/**
 * Main-thread time one slice of work may take before it yields, in ms. A long task is over 50 ms,
 * and a major garbage collection can land inside a slice: 30-45 ms of it during a 1M-row export
 * (bench/trace-export.mjs), so slices stay short enough to absorb one.
 */
export const SLICE_BUDGET_MS = 5

/**
 * A clock for time-sliced work: `due()` says whether the current slice has used its budget;
 * `yield()` yields to the main thread and starts a new slice.
 */
export function createSlicer(budgetMs = SLICE_BUDGET_MS) {
  let sliceStart = performance.now()
  return {
    due: () => performance.now() - sliceStart >= budgetMs,
    yield: async () => {
      await yieldToMain()
      sliceStart = performance.now()
    },
  }
}
