import { describe, expect, it } from 'vitest'
import { ADMIN_TOKEN, api, createCommunity, joinOpen } from '../../../helpers/api'
import { experiencesApp } from './app'
import { drugAnswers, fieldErrors, report, submit } from './helpers'

const { call } = experiencesApp()

const both = (en: string) => ({ en, es: `${en} (es)` })

/** A small second version of the drug form: `plan` retired, `dose` added, `overall` relabelled. */
function versionTwo() {
  return {
    fields: [
      { id: 'overall', type: 'rating', required: true, label: both('Your overall rating') },
      {
        id: 'side_effects',
        type: 'side_effects',
        required: true,
        label: both('Side effects'),
        options: [{ id: 'urgency', label: both('Urgency') }],
      },
      {
        id: 'dose',
        type: 'single',
        label: both('How many capsules a day?'),
        options: [
          { id: 'one', label: both('One') },
          { id: 'three', label: both('Three') },
        ],
      },
      { id: 'story', type: 'story', label: both('Story') },
    ],
    roles: { rating: 'overall', sideEffects: 'side_effects' },
  }
}

function save(slug: string, definition: unknown, extra: Record<string, unknown> = {}) {
  return call(`/v1/experiences/${slug}/form`, {
    method: 'PUT',
    token: ADMIN_TOKEN,
    body: { definition, ...extra },
  })
}

