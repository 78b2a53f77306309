// All SQL of the moderation plugin, one module per table. Core tables are read only through core query functions.
export * from './activity'
export * from './decisions'
export * from './metrics'
export * from './queue'
export * from './reports'
export * from './settings'
