import { parseArgs } from 'node:util'
import type { ParseArgsConfig } from 'node:util'

/** One word of a command line: an option (with the value it was given, if any) or a positional. */
export type OptionWord =
  | {
      readonly kind: 'option'
      /** The declared option's name (`data-dir`), or `flag` itself for a word no option matches. */
      readonly name: string
      /** The option as written, without an inline value: `--data-dir`, `-h`. */
      readonly flag: string
      readonly value: string | undefined
      /** Whether the value came in the same word (`--port=8123`). */
      readonly inline: boolean
      /** The whole word, for messages. */
      readonly word: string
    }
  | { readonly kind: 'positional'; readonly word: string }

/**
 * The words of a command line as node:util's parseArgs reads them (long and short options,
 * `--name=value`, option values in the next word), not in strict mode, so that the caller names
 * every problem rather than the first one thrown. Two rules differ from parseArgs, as Levier's
 * commands always read: a word starting with `--` is not a value (`--out --format` is `--out`
 * without its value), and `--` is an unknown option rather than the end of the options.
 */
export function optionWords(
  argv: readonly string[],
  options: NonNullable<ParseArgsConfig['options']>,
): OptionWord[] {
  const end = argv.indexOf('--')
  if (end >= 0) {
    const terminator: OptionWord = {
      kind: 'option',
      name: '--',
      flag: '--',
      value: undefined,
      inline: false,
      word: '--',
    }
    return [
      ...optionWords(argv.slice(0, end), options),
      terminator,
      ...optionWords(argv.slice(end + 1), options),
    ]
  }
  const { tokens } = parseArgs({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true,
  })
  const words: OptionWord[] = []
  let previousIndex = -1
  for (const token of tokens) {
    const word = argv[token.index] as string
    // Short options grouped in one word (-hx) are one unknown word, not several options.
    if (token.kind === 'option-terminator' || token.index === previousIndex) continue
    previousIndex = token.index
    if (token.kind === 'positional') {
      words.push({ kind: 'positional', word })
      continue
    }
    const inline = token.inlineValue === true
    const oneOption = inline || token.rawName === word
    const flag = oneOption ? token.rawName : word
    const valueMissing = !inline && token.value?.startsWith('--') === true
    const value = valueMissing ? undefined : token.value
    words.push({ kind: 'option', name: oneOption ? token.name : flag, flag, value, inline, word })
  }
  return words
}
