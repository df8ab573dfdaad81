/** A task for worker-pool.test.ts: echoes, spins forever, or allocates until memory runs out. */
export default function task(input: { kind: 'echo' | 'spin' | 'allocate'; value?: string }): string {
  if (input.kind === 'spin') for (;;) { /* never returns: only the time budget stops it */ }
  if (input.kind === 'allocate') {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array(1_000_000).fill(hoard.length));
  }
  return `echo: ${input.value}`;
}
