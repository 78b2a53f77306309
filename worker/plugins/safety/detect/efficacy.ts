import type { EventCategory, Row } from './lexicon'

// Lack of efficacy ("not working", "no he bajado ni un kilo") is reportable in pharmacovigilance (E2B
// "drug ineffective"): the product did not do what it is for. These phrases carry their own negation, so a
// "no" before them does not deny them (see classify); a hypothetical ("what if it doesn't work?") still does.

const SUBJECT =
  "(?:it|this|trimly|they|these|the (?:pills?|capsules?|meds?|medication|medicine|drug|product|treatment))(?:'s|'re| is| are| was| were| has| have|'ve)?"
/** "doesn't work overnight", "won't work without the diet": advice, not a report. */
const NOT_ADVICE =
  '(?! (?:overnight|right away|immediately|instantly|by itself|on its own|alone|without|unless|if))'

export const efficacyEn: readonly Row<EventCategory>[] = [
  [
    `${SUBJECT} (?:just |really |even |honestly |simply )?(?:not|isn't|aren't|wasn't|weren't|doesn't|don't|didn't|hasn't|haven't|never|stopped|quit|no longer) (?:really |even |seem(?:s|ed)? to |seem(?:s|ed)? to (?:be|have) |appear(?:s|ed)? to )?(?:work(?:ing|ed|s)?|help(?:ing|ed|s)?|do(?:ing)? (?:anything|much|a thing|squat|nothing)|done (?:anything|much|a thing)|make (?:a|any) difference|made (?:a|any) difference)${NOT_ADVICE}|(?:not|isn't|doesn't|didn't|never) (?:really )?work(?:ing|ed)? (?:for me|at all)|stopped working|quit working|(?:did|does|do|done|doing) (?:absolutely |literally |just |really )?nothing(?: for me| at all| for my (?:weight|appetite|cravings|hunger))|${SUBJECT} (?:did|does|do|has done|have done) (?:absolutely |literally |just |really )?nothing|not (?:a single|one|even one|even a) (?:pound|lb|kilo|ounce)(?! (?:gained|up|more))|(?:don't|do not) think (?:it's|it is|this is|they're|they are) (?:working|doing anything)|(?:zero|no|not seeing any|not seeing|haven't seen any|haven't seen|haven't noticed any|without any|not getting any) (?:results?|weight loss|progress|difference)(?! (?:yet|so far)? ?(?:but|and i'm|is fine))|(?:complete |total |a )?waste of money|nothing (?:is )?(?:happening|changing)(?: on the scale| with my weight)?|(?:no|zero) change (?:on the scale|in (?:my )?weight|at all)|(?:doesn't|didn't|isn't|is not|wasn't|not|hasn't|haven't) (?:seem(?:ed)? to |really )?(?:curb(?:ing)?|suppress(?:ing)?|reduc(?:e|ing)|control(?:ling)?|help(?:ing)? with|touch(?:ing)?) (?:my |the )?(?:appetite|cravings|hunger|weight)`,
    'lack of efficacy',
    'lack_of_efficacy',
  ],
  [
    "(?:haven't|have not|hasn't|has not|didn't|did not|not|never|can't|cannot) (?:lost|lose|losing|dropped|drop|dropping|shed|shedding) (?:a |any |one |a single |an |even (?:a|one) )?(?:pound|lb|lbs|kilo|kilos|kg|ounce|oz|weight|inch|inches|size|thing|anything)\\b|scale (?:hasn't|has not|won't|didn't|isn't|is not|doesn't|does not|hasnt|isnt|wont|didnt) (?:\\w+ )?(?:moved|budged|moving|budging|changed|changing|going down|gone down|dropped|dropping|move|budge)(?! (?:much|a lot|as much|as fast|that much))|(?:scale|weight) (?:is |has been )?(?:stuck|not moving)(?! (?:much|a lot))|(?:same|stuck at the same) weight|weigh (?:exactly |about |pretty much |basically )?the same|heavier than (?:when i started|before i started|i was|before)|(?:i'm|i am|im|i was|now|actually|weight is|scale (?:says|shows)) (?:actually |now |still )?up (?:\\d+|one|two|three|four|five|a few|a couple(?: of)?|some) (?:pounds|lbs?|kilos?|kg)|weight (?:hasn't|has not|didn't|won't|isn't|is not) (?:\\w+ )?(?:changed|moved|budged|dropped|changing|moving|going down)|(?:gained|gaining|put on|putting on|packed on)(?: back)? (?:\\d+ |a few |some |more |two |three |several )?(?:weight|pounds|lbs?|kilos?|kg)",
    'lack of efficacy',
    'lack_of_efficacy',
  ],
]

export const efficacyEs: readonly Row<EventCategory>[] = [
  [
    'no (?:me |le )?(?:funciona|funciono|funcionan|funcionaron|ha funcionado|han funcionado|esta funcionando|estan funcionando|sirve|sirven|sirvio|sirvieron|ha servido|hace (?:nada|efecto)|hizo (?:nada|efecto)|ha hecho (?:nada|efecto)|ayuda|ayudo|ha ayudado)(?! (?:de la noche|solo|sola|sin|si))|dejo de (?:funcionar|hacer efecto|servir)|ya no (?:me )?(?:funciona|hace efecto|sirve)|(?:sin|ningun|ningunos|cero|ni un|nada de) resultados?|no (?:veo|he visto|vi|noto|he notado|note) (?:ningun |nada de |ni un |los )?(?:resultados?|cambios?|diferencia|efecto)|(?:es |fue )?(?:un )?desperdicio de dinero|tirar el dinero',
    'lack of efficacy',
    'lack_of_efficacy',
  ],
  [
    'no (?:he|ha|e) (?:bajado|perdido) (?:nada|ni (?:un|medio) (?:kilo|gramo|gramito)|de peso|ni un solo kilo|ningun kilo)|no (?:bajo|baje|pierdo|perdi) (?:nada|de peso|ni un kilo)|(?:subi|he subido|aumente|he aumentado|gane|he ganado|subiendo|estoy subiendo) (?:de peso|\\d+ ?(?:kilos?|kg|libras)|unos kilos|kilos|peso)|sigo (?:igual|pesando lo mismo|con el mismo peso|en el mismo peso)|mismo peso|la bascula (?:no se mueve|ni se mueve|no baja|sigue igual)',
    'lack of efficacy',
    'lack_of_efficacy',
  ],
]
