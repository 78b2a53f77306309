// Explainable rules that spot questions which must not get a public answer: requests for personal medical
// advice, and questions about use outside the product's approved use (off-label). Each rule that matches is a
// "cue" with a stable id and a label staff can read; the words that made it match are kept as evidence. Rules
// run on lower-cased text without accents, so one Spanish pattern covers "niño" and "nino".
//
// The rules lean towards routing: for a regulated product the costly error is a personal-advice or off-label
// question answered in public by peers, while a false alarm only means a private answer from medical
// information (and an expert can open the question again by hand). Besides narrow phrase rules there are
// combination rules over the word lists in routing/lexicon.ts: a named medicine, condition or symptom together
// with a question about what to do. Measured on labelled sets in test/worker/plugins/qa/ (routing.test.ts).

import {
  CONDITION,
  DECISION,
  EXPECTED_EFFECT,
  FAMILIA,
  FAMILY,
  MEDICINE,
  MEDICINE_DECISION,
  OTHER_DIET,
  STRONG_DECISION,
  SYMPTOM,
} from './routing/lexicon'

export type RouteCategory = 'personal_advice' | 'off_label'

export interface Cue {
  id: string
  category: RouteCategory
  label: string
}

/** A cue that matched a question, with the words that made it match. */
export interface MatchedCue extends Cue {
  evidence: string[]
}

/** What the rules know about the product: its approved use in plain words, its kind, and its name. */
export interface ProductFacts {
  approvedUse: string
  kind: 'drug' | 'device' | 'service'
  /** The product's own name, which is not "another medicine" (a community about a named medicine). */
  name?: string
}

type Kind = ProductFacts['kind']

interface Rule extends Cue {
  pattern: RegExp
  /** Every one of these must match too (combination rules: "a medicine" AND "a question about what to do"). */
  also?: RegExp[]
  /** Only for products where this is a signal (e.g. "adults" in the approved use → a child is off-label). */
  when?: (use: string, kind: Kind) => boolean
  /** Ignores a match the product covers (e.g. "diabetes" when the product is approved for diabetes). */
  covered?: (matched: string, product: { use: string; name: string }) => boolean
  /** A broad rule, tried only when no narrow rule matched: it routes what they miss, and adds no noise to them. */
  broad?: true
}

const w = (source: string) => new RegExp(`\\b(?:${source})\\b`)

const isForAdults = (use: string) => /\b(adults?|adultos?|18)\b/.test(use)
const needsOverweight = (use: string) => /\b(overweight|obes\w*|sobrepeso)\b/.test(use)
const isForWeightLoss = (use: string) => /\bweight loss|perdida de peso|bajar de peso\b/.test(use)
const needsLowFatDiet = (use: string) => /\blow-?fat\b|\bbaja en grasas?\b/.test(use)
const isNonEmergency = (use: string) => /non-?emergency|no urgente/.test(use)
const isMedicine = (_use: string, kind: Kind) => kind === 'drug'
// For a service, "for my son" asks whether a dependant can use it, and "diabetes" is what a visit is for:
// such words route only together with a question about what to do.
const notService = (_use: string, kind: Kind) => kind !== 'service'
const isService = (_use: string, kind: Kind) => kind === 'service'
/** A named word the approved use itself contains ("diabetes" for a diabetes medicine) is not a signal. */
const inUse = (matched: string, p: { use: string }) => containsWords(p.use, matched)
/** Nor is the product's own name ("insulin" in a community about an insulin pen). */
const inUseOrName = (matched: string, p: { use: string; name: string }) =>
  inUse(matched, p) || containsWords(p.name, matched)
const containsWords = (text: string, words: string) =>
  new RegExp(`\\b${words.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}\\b`).test(text)

/** What people hope a weight-loss medicine also treats ("does it help with…", "sirve para…"). */
const TREATMENT_TARGET =
  'diabetes|type 2 diabetes|prediabetes|blood sugar|insulin resistance|cholesterol|triglycerides|blood pressure|' +
  'pcos|polycystic|fatty liver|metabolic syndrome|sleep apnea|ibs|constipation|acne|depression|anxiety|' +
  'cellulite|lipedema|bodybuilding|gout|glucosa|azucar|colesterol|trigliceridos|presion|ovario poliquistico|' +
  'higado graso|resistencia a la insulina|prediabetes|estrenimiento|depresion|ansiedad|celulitis|' +
  '(?:joint|back|knee) pain|arthritis|inflammation|swelling|bloating|bloated|water retention|' +
  'dolor de (?:rodillas?|espalda|articulaciones)|inflamacion|hinchazon|retencion de liquidos|grasa en el higado'

