import { beforeAll, describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, createCommunity, joinOpen } from '../../../helpers/api'
import { experiencesApp } from './app'
import { drugAnswers, fieldErrors, submit } from './helpers'

const { call } = experiencesApp()
let slug = ''

beforeAll(async () => {
  slug = (await createCommunity()).slug
})

async function errorsFor(answers: Record<string, unknown>, query = '') {
  const member = await joinOpen(slug)
  const res = await submit(call, slug, member.token, answers, { query })
  expect(res.status, JSON.stringify(res.body)).toBe(422)
  expect(res.body.error.code).toBe('validation_failed')
  return fieldErrors(res)
}

describe('a submission is checked against the form it answers', () => {
  it('accepts a complete valid answer of every field type of the drug form', async () => {
    const member = await joinOpen(slug)
    const res = await submit(
      call,
      slug,
      member.token,
      drugAnswers({
        side_effects: [
          { effect: 'urgency', severity: 'moderate' },
          { effect: 'other', severity: 'mild', text: 'Headache the first two days' },
        ],
        title: 'Worth it with the meal plan',
        story: 'The meal planner made the low-fat part much easier than I expected.',
      }),
    )
    expect(res.status).toBe(201)
    expect(res.body.status).toBe('published')
    expect(res.body.answers.map((a: { id: string }) => a.id)).toEqual([
      'overall',
      'time_on_product',
      'still_using',
      'effectiveness',
      'side_effects',
      'plan',
      'ease_of_use',
      'channel',
      'materials',
      'recommend',
      'title',
      'story',
    ])
    expect(res.body.answers.find((a: { id: string }) => a.id === 'side_effects').value).toEqual([
      { id: 'urgency', label: 'Urgent need to go to the bathroom', severity: 'moderate', text: null },
      { id: 'other', label: 'Other', severity: 'mild', text: 'Headache the first two days' },
    ])
  })

  it('accepts only the required answers, and an empty side-effect list as "none"', async () => {
    const member = await joinOpen(slug)
    const res = await submit(call, slug, member.token, {
      overall: 2,
      time_on_product: { value: 10, unit: 'days' },
      side_effects: [],
      story: '   ',
    })
    expect(res.status).toBe(201)
    expect(res.body.answers.map((a: { id: string }) => a.id)).toEqual([
      'overall',
      'time_on_product',
      'side_effects',
    ])
  })

  it.each([
    ['a missing required rating', { overall: undefined }, 'answers.overall', 'Please answer this question.'],
    ['a rating of 0', { overall: 0 }, 'answers.overall', 'Choose from 1 to 5 stars.'],
    ['a rating of 6', { overall: 6 }, 'answers.overall', 'Choose from 1 to 5 stars.'],
    ['a fractional rating', { effectiveness: 3.5 }, 'answers.effectiveness', 'Choose from 1 to 5 stars.'],
    ['a rating sent as text', { ease_of_use: '4' }, 'answers.ease_of_use', 'Choose from 1 to 5 stars.'],
    ['an NPS of 11', { recommend: 11 }, 'answers.recommend', 'Choose a number from 0 to 10.'],
    ['an NPS of -1', { recommend: -1 }, 'answers.recommend', 'Choose a number from 0 to 10.'],
    ['an unknown single choice', { plan: 'always' }, 'answers.plan', 'Choose one of the options offered.'],
    [
      'a multiple choice that is not a list',
      { materials: 'starter_guide' },
      'answers.materials',
      'Choose from the options offered.',
    ],
    [
      'an unknown option in a multiple choice',
      { materials: [{ option: 'flyer', rating: 3 }] },
      'answers.materials.0.option',
      'Choose from the options offered.',
    ],
    [
      'a helpfulness rating out of range',
      { materials: [{ option: 'meal_planner', rating: 9 }] },
      'answers.materials.0.rating',
      'Choose from 1 to 5 stars.',
    ],
    [
      'the same option chosen twice',
      {
        materials: [
          { option: 'meal_planner', rating: 4 },
          { option: 'meal_planner', rating: 2 },
        ],
      },
      'answers.materials.1',
      'Each option can be chosen only once.',
    ],
    [
      'a missing side-effect answer',
      { side_effects: undefined },
      'answers.side_effects',
      'Please answer this question.',
    ],
    [
      'an unknown side effect',
      { side_effects: [{ effect: 'hair_loss', severity: 'mild' }] },
      'answers.side_effects.0.effect',
      'Choose from the options offered.',
    ],
    [
      'a side effect without a severity',
      { side_effects: [{ effect: 'urgency' }] },
      'answers.side_effects.0.severity',
      'Please answer this question.',
    ],
    [
      'a side effect with an unknown severity',
      { side_effects: [{ effect: 'urgency', severity: 'awful' }] },
      'answers.side_effects.0.severity',
      'Say how bad it was: mild, moderate or severe.',
    ],
    [
      '"other" without a description',
      { side_effects: [{ effect: 'other', severity: 'mild' }] },
      'answers.side_effects.0.text',
      'Describe the other side effect (up to 200 characters).',
    ],
    [
      'a description on a listed side effect',
      { side_effects: [{ effect: 'urgency', severity: 'mild', text: 'bad' }] },
      'answers.side_effects.0.text',
      'Only “other” takes a description.',
    ],
    [
      'the same side effect twice',
      {
        side_effects: [
          { effect: 'urgency', severity: 'mild' },
          { effect: 'urgency', severity: 'severe' },
        ],
      },
      'answers.side_effects.1',
      'Each option can be chosen only once.',
    ],
    [
      'a duration in years',
      { time_on_product: { value: 1, unit: 'years' } },
      'answers.time_on_product.unit',
      'Give a whole number of days, weeks or months.',
    ],
    [
      'a negative duration',
      { time_on_product: { value: -2, unit: 'weeks' } },
      'answers.time_on_product.value',
      'Give a whole number of days, weeks or months.',
    ],
    [
      'a duration over the maximum',
      { time_on_product: { value: 200, unit: 'months' } },
      'answers.time_on_product.value',
      'That is longer than 3650 days.',
    ],
    ['yes/no sent as text', { still_using: 'yes' }, 'answers.still_using', 'Answer yes or no.'],
    [
      'a short text over its limit',
      { title: 'x'.repeat(101) },
      'answers.title',
      'Write at most 100 characters.',
    ],
    ['a short text that is not text', { title: 42 }, 'answers.title', 'Write your answer as text.'],
    [
      'a story over its limit',
      { story: 'y'.repeat(4001) },
      'answers.story',
      'Write at most 4000 characters.',
    ],
    [
      'an answer to a question the form does not have',
      { mystery: 1 },
      'answers.mystery',
      'This form has no such question.',
    ],
  ])('refuses %s with 422 naming the field', async (_name, override, path, message) => {
    const errors = await errorsFor(drugAnswers(override))
    expect(errors).toEqual({ [path]: message })
  })

  it('lists every bad field at once', async () => {
    const errors = await errorsFor(drugAnswers({ overall: 9, recommend: 'ten', plan: 'x' }))
    expect(Object.keys(errors).sort()).toEqual(['answers.overall', 'answers.plan', 'answers.recommend'])
  })

  it('answers in Spanish when the request asks for it', async () => {
    const errors = await errorsFor(drugAnswers({ overall: undefined, recommend: 12 }), '?locale=es')
    expect(errors).toEqual({
      'answers.overall': 'Responde esta pregunta.',
      'answers.recommend': 'Elige un número del 0 al 10.',
    })
  })

  it('refuses a body without answers through the route schema', async () => {
    const member = await joinOpen(slug)
    const res = await call(`/v1/experiences/${slug}/reports`, { body: {}, token: member.token })
    expect(res.status).toBe(422)
    expect(fieldErrors(res)).toHaveProperty('answers')
  })
})

