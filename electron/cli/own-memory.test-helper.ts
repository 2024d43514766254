/**
 * This thread's own memory: V8's heap and the buffers it holds. Vitest runs test files in worker
 * threads of one process, so the process's RSS also grows with whatever the other files do; a
 * limit measured on it fails when a neighbour is busy.
 */
export function ownMemory(): number {
  const { heapUsed, external } = process.memoryUsage()
  return heapUsed + external
}
