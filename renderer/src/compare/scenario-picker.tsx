/** One of the compared scenarios, chosen by name: the first field of the analysis panels. */
export function ScenarioPicker({
  id,
  label,
  scenarios,
  value,
  onChange,
}: {
  id: string
  label: string
  scenarios: readonly { readonly id: string; readonly name: string }[]
  value: string
  onChange: (id: string) => void
}) {
  return (
    <div className="analysis-field">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
    </div>
  )
}
