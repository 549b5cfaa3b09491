import { WrappingSelect } from '../components/wrapping-select'

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
      <WrappingSelect id={id} value={value} onChange={onChange}>
        {scenarios.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </WrappingSelect>
    </div>
  )
}
