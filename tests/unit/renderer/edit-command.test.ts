// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest'
import { runEditCommand } from '../../../renderer/src/edit-command'

afterEach(() => {
  document.body.innerHTML = ''
})

function scenario() {
  return { undo: vi.fn(), redo: vi.fn() }
}

/** jsdom has no editing commands: record what the page asked the browser for. */
function browserEditing() {
  const asked: string[] = []
  Object.defineProperty(document, 'execCommand', {
    configurable: true,
    value: (command: string) => asked.push(command) > 0,
  })
  return asked
}

describe('Undo and Redo clicked in the Edit menu', () => {
  it('undo and redo the scenario’s edit when no text field has the focus', () => {
    const asked = browserEditing()
    document.body.innerHTML = '<input type="range" id="slider"><button id="b">x</button>'
    const edits = scenario()
    document.getElementById('slider')?.focus()
    runEditCommand('undo', edits)
    document.getElementById('b')?.focus()
    runEditCommand('redo', edits)
    expect([edits.undo.mock.calls.length, edits.redo.mock.calls.length]).toEqual([1, 1])
    expect(asked).toEqual([])
  })

  it('act on the typing when a text field has the focus, as the keys do', () => {
    const asked = browserEditing()
    document.body.innerHTML = '<input type="text" id="name"><textarea id="note"></textarea>'
    const edits = scenario()
    document.getElementById('name')?.focus()
    runEditCommand('undo', edits)
    document.getElementById('note')?.focus()
    runEditCommand('redo', edits)
    expect(asked).toEqual(['undo', 'redo'])
    expect(edits.undo).not.toHaveBeenCalled()
    expect(edits.redo).not.toHaveBeenCalled()
  })
})
