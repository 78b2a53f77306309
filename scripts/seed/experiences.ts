import type { DemoSeed } from './index'
import type { Seeder } from './seeder'

/** Demo content of the experiences plugin (placeholder until its issue is built). */
export async function seedExperiences(_s: Seeder, _demo: DemoSeed): Promise<void> {}
