#!/usr/bin/env node
// Builds the embeddable widget into public/widget/ (served by Workers static assets): one small ES module entry,
// with heavier parts (join form, tabs) split into lazily loaded chunks; and the staff console into public/console/.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import * as esbuild from 'esbuild'

const root = join(dirname(fileURLToPath(import.meta.url)), '..')
const WIDGET_OUT = join(root, 'public/widget')
const CONSOLE_OUT = join(root, 'public/console')

/** Options shared by both bundles: ES modules split into lazily loaded chunks, minified, Preact JSX. */
const common = {
  absWorkingDir: root,
  bundle: true,
  splitting: true,
  format: 'esm',
  minify: true,
  target: 'es2020',
  entryNames: '[name]',
  chunkNames: 'chunks/[name]-[hash]',
  jsx: 'automatic',
  jsxImportSource: 'preact',
  legalComments: 'none',
  logLevel: 'warning',
}

function clean(dir) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
}

/** The staff console: its own bundle (it may be heavy: charts), never loaded by product pages. */
export async function buildConsole() {
  clean(CONSOLE_OUT)
  copyFileSync(join(root, 'node_modules/uplot/dist/uPlot.min.css'), join(CONSOLE_OUT, 'uplot.css'))
  return esbuild.build({
    ...common,
    entryPoints: { console: 'widget/console/index.tsx' },
    outdir: CONSOLE_OUT,
  })
}

/** Builds the widget; with `write: false` returns the files in memory (used by the size-budget test). */
export async function buildWidget({ write = true } = {}) {
  if (write) clean(WIDGET_OUT)
  return esbuild.build({
    ...common,
    entryPoints: { cocreate: 'widget/index.ts' },
    outdir: WIDGET_OUT,
    metafile: true,
    write,
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
  // In memory after `write: false`; on disk after a normal build.
  const contents = new Map((result.outputFiles ?? []).map((f) => [f.path, f.contents]))
  let gzip = 0
  for (const file of seen)
    gzip += gzipSync(contents.get(join(root, file)) ?? readFileSync(join(root, file))).length
  const lazy = Object.keys(outputs).filter((f) => !seen.has(f) && f.endsWith('.js'))
  return { gzip, lazy }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const sizes = initialLoad(await buildWidget())
  await buildConsole()
  console.log(
    `[widget] built public/widget: initial load ${(sizes.gzip / 1024).toFixed(1)} KiB gzipped, ${sizes.lazy.length} lazy chunks`,
  )
}
