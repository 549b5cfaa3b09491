/** French, the default language. The English catalogue must have exactly these keys. */
export const fr = {
  appTagline: 'Coproduction numérique et financement de la protection sociale',
  languageLabel: 'Langue',
  aboutButton: 'À propos',
  versionLabel: 'Version',
  hostDesktop: 'Application de bureau',
  hostLoopback: 'Hôte local (navigateur)',
  emptyTitle: 'Aucun scénario ouvert',
  emptyLead:
    'Levier projette, année par année, ce que la coproduction (caisses automatiques, banque en ligne, plateformes…) retire à l’emploi salarié et aux cotisations, et ce que chaque levier fiscal permet de récupérer.',
  emptyNext:
    'Un scénario combine des leviers fiscaux, des courbes d’adoption par secteur et des hypothèses. Vos classeurs de scénarios sont enregistrés dans ce dossier :',
  loading: 'Chargement…',
  aboutTitle: 'À propos de Levier',
  aboutBody:
    'Atelier hors ligne pour les analystes des politiques publiques, d’après l’avis du CESE « La coproduction à l’heure du numérique » (2016).',
  dataDirLabel: 'Dossier de données',
  platformLabel: 'Système',
  close: 'Fermer',
  errorPrefix: 'Erreur',
  dismiss: 'Masquer',
  workbookLabel: 'Classeur',
  workbookMenu: 'Classeur',
  workbookNew: 'Nouveau classeur…',
  workbookOpen: 'Ouvrir un classeur…',
  workbookSaveAs: 'Enregistrer sous…',
  workbookRecent: 'Classeurs récents',
  readOnlyBadge: 'lecture seule',
  pathLabel: 'Chemin complet du fichier',
  pathHint: 'Par exemple : ',
  openReadOnly: 'Ouvrir en lecture seule',
  confirm: 'Valider',
  cancel: 'Annuler',
  whatChangedBanner:
    'Les chiffres de certains scénarios changent avec cette version du modèle ou des données.',
  whatChangedShow: 'Voir le rapport',
  whatChangedTitle: 'Ce qui a changé depuis l’enregistrement',
  causeModel: 'modèle',
  causeBaseline: 'données de référence',
  causeBoth: 'modèle et données',
  causeNone: 'aucun changement de version',
  savedValue: 'enregistré',
  currentValue: 'maintenant',
  colon: ' :',
  scenarioCount: 'scénarios',
} as const

export type MessageKey = keyof typeof fr
