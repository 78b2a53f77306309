import type { DemoSeed } from './index'
import type { Seeder } from './seeder'

/** Demo content of the safety plugin (placeholder until its issue is built). */
export async function seedSafety(_s: Seeder, _demo: DemoSeed): Promise<void> {}
