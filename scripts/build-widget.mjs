#!/usr/bin/env node
// Builds the embeddable widget into public/widget/ (served by Workers static assets):
// one small ES module entry, with heavier parts (join form, tabs) split into lazily loaded chunks.
import { copyFileSync, mkdirSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
export const WIDGET_OUT = join(root, 'public/widget')
const CONSOLE_OUT = join(root, 'public/console')

/** The staff console: its own bundle (it may be heavy: charts), never loaded by product pages. */
export async function buildConsole() {
  rmSync(CONSOLE_OUT, { recursive: true, force: true })
  mkdirSync(CONSOLE_OUT, { recursive: true })
  copyFileSync(join(root, 'node_modules/uplot/dist/uPlot.min.css'), join(CONSOLE_OUT, 'uplot.css'))
  return esbuild.build({
    absWorkingDir: root,
    entryPoints: { console: 'widget/console/index.tsx' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2020',
    outdir: CONSOLE_OUT,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    logLevel: 'warning',
  })
}

/** Builds the widget; with `write: false` returns the files in memory (used by the size-budget test). */
export async function buildWidget({ write = true } = {}) {
  if (write) {
    rmSync(WIDGET_OUT, { recursive: true, force: true })
    mkdirSync(WIDGET_OUT, { recursive: true })
  }
  return esbuild.build({
    absWorkingDir: root,
    entryPoints: { cocreate: 'widget/index.ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2020',
    outdir: WIDGET_OUT,
    entryNames: '[name]',
    chunkNames: 'chunks/[name]-[hash]',
    jsx: 'automatic',
    jsxImportSource: 'preact',
    legalComments: 'none',
    metafile: true,
    write,
    logLevel: 'warning',
  })
}

/** Gzipped bytes of the entry and everything it imports statically: what a product page loads up front. */
export function initialLoad(result) {
  const outputs = result.metafile.outputs
  const entry = Object.keys(outputs).find((file) => outputs[file].entryPoint === 'widget/index.ts')
  const seen = new Set()
  const stack = [entry]
  while (stack.length) {
    const file = stack.pop()
    if (seen.has(file)) continue
    seen.add(file)
    for (const imp of outputs[file].imports) if (imp.kind === 'import-statement') stack.push(imp.path)
  }
  const contents = new Map((result.outputFiles ?? []).map((f) => [f.path, f.contents]))
  let gzip = 0
  let raw = 0
  for (const file of seen) {
    const bytes = contents.get(join(root, file))
    if (!bytes) continue
    raw += bytes.length
    gzip += gzipSync(bytes).length
  }
  const lazy = Object.keys(outputs).filter((f) => !seen.has(f) && f.endsWith('.js'))
  return { files: [...seen], raw, gzip, lazy }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildWidget()
  await buildConsole()
  const sizes = initialLoad(await buildWidget({ write: false }))
  console.log(
    `[widget] built public/widget: initial load ${(sizes.gzip / 1024).toFixed(1)} KiB gzipped, ${sizes.lazy.length} lazy chunks`,
  )
}
