/** Test and benchmark fixtures that do not depend on the Workers runtime. */

let counter = 0
export function uniqueSlug(prefix = 'c'): string {
  counter += 1
  return `${prefix}-${Date.now().toString(36)}-${counter}-${Math.random().toString(36).slice(2, 6)}`
}

export function communityInput(overrides: Record<string, unknown> = {}) {
  return {
    slug: uniqueSlug(),
    name: 'Trimly launch community',
    hco: { name: 'Northwind Health' },
    product: {
      name: 'Trimly 60 mg',
      kind: 'drug',
      approvedUse: 'Weight loss in overweight adults, with a reduced-calorie, low-fat diet.',
      importantSafetyInformation: 'Do not use if you have had an organ transplant.',
    },
    accessMode: 'open',
    embedOrigins: ['https://www.northwind.example'],
    locales: ['en', 'es'],
    ...overrides,
  }
}
