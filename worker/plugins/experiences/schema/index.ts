// Schemas of the experiences plugin. Like every schema file they import only zod and other schema files, so the
// widget can import the inferred types.
export * from './form'
export * from './report'
export * from './summary'
