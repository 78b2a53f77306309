const adjectives = [
  'Calm',
  'Bright',
  'Steady',
  'Kind',
  'Brave',
  'Gentle',
  'Quiet',
  'Swift',
  'Sunny',
  'Clever',
  'Bold',
  'Lucky',
  'Merry',
  'Noble',
  'Wise',
  'Jolly',
]
const nouns = [
  'Heron',
  'Maple',
  'Otter',
  'Willow',
  'Finch',
  'Cedar',
  'Robin',
  'Aspen',
  'Lark',
  'Fox',
  'Birch',
  'Wren',
  'Pine',
  'Falcon',
  'Juniper',
  'Badger',
]

/** A friendly public handle that reveals nothing about the person (e.g. `SteadyHeron42`). */
export function generatePseudonym(random: Uint8Array = crypto.getRandomValues(new Uint8Array(3))): string {
  const adjective = adjectives[(random[0] ?? 0) % adjectives.length]
  const noun = nouns[(random[1] ?? 0) % nouns.length]
  return `${adjective}${noun}${10 + ((random[2] ?? 0) % 90)}`
}
