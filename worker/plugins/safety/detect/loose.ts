import { findAll, wordRegex } from './text'

// Recall net under the lexicons: a body part and a symptom-like word in the same sentence ("my gums started
// bleeding", "se me puso la cara roja"), or the product and a quality-anomaly word ("the seal came off like it
// had been glued back"). It only fires when the precise lexicons found nothing in that sentence, and its
// matches go through the same negation and hypothetical checks. The cost is more false alarms: by design.

const BODY_WORDS =
  'stomach|tummy|belly|insides|gut|guts|bowels?|intestines?|head|face|eyes?|eyelids?|lips?|mouth|gums|teeth|tongue|throat|neck|chest|heart|lungs?|breathing|breath|skin|scalp|hair|nails|joints?|muscles?|back|legs?|arms?|hands?|feet|foot|ankles?|knees?|kidneys?|liver|bladder|urine|pee|poop|stools?|periods?|body|vision|ears?|nose|ribs|abdomen|hips?|estomago|panza|barriga|tripa|cabeza|cara|ojos|parpados|labios|boca|encias|dientes|lengua|garganta|cuello|pecho|corazon|pulmones|piel|pelo|cabello|unas|articulaciones|musculos|espalda|piernas?|brazos?|manos?|pies?|tobillos|rodillas|rinon(?:es)?|higado|vejiga|orina|pipi|popo|heces|regla|periodo|cuerpo|vista|oidos|nariz|costado|costillas|cadera'
const BODY = wordRegex(BODY_WORDS)
/** "my gums", "mi piel": a sentence about the writer's (or a relative's) own body reports an experience. */
export const OWN_BODY = wordRegex(`(?:my|her|his|mi|mis|su|sus) (?:${BODY_WORDS})`)
const SYMPTOM = wordRegex(
  'hurt|hurts|hurting|pain|pains|painful|ache|aches|aching|achy|sore|soreness|burning|burns|itch|itches|itchy|itching|swollen|swelling|puffy|bleeding|bleed|bleeds|bled|bloody|sweating|sweaty|drenched|shaky|trembling|pale|weird|strange|funny|gross|upset|sick|unwell|awful|terrible|horrible|rough|miserable|feverish|thirsty|gag|gagging|metallic|darker|yellow|yellowish|pinkish|numb|numbness|tingly|tingling|tightness|racing|pounding|spinning|foggy|blurry|cramp|cramps|cramping|rumbling|gurgling|noises|mess|wrecked|killing|arde|ardia|ardor|duele|duelen|dolia|dolor|dolores|pica|picaba|hinchad[oa]s?|inflamad[oa]s?|sangr\\w+|palid[oa]|rar[oa]|fatal|amarill\\w+|oscur[oa]|entumid[oa]s?|hormigueo|adolorid[oa]s?|revuelt[oa]',
)
const PRODUCT = wordRegex(
  'capsules?|pills?|tablets?|softgels?|bottles?|box(?:es)?|package|packaging|seal|label|blister|blisters|foil|carton|lid|cap|leaflet|insert|lot numbers?|batch|refill|capsulas?|pastillas?|tabletas?|frascos?|cajas?|etiqueta|sello|paquete|empaque|envase|blister|lote|tapa|instructivo|prospecto',
)
const ANOMALY = wordRegex(
  "lighter|darker|softer|harder|discolou?red|faded|film|residue|greasy|sticky|glued|re-?sealed|tampered|peeling|peeled|half full|half-full|half empty|cracked|broken|leaking|leaked|melted|mou?ldy|stain(?:ed|s)?|soaked|damp|crushed|dented|torn|ripped|punctured|(?:don't|doesn't|didn't|do not|does not|did not) match|mismatch(?:ed)?|smell(?:s|ed|y)?|odou?r|stinks?|rancid|fishy|expired|counterfeit|fake|specks?|crumbl\\w+|powdery|clump\\w*|borros[oa]|rancio|rancia|olia|huele|olor|rot[oa]s?|abiert[oa]|manchad[oa]s?|mojad[oa]s?|derretid[oa]s?|pegad[oa]s?|aplastad[oa]s?|caducad[oa]s?|vencid[oa]s?|falsificad[oa]s?|extran[oa]|despegad[oa]|alterad[oa]",
)

export interface LooseMatch {
  start: number
  end: number
}

/** The symptom word of a body + symptom sentence (its position decides negation), or null. */
export function looseEvent(sentence: string): LooseMatch | null {
  if (findAll(BODY, sentence).length === 0) return null
  return findAll(SYMPTOM, sentence)[0] ?? null
}

/** The anomaly word of a product + anomaly sentence, or null. */
export function looseComplaint(sentence: string): LooseMatch | null {
  if (findAll(PRODUCT, sentence).length === 0) return null
  return findAll(ANOMALY, sentence)[0] ?? null
}
