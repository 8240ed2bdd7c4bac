export {
  createResponseValidator,
  type ResponseCheck,
  type ResponseToCheck,
  type ResponseValidator,
  type ResponseValidatorOptions,
} from './responseValidator';
