import type { BriefTable } from '@shared/brief/brief-content'
import { APP_NAME } from '@shared/app-identity'
import type { BriefOptions } from '@shared/brief/brief-options'
import { BriefCharts } from './brief-charts'
import { BriefWaterfall } from './brief-waterfall'
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
  const t = translator(content.language)
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
              {t('brief.label.author')}
              {`${t('colonNoBreak')} `}
              {content.author}
            </span>
          )}
          {content.organisation && <span>{content.organisation}</span>}
        </p>
      </header>
      {s.summary && (
        <section className="brief-section">
          <div className="brief-summary-box" role="note" aria-label={t('brief.label.summary')}>
            <h2>{t('brief.label.summary')}</h2>
            <ul>
              {content.summaryBox.map((sentence, i) => (
                <li key={i}>{sentence}</li>
              ))}
            </ul>
          </div>
          {content.userSummary.trim() !== '' && (
            <div className="brief-user-text">
              <h3>{t('brief.label.userSummary')}</h3>
              <Paragraphs text={content.userSummary} />
            </div>
          )}
          {content.caveats.trim() !== '' && (
            <div className="brief-caveats">
              <h3>{t('brief.label.caveats')}</h3>
              <Paragraphs text={content.caveats} />
            </div>
          )}
        </section>
      )}
      {s.levers && (
        <section className="brief-section">
          <h2>{t('brief.label.levers')}</h2>
          <Table table={content.levers} caption={t('brief.label.levers')} />
        </section>
      )}
      {s.charts && (
        <section className="brief-section">
          <h2>{t('brief.label.charts')}</h2>
          <BriefCharts inputs={inputs} language={content.language} />
        </section>
      )}
      {s.comparison && content.comparison && (
        <section className="brief-section">
          <h2>{t('brief.label.comparison')}</h2>
          <Table table={content.comparison} caption={t('brief.label.comparison')} />
        </section>
      )}
      {s.attribution && content.attribution && content.attribution.length > 0 && (
        <section className="brief-section">
          <h2>{t('brief.label.attribution')}</h2>
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
                    title={`${t('brief.label.attribution')}${t('colon')} ${a.scenario}`}
                  />
                ) : null
              })()}
              <Table
                table={a.table}
                caption={`${t('brief.label.attribution')}${t('colon')} ${a.scenario}`}
              />
            </div>
          ))}
        </section>
      )}
      {s.ledger && (
        <section className="brief-section">
          <h2>{t('brief.label.ledger')}</h2>
          <Table table={content.ledger} caption={t('brief.label.ledger')} />
        </section>
      )}
      {s.incidence && (
        <section className="brief-section">
          <h2>{t('brief.label.incidence')}</h2>
          <Table table={content.incidence} caption={t('brief.label.incidence')} />
        </section>
      )}
      {s.consumer && content.consumer && (
        <section className="brief-section brief-consumer">
          <h2>{t('brief.consumer.title')}</h2>
          <ul className="brief-consumer-points">
            {content.consumer.sentences.map((sentence, i) => (
              <li key={i}>{sentence}</li>
            ))}
          </ul>
          <Table table={content.consumer.table} caption={t('brief.consumer.title')} />
        </section>
      )}
      {s.assumptions && (
        <section className="brief-section">
          <h2>{t('brief.label.assumptions')}</h2>
          {content.assumptions.length === 0 ? (
            <p>{t('brief.label.noAssumption')}</p>
          ) : (
            <table className="brief-table">
              <caption className="visually-hidden">{t('brief.label.assumptions')}</caption>
              <thead>
                <tr>
                  {[
                    t('brief.label.assumption'),
                    t('brief.label.value'),
                    t('brief.label.defaultValue'),
                    t('brief.label.source'),
                    t('brief.label.year'),
                    t('brief.label.grade'),
                  ].map((h) => (
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
          <h2>{t('brief.label.method')}</h2>
          {content.glossary.length > 0 && (
            <>
              <h3>{t('brief.label.glossary')}</h3>
              <ul className="brief-method brief-glossary">
                {content.glossary.map((entry, i) => (
                  <li key={i}>{entry}</li>
                ))}
              </ul>
            </>
          )}
          <ul className="brief-method">
            {content.method.map((note, i) => (
              <li key={i}>{note}</li>
            ))}
          </ul>
        </section>
      )}
      <footer className="brief-provenance">
        <h2>{t('brief.label.provenance')}</h2>
        <p>
          {APP_NAME} {p.appVersion} · {t('brief.label.model')} {p.modelVersion} ·{' '}
          {t('brief.label.baseline')} {p.baselineId} ({p.baselineVintage}) ·{' '}
          {t('brief.label.generated')} {p.generatedAt}
        </p>
        <ul>
          {p.scenarios.map((sc) => (
            <li key={sc.id}>
              {sc.name} — {t('brief.label.scenario')} {sc.id}, {t('brief.label.version')}{' '}
              {sc.version}, {t('brief.label.hash')} <code>{sc.inputsHash}</code>
            </li>
          ))}
        </ul>
      </footer>
    </article>
  )
}
