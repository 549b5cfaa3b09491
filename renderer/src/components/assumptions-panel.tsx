/** Being built: see the assumptions section. */
export function AssumptionsPanel() {
  return null
}
