export type { TeamAdapter, TeamAdapterMethod } from './adapter';
export {
  type ChangeOptions,
  createTeamClient,
  type TeamClient,
  type TeamClientOptions,
} from './client';
export {
  isTeamErrorBody,
  isTeamErrorCode,
  TEAM_ERROR_CODES,
  TeamError,
  type TeamErrorBody,
  type TeamErrorCode,
  type TeamErrorFields,
  type TeamErrorOptions,
} from './errors';
export { fieldsFromIssues, parseInput } from './parse';
export * from './rules/index';
export * from './schemas';