const LABELS = {
  named_medicine: 'another medicine named',
  named_condition: 'a health condition or procedure named',
  symptom_question: 'a symptom + a question about what to do',
}

const rules: Rule[] = [
  // Personal medical advice: the asker wants a decision about their own (or a relative's) treatment.
  {
    id: 'should_i',
    category: 'personal_advice',
    label: '"should I" + a treatment decision',
    pattern:
      /\bshould (?:i|we|she|he)\b.{0,30}\b(?:take|stop|start (?:taking|using|it|on)|keep (?:taking|using|going|on|it)|continue|skip|double|use (?:it|this|more|less|the capsules?|my|his|her)|switch|quit|increase|decrease|combine|be (?:worried|concerned)|worry|see (?:a|my|the) (?:doctor|gp|pharmacist|physician|specialist)|go (?:in|to (?:the|a|my) (?:er|doctor|hospital|emergency|urgent care|clinic))|call (?:a|my|the|911)|wait (?:it out|and see|for (?:a|the|my)))\b/,
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
    pattern: /\b(?:my|mi|mis|his|her|su) (?:[\w-]+ ){0,2}(?:dose|doses|dosage|dosis)\b/,
  },
  {
    id: 'dose_change',
    category: 'personal_advice',
    label: 'changing the dose',
    pattern:
      /\bdoubl(?:e|ing) up\b|\b(?:double|doubling|triple|increase|increasing|decrease|decreasing|reduce|reducing|lower|lowering|raise|cut|halve|split|duplicar|doblar|aumentar|bajar|reducir|subir)\b.{0,20}\b(?:dose|doses|dosage|capsules?|pills?|dosis|capsulas?|pastillas?)\b|\b(?:dose|dosage|dosis) (?:raised|increased|lowered|decreased|changed|adjusted|doubled)\b/,
  },
  {
    id: 'extra_capsules',
    category: 'personal_advice',
    label: 'taking more capsules than directed',
    pattern:
      /\b(?:two|2|three|3|four|4|extra|more|another|dos|tres|otra|mas) (?:capsules|pills|doses|capsulas|pastillas|dosis)\b.{0,30}\b(?:at once|a la vez|al mismo tiempo|per meal|por comida|instead|each|con cada|a day|al dia)\b|\btake (?:all |both |the )?(?:two|2|three|3|four|4|five|5|both|all three) (?:capsules|pills|doses|of them|at once|at a time|together|a day|per day|in one|with (?:breakfast|lunch|dinner|my \w+)|at (?:breakfast|lunch|dinner|once|the same time|night|bedtime))\b|\b(?:an? )?(?:extra|additional) (?:capsule|pill|dose|one)s?\b|\b(?:tomar(?:me)?|me tomo|tomo) (?:dos|tres|cuatro|2|3|4) (?:capsulas|pastillas|dosis|juntas|a la vez|al mismo tiempo|en (?:la|el) \w+)\b|\b(?:capsula|pastilla|dosis) (?:extra|adicional|de mas)\b/,
  },
  {
    id: 'missed_dose',
    category: 'personal_advice',
    label: 'a missed or forgotten dose',
    pattern:
      /\b(?:missed|forgot|forgotten|skipped|didn'?t take|did not take|miss|forget) (?:to take )?(?:my|a|the|one|this morning'?s|today'?s|last night'?s|yesterday'?s)? ?(?:[\w-]+ )?(?:dose|doses|capsule|capsules|pill|pills|tablet)\b|\b(?:forgot|forget|missed) to take (?:it|my|the|one)\b|\b(?:se me olvido|se me paso|olvide|me olvide de|me salte|no tome) (?:tomar |tomarme )?(?:la |mi |una |el )?(?:\w+ )?(?:capsula|dosis|pastilla|toma)\b/,
  },
  {
    id: 'dose_frequency',
    category: 'personal_advice',
    label: 'taking it more or less often than directed',
    when: isMedicine,
    pattern:
      /\b(?:only|just|instead of|rather than) (?:once|twice|one|two|1|2|three|3) (?:times? )?(?:a|per) day\b|\b(?:once|twice|one time|two times) (?:a|per) day (?:instead|only)\b|\bevery (?:other|second|2nd|third|3rd) day\b|\bhalf (?:a|the) (?:capsule|pill|dose)\b|\bsolo (?:una|dos) (?:vez|veces|capsulas?) al dia\b|\bcada tercer dia\b|\bdia por medio\b|\bun dia si y (?:otro|un dia) no\b|\bmedia (?:capsula|pastilla|dosis)\b/,
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
      /\b(?:i'?m on|i am on|i take|i'?m taking|i am taking|estoy tomando|tomo)\b (?!it\b|trimly|the capsules?|capsules|one\b|my capsule|la capsula|las capsulas|(?:my |the |a |week|day|month|year|plan|diet|vacation|holiday|track|board|break|walk|photos?|notes?|pictures?|my time|un descanso|fotos|notas|agua|water)\b|\d)\S.{0,40}\b(?:will|would|does|do|can|could|is it|is that|ok|okay|safe|affect|interfere|change|puedo|afecta|es seguro|pasa algo)\b|\b(?:can i|could i|puedo)\b.{0,40}\b(?:if i'?m (?:on|taking)|if i take|while (?:on|taking)|si (?:estoy tomando|tomo))\b (?!it\b|trimly|the capsules?|capsules|la capsula|las capsulas)/,
  },
  {
    id: 'stop_start',
    category: 'personal_advice',
    label: 'stopping, restarting or switching a treatment',
    broad: true,
    pattern:
      /\b(?:can|could|should|shall|do|may) (?:i|we|he|she) (?:stop|quit|pause|restart|come off|go off|get off|wean off|switch (?:from|to|back))\b(?! (?:the |my |our )?(?:\d+[- ]?(?:count |ct )?)?(?:auto|subscription|refill|order|deliver\w*|shipment|emails?|notifications?|account|membership|challenge|diary|app|tracking|plan|clinician|doctor|provider|appointment|visit|pharmacy|call|video|pack|size|bottle|box|kit)\b)|\b(?:keep going|keep taking|keep using|continue|carry on)(?: it)? or (?:stop|quit|wait|pause|take a break)\b|\b(?:stop|quit) or (?:keep|continue)\b|\b(?:puedo|debo|deberia|tengo que) (?:dejar|parar|suspender|interrumpir) (?:de tomar|de usar|el|la|los|las|mi|mis|lo)\b|\b(?:lo|la) (?:dejo|suspendo)\b|\bdejo de tomar(?:lo|la)?\b|\bsigo (?:tomandol[oa]|tomando|con (?:el|la|mi|trimly))\b/,
  },
  {
    id: 'surgery_transplant',
    category: 'personal_advice',
    label: 'surgery or transplant',
    pattern:
      /\b(?:surgery|transplant|gastric (?:sleeve|bypass)|bariatric|operation|(?:knee|hip) replacement|gastric band|lap[- ]?band|band fitted|stomach stapl\w*|weight[- ]loss surgery|tooth (?:pulled|extracted)|wisdom teeth|banda gastrica|cirugia|operacion|operaron|trasplante|bypass gastrico|manga gastrica)\b/,
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
      /\b(?:i|i'?ve|i'?m|my|me|tengo|estoy|he tenido)\b.{0,50}\b(?:black (?:stools?|poop)|blood in|bloody|yellow (?:eyes|skin)|jaundice|dark (?:urine|pee)|(?:urine|pee) is (?:really |very )?dark|pale (?:stools?|poop)|fever|fainted|fainting|passed out|severe|swallowed|vomiting blood|heces negras|sangre|ojos amarillos|piel amarilla|orina oscura|fiebre|desmay\w*|mareos?|grave|severo)\b/,
  },
  {
    id: 'crisis',
    category: 'personal_advice',
    label: 'self-harm or crisis',
    pattern:
      /\b(?:hurt(?:ing)? myself|kill(?:ing)? myself|end my life|suicid\w*|self-?harm|don'?t want to (?:live|be alive)|hacerme dano|quitarme la vida|no quiero vivir)\b/,
  },
  {
    id: 'for_someone',
    category: 'personal_advice',
    label: 'asking for a specific other person',
    when: notService,
    pattern: new RegExp(
      `\\b(?:for|give (?:it|them|this) to|giving (?:it|them) to) my (?:[\\w-]+ ){0,3}(?:${FAMILY})\\b|\\bmy (?:[\\w-]+ ){0,3}(?:${FAMILY}) (?:is|has|had|wants|takes|was|got|needs|gained)\\b|\\b(?:can|could|should|may|would) (?:my|our) (?:[\\w-]+ ){0,2}(?:${FAMILY}) (?:take|use|try|have|start|do)\\b|\\b(?:ok|okay|safe|fine|right|good|suitable|dangerous|bad|a problem) for (?:him|her|them)\\b`,
    ),
  },
  {
    id: 'para_alguien',
    category: 'personal_advice',
    label: 'pregunta por otra persona concreta',
    when: notService,
    pattern: new RegExp(
      `\\b(?:para|darle a) mi (?:${FAMILIA})\\b|\\bmi (?:${FAMILIA}) (?:de \\d|tiene|es|esta|quiere|toma|puede)`,
    ),
  },
  {
    id: 'give_to_someone',
    category: 'personal_advice',
    label: 'what to give a child or another person',
    pattern:
      /\bwhat (?:can|should|do) (?:i|we) give\b|\bhow (?:much|many) [\w ]{0,30}(?:can|should|do) (?:i|we) give\b|\b(?:can|should|could) (?:i|we) give (?:him|her|them)\b|\bque le (?:puedo |podemos )?(?:dar|doy|damos)\b|\ble (?:puedo|podemos) dar\b|\ble doy\b(?! (?:permiso|acceso|las gracias|clic|click|like))|\bcuanto le (?:doy|puedo dar|damos)\b/,
  },
  {
    id: 'pregnancy',
    category: 'personal_advice',
    label: 'pregnancy or breastfeeding',
    pattern:
      /\b(?:pregnan\w*|breast-?feed\w*|trying to conceive|trying for a baby|ttc|ivf|fertility|postpartum|post-partum|(?:i'?m|while|am) nursing|nursing (?:my|the|a)|breast ?milk|into (?:my |the )?milk|embarazad\w*|embarazo|leche materna|embarazarme|amamant\w*|lactancia|dando (?:el )?pecho|posparto|fertilidad|in vitro)\b/,
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
      `\\b(?:with|and|while (?:on|taking)|together with|alongside|con|junto con|y) (?:my|mi|mis) (?:\\w+ )?(?:${MEDICINE}|pills?|medicamentos?|medicinas?|pastillas?)\\b|\\binteract\\w* with\\b|\\binteraccion\\w*\\b`,
    ),
  },
  {
    id: 'someone_elses_medicine',
    category: 'personal_advice',
    label: "using someone else's or leftover medicine",
    pattern: new RegExp(
      `\\b(?:leftover|left over|old|expired) (?:\\w+ )?(?:antibiotics?|pills|meds|medicines?|prescription|drops|inhaler|${MEDICINE})\\b|\\bsomeone else'?s (?:\\w+ )?(?:meds|pills|prescription|medicines?|inhaler|antibiotics?)\\b|\\b(?:${FAMILY})'?s (?:\\w+ )?(?:meds|pills|prescription|medicines?|inhaler|antibiotics?|drops|${MEDICINE})\\b|\\b(?:pastillas|medicinas?|medicamentos?|gotas|antibioticos?|receta|inhalador) de (?:mi|su) (?:${FAMILIA})\\b`,
    ),
  },
  {
    id: 'combining',
    category: 'personal_advice',
    label: 'combining with something else they take',
    pattern:
      /\b(?:go|be taken|be used|mix|combine|taken|take (?:it|this)|use (?:it|this)) (?:together )?with (?:those|these|them|both|either)\b|\bon top of (?:that|those|these|my|his|her|it)\b|\b(?:choca|se mezcla|se combina|interfiere) con (?:eso|esos|esas|mis?|sus?|el|la|los|las)\b/,
  },
  {
    id: 'safe_for_me',
    category: 'personal_advice',
    label: '"is it safe / right for me"',
    pattern:
      /\b(?:safe|right|ok|okay|good|suitable|dangerous|risky|bad|harmful|enough|fine|(?:a )?problem|a (?:good|bad) idea) (?:for|in) (?:me|my|my case|someone like me|people like me)\b|\b(?:someone|somebody|people) like me\b|\bin my case\b|\bat my age\b|\b(?:seguro|bueno|peligroso|recomendable|malo) para mi\b|\bme conviene\b|\ben mi caso\b|\ba mi edad\b|\b(?:alguien|personas?) como yo\b/,
  },
  {
    id: 'older_age',
    category: 'personal_advice',
    label: 'an older person asking about their own safety',
    when: isMedicine,
    pattern:
      /\b(?:i'?m|i am|he'?s|he is|she'?s|she is|tengo|tiene) (?:6[5-9]|[7-9]\d)\b(?! ?(?:lbs?|pounds|kg|kilos|%|percent|days?|weeks?|months?|minutes|grams|g|libras|dias|semanas)\b)|\b(?:6[5-9]|[7-9]\d) ?(?:years? old|yo|y\/o|anos)\b|\b(?:elderly|senior citizens?|older adults?|tercera edad|ancian\w*|personas mayores)\b/,
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
  // Combination rules over the word lists (broad: tried only when no narrow rule matched).
  {
    id: 'named_medicine',
    category: 'personal_advice',
    label: LABELS.named_medicine,
    when: isMedicine,
    pattern: w(MEDICINE),
    covered: inUseOrName,
    broad: true,
  },
  {
    id: 'named_medicine',
    category: 'personal_advice',
    label: LABELS.named_medicine,
    when: (use, kind) => !isMedicine(use, kind),
    pattern: w(MEDICINE),
    also: [w(MEDICINE_DECISION)],
    covered: inUseOrName,
    broad: true,
  },
  {
    id: 'named_condition',
    category: 'personal_advice',
    label: LABELS.named_condition,
    when: notService,
    pattern: w(CONDITION),
    covered: inUse,
    broad: true,
  },
  {
    id: 'named_condition',
    category: 'personal_advice',
    label: LABELS.named_condition,
    when: isService,
    pattern: w(CONDITION),
    also: [w(DECISION)],
    covered: inUse,
    broad: true,
  },
  {
    id: 'self_diagnosis',
    category: 'personal_advice',
    label: 'asking whether they (or someone) have a condition',
    pattern: new RegExp(
      `\\b(?:is (?:this|that|it)|could (?:this|it|that) be|do (?:i|you think i|we) have|i think (?:i|he|she) (?:have|has|got)|does (?:he|she|my \\w+) have) (?:a |an |just |maybe |probably )?(?:${CONDITION})\\b|¿ ?(?:tengo|tendre|tiene|sera|es|podria ser)(?: esto| eso)? (?:un |una |solo )?(?:${CONDITION})\\b`,
    ),
    covered: inUse,
    broad: true,
  },
  {
    id: 'symptom_question',
    category: 'personal_advice',
    label: LABELS.symptom_question,
    pattern: w(SYMPTOM),
    also: [w(DECISION)],
    broad: true,
  },
  {
    id: 'symptom_question',
    category: 'personal_advice',
    label: LABELS.symptom_question,
    when: isMedicine,
    pattern: w(EXPECTED_EFFECT),
    also: [w(STRONG_DECISION)],
    broad: true,
  },
  {
    id: 'symptom_question',
    category: 'personal_advice',
    label: LABELS.symptom_question,
    when: isService,
    pattern: w(EXPECTED_EFFECT),
    also: [w(DECISION)],
    broad: true,
  },
  // Off-label: use outside the approved use written in the community settings.
  {
    id: 'minor',
    category: 'off_label',
    label: 'a child or teenager (approved for adults)',
    when: isForAdults,
    pattern:
      /\b(?:child|children|kids?|teens?|teenagers?|toddlers?|adolescents?|minors?|(?:1[0-7]|[1-9])[- ]?(?:year|yr)s?[- ]old|(?:1[0-7]|[1-9]) ?(?:yo|y\/o|y\.o)|(?:is|turned|just turned|i'?m|i am|he'?s|he is|she'?s|she is) (?:1[0-7]|[1-9])(?! ?(?:mg|lbs?|pounds|kg|kilos|grams|g|percent|%|minutes|hours|days|weeks|months|am|pm|down|in|capsules?|pills?|ft|feet|foot|of|out|for|to)\b|'|\.\d)|nino|nina|ninos|adolescentes?|menor(?:es)? de edad|(?:hijo|hija|nieto|nieta|sobrino|sobrina|hermano|hermana) de (?:1[0-7]|[1-9])(?! ?(?:meses|semanas|dias))|(?:tengo|tiene) (?:1[0-7]|[1-9])(?: anos\b|\b(?! ?(?:kilos|kg|libras|dias|semanas|meses|horas|capsulas|pastillas|preguntas|hijos|cajas|veces|%))))\b/,
  },
  {
    id: 'not_overweight',
    category: 'off_label',
    label: 'someone who is not overweight',
    when: needsOverweight,
    pattern:
      /\b(?:not|isn'?t|i'?m not|am not) (?:really |even )?(?:overweight|obese|fat)\b|\b(?:normal|healthy) (?:bmi|weight)\b|\b(?:bmi|imc) (?:is |of |de |es )?(?:1\d|2[0-4])\b|\bi'?m (?:already )?(?:thin|skinny|slim|underweight)\b|\bonly weigh\b|\bi weigh (?:only |just )?(?:8\d|9\d|1[01]\d)(?: ?(?:lbs?|pounds))?\b|\b(?:just|only) (?:want|need|trying|looking) to (?:lose|drop) (?:a few|a couple|\d\b|two|three|four|five)|\bno (?:tengo|estoy con) sobrepeso\b|\bno (?:estoy|soy) (?:gord[oa]|obes[oa])\b|\bestoy delgad[oa]\b|\bpeso normal\b|\bsolo quiero bajar (?:un par|unos|dos|tres|\d)/,
  },
  {
    id: 'not_for_weight_loss',
    category: 'off_label',
    label: 'to keep or shape weight rather than lose it (approved for weight loss)',
    when: isForWeightLoss,
    pattern:
      /\b(?:don'?t|do not|doesn'?t) (?:need|want|have) to lose\b|\bnot (?:trying|looking) to lose\b|\b(?:stop|avoid|prevent) (?:gaining|weight gain|putting on)\b|\b(?:maintain|keep) (?:my |her |his )?(?:current )?weight\b|\bweight maintenance\b|\btone up\b|\btoning\b|\b(?:get|look) (?:more )?(?:toned|shredded|ripped)\b|\bcutting (?:season|phase)\b|\bno (?:necesito|quiero) (?:bajar|perder)\b|\bmantener (?:mi |el )?peso\b|\bno subir de peso\b|\btonificar\b/,
  },
  {
    id: 'other_diet',
    category: 'off_label',
    label: 'with a diet other than the approved low-fat diet',
    when: needsLowFatDiet,
    pattern: w(OTHER_DIET),
  },
  {
    id: 'other_condition',
    category: 'off_label',
    label: 'use for another condition',
    when: notService,
    pattern: new RegExp(
      `\\b(?:for|treat|treating|help(?:s)? (?:with|my)|work(?:s)? (?:for|on)|good for|cure|lower|para|tratar|ayuda(?:r)? (?:con|a)|sirve para|funciona para|bajar)\\b.{0,25}\\b(${TREATMENT_TARGET})\\b`,
    ),
    covered: inUse,
  },
  {
    id: 'above_label',
    category: 'off_label',
    label: 'more than the label allows',
    when: isMedicine,
    pattern:
      /\bmore than (?:the )?(?:recommended|label|labeled|maximum|max|directed|three|3)\b|\b(?:max|maximum) dose\b|\bmas de lo (?:recomendado|indicado)\b|\bmas de (?:tres|3) (?:capsulas|al dia)\b|\b(?:take|took|taking|tomo|tome|tomar|tomando) (?:like |about |around |all |unas |como )?(?:[4-9]|1\d|four|five|six|seven|eight|cuatro|cinco|seis)(?:-\d+)?\b(?! ?(?:weeks?|days?|months?|years?|lbs?|pounds|kg|kilos|mg|%|hours?|minutes?|times a week|semanas|dias|meses|anos|horas|minutos|with me|along|conmigo)\b)|\bdosis maxima\b/,
  },
  {
    id: 'administration',
    category: 'off_label',
    label: 'taking it another way (crushed, opened…)',
    when: isMedicine,
    pattern:
      /\b(?:crush|crushing|open|opening|chew|chewing|dissolve|sprinkle|abrir|triturar|disolver|masticar)\b.{0,15}\b(?:capsules?|pills?|tablets?|capsulas?|pastillas?)\b|\b(?:empty|pour out|break open|cut open|pull apart|vaciar)\b (?:it|them|out|the (?:capsules?|contents|powder)|la capsula|las capsulas)\b|\b(?:into|in) (?:some |a )?(?:applesauce|yogurt|pudding|smoothie|my food|compota|yogur)\b|\b(?:trouble|problems?|hard|difficult|can'?t) (?:swallowing|to swallow|swallow)\b|\bswallowing (?:capsules|pills|them|it) is hard\b|\bno (?:puedo|puede) tragar\b/,
  },
  {
    id: 'emergency',
    category: 'off_label',
    label: 'an emergency (not for non-emergency care)',
    when: isNonEmergency,
    pattern:
      /\b(?:chest (?:pain|tightness|pressure|hurts)|chest (?:feels|is|gets) (?:tight|heavy)|can'?t breathe|cannot breathe|trouble breathing|not breathing|stroke|heart attack|seizure|unconscious|unresponsive|swallowed|overdose|poison\w*|emergency|slurr\w*|droop\w*|(?:won'?t|will not|doesn'?t|does not|can'?t) stop bleeding|bleeding (?:heavily|a lot|badly)|hit (?:his|her|my|their) head|head injury|(?:vomiting|throwing up|coughing up) blood|throat (?:is )?(?:closing|swelling)|anaphyla\w*|emergencia|convulsion\w*|dolor (?:de|en el) pecho|no (?:puedo|puede) respirar|infarto|sobredosis|no (?:para|deja) de sangrar|(?:se )?golpe\w* (?:en )?la cabeza|vomit\w* sangre|envenen\w*|cuestan? respirar|dificultad para respirar|hard to breathe|struggling to breathe|(?:face|lips?|tongue|throat|cara|labios?|lengua) (?:is |are |esta |estan )?(?:swelling|swollen|getting (?:big|bigger|swollen)|hinchad\w*)|stuck (?:\w+ ){0,3}(?:up|in) (?:his|her|my|their) (?:nose|ear|throat)|hasn'?t eaten in|won'?t keep (?:water|anything|fluids) down|no (?:puede|puedo) (?:tragar|respirar))\b/,
  },
]

/**
 * Chat shorthand and frequent misspellings of health words, written out so one pattern covers both ("w/" →
 * "with", "im" → "i'm", "hubby" → "husband", "pregant" → "pregnant"). Applied after normalize().
 */
const SHORTHAND: [RegExp, string][] = [
  [/\bw\/o\b/g, 'without'],
  [/\bw\/(?=\s|\w)/g, 'with '],
  [/\bb4\b/g, 'before'],
  [/\b(?:bc|b\/c|cuz|bcuz|coz)\b/g, 'because'],
  [/\b(?:thru)\b/g, 'through'],
  [/\babt\b/g, 'about'],
  [/\brn\b/g, 'right now'],
  [/\bu\b(?= (?:take|have|are|think|know|guys|all|can|get|use|do)\b)/g, 'you'],
  [/\bur\b/g, 'your'],
  [/\b(?:dr|doc)\b\.?/g, 'doctor'],
  [/\bhubby\b/g, 'husband'],
  [/\bwifey\b/g, 'wife'],
  [/\bkiddo\b/g, 'kid'],
  [/\b(?:mum|mommy|mama)\b(?= (?:is|has|wants|takes|had|was))/g, 'mom'],
  [/\b(?:preg(?:ant|nat|net|nate)|prenant|pregnnt|preggo|preggers)\b/g, 'pregnant'],
  [/\b(?:diabetis|diabeties|diabites|diabetees|diebetes)\b/g, 'diabetes'],
  [/\b(?:cholestrol|cholestoral|colestrol)\b/g, 'cholesterol'],
  [/\b(?:thyriod|tyroid|thyroyd)\b/g, 'thyroid'],
  [/\b(?:perscriptions?|prescripton)\b/g, 'prescription'],
  [/\b(?:medecine|medicin|medcine)\b/g, 'medicine'],
  [/\b(?:ibuprophen|ibuprofin|ibuprofine)\b/g, 'ibuprofen'],
  [/\b(?:siezures?)\b/g, 'seizure'],
  [/\b(?:migranes?|migrains?)\b/g, 'migraine'],
  [/\b(?:diarhea|diarreah|diahrrea|diarrhoea|diarhhea)\b/g, 'diarrhea'],
  [/\b(?:nausious|nauseus|nausous)\b/g, 'nauseous'],
  [/\b(?:alergic|allergic)\b/g, 'allergic'],
  [/\bstomache\b/g, 'stomach ache'],
]
const CONTRACTIONS: Record<string, string> = {
  im: "i'm",
  ive: "i've",
  dont: "don't",
  doesnt: "doesn't",
  didnt: "didn't",
  cant: "can't",
  wont: "won't",
  isnt: "isn't",
  arent: "aren't",
  wasnt: "wasn't",
  shouldnt: "shouldn't",
  couldnt: "couldn't",
  wouldnt: "wouldn't",
  hasnt: "hasn't",
  havent: "haven't",
  hes: "he's",
  shes: "she's",
  thats: "that's",
  whats: "what's",
  theres: "there's",
}

const CONTRACTION = new RegExp(`\\b(${Object.keys(CONTRACTIONS).join('|')})\\b`, 'g')

function expandShorthand(text: string): string {
  let out = text.replace(CONTRACTION, (word) => CONTRACTIONS[word] ?? word)
  for (const [pattern, replacement] of SHORTHAND) out = out.replace(pattern, replacement)
  return out
}

/** Lower-case, accents removed, curly apostrophes straightened, whitespace collapsed. */
export function normalize(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
}

const globalPatterns = new Map<RegExp, RegExp>()
const everyMatch = (pattern: RegExp, text: string) => {
  let global = globalPatterns.get(pattern)
  if (!global) {
    global = new RegExp(pattern.source, 'g')
    globalPatterns.set(pattern, global)
  }
  return Array.from(text.matchAll(global))
}

/** The first stretch of `text` the rule matches and the approved use does not cover, or null. */
function firstMatch(rule: Rule, text: string, product: { use: string; name: string }): string | null {
  if (!rule.covered) return rule.pattern.exec(text)?.[0] ?? null
  for (const m of everyMatch(rule.pattern, text)) {
    const named = m[1] ?? m[0]
    if (!rule.covered(named, product)) return m[0]
  }
  return null
}

const broadIds = new Set(rules.filter((r) => r.broad).map((r) => r.id))
const isBroad = (id: string) => broadIds.has(id)

export interface Detection {
  routed: boolean
  cues: MatchedCue[]
}

/** The cues a question matches; it is routed to medical information when there is at least one. */
export function detectMedicalInformation(text: string, product: ProductFacts): Detection {
  const normalized = expandShorthand(normalize(text))
  const use = normalize(product.approvedUse)
  const facts = { use, name: normalize(product.name ?? '') }
  const cues: MatchedCue[] = []
  // Narrow rules first; the broad ones only when no narrow rule explains the routing.
  for (const rule of [...rules.filter((r) => !r.broad), ...rules.filter((r) => r.broad)]) {
    if (rule.when && !rule.when(use, product.kind)) continue
    if (cues.some((c) => c.id === rule.id)) continue
    if (rule.broad && cues.some((c) => !isBroad(c.id))) continue
    const matched = firstMatch(rule, normalized, facts)
    if (matched === null) continue
    const also = (rule.also ?? []).map((p) => p.exec(normalized)?.[0] ?? null)
    if (also.some((m) => m === null)) continue
    const { id, category, label } = rule
    cues.push({ id, category, label, evidence: [matched, ...(also as string[])].map((e) => e.trim()) })
  }
  return { routed: cues.length > 0, cues }
}

/** Every rule, for documentation and for explaining stored cue ids. */
export function cueById(id: string): Cue | null {
  const rule = rules.find((r) => r.id === id)
  return rule ? { id: rule.id, category: rule.category, label: rule.label } : null
}
