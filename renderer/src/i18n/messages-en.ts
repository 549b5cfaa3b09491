import type { MessageKey } from './messages-fr'

export const en: Record<MessageKey, string> = {
  appTagline: 'Digital coproduction and the financing of social protection',
  languageLabel: 'Language',
  aboutButton: 'About',
  versionLabel: 'Version',
  hostDesktop: 'Desktop app',
  hostLoopback: 'Local host (browser)',
  emptyTitle: 'No scenario open',
  emptyLead:
    'Levier projects, year by year, how much coproduction (self-checkout, online banking, platforms…) takes away from paid jobs and social contributions, and how much each fiscal lever recovers.',
  emptyNext:
    'A scenario combines fiscal levers, sector adoption curves and assumptions. Your scenario workbooks are saved in this folder:',
  loading: 'Loading…',
  aboutTitle: 'About Levier',
  aboutBody:
    'Offline workbench for public-policy analysts, after the CESE opinion “La coproduction à l’heure du numérique” (2016).',
  dataDirLabel: 'Data folder',
  platformLabel: 'System',
  close: 'Close',
  errorPrefix: 'Error',
  dismiss: 'Dismiss',
}
