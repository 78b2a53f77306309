import type { DemoSeed } from './index'
import type { Seeder } from './seeder'

/** Demo content of the moderation plugin (placeholder until its issue is built). */
export async function seedModeration(_s: Seeder, _demo: DemoSeed): Promise<void> {}
