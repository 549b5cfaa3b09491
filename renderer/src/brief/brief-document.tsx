import type { BriefTable } from '@shared/brief/brief-content'
import type { BriefOptions } from '@shared/brief/brief-options'
import { BriefCharts } from './brief-charts'
import { BriefWaterfall } from './brief-waterfall'
import { briefLabels } from './brief-labels'
import { translator } from '../i18n/translate'
import type { BriefView } from '@shared/brief/compose-brief'

function Table({ table, caption }: { table: BriefTable; caption: string }) {
  return (
    <table className="brief-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          {table.headers.map((h, i) => (
            <th key={i} scope="col">
              {h}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.map((row, i) => (
          <tr key={i}>
            <th scope="row">{row.label}</th>
            {row.cells.map((cell, j) => (
              <td key={j}>{cell}</td>
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  )
}

function Paragraphs({ text }: { text: string }) {
  return text
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p, i) => <p key={i}>{p.trim()}</p>)
}

/**
 * The brief as a print document: the content builder's words and figures laid out section by
 * section, the charts drawn from the projections. Shown in the preview and printed as is.
 */
export function BriefDocument({ view, options }: { view: BriefView; options: BriefOptions }) {
  const { content, inputs } = view
  const l = briefLabels(content.language)
  const s = options.sections
  const p = content.provenance
  return (
    <article className="brief-document" lang={content.language}>
      <header className="brief-title">
        <h1>{content.title}</h1>
        {content.subtitle && <p className="brief-subtitle">{content.subtitle}</p>}
        <p className="brief-meta">
          <span>{content.date}</span>
          {content.author && (
            <span>
              {l.author}
              {`${translator(content.language)('colonNoBreak')} `}
              {content.author}
            </span>
          )}
          {content.organisation && <span>{content.organisation}</span>}
        </p>
      </header>
      {s.summary && (
        <section className="brief-section">
          <div className="brief-summary-box" role="note" aria-label={l.summary}>
            <h2>{l.summary}</h2>
            <ul>
              {content.summaryBox.map((sentence, i) => (
                <li key={i}>{sentence}</li>
              ))}
            </ul>
          </div>
          {content.userSummary.trim() !== '' && (
            <div className="brief-user-text">
              <h3>{l.userSummary}</h3>
              <Paragraphs text={content.userSummary} />
            </div>
          )}
          {content.caveats.trim() !== '' && (
            <div className="brief-caveats">
              <h3>{l.caveats}</h3>
              <Paragraphs text={content.caveats} />
            </div>
          )}
        </section>
      )}
      {s.levers && (
        <section className="brief-section">
          <h2>{l.levers}</h2>
          <Table table={content.levers} caption={l.levers} />
        </section>
      )}
      {s.charts && (
        <section className="brief-section">
          <h2>{l.charts}</h2>
          <BriefCharts inputs={inputs} language={content.language} />
        </section>
      )}
      {s.comparison && content.comparison && (
        <section className="brief-section">
          <h2>{l.comparison}</h2>
          <Table table={content.comparison} caption={l.comparison} />
        </section>
      )}
      {s.attribution && content.attribution && content.attribution.length > 0 && (
        <section className="brief-section">
          <h2>{l.attribution}</h2>
          {content.attribution.map((a) => (
            <div key={a.scenario} className="brief-block">
              <h3>{a.scenario}</h3>
              {(() => {
                const input = inputs.scenarios.find((x) => x.name === a.scenario)
                return input ? (
                  <BriefWaterfall
                    scenario={input.scenario}
                    baseline={inputs.baseline}
                    language={content.language}
                    title={`${l.attribution}${translator(content.language)('colon')} ${a.scenario}`}
                  />
                ) : null
              })()}
              <Table
                table={a.table}
                caption={`${l.attribution}${translator(content.language)('colon')} ${a.scenario}`}
              />
            </div>
          ))}
        </section>
      )}
      {s.ledger && (
        <section className="brief-section">
          <h2>{l.ledger}</h2>
          <Table table={content.ledger} caption={l.ledger} />
        </section>
      )}
      {s.incidence && (
        <section className="brief-section">
          <h2>{l.incidence}</h2>
          <Table table={content.incidence} caption={l.incidence} />
        </section>
      )}
      {s.assumptions && (
        <section className="brief-section">
          <h2>{l.assumptions}</h2>
          {content.assumptions.length === 0 ? (
            <p>{l.noAssumption}</p>
          ) : (
            <table className="brief-table">
              <caption className="visually-hidden">{l.assumptions}</caption>
              <thead>
                <tr>
                  {[l.assumption, l.value, l.defaultValue, l.source, l.year, l.grade].map((h) => (
                    <th key={h} scope="col">
                      {h}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {content.assumptions.map((a) => (
                  <tr key={a.label}>
                    <th scope="row">{a.label}</th>
                    <td>{a.value}</td>
                    <td>{a.defaultValue}</td>
                    <td className="brief-source">{a.source}</td>
                    <td>{a.year ?? '—'}</td>
                    <td>{a.grade}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
      )}
      {s.method && (
        <section className="brief-section">
          <h2>{l.method}</h2>
          <ul className="brief-method">
            {content.method.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </section>
      )}
      <footer className="brief-provenance">
        <h2>{l.provenance}</h2>
        <p>
          {l.app} {p.appVersion} · {l.model} {p.modelVersion} · {l.baseline} {p.baselineId} (
          {p.baselineVintage}) · {l.generated} {p.generatedAt}
        </p>
        <ul>
          {p.scenarios.map((sc) => (
            <li key={sc.id}>
              {sc.name} — {l.scenario} {sc.id}, {l.version} {sc.version}, {l.hash}{' '}
              <code>{sc.inputsHash}</code>
            </li>
          ))}
        </ul>
      </footer>
    </article>
  )
}
