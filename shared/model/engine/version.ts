/**
 * The model's version: bump it whenever a change to the equations can move a result, so saved
 * results and briefs can say which model computed them.
 */
export const MODEL_VERSION = '2.2.0'
