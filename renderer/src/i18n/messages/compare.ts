import { defineMessages } from '../define-messages'

/** Messages of the comparison view (issue #6). */
export const compareMessages = defineMessages({
  fr: {
    compareRefNoLever: 'Aucun levier (contrefactuel)',
    compareRefCurrentLaw: 'Droit en vigueur',
    compareOverlaysTitle: 'Séries comparées',
    compareMultiplesTitle: 'Recettes des leviers, par scénario',
    compareReference: 'Référence',
    compareScenarios: 'Scénarios comparés',
    compareTooFew: 'Cochez au moins deux scénarios à comparer.',
    compareFull: 'Six scénarios au plus : décochez-en un pour en ajouter un autre.',
  },
  en: {
    compareRefNoLever: 'No lever (counterfactual)',
    compareRefCurrentLaw: 'Current law',
    compareOverlaysTitle: 'Series compared',
    compareMultiplesTitle: 'Lever revenue, by scenario',
    compareReference: 'Reference',
    compareScenarios: 'Scenarios compared',
    compareTooFew: 'Tick at least two scenarios to compare.',
    compareFull: 'Six scenarios at most: untick one to add another.',
  },
})