describe('rules of a custom form', () => {
  let custom = ''

  beforeAll(async () => {
    custom = (await createCommunity()).slug
    const label = (en: string) => ({ en, es: `${en} (es)` })
    const res = await call(`/v1/experiences/${custom}/form`, {
      method: 'PUT',
      token: ADMIN_TOKEN,
      body: {
        definition: {
          fields: [
            { id: 'score', type: 'rating', required: true, label: label('Score') },
            {
              id: 'where',
              type: 'multi',
              required: true,
              maxChoices: 2,
              label: label('Where'),
              options: ['a', 'b', 'c'].map((id) => ({ id, label: label(id) })),
            },
            { id: 'headline', type: 'short_text', required: true, maxLength: 20, label: label('Headline') },
            { id: 'story', type: 'story', minLength: 30, label: label('Story') },
          ],
          roles: { rating: 'score' },
        },
      },
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
  })

  async function customErrors(answers: Record<string, unknown>) {
    const member = await joinOpen(custom)
    const res = await submit(call, custom, member.token, answers)
    return { status: res.status, errors: fieldErrors(res) }
  }

  const valid = { score: 3, where: ['a', 'c'], headline: 'Fine' }

  it('accepts plain multiple choices up to the maximum', async () => {
    expect((await customErrors(valid)).status).toBe(201)
  })

  it.each([
    [
      'no choice in a required multiple choice',
      { where: [] },
      'answers.where',
      'Choose at least one option.',
    ],
    ['more choices than allowed', { where: ['a', 'b', 'c'] }, 'answers.where', 'Choose at most 2 options.'],
    ['a blank required short text', { headline: '   ' }, 'answers.headline', 'Please answer this question.'],
    [
      'a story under its minimum length',
      { story: 'Too short.' },
      'answers.story',
      'Write at least 30 characters.',
    ],
  ])('refuses %s', async (_name, override, path, message) => {
    expect(await customErrors({ ...valid, ...override })).toEqual({
      status: 422,
      errors: { [path]: message },
    })
  })
})
