// ALL SQL of the experiences plugin lives in this folder, one module per table group.
export * from './forms'
export * from './metrics'
export * from './reports'
export * from './tallies'
