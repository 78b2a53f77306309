import type { Detection } from './index'

// Structured side effects a content type records next to the text (the experiences form's checklist:
// `data.sideEffects = [{ field, effect, label, severity }]`). A checked side effect is an adverse event the
// member reports about their own use of the product, whatever the free text says. Core passes each version's
// structured `data` to hooks as `ctx.content.data`.

interface ChecklistItem {
  field?: string
  effect: string
  label?: string
  severity?: string
}

function itemsOf(data: unknown): ChecklistItem[] {
  const list = (data as { sideEffects?: unknown } | null | undefined)?.sideEffects
  if (!Array.isArray(list)) return []
  return list.filter(
    (x): x is ChecklistItem =>
      typeof x === 'object' && x !== null && typeof (x as ChecklistItem).effect === 'string',
  )
}

export function withChecklist(detection: Detection, data: unknown): Detection {
  const items = itemsOf(data)
  if (items.length === 0) return detection
  const known = new Set(detection.events.map((e) => e.term))
  const events = items
    .map((item) => ({
      term: (item.label ?? item.effect).toLowerCase(),
      category: 'checklist',
      field: item.field ?? 'data',
      matched: `${item.label ?? item.effect}${item.severity ? ` (${item.severity})` : ''}`,
      severe: item.severity === 'severe',
    }))
    .filter((e) => !known.has(e.term))
  return {
    ...detection,
    adverseEvent: true,
    events: [...detection.events, ...events],
    patient:
      detection.patient.who === 'unknown'
        ? {
            ...detection.patient,
            who: 'author',
            evidence: "the author's own experience report (side-effect checklist)",
          }
        : detection.patient,
    confidence: 'high',
  }
}
