export {
  bearerActor,
  createTeamHandlers,
  type TeamHandlersOptions,
} from './teamHandlers';
