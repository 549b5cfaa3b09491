import { useTranslate } from '../i18n/use-translate'
import { SHORTCUT_GROUPS } from '../keyboard-shortcuts'
import { useLevier } from '../store'
import { Modal } from './modal'

/** Help: how to read the screen, and every keyboard shortcut (F1, or Help in the menu). */
export function HelpDialog() {
  const t = useTranslate()
  const open = useLevier((state) => state.helpOpen)
  const setHelpOpen = useLevier((state) => state.setHelpOpen)
  return (
    <Modal open={open} onClose={() => setHelpOpen(false)} labelledBy="help-title">
      <h2 id="help-title">{t('helpTitle')}</h2>
      <p>{t('helpReading')}</p>
      <h3>{t('helpShortcutsTitle')}</h3>
      {SHORTCUT_GROUPS.map((group) => (
        <table className="data-table shortcuts" key={group.title}>
          <caption>{t(group.title)}</caption>
          <thead>
            <tr>
              <th scope="col">{t('helpKeysCol')}</th>
              <th scope="col">{t('helpActionCol')}</th>
            </tr>
          </thead>
          <tbody>
            {group.shortcuts.map((shortcut) => (
              <tr key={shortcut.action}>
                <td>
                  {shortcut.keys.map((key, i) => (
                    <span key={key}>
                      {i > 0 && ' / '}
                      <kbd>{key}</kbd>
                    </span>
                  ))}
                </td>
                <td>
                  {t(shortcut.action)}
                  {shortcut.desktopOnly && <span className="hint"> ({t('helpDesktopOnly')})</span>}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ))}
      <button type="button" onClick={() => setHelpOpen(false)}>
        {t('close')}
      </button>
    </Modal>
  )
}
