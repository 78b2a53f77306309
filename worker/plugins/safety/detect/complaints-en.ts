import type { ComplaintCategory, Row } from './lexicon'

// English product-quality complaint lexicon. Most defects need the thing they are about in the same phrase
// ("capsules were cracked", "the seal was broken") so that "my skin cracked" or "my lease expired" do not
// count; a few phrases are complaints by themselves ("tampered", "wrong count", "counterfeit").

const DOSE = '(?:capsules?|pills?|tablets?|softgels?|caps|gel caps?|gelcaps?)'
const PACK =
  '(?:bottle|box|package|packaging|pack|blister(?: pack)?s?|foil|carton|lid|cap|container|jar|(?:safety |inner |foil )?seal|packet|wrapper|label|shipment|delivery)'
const LINK =
  '(?:(?:were|was|are|is|came|arrived|come|had been|have been|all|were all|are all|came out|looked|look|looks|seemed|seem|seems|got|literally|already|completely|totally|partly|kind of|a bit|some|several|a few|half|many|most) )*'
const DEFECT =
  '(?:broken|broke(?: open)?|damp|moist|mushy|flat(?:tened)?|cracked|crushed|smashed|split(?: open)?|leaking|leaked|leaky|melted|melting|squished|squashed|deformed|misshapen|dented|crumbl(?:ed|ing)|stuck together|clumped(?: together)?|sticky|empty|half empty|busted|burst|damaged|discolou?red|powdery|hardened|mou?ldy|wet|soggy|spotted|punctured|torn|ripped)'
const OBJECT = `(?:${DOSE}|${PACK}|they|these|them|it|the product|trimly|my refill|the refill|this batch|the new batch)`

export const complaintsEn: readonly Row<ComplaintCategory>[] = [
  [`${DOSE} ${LINK}${DEFECT}|${DEFECT} ${DOSE}`, 'damaged dosage form', 'physical_defect'],
  [
    `(?<!(?:got|get|getting|pried|pry|prying) (?:the |my |a |this )?)${PACK} ${LINK}(?:broken|cracked|crushed|smashed|damaged|dented|torn|ripped|punctured|open(?:ed)?|unsealed|missing|loose|leaking|wet|soaked|peeled|peeling|smudged|misprinted|unreadable|blank|crumpled|squashed|busted|already opened|tampered(?: with)?)|(?:broken|damaged|torn|ripped|opened|open|unsealed|missing|tampered|crushed|dented|punctured|loose|smashed) ${PACK}|no (?:safety |inner |foil )?seal|seal (?:was |is )?(?:missing|gone|not there)|(?:cap|lid)(?: \\w+){0,3} (?:wouldn't|won't|doesn't|didn't|does not|did not|would not) (?:close|shut|seal|screw)`,
    'damaged or open packaging',
    'packaging',
  ],
  [
    'tamper(?:ed|ing)?|tamper[- ]evident|someone (?:had )?opened (?:it|the bottle|the box)|(?:looked|looks) like (?:it|someone) had (?:been )?opened|previously opened|already been opened',
    'possible tampering',
    'tampering',
  ],
  [
    `(?:wrong|short|incorrect|off) count|counted (?:only |just )?\\d+ ${DOSE}|(?:says|said|label says|should (?:be|have)|supposed to (?:be|have)) \\d+(?: ${DOSE})? but (?:i )?(?:only )?(?:counted|got|found|had|there (?:were|was|are))|count (?:was|is) (?:wrong|off|short)|missing (?:\\d+|two|three|four|five|a few|some|several|half (?:of )?the) ${DOSE}|${DOSE} (?:were|was|are) missing|only (?:had |has |have |got |contained |came with |were |was )?(?:\\d+|a few|half)(?: of the)? ${DOSE}(?! (?:left|a day|per day|daily|each|at|with|so far|now))|(?:fewer|less) ${DOSE} than|(?:\\d+|a few|some|two|three) ${DOSE} short|short (?:by )?(?:\\d+|a few|some|two|three) ${DOSE}|extra ${DOSE} in the (?:bottle|box)|(?:box|bottle|pack|blister) (?:was |came |arrived )?(?:half )?empty|empty (?:blisters?|slots?|pockets?|bottle)|(?:slots?|blisters?|pockets?) (?:were|was) empty|(?:pack|bottle|box|blister) of \\d+ (?:\\w+ ){0,2}(?:only )?(?:had|contained|came with|has) (?:only )?\\d+`,
    'wrong count',
    'count',
  ],
  [
    `wrong (?:pills?|capsules?|tablets?|product|medication|medicine|strength|label|drug)|${DOSE} (?:look|looked|looks|were|are|was|is|came) (?:a )?(?:different|weird|wrong|odd|strange|off)(?: (?:colou?r|shade|size|shape))?|different (?:colou?r|size|shape|markings|imprint|logo) (?:than|from) (?:the |my )?(?:last|usual|previous|before|normal)|different (?:imprint|markings|logo|colou?r|shape|size)(?: \\w+){0,3} (?:on )?(?:the |my )?${DOSE}|(?:weird|odd|strange)(?:[- ]looking| colou?red)? ${DOSE}|mislabell?ed|counterfeit|fake (?:pills?|capsules?|trimly|product)|knock ?off`,
    'wrong or suspect product',
    'wrong_product',
  ],
  [
    `${OBJECT} (?:smells?|smelled|smelt|stinks?|stank|tastes?|tasted|had an? (?:\\w+ )?(?:smell|odou?r|taste)) ?(?:really |very |so |kind of |a bit |super )?(?:weird|bad|off|funny|strange|like|rancid|fishy|musty|chemical|sour|bitter|metallic|awful|terrible|horrible|rotten|spoiled|gross|disgusting|different|odd)|(?:rancid|fishy|musty|chemical|mou?ldy|rotten|plasticky|vinegar|sour|weird|strange|funny|bad) (?:smell|odou?r|taste|smelling|tasting)(?! in (?:my|her|his) mouth)`,
    'abnormal smell or taste',
    'smell_taste',
  ],
  [
    `${OBJECT} ${LINK}expired|expired (?:${DOSE}|bottle|box|product|trimly|stock|medicine|batch)|expir(?:y|ation) date (?:\\w+ ){0,4}(?:was |is |had |has )?(?:already )?(?:passed|past|expired|last (?:month|year)|wrong|missing|smudged|unreadable)|past (?:the |its |their )?(?:expiry|expiration|exp|use[- ]by|best[- ]by) date|no (?:expiry|expiration|exp) date`,
    'expired product',
    'expired',
  ],
  [
    `(?:a |an )?(?:hair|bug|insect|glass|metal|plastic|dirt|debris|particles?|specks?|black (?:spots?|specks?|dots?)|fibers?|fibres?|mou?ld|something (?:weird|strange|black|hard)) (?:in|inside|on|stuck to) (?:the |my |one of the |a |some of the )?(?:bottle|${DOSE}|box|package|blister)|contaminat(?:ed|ion)|foreign (?:object|material|matter|particles?|body)`,
    'contamination',
    'contamination',
  ],
  [
    `(?:defective|faulty|bad|dodgy) (?:batch|bottle|box|${DOSE}|product|lot)|(?:batch|lot|bottle|box|refill) (?:is|was|seems|must be|might be) (?:bad|defective|faulty|off|wrong|messed up)|quality (?:issue|problem|complaint)s?|product complaint|poor quality`,
    'quality problem',
    'quality',
  ],
]
