/** The baseline new scenarios use; kept apart from the data so anything can name it cheaply. */
export const DEFAULT_BASELINE_ID = 'fr-2025'
