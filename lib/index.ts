export * from './constructs';
export * from './platform';
/** The plain model (specs, resolution, validation) for callers who work with data instead of constructs. */
export * as model from './model';
export { ValidationError } from './model';
