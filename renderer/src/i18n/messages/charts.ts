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
  },
})
