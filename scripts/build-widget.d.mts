import type { BuildResult } from 'esbuild'
export const WIDGET_OUT: string
export function buildWidget(options?: {
  write?: boolean
}): Promise<BuildResult<{ metafile: true; write: boolean }>>
export function initialLoad(result: BuildResult): {
  files: string[]
  raw: number
  gzip: number
  lazy: string[]
}
export function buildConsole(): Promise<BuildResult>
