import { defineMessages } from '../define-messages'

/** Messages of the comparison view (issue #6). */
export const compareMessages = defineMessages({
  fr: {
    compareRefNoLever: 'Aucun levier (contrefactuel)',
    compareRefCurrentLaw: 'Droit en vigueur',
    compareOverlaysTitle: 'Séries comparées',
    compareMultiplesTitle: 'Recettes des leviers, par scénario',
  },
  en: {
    compareRefNoLever: 'No lever (counterfactual)',
    compareRefCurrentLaw: 'Current law',
    compareOverlaysTitle: 'Series compared',
    compareMultiplesTitle: 'Lever revenue, by scenario',
  },
})
