/** Being built: see the adoption section. */
export function AdoptionPanel() {
  return null
}
