import type { DemoSeed } from './index'
import type { Seeder } from './seeder'

/** Demo content of the qa plugin (placeholder until its issue is built). */
export async function seedQa(_s: Seeder, _demo: DemoSeed): Promise<void> {}
