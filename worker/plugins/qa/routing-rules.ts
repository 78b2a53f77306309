// Explainable rules that spot questions which must not get a public answer: requests for personal medical
// advice, and questions about use outside the product's approved use (off-label). Each rule that matches is a
// "cue" with a stable id and a label staff can read. Rules run on lower-cased text without accents, so one
// Spanish pattern covers "niño" and "nino". Tuned on test/worker/plugins/qa/routing-cases.ts (precision and
// recall are asserted in routing.test.ts).

export type RouteCategory = 'personal_advice' | 'off_label'

export interface Cue {
  id: string
  category: RouteCategory
  label: string
}

/** What the rules know about the product: its approved use in plain words, and its kind. */
export interface ProductFacts {
  approvedUse: string
  kind: 'drug' | 'device' | 'service'
}

interface Rule extends Cue {
  pattern: RegExp
  /** Only for products whose approved use makes this an off-label signal (e.g. "adults" → a child is off-label). */
  when?: (use: string, kind: ProductFacts['kind']) => boolean
  /** Ignores a match the approved use covers (e.g. "for diabetes" when the product is approved for diabetes). */
  covered?: (match: RegExpExecArray, use: string) => boolean
}

const MEDS =
  'medication|medications|meds|medicine|medicines|pills?|prescriptions?|insulin|metformin|warfarin|levothyroxine|' +
  'thyroid (?:pills?|medicine|meds)|blood thinners?|antidepressants?|birth control|statins?|inhaler|' +
  'medicamentos?|medicinas?|pastillas?|anticonceptivos?|insulina'
const FAMILY =
  'child|children|kid|kids|son|daughter|teen|teenager|toddler|baby|husband|wife|partner|friend|mom|mother|dad|' +
  'father|sister|brother|niece|nephew|cousin|aunt|uncle|grandma|grandmother|grandpa|grandfather|grandson|' +
  'granddaughter|roommate|coworker|neighbou?r'
const FAMILIA =
  'hijo|hija|hijos|nino|nina|bebe|esposo|esposa|marido|mujer|pareja|amigo|amiga|mama|madre|papa|padre|hermana|' +
  'hermano|sobrina|sobrino|prima|primo|tia|tio|abuela|abuelo|nieto|nieta'

const isForAdults = (use: string) => /\b(adults?|adultos?|18)\b/.test(use)
const needsOverweight = (use: string) => /\b(overweight|obes\w*|sobrepeso)\b/.test(use)
const isNonEmergency = (use: string) => /non-?emergency|no urgente/.test(use)
const isMedicine = (_use: string, kind: ProductFacts['kind']) => kind === 'drug'
// For a service, "for my son" asks whether a dependant can use it, which is not medical advice.
const notService = (_use: string, kind: ProductFacts['kind']) => kind !== 'service'

