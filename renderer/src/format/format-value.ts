/** The number formatter lives in shared/ so briefs (pure content) write numbers the same way. */
export * from '@shared/format/format-value'
