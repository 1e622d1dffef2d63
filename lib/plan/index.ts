export * from './plan';
export * from './ids';
export { planDeployment } from './deployment-plan';
export * from './tls';
