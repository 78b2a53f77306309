// Seeds the local D1 with the demo: two fictional launch communities and their content, written through the
// real API (so redaction, safety screening and moderation run on it). Re-running does nothing once seeded.
//   node scripts/seed.mjs [--persist-to <dir>]
import { join } from 'node:path'
import { getPlatformProxy } from 'wrangler'
import type { Bindings } from '../../worker/env'
import { type CommunitySeed, DEMO_INVITE, DRUG, LAUNCH, SERVICE, seedCommunities } from './communities'
import { seedExperiences } from './experiences'
import { seedLearn } from './learn'
import { seedModeration } from './moderation'
import { seedQa } from './qa'
import { seedSafety } from './safety'
import { Seeder } from './seeder'

export interface DemoSeed {
  drug: CommunitySeed
  service: CommunitySeed
}

/** Content seeders of the plugins, in order; each receives the communities and their members. */
const seeders: ((s: Seeder, demo: DemoSeed) => Promise<void>)[] = [
  seedExperiences,
  seedQa,
  seedLearn,
  seedModeration,
  seedSafety,
]

async function alreadySeeded(s: Seeder): Promise<boolean> {
  try {
    await s.call(`/v1/communities/${DRUG}`)
    return true
  } catch {
    return false
  }
}

async function main() {
  // Same meaning as wrangler's --persist-to: the folder that holds `v3/`.
  const at = process.argv.indexOf('--persist-to')
  const persist = at > 0 ? { path: join(process.argv[at + 1]!, 'v3') } : true
  const { env, dispose } = await getPlatformProxy<Bindings>({ configPath: 'wrangler.toml', persist })
  try {
    const adminToken = process.env.ADMIN_TOKEN ?? env.ADMIN_TOKEN
    if (!adminToken) throw new Error('Set ADMIN_TOKEN (in .dev.vars or the environment) before seeding.')
    const s = new Seeder({ ...env, ADMIN_TOKEN: adminToken }, LAUNCH)
    if (await alreadySeeded(s)) {
      console.log('[seed] demo already seeded; nothing to do')
      return
    }
    const demo = await seedCommunities(s)
    for (const seed of seeders) await seed(s, demo)
    await s.settle()
    console.log(
      `[seed] seeded ${DRUG} (${demo.drug.members.length} members) and ${SERVICE} (${demo.service.members.length} members); demo invite code ${DEMO_INVITE}`,
    )
  } finally {
    await dispose()
  }
}

await main()
