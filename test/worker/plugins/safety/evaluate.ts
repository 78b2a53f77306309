import { type Detection, detect, productTermsOf } from '../../../../worker/plugins/safety/detect'
import heldOut from './held-out-posts.json'
import posts from './labelled-posts.json'

/** One labelled consumer sentence: what a pharmacovigilance triager would flag. */
export interface LabelledPost {
  text: string
  ae: boolean
  complaint: boolean
  serious: boolean
  lang: 'en' | 'es'
  tag: string
}

/** The set the rules were tuned on. */
export const labelledPosts = posts as LabelledPost[]
/**
 * Written after all tuning and never tuned on: the honest estimate of how the rules generalise. Do not edit
 * the rules to fit it; add new sentences to labelled-posts.json instead and write a fresh held-out set.
 */
export const heldOutPosts = heldOut as LabelledPost[]

export interface Score {
  truePositives: number
  falsePositives: number
  falseNegatives: number
  recall: number
  precision: number
  misses: string[]
  falseAlarms: string[]
}

function score(items: { text: string; expected: boolean; got: boolean }[]): Score {
  const tp = items.filter((i) => i.expected && i.got)
  const fp = items.filter((i) => !i.expected && i.got)
  const fn = items.filter((i) => i.expected && !i.got)
  return {
    truePositives: tp.length,
    falsePositives: fp.length,
    falseNegatives: fn.length,
    recall: tp.length / Math.max(1, tp.length + fn.length),
    precision: tp.length / Math.max(1, tp.length + fp.length),
    misses: fn.map((i) => i.text),
    falseAlarms: fp.map((i) => i.text),
  }
}

/** Runs detection on every labelled post (the demo product's name gives the product words). */
export function evaluateDetection(set: readonly LabelledPost[], product = 'Trimly 60 mg capsules') {
  const productTerms = productTermsOf(product)
  const results = set.map((post) => ({ post, found: detect({ body: post.text }, { productTerms }) }))
  const pick = (
    subset: typeof results,
    label: (p: LabelledPost) => boolean,
    got: (d: Detection) => boolean,
  ) => score(subset.map((r) => ({ text: r.post.text, expected: label(r.post), got: got(r.found) })))
  const by = (lang: 'en' | 'es') => results.filter((r) => r.post.lang === lang)
  return {
    total: results.length,
    adverseEvent: pick(
      results,
      (p) => p.ae,
      (d) => d.adverseEvent,
    ),
    complaint: pick(
      results,
      (p) => p.complaint,
      (d) => d.complaint,
    ),
    serious: pick(
      results.filter((r) => r.post.ae),
      (p) => p.serious,
      (d) => d.possiblySerious,
    ),
    anyCase: pick(
      results,
      (p) => p.ae || p.complaint,
      (d) => d.adverseEvent || d.complaint,
    ),
    english: pick(
      by('en'),
      (p) => p.ae || p.complaint,
      (d) => d.adverseEvent || d.complaint,
    ),
    spanish: pick(
      by('es'),
      (p) => p.ae || p.complaint,
      (d) => d.adverseEvent || d.complaint,
    ),
  }
}
