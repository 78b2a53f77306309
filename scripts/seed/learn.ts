import type { DemoSeed } from './index'
import type { Seeder } from './seeder'

/** Demo content of the learn plugin (placeholder until its issue is built). */
export async function seedLearn(_s: Seeder, _demo: DemoSeed): Promise<void> {}
