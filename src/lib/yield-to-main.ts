/**
 * Lets the browser handle input and paint before long work continues: `scheduler.yield()` where
 * the browser has it (the continuation keeps its priority), else a `MessageChannel` message, which
 * is a new task without the 4 ms clamp of nested `setTimeout`s.
 *
 * @example
 * for (const page of pages) {
 *   write(page)
 *   await yieldToMain()
 * }
 */
export function yieldToMain(): Promise<void> {
  if (typeof scheduler !== 'undefined' && typeof scheduler.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => {
    const channel = new MessageChannel()
    channel.port1.onmessage = () => {
      channel.port1.close()
      resolve()
    }
    channel.port2.postMessage(null)
  })
}

/** Main-thread time one slice of work may take before it yields, in ms (a long task is over 50 ms). */
export const SLICE_BUDGET_MS = 8

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
