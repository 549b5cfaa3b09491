/** Being built: see the uncertainty section. */
export function UncertaintyPanel() {
  return null
}
