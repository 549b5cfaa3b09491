import { defineMessages } from '../define-messages'

/** Messages of the charts and their exports. */
export const chartsMessages = defineMessages({
  fr: {
    exportPng: 'PNG',
    exportSvg: 'SVG',
    exportChartCsv: 'CSV',
    exportXlsx: 'XLSX',
    exportChartLabel: 'Exporter le graphique',
    exportAs: 'Exporter en',
    lowerBound: 'borne basse',
    upperBound: 'borne haute',
    chartsTitle: 'Graphiques',
    chartFinancingGap: 'Besoin de financement : référence et scénario',
    chartLeverRevenue: 'Recettes des leviers, par levier',
    chartLostRecovered: 'Ressources perdues et recouvrées',
    chartJobsBySector: 'Emplois déplacés, par secteur',
    chartAdoptionBySector: 'Adoption de la coproduction, par secteur',
    chartConsumerWork: 'Travail des consommateurs',
    chartShowData: 'Voir les données',
    chartHideData: 'Masquer les données',
    chartDataCaption: 'Données du graphique',
    chartDescription:
      'Graphique. Ses valeurs sont aussi données dans un tableau : bouton « Voir les données » sous le graphique.',
  },
  en: {
    exportPng: 'PNG',
    exportSvg: 'SVG',
    exportChartCsv: 'CSV',
    exportXlsx: 'XLSX',
    exportChartLabel: 'Export the chart',
    exportAs: 'Export as',
    lowerBound: 'lower bound',
    upperBound: 'upper bound',
    chartsTitle: 'Charts',
    chartFinancingGap: 'Financing gap: baseline and scenario',
    chartLeverRevenue: 'Lever revenue, by lever',
    chartLostRecovered: 'Resources lost and recovered',
    chartJobsBySector: 'Jobs displaced, by sector',
    chartAdoptionBySector: 'Coproduction adoption, by sector',
    chartConsumerWork: 'Consumer work',
    chartShowData: 'Show data',
    chartHideData: 'Hide data',
    chartDataCaption: 'Chart data',
    chartDescription:
      'Chart. Its values are also given in a table: the “Show data” button below the chart.',
  },
})
