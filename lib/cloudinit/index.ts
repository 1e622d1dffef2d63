export * from './user-data';
export * from './network-config';
export * from './meta-data';
