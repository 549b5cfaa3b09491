import { describe, expect, it } from 'vitest'
import {
  DEFAULT_TORNADO_TARGET,
  parseLevierArgs,
  TORNADO_TARGETS,
} from '../../../electron/cli/levier-args'

const parsed = (...argv: string[]) => parseLevierArgs(argv)
const errors = (...argv: string[]) => {
  const result = parseLevierArgs(argv)
  return result.ok ? [] : result.errors
}

describe('levier command line', () => {
  it('reads an option’s value from the next word or after =, alike', () => {
    const spaced = parsed('scenario', 'default', '--preset', 'dst-6', '--out', 'a b.json')
    expect(spaced.ok).toBe(true)
    expect(parsed('scenario', 'default', '--preset=dst-6', '--out=a b.json')).toEqual(spaced)
    expect(parsed('--out', 'a b.json', 'scenario', '--preset', 'dst-6', 'default')).toEqual(spaced)
  })

  it('--tornado takes the next word as its indicator unless it names a scenario file', () => {
    const target = (...argv: string[]) => {
      const result = parseLevierArgs(argv)
      return result.ok && result.command.command === 'simulate' ? result.command.tornado : null
    }
    expect(target('simulate', 's.json', '--tornado')).toBe(DEFAULT_TORNADO_TARGET)
    expect(target('simulate', '--tornado', 's.json')).toBe(DEFAULT_TORNADO_TARGET)
    expect(target('simulate', '--tornado', '-')).toBe(DEFAULT_TORNADO_TARGET)
    const other = TORNADO_TARGETS.find((id) => id !== DEFAULT_TORNADO_TARGET) as string
    expect(target('simulate', '--tornado', other, 's.json')).toBe(other)
    expect(target('simulate', 's.json', '--tornado', '--draws', '10')).toBe(DEFAULT_TORNADO_TARGET)
  })

  it('--compare takes every word up to the next option, and may be repeated', () => {
    const result = parsed(
      'brief',
      'a.json',
      '--compare',
      'b.json',
      '-c.json',
      '--out',
      'n.pdf',
      '--compare=d.json',
    )
    expect(result.ok && result.command.command === 'brief' && result.command.compare).toEqual([
      'b.json',
      '-c.json',
      'd.json',
    ])
  })

  it('brief --draws adds a Monte Carlo run to one scenario’s brief, as the app allows it', () => {
    const result = parsed('brief', 'a.json', '--out', 'n.pdf', '--draws', '2000', '--seed', '7')
    expect(result.ok && result.command.command === 'brief' && result.command.draws).toBe(2000)
    expect(result.ok && result.command.command === 'brief' && result.command.seed).toBe(7)
    expect(errors('brief', 'a.json', '--out', 'n.pdf', '--draws', '99')).toHaveLength(1)
    expect(errors('brief', 'a.json', '--out', 'n.pdf', '--seed', '7')[0]).toMatch(
      /^--seed: --seed needs --draws/,
    )
    expect(
      errors('brief', 'a.json', '--out', 'n.pdf', '--draws', '500', '--compare', 'b.json'),
    ).toHaveLength(1)
  })

  it('names each problem: a missing value, an unknown option, a flag given a value', () => {
    expect(errors('simulate', 's.json', '--out')).toEqual(['--out needs a value'])
    expect(errors('simulate', 's.json', '--out', '--format', 'csv')).toContain(
      '--out needs a value',
    )
    expect(errors('simulate', 's.json', '--format=')).toEqual(['--format needs a value'])
    expect(errors('compare', 'a.json', '--compare')).toContain('--compare needs a value')
    expect(errors('presets', '--colour=red')).toEqual(['unknown option: --colour'])
    expect(errors('workbook', 'import', 'w', 'a.json', '--rename=yes')).toEqual([
      'unknown option: --rename',
    ])
    expect(errors('presets', '--constructor')).toEqual(['unknown option: --constructor'])
  })
})