describe('feedback forms', () => {
  it('serves the built-in form of the product kind as version 1 until an admin saves one', async () => {
    const drug = (await createCommunity()).slug
    const service = (await createCommunity({ product: { name: 'Video visits', kind: 'service' } })).slug
    const d = await call(`/v1/experiences/${drug}/form`)
    const s = await call(`/v1/experiences/${service}/form`)
    expect(d.status).toBe(200)
    expect({ version: d.body.version, isDefault: d.body.isDefault, createdAt: d.body.createdAt }).toEqual({
      version: 1,
      isDefault: true,
      createdAt: null,
    })
    expect(d.body.definition.fields.map((f: { id: string }) => f.id)).toEqual([
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
    expect(d.body.definition.roles.channel).toBe('channel')
    expect(s.body.definition.fields.map((f: { id: string }) => f.id)).toEqual([
      'overall',
      'ease_of_access',
      'clarity',
      'wait',
      'resolved',
      'recommend',
      'title',
      'story',
    ])
  })

  it('saves a new version as an audited admin action and keeps serving the old one on request', async () => {
    const slug = (await createCommunity()).slug
    const res = await save(slug, versionTwo(), { baseVersion: 1 })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(res.body.version).toBe(2)
    expect(res.body.isDefault).toBe(false)
    const current = await call(`/v1/experiences/${slug}/form`)
    expect(current.body.version).toBe(2)
    expect(current.body.definition.fields[0].label).toEqual(both('Your overall rating'))
    const first = await call(`/v1/experiences/${slug}/form?version=1`)
    expect(first.body.version).toBe(1)
    expect(first.body.isDefault).toBe(false)
    expect(first.body.definition.fields).toHaveLength(12)
    const audit = await api(`/v1/audit/${slug}?action=experiences.form.save`, { token: ADMIN_TOKEN })
    expect(audit.body.entries).toHaveLength(1)
    expect(audit.body.entries[0]).toMatchObject({
      actorId: 'platform',
      action: 'experiences.form.save',
      targetType: 'experience_form',
      before: { version: 1 },
      after: { version: 2 },
    })
  })

  it.each([
    [
      'a duplicate field id',
      (d: any) => d.fields.push({ ...d.fields[3], label: both('Again') }),
      'definition.fields.4.id',
    ],
    [
      'a role pointing to a field of the wrong type',
      (d: any) => (d.roles.rating = 'dose'),
      'definition.roles.rating',
    ],
    [
      'a label missing a language the community offers',
      (d: any) => delete d.fields[0].label.es,
      'definition.fields.0.label.es',
    ],
    ['an unknown field type', (d: any) => (d.fields[0].type = 'slider'), 'definition.fields.0.type'],
    ['a single choice with one option', (d: any) => d.fields[2].options.pop(), 'definition.fields.2.options'],
    ['an uppercase field id', (d: any) => (d.fields[3].id = 'Story'), 'definition.fields.3.id'],
    [
      '"other" as a listed side effect',
      (d: any) => (d.fields[1].options[0].id = 'other'),
      'definition.fields.1.options.0.id',
    ],
  ])('refuses a form with %s, naming the path', async (_name, spoil, path) => {
    const slug = (await createCommunity()).slug
    const definition = versionTwo()
    spoil(definition)
    const res = await save(slug, definition)
    expect(res.status).toBe(422)
    expect(res.body.error.code).toBe('validation_failed')
    expect(Object.keys(fieldErrors(res))).toContain(path)
  })

  it('refuses to change the type of a field id used by an earlier version', async () => {
    const slug = (await createCommunity()).slug
    const definition = versionTwo()
    definition.fields[2] = { id: 'plan', type: 'short_text', label: both('Your plan') } as never
    const res = await save(slug, definition)
    expect(res.status).toBe(422)
    expect(res.body.error).toEqual({
      code: 'experiences_field_type_changed',
      message: 'A field id keeps its type across form versions; give the changed field a new id.',
      details: { field: 'plan', was: 'single', now: 'short_text' },
    })
  })

  it('refuses a save based on a version that is no longer current', async () => {
    const slug = (await createCommunity()).slug
    expect((await save(slug, versionTwo(), { baseVersion: 1 })).status).toBe(200)
    const stale = await save(slug, versionTwo(), { baseVersion: 1 })
    expect(stale.status).toBe(409)
    expect(stale.body.error.code).toBe('conflict')
    expect(stale.body.error.details).toEqual({ reason: 'form_changed', currentVersion: 2 })
  })

  it('answers 404 for a version the community never had', async () => {
    const slug = (await createCommunity()).slug
    const res = await call(`/v1/experiences/${slug}/form?version=7`)
    expect(res.status).toBe(404)
    expect(res.body.error.code).toBe('experiences_form_version_not_found')
  })
})

describe('reports across form versions', () => {
  it('keeps old reports readable with their own labels after the form changes', async () => {
    const slug = (await createCommunity()).slug
    const early = await joinOpen(slug)
    const old = await report(call, slug, early.token, drugAnswers({ plan: 'fully' }))
    expect(old.formVersion).toBe(1)
    expect((await save(slug, versionTwo())).status).toBe(200)

    const late = await joinOpen(slug)
    const fresh = await report(call, slug, late.token, {
      overall: 5,
      side_effects: [],
      dose: 'three',
      story: 'Three a day with meals, as the label says.',
    })
    expect(fresh.formVersion).toBe(2)

    const feed = await call(`/v1/experiences/${slug}/reports`)
    const [newer, older] = feed.body.reports
    expect(newer.answers.map((a: { id: string }) => a.id)).toEqual([
      'overall',
      'side_effects',
      'dose',
      'story',
    ])
    expect(newer.answers[0].label).toBe('Your overall rating')
    expect(older.formVersion).toBe(1)
    expect(older.answers[0].label).toBe('Overall, how would you rate Trimly 60 mg?')
    expect(older.answers.find((a: { id: string }) => a.id === 'plan')).toEqual({
      id: 'plan',
      label: 'How closely have you followed the plan (low-fat meals, daily multivitamin)?',
      type: 'single',
      value: 'fully',
      valueLabel: 'Fully',
    })

    const summary = await call(`/v1/experiences/${slug}/summary`)
    const ids = summary.body.fields.map((f: { id: string }) => f.id)
    // Current fields first, then the retired ones old reports still answer.
    expect(ids.slice(0, 3)).toEqual(['overall', 'side_effects', 'dose'])
    expect(ids).toContain('plan')
    expect(summary.body.formVersion).toBe(2)
  })

  it('refuses a submission written against an outdated version with 409, naming the current one', async () => {
    const slug = (await createCommunity()).slug
    expect((await save(slug, versionTwo())).status).toBe(200)
    const member = await joinOpen(slug)
    const res = await submit(call, slug, member.token, drugAnswers(), { formVersion: 1 })
    expect(res.status).toBe(409)
    expect(res.body.error).toEqual({
      code: 'experiences_form_changed',
      message: 'The form changed since you opened it; reload it and check your answers.',
      details: { currentVersion: 2 },
    })
  })

  it('checks an edit against the version the report was written with, not the current one', async () => {
    const slug = (await createCommunity()).slug
    const member = await joinOpen(slug)
    const old = await report(call, slug, member.token, drugAnswers())
    expect((await save(slug, versionTwo())).status).toBe(200)
    const edit = await call(`/v1/experiences/${slug}/reports/${old.id}`, {
      method: 'PATCH',
      token: member.token,
      body: { answers: drugAnswers({ plan: 'rarely' }) },
    })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    expect(edit.body.formVersion).toBe(1)
    expect(edit.body.answers.find((a: { id: string }) => a.id === 'plan').value).toBe('rarely')
  })
})
