/**
 * Runs an asynchronous computation on the latest input only. A request made while a run is in
 * flight waits; further requests replace it (only the newest matters); a result whose input has
 * since been superseded is dropped rather than shown. After SDEverywhere's model scheduler.
 */
export class LatestWins<I, O> {
  private running = false
  private pending: { input: I } | null = null
  private generation = 0

  constructor(
    private readonly run: (input: I) => Promise<O>,
    private readonly onResult: (output: O, input: I) => void,
    private readonly onError: (error: unknown, input: I) => void = () => undefined,
  ) {}

  /** Ask for a run on `input`; returns at once. */
  request(input: I): void {
    this.generation++
    if (this.running) {
      this.pending = { input }
      return
    }
    void this.start(input, this.generation)
  }

  /** True while a run is in flight or waiting. */
  get busy(): boolean {
    return this.running || this.pending !== null
  }

  private async start(input: I, generation: number): Promise<void> {
    this.running = true
    try {
      const output = await this.run(input)
      if (generation === this.generation) this.onResult(output, input)
    } catch (error) {
      if (generation === this.generation) this.onError(error, input)
    } finally {
      this.running = false
      const next = this.pending
      this.pending = null
      if (next) void this.start(next.input, this.generation)
    }
  }
}
