import { readdirSync, readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { app } from '../../worker/index'

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : []
  })
}

describe('error catalogue', () => {
  it('has a test that triggers every error code of every enabled feature', () => {
    const tests = files(join(import.meta.dirname, '..'))
      .map((f) => readFileSync(f, 'utf8'))
      .join('\n')
    const untested = Object.keys(app.registry.errors).filter((code) => !tests.includes(`'${code}'`))
    expect(untested).toEqual([])
  })
})
