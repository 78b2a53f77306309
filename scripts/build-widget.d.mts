import type { BuildResult } from 'esbuild'
export function buildWidget(options?: {
  write?: boolean
}): Promise<BuildResult<{ metafile: true; write: boolean }>>
export function buildConsole(): Promise<BuildResult>
export function initialLoad(result: BuildResult): { gzip: number; lazy: string[] }
