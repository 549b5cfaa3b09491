import { defineMessages } from '../define-messages'

/**
 * Messages of the comparison's uncertainty section (issue #6). Placeholders in braces are filled
 * by compare-uncertainty-text.ts: {a}, {b}, {lower}, {higher}, {share}, {equal}, {name}…
 */
export const compareUncertaintyMessages = defineMessages({
  fr: {
    cmcTitle: 'Incertitude des scénarios comparés',
    cmcLead:
      'Chaque scénario est tiré au sort autant de fois, avec ses propres hypothèses incertaines : le point donne la médiane des tirages, la moustache va du 5e au 95e centile.',
    cmcSettings: 'Réglages du calcul d’incertitude comparé',
    cmcIndicator: 'Indicateur comparé',
    cmcDraws: 'Tirages par scénario',
    cmcSeed: 'Graine commune',
    cmcSeedHint:
      'Tous les scénarios sont tirés avec la même graine : au tirage n, chaque hypothèse incertaine prend la même valeur dans chaque scénario (nombres aléatoires communs). Les écarts entre scénarios ne viennent donc pas du hasard des tirages.',
    cmcRun: 'Lancer le calcul comparé',
    cmcCancel: 'Annuler le calcul comparé',
    cmcProgress: 'Avancement du calcul comparé',
    cmcProgressText: 'Scénario {k} sur {n} ({name}) : {done} tirages sur {total}',
    cmcIdle: 'Aucun calcul : choisissez les tirages et lancez le calcul comparé.',
    cmcDone: '{n} scénarios × {draws} tirages en {time} (graine {seed})',
    cmcStaleText: 'Les scénarios comparés ont changé depuis ce calcul — relancez-le.',
    cmcChartTitle: 'Médiane et 5e – 95e centile par scénario',
    cmcChartCaption:
      'Point : médiane des tirages ; moustache : du 5e au 95e centile (90 % des tirages).',
    cmcTableTitle: 'Centiles par scénario',
    cmcScenarioCol: 'Scénario',
    cmcUncertainCol: 'Hypothèses incertaines',
    cmcNoUncertain:
      '« {name} » n’a aucune hypothèse incertaine : sa bande se réduit à une seule valeur.',
    cmcPairsTitle: 'Les scénarios deux à deux',
    cmcIdentical: '« {a} » et « {b} » donnent la même valeur à chaque tirage.',
    cmcOverlap: 'Les bandes de « {a} » et de « {b} » se chevauchent.',
    cmcApart:
      'Les bandes de « {a} » et de « {b} » ne se chevauchent pas : celle de « {lower} » est entièrement en dessous.',
    cmcPaired:
      'Tirage par tirage, « {lower} » est inférieur à « {higher} » dans {share} des tirages',
    cmcPairedEqual: 'et égal dans {equal}',
    cmcIndistinct:
      'Sur cet indicateur, l’écart entre ces deux scénarios n’est pas distinguable de l’incertitude des hypothèses.',
    cmcOverlapOrdered:
      'Les bandes se chevauchent parce que l’incertitude des hypothèses déplace les deux scénarios ensemble ; mais « {lower} » reste inférieur ou égal à « {higher} » dans au moins {threshold} des tirages.',
    cmcDistinct: 'L’écart entre ces deux scénarios dépasse l’incertitude des hypothèses.',
    cmcApartUnsettled:
      'Les bandes sont disjointes, mais aucun des deux scénarios ne reste inférieur ou égal à l’autre dans {threshold} des tirages.',
    cmcMostlyEqual:
      'Les deux scénarios donnent la même valeur dans au moins {threshold} des tirages.',
    cmcLessThan: 'moins de',
    cmcMoreThan: 'plus de',
    cmcFile: 'incertitude-comparee',
    cmcChartFile: 'graphique',
    cmcTableFile: 'centiles',
    cmcSheet: 'Centiles',
  },
  en: {
    cmcTitle: 'Uncertainty of the compared scenarios',
    cmcLead:
      'Each scenario is drawn the same number of times, with its own uncertain assumptions: the dot is the median of the draws, the whisker spans the 5th to the 95th percentile.',
    cmcSettings: 'Settings of the compared uncertainty run',
    cmcIndicator: 'Indicator compared',
    cmcDraws: 'Draws per scenario',
    cmcSeed: 'Common seed',
    cmcSeedHint:
      'Every scenario is drawn with the same seed: in draw n, each uncertain assumption takes the same value in every scenario (common random numbers). Differences between scenarios are therefore not sampling noise.',
    cmcRun: 'Run the comparison',
    cmcCancel: 'Cancel the comparison run',
    cmcProgress: 'Progress of the comparison run',
    cmcProgressText: 'Scenario {k} of {n} ({name}): {done} of {total} draws',
    cmcIdle: 'No run yet: set the draws and run the comparison.',
    cmcDone: '{n} scenarios × {draws} draws in {time} (seed {seed})',
    cmcStaleText: 'The compared scenarios changed since this run — run it again.',
    cmcChartTitle: 'Median and 5th – 95th percentile by scenario',
    cmcChartCaption: 'Dot: median of the draws; whisker: 5th to 95th percentile (90% of draws).',
    cmcTableTitle: 'Percentiles by scenario',
    cmcScenarioCol: 'Scenario',
    cmcUncertainCol: 'Uncertain assumptions',
    cmcNoUncertain: '“{name}” has no uncertain assumption: its band is a single value.',
    cmcPairsTitle: 'The scenarios two by two',
    cmcIdentical: '“{a}” and “{b}” give the same value in every draw.',
    cmcOverlap: 'The bands of “{a}” and “{b}” overlap.',
    cmcApart: 'The bands of “{a}” and “{b}” do not overlap: that of “{lower}” lies wholly below.',
    cmcPaired: 'Draw by draw, “{lower}” is below “{higher}” in {share} of the draws',
    cmcPairedEqual: 'and equal in {equal}',
    cmcIndistinct:
      'On this indicator, the difference between these two scenarios cannot be told apart from the uncertainty of the assumptions.',
    cmcOverlapOrdered:
      'The bands overlap because the uncertain assumptions move both scenarios together; but “{lower}” stays below or equal to “{higher}” in at least {threshold} of the draws.',
    cmcDistinct:
      'The difference between these two scenarios exceeds the uncertainty of the assumptions.',
    cmcApartUnsettled:
      'The bands are apart, but neither scenario stays below or equal to the other in {threshold} of the draws.',
    cmcMostlyEqual: 'The two scenarios give the same value in at least {threshold} of the draws.',
    cmcLessThan: 'less than',
    cmcMoreThan: 'more than',
    cmcFile: 'uncertainty-compared',
    cmcChartFile: 'chart',
    cmcTableFile: 'percentiles',
    cmcSheet: 'Percentiles',
  },
})
