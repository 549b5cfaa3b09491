import type { LevierCommand } from '@shared/cli/levier-args'
import type { CliIo } from './cli-io'

export async function briefCommand(
  _io: CliIo,
  _c: Extract<LevierCommand, { command: 'brief' }>,
): Promise<void> {
  throw new Error('levier brief is not finished yet')
}
