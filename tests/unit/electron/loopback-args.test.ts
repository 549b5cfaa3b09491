import { describe, expect, it } from 'vitest'
import { parseLoopbackArgs } from '../../../electron/loopback/loopback-args'

describe('loopback host arguments', () => {
  it('defaults to a free port, the default data directory and opening the browser', () => {
    expect(parseLoopbackArgs([])).toEqual({ ok: true, args: { port: 0, open: true, help: false } })
  })

  it('reads --port, --data-dir (both spellings) and --no-open', () => {
    const parsed = parseLoopbackArgs(['--port', '8123', '--data-dir=/tmp/levier data', '--no-open'])
    expect(parsed).toEqual({
      ok: true,
      args: { port: 8123, dataDir: '/tmp/levier data', open: false, help: false },
    })
  })

  it('shows the help for --help and -h', () => {
    for (const flag of ['--help', '-h'])
      expect(parseLoopbackArgs([flag])).toEqual({
        ok: true,
        args: { port: 0, open: true, help: true },
      })
  })

  it.each([
    [['--port', '70000'], 'port'],
    [['--port', 'abc'], 'port'],
    [['--port', '80.5'], 'port'],
    [['--port', '-1'], 'port'],
    [['--port'], '--port needs a value'],
    [['--data-dir', '--no-open'], '--data-dir needs a value'],
    [['--verbose'], 'unknown argument: --verbose'],
    [['--no-open=no'], 'unknown argument: --no-open=no'],
    [['-hx'], 'unknown argument: -hx'],
    [['--', '--no-open'], 'unknown argument: --'],
    [['serve'], 'unknown argument: serve'],
  ])('refuses %j with a message naming the problem', (argv, expected) => {
    const parsed = parseLoopbackArgs(argv)
    expect(parsed.ok).toBe(false)
    if (parsed.ok) return
    expect(parsed.errors.join('\n')).toContain(expected)
  })
})
