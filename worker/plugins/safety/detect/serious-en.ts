import type { SeriousRow } from './lexicon'

// English seriousness cues (ICH E2A). "Other medically important" includes emergency care and severe pain,
// which the Trimly label names as a reason to stop and see a doctor.

export const seriousEn: readonly SeriousRow[] = [
  [
    "(?<!almost |nearly |could have |could've |would have |would've |thought i |i thought i |might have )died|passed away|pass away|(?:is|was) dead|death(?! by)(?<!to death)|fatal(?:ly)?|killed (?:him|her|my)|lost (?:my|our|her|his) (?:husband|wife|mom|mother|dad|father|son|daughter|baby|friend|brother|sister)|funeral",
    'death',
  ],
  [
    "life[- ]threatening|(?:almost|nearly|could have|could've) died|thought i was (?:going to die|gonna die|dying)|thought i (?:would|was going to|was gonna) die|near death|anaphyla(?:xis|ctic)|stopped breathing|throat (?:\\w+ )?(?:closed|closing)(?: up)?|cpr|code blue|intubated|on a ventilator",
    'life_threatening',
  ],
  [
    'hospitali[sz](?:ed|ation)|admitted(?: me| her| him)?(?: to| into)?(?: the)? (?:hospital|icu)|(?:was|got|been|being) admitted|admitted (?:me|her|him|them)|admitted (?:overnight|for (?:\\w+ )?(?:days?|nights?|observation))|kept (?:me|her|him) overnight|stayed (?:in the hospital|overnight in)|in (?:the )?hospital|ended up (?:in|at) (?:the )?hospital|went to (?:the )?hospital|(?:taken|rushed|brought) to (?:the )?hospital|icu|intensive care|hospital stay',
    'hospitalization',
  ],
  [
    "disabled|disability|(?:can't|cannot|couldn't|could not|unable to) work (?:anymore|for (?:weeks|months))|off work for (?:weeks|months)|permanent(?:ly)? (?:damage|damaged|disabled|injury|injured)|paraly[sz](?:ed|is)|lost (?:my |her |his )?(?:vision|sight|hearing)|(?:went|gone) blind|bed ?ridden|bed ?bound|in a wheelchair",
    'disability',
  ],
  [
    'birth defects?|congenital|born with (?:a |an )?(?:defect|heart defect|condition|problem|malformation|cleft)|malformations?|miscarr(?:y|ied|iage)|stillbirth|stillborn|lost (?:my|the|our|her) (?:pregnancy|baby)',
    'birth_defect',
  ],
  [
    '(?:the|to|in|at|an|from|the local) (?:er|e\\.r\\.|a&e)|emergency (?:room|department|dept|care)|urgent care|ambulance|(?:called|call|dialed|dialled) 911|paramedics|surgery|operated on|transfusion|(?:severe|intense|excruciating|unbearable|extreme|horrible|worst|debilitating|crippling) (?:\\w+ ){0,2}(?:pain|cramps?|cramping|ache|aches)|(?:pain|cramps?|cramping) (?:was|were|is|are|got) (?:so )?(?:severe|excruciating|unbearable|extreme|intense)|doubled over',
    'medically_important',
  ],
]
