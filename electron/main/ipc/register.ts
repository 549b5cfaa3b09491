import { ipcMain } from 'electron'
import type { IpcMainInvokeEvent } from 'electron'
import { API_CALL_NAMES, ipcChannelOf } from '@shared/api/calls'
import { fail } from '@shared/api/result'
import type { ApiResult } from '@shared/api/result'
import type { Dispatch } from '../../services/dispatch'

/**
 * Serve the API over IPC: one handler per contract call, each refusing untrusted senders before the
 * shared dispatcher parses the payload. Returns a function that removes them all.
 */
export function registerApi(
  dispatch: Dispatch,
  isTrusted: (event: IpcMainInvokeEvent) => boolean,
): () => void {
  for (const name of API_CALL_NAMES) {
    ipcMain.handle(
      ipcChannelOf(name),
      async (event, ...args: unknown[]): Promise<ApiResult<unknown>> => {
        if (!isTrusted(event)) return fail('forbidden', 'This window may not call the Levier API.')
        if (args.length !== 1) return fail('bad_request', `${name} takes exactly one argument.`)
        return dispatch(name, args[0])
      },
    )
  }
  return () => {
    for (const name of API_CALL_NAMES) ipcMain.removeHandler(ipcChannelOf(name))
  }
}
