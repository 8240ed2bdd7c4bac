export {
  createHttpAdapter,
  type HttpAdapterOptions,
  type HttpRetryOptions,
  type RetryableMethod,
} from './httpAdapter';