const rules: Rule[] = [
  // Personal medical advice: the asker wants a decision about their own (or a relative's) treatment.
  {
    id: 'should_i',
    category: 'personal_advice',
    label: '"should I" + a treatment decision',
    pattern:
      /\bshould (?:i|we|she|he)\b.{0,30}\b(?:take|stop|start|keep|continue|skip|double|use|switch|quit|increase|decrease|combine|be (?:worried|concerned)|worry|see|go|call|wait)\b/,
  },
  {
    id: 'debo',
    category: 'personal_advice',
    label: '"debo / debería" + a treatment decision',
    pattern:
      /\b(?:debo|deberia|tengo que|puedo seguir)\b.{0,30}\b(?:tomar|dejar|seguir|parar|usar|aumentar|duplicar|cambiar|preocup\w*|ir al medico)\b/,
  },
  {
    id: 'my_dose',
    category: 'personal_advice',
    label: '"my dose"',
    pattern: /\b(?:my|mi|mis) (?:dose|doses|dosage|dosis)\b/,
  },
  {
    id: 'dose_change',
    category: 'personal_advice',
    label: 'changing the dose',
    pattern:
      /\bdoubl(?:e|ing) up\b|\b(?:double|doubling|triple|increase|increasing|decrease|decreasing|reduce|reducing|lower|lowering|raise|cut|halve|split|duplicar|doblar|aumentar|bajar|reducir|subir)\b.{0,20}\b(?:dose|doses|dosage|capsules?|pills?|dosis|capsulas?|pastillas?)\b/,
  },
  {
    id: 'extra_capsules',
    category: 'personal_advice',
    label: 'taking more capsules than directed',
    pattern:
      /\b(?:two|2|three|3|four|4|extra|more|another|dos|tres|otra|mas) (?:capsules|pills|doses|capsulas|pastillas|dosis)\b.{0,30}\b(?:at once|a la vez|al mismo tiempo|per meal|por comida|instead|each|con cada|a day|al dia)\b/,
  },
  {
    id: 'extra_meal_dose',
    category: 'personal_advice',
    label: 'a dose with snacks or extra meals',
    when: isMedicine,
    pattern:
      /\b(?:capsules?|pills?|doses?|capsulas?|pastillas?|dosis)\b.{0,50}\b(?:snacks?|merienda|tentempie)\b/,
  },
  {
    id: 'on_other_medicine',
    category: 'personal_advice',
    label: '"I am on / I take …" another medicine + a question',
    pattern:
      /\b(?:i'?m on|i am on|i take|i'?m taking|i am taking|estoy tomando|tomo)\b (?!it\b|trimly|the capsules?|capsules|one\b|my capsule|la capsula|las capsulas)\S.{0,40}\b(?:will|would|does|do|can|could|is it|is that|ok|okay|safe|affect|interfere|change|puedo|afecta|es seguro|pasa algo)\b|\b(?:can i|could i|puedo)\b.{0,40}\b(?:if i'?m (?:on|taking)|if i take|while (?:on|taking)|si (?:estoy tomando|tomo))\b (?!it\b|trimly|the capsules?|capsules|la capsula|las capsulas)/,
  },
  {
    id: 'surgery_transplant',
    category: 'personal_advice',
    label: 'surgery or transplant',
    pattern:
      /\b(?:surgery|transplant|gastric (?:sleeve|bypass)|bariatric|operation|cirugia|operacion|operaron|trasplante|bypass gastrico|manga gastrica)\b/,
  },
  {
    id: 'continue_despite',
    category: 'personal_advice',
    label: 'continuing despite a problem',
    pattern:
      /\b(?:keep|continue|still) (?:taking|using|take|use|on)\b.{0,40}\b(?:if|when|since|after|even though|although|despite)\b|\b(?:seguir|continuar) (?:tomando|usando)\b.{0,40}\b(?:si|aunque|despues)\b/,
  },
  {
    id: 'serious_symptom',
    category: 'personal_advice',
    label: 'a serious symptom the asker describes',
    pattern:
      /\b(?:i|i'?ve|i'?m|my|me|tengo|estoy|he tenido)\b.{0,50}\b(?:black (?:stools?|poop)|blood in|bloody|yellow (?:eyes|skin)|jaundice|dark urine|fever|fainted|fainting|passed out|severe|swallowed|heces negras|sangre|ojos amarillos|piel amarilla|orina oscura|fiebre|desmay\w*|mareos?|grave|severo)\b/,
  },
  {
    id: 'crisis',
    category: 'personal_advice',
    label: 'self-harm or crisis',
    pattern:
      /\b(?:hurt(?:ing)? myself|kill(?:ing)? myself|end my life|suicid\w*|self-?harm|hacerme dano|quitarme la vida|no quiero vivir)\b/,
  },
  {
    id: 'for_someone',
    category: 'personal_advice',
    label: 'asking for a specific other person',
    when: notService,
    pattern: new RegExp(
      `\\b(?:for|give (?:it|them|this) to|giving (?:it|them) to) my (?:[\\w-]+ ){0,3}(?:${FAMILY})\\b|\\bmy (?:[\\w-]+ ){0,3}(?:${FAMILY}) (?:is|has|wants|takes)\\b`,
    ),
  },
  {
    id: 'para_alguien',
    category: 'personal_advice',
    label: 'pregunta por otra persona concreta',
    when: notService,
    pattern: new RegExp(
      `\\b(?:para|darle a) mi (?:${FAMILIA})\\b|\\bmi (?:${FAMILIA}) (?:de \\d|tiene|es|quiere|toma)`,
    ),
  },
  {
    id: 'pregnancy',
    category: 'personal_advice',
    label: 'pregnancy or breastfeeding',
    pattern:
      /\b(?:pregnan\w*|breast-?feed\w*|trying to conceive|(?:i'?m|while|am) nursing|embarazad\w*|embarazo|amamant\w*|lactancia|dando (?:el )?pecho)\b/,
  },
  {
    id: 'instead_of',
    category: 'personal_advice',
    label: '"instead of my …" (replacing a treatment)',
    pattern:
      /\b(?:instead of|rather than|replace) (?:my|taking my)\b|\ben (?:lugar|vez) de (?:mi|mis|tomar mi)\b/,
  },
  {
    id: 'other_medicine',
    category: 'personal_advice',
    label: 'combining with another medicine',
    pattern: new RegExp(
      `\\b(?:with|and|while (?:on|taking)|together with|alongside|con|junto con|y) (?:my|mi|mis) (?:\\w+ )?(?:${MEDS})\\b|\\binteract\\w* with\\b|\\binteraccion\\w*\\b`,
    ),
  },
  {
    id: 'safe_for_me',
    category: 'personal_advice',
    label: '"is it safe / right for me"',
    pattern:
      /\b(?:safe|right|ok|okay|good|suitable|dangerous|risky|bad|(?:a )?problem) for (?:me|my)\b|\b(?:seguro|bueno|peligroso|recomendable) para mi\b|\bme conviene\b/,
  },
  {
    id: 'i_have_condition',
    category: 'personal_advice',
    label: 'a personal health condition',
    pattern:
      /\b(?:i have|i'?ve got|i was diagnosed with|i suffer from|tengo|me diagnosticaron|sufro de)\b.{0,15}\b(?:diabetes|type 2|high blood pressure|hypertension|hipertension|kidney|liver|gallbladder|gallstones|heart|thyroid|tiroides|epilepsy|seizures|hiv|vih|cancer|higado|rinon|corazon|vesicula|transplant|trasplante|pancreatitis)\b/,
  },
  {
    id: 'symptom_now',
    category: 'personal_advice',
    label: 'a symptom the asker has now + what to do',
    pattern:
      /\b(?:i have|i'?ve had|i'?m having|tengo)\b.{0,40}\b(?:pain|bleeding|yellow|jaundice|dark urine|rash|dolor|sangrado|amarill\w*)\b.{0,60}\b(?:what (?:should|do) i do|is (?:this|that|it) (?:normal|serious)|should i|que hago|es normal|es grave)\b/,
  },
  // Off-label: use outside the approved use written in the community settings.
  {
    id: 'minor',
    category: 'off_label',
    label: 'a child or teenager (approved for adults)',
    when: isForAdults,
    pattern:
      /\b(?:child|children|kids?|teens?|teenagers?|toddlers?|adolescents?|minors?|(?:1[0-7]|[1-9])[- ]?(?:year|yr)s?[- ]old|(?:is|turned|just turned) (?:1[0-7]|[1-9])(?! ?(?:mg|lbs?|pounds|kg|kilos|grams|g|percent|%|minutes|hours|days|weeks|months|am|pm))|nino|nina|ninos|adolescentes?|menor(?:es)? de edad|(?:hijo|hija) de (?:1[0-7]|[1-9]) anos)\b/,
  },
  {
    id: 'not_overweight',
    category: 'off_label',
    label: 'someone who is not overweight',
    when: needsOverweight,
    pattern:
      /\b(?:not|isn'?t|i'?m not|am not) (?:really |even )?(?:overweight|obese|fat)\b|\b(?:normal|healthy) (?:bmi|weight)\b|\bbmi (?:is |of )?(?:1\d|2[0-4])\b|\bno (?:tengo|estoy con) sobrepeso\b|\bpeso normal\b/,
  },
  {
    id: 'other_condition',
    category: 'off_label',
    label: 'use for another condition',
    pattern:
      /\b(?:for|treat|treating|help(?:s)? (?:with|my)|work(?:s)? (?:for|on)|good for|cure|lower|para|tratar|ayuda(?:r)? (?:con|a)|sirve para|funciona para|bajar)\b.{0,25}\b(diabetes|blood sugar|cholesterol|blood pressure|pcos|polycystic|fatty liver|ibs|constipation|acne|depression|anxiety|cellulite|bodybuilding|glucosa|azucar|colesterol|presion|ovario poliquistico|higado graso|estrenimiento|depresion|ansiedad|celulitis)\b/,
    covered: (match, use) => use.includes(match[1] ?? '\u0000'),
  },
  {
    id: 'above_label',
    category: 'off_label',
    label: 'more than the label allows',
    when: isMedicine,
    pattern:
      /\bmore than (?:the )?(?:recommended|label|labeled|maximum|max|directed)\b|\b(?:max|maximum) dose\b|\bmas de lo (?:recomendado|indicado)\b|\bdosis maxima\b/,
  },
  {
    id: 'administration',
    category: 'off_label',
    label: 'taking it another way (crushed, opened…)',
    when: isMedicine,
    pattern:
      /\b(?:crush|crushing|open|opening|chew|chewing|dissolve|sprinkle|abrir|triturar|disolver|masticar)\b.{0,15}\b(?:capsules?|pills?|tablets?|capsulas?|pastillas?)\b/,
  },
  {
    id: 'emergency',
    category: 'off_label',
    label: 'an emergency (not for non-emergency care)',
    when: isNonEmergency,
    pattern:
      /\b(?:chest (?:pain|tightness|pressure)|can'?t breathe|cannot breathe|trouble breathing|not breathing|stroke|heart attack|seizure|unconscious|swallowed|overdose|emergency|emergencia|convulsion\w*|dolor (?:de|en el) pecho|no puedo respirar|infarto|sobredosis)\b/,
  },
]

/** Lower-case, accents removed, curly apostrophes straightened, whitespace collapsed. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
}

export interface Detection {
  routed: boolean
  cues: Cue[]
}

/** The cues a question matches; it is routed to medical information when there is at least one. */
export function detectMedicalInformation(text: string, product: ProductFacts): Detection {
  const normalized = normalize(text)
  const use = normalize(product.approvedUse)
  const cues = rules
    .filter((rule) => !rule.when || rule.when(use, product.kind))
    .filter((rule) => {
      const match = rule.pattern.exec(normalized)
      return match !== null && !rule.covered?.(match, use)
    })
    .map(({ id, category, label }) => ({ id, category, label }))
  return { routed: cues.length > 0, cues }
}

/** Every rule, for documentation and for explaining stored cue ids. */
export function cueById(id: string): Cue | null {
  const rule = rules.find((r) => r.id === id)
  return rule ? { id: rule.id, category: rule.category, label: rule.label } : null
}
