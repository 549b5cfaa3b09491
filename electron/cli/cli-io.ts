import type { LaunchedBrowser } from '../loopback/headless-pdf'

/** What the CLI touches outside itself, so tests can run it in memory. */
export interface CliIo {
  stdout(text: string): void
  stderr(text: string): void
  /** Text of a file, or of standard input for "-". */
  readText(path: string): Promise<string>
  writeText(path: string, text: string): void
  /** `levier brief`: the browser to print with (default: findPdfBrowser), undefined when none. */
  findBrowser?: () => string | undefined
  /**
   * `levier brief`: a browser the entry point started at once, before loading the rest of the
   * CLI (its start is most of a brief's time); used when it is the browser found, closed by the
   * entry point in any case.
   */
  startedBrowser?: { readonly path: string; readonly launching: Promise<LaunchedBrowser> }
  /** `levier brief`: the built renderer, whose style sheets and fonts the brief is printed with. */
  rendererDir?: string
}

export const EXIT_OK = 0
export const EXIT_FAILURE = 1
export const EXIT_INVALID = 2

/** A problem with the user's input: reported on stderr with exit code 2, never a stack trace. */
export class InvalidInput extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join('\n'))
  }
}
