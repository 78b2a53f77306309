import type { ApiResponse, RequestOptions } from '../../../helpers/api'

type Call = <T = any>(path: string, options?: RequestOptions) => Promise<ApiResponse<T>>

/** A complete, valid answer set for the built-in drug/device form (no free text unless added). */
export function drugAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    overall: 4,
    time_on_product: { value: 3, unit: 'weeks' },
    still_using: true,
    effectiveness: 4,
    side_effects: [{ effect: 'oily_spotting', severity: 'mild' }],
    plan: 'mostly',
    ease_of_use: 3,
    channel: 'pharmacy',
    materials: [{ option: 'starter_guide', rating: 5 }],
    recommend: 8,
    ...overrides,
  }
}

export function serviceAnswers(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return { overall: 5, ease_of_access: 4, wait: 'under_10', resolved: true, recommend: 9, ...overrides }
}

export function submit(
  call: Call,
  slug: string,
  token: string,
  answers: Record<string, unknown>,
  extra: { headers?: Record<string, string>; formVersion?: number; locale?: string; query?: string } = {},
) {
  const body: Record<string, unknown> = { answers }
  if (extra.formVersion !== undefined) body.formVersion = extra.formVersion
  if (extra.locale !== undefined) body.locale = extra.locale
  return call(`/v1/experiences/${slug}/reports${extra.query ?? ''}`, { body, token, headers: extra.headers })
}

/** Submits and insists on 201. */
export async function report(call: Call, slug: string, token: string, answers: Record<string, unknown>) {
  const res = await submit(call, slug, token, answers)
  if (res.status !== 201) throw new Error(`submit failed: ${res.status} ${JSON.stringify(res.body)}`)
  return res.body as { id: string; status: string; [key: string]: any }
}

/** The `details.fields` of a 422, as path → message. */
export function fieldErrors(res: ApiResponse): Record<string, string> {
  const out: Record<string, string> = {}
  for (const f of res.body?.error?.details?.fields ?? []) out[f.path] = f.message
  return out
}
