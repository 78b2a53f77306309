import type { EventCategory, Row } from './lexicon'

// Lay, euphemistic and slang English for the common reactions, as consumers write them rather than as a label
// lists them. Same terms as events-en.ts (a post that says both "nausea" and "queasy" gets one term).

const WC = '(?:bathroom|toilet|loo|restroom|john|porcelain throne)'
const RUSH =
  "close calls?|near misses?|barely|almost|nearly|in time|rush(?:ed|ing)?|run|runs|running|ran|race|racing|raced|sprint(?:ed|ing)?|dash(?:ed|ing)?|bolt(?:ed|ing)?|glued to|stuck (?:on|to|in)|liv(?:e|ing) (?:on|in)|camped (?:on|in)|chained to|married to|parked on|sat on|sitting on|trips? to|(?:\\d+|several|many|multiple|a few|ten|five|six|seven|eight) (?:trips|times)|emergenc(?:y|ies)|urgent(?:ly)?|(?:couldn't|can't|could not|cannot) (?:leave|get off|hold it)|back and forth"
const OFTEN =
  'all (?:day|night|morning|afternoon|evening|week)|half the (?:night|day|morning)|every (?:hour|\\d+ minutes|half hour)|(?:\\d+|several|many|multiple|a dozen|ten) times|constantly|nonstop|non-stop|emergenc(?:y|ies)|trips|dashes|sprints'

export const layEn: readonly Row<EventCategory>[] = [
  [
    // Bathroom urgency or frequency in any words: "glued to the toilet", "close calls on the way to the loo".
    `(?:${RUSH})(?: [a-z']+){0,6} ${WC}|${WC}(?: [a-z']+){0,5} (?:${OFTEN})`,
    'faecal urgency / incontinence',
    'gastrointestinal',
  ],
  [
    "(?:took|taken|take|had|taking|swallowed) (?:[a-z0-9']+ ){0,5}(?:by mistake|by accident|twice|two doses|a second dose|an extra dose)|accidentally (?:[a-z']+ ){0,3}(?:took|taken|swallowed|doubled|double dosed)|forgot (?:i'd|i had|that i'd|that i had) (?:already )?(?:taken|had) (?:it|one|my \\w+|the \\w+)",
    'overdose / medication error',
    'special_situation',
  ],
  [
    "(?:kid|kids|toddler|child|son|daughter|baby|grandson|granddaughter|\\d+[- ]year[- ]old|little one)(?: [a-z0-9']+){0,10} (?:swallowed|ate|eaten|chewed|got into|took|taken|may have (?:swallowed|eaten|taken|had)|might have (?:swallowed|eaten|taken|had))(?=.*\\b(?:capsules?|pills?|tablets?|bottle|meds?|medicine|them|a couple|some|one|two)\\b)",
    'accidental exposure (child)',
    'special_situation',
  ],
  [
    'green around the gills|stomach (?:is |was |keeps )?(?:turning|churning)|(?:wanted|want|going|about|had) to (?:hurl|puke|barf)|dry heav\\w*|retch\\w*|gag(?:ged|ging)?(?! order)',
    'nausea',
    'gastrointestinal',
  ],
  [
    "(?:can't|cannot|couldn't|could not) (?:tolerate|handle|stomach) (?:it|them|this|these|the (?:pills?|capsules?|medication))",
    'drug intolerance',
    'general',
  ],
  [
    'hurl(?:ed|ing)|(?:lost|losing) (?:my|her|his) (?:lunch|breakfast|dinner)|threw (?:it|everything|my \\w+) (?:back )?up',
    'vomiting',
    'gastrointestinal',
  ],
  [
    '(?:loose|upset) bowels|the trots|the shits|(?:toilet|bathroom|loo) (?:all day|all night|every hour|constantly)',
    'diarrhoea',
    'gastrointestinal',
  ],
  [
    "(?:run|runs|running|ran|rush|rushing|rushed|dash|dashing|dashed|sprint|sprinting|sprinted|race|racing|raced|bolt|bolting|bolted) (?:\\w+ ){0,2}(?:to|for) the (?:bathroom|toilet|loo|restroom|john|ladies room|mens room)|bathroom (?:emergenc(?:y|ies)|dashes|sprints|situation|issues?|problems?|troubles?|drama)|(?:barely|almost|nearly|just) made it (?:to the (?:bathroom|toilet|loo|restroom)|home)|didn't make it (?:in time|to the (?:bathroom|toilet|loo|restroom))",
    'faecal urgency / incontinence',
    'gastrointestinal',
  ],
  ['tooting|passing (?:gas|wind)|gassy', 'flatulence', 'gastrointestinal'],
  ['burp(?:s|ing|ed|y)?|belch(?:es|ing|ed)?|fish(?:y)? burps', 'eructation', 'gastrointestinal'],
  [
    'gut (?:pain|ache|cramps?|rot)|(?:stomach|gut|belly|tummy) (?:is |was |has been |in )?(?:in knots|knotted)|(?:stomach|belly|tummy|gut|abdomen) (?:\\w+ ){0,2}(?:hurts?|hurting|aching|aches|sore|tender)',
    'abdominal pain',
    'gastrointestinal',
  ],
  [
    'head (?:is |was |keeps )?(?:pounding|throbbing|exploding)|throbbing (?:behind|in) (?:my |her |his )?(?:eyes|temples|head|forehead)|(?:pressure|pain) (?:behind|in) (?:my|her|his) (?:eyes|temples|forehead)',
    'headache',
    'neurological',
  ],
  [
    "off balance|unsteady on (?:my|her|his) feet|wobbly|(?:head|room) (?:is |was |keeps |kept )?spinning|seeing stars|(?:going to|gonna|about to|like i(?:'m| am| was)(?: going to| gonna| about to)?|like i(?:'d| would| could)) (?:pass out|faint|black out|keel over)",
    'dizziness',
    'neurological',
  ],
  [
    'worn out|run down|sluggish|drowsy|groggy|(?:so|really|very|super|constantly|always) sleepy|sleepy all (?:day|the time)|(?:can|could) barely keep (?:my|her|his) eyes open|like a zombie|zonked|no (?:get up and go|oomph)',
    'fatigue',
    'general',
  ],
  [
    "tossing and turning|wide awake (?:at \\d|all night|at night)|awake all night|(?:waking|wake|woke|woken) up (?:at \\d|every (?:hour|night|few hours)|several times|multiple times|in the middle of the night)|(?:haven't|hasn't|have not|has not) been able to (?:sleep|fall asleep|stay asleep)|(?:barely|hardly) sleep(?:ing)?|can't stay asleep",
    'insomnia',
    'psychiatric',
  ],
  [
    'moody|moodiness|mood (?:changes|swings)|emotional (?:wreck|mess|rollercoaster|roller coaster)|on edge|edgy|snapp(?:ing|ed|y) at|short with (?:everyone|everybody|people|my \\w+|the kids|him|her|them)|short[- ]tempered|cranky|grumpy|agitated|restless|panicky|jumpy|crying (?:at|over|for) (?:nothing|everything|no reason|little things)|(?:random|constant) crying|teary|weepy',
    'anxiety',
    'psychiatric',
  ],
  [
    "(?:feel(?:ing)?|felt|been) (?:so |really |very )?(?:low|flat|empty|blue)(?! (?:fat|carb|calorie|sodium|on|in))|no motivation|lost interest in|(?:don't|didn't) (?:want|feel like) (?:to do )?(?:doing )?anything",
    'depression',
    'psychiatric',
  ],
  [
    "foggy|spacey|spaced out|out of it|scatterbrained|can't (?:focus|concentrate|think straight)|(?:trouble|difficulty|hard time) (?:focusing|concentrating|remembering|thinking)",
    'confusion',
    'neurological',
  ],
  [
    'acne|pimples|zits|breaking out|spots on (?:my|her|his) (?:face|chest|back|chin|forehead|neck)|(?:red|itchy|raised) (?:bumps|welts|patches|blotches|spots)|dry (?:skin|patches)|skin (?:is |has been |keeps )?(?:so |really )?(?:dry|flaky|peeling|itchy|red|blotchy|crawling)',
    'rash',
    'skin',
  ],
  ['flushed|flushing|hot flash(?:es)?|hot flush(?:es)?', 'flushing', 'general'],
  [
    '(?:thinning|shedding) hair|hair (?:\\w+ ){0,3}(?:thinning|shedding)|losing (?:clumps|chunks|handfuls) of hair',
    'alopecia',
    'skin',
  ],
  [
    "(?:can't stop|constantly|keep|always|kept) (?:peeing|urinating|having to pee)|(?:peeing|urinating) (?:like |about |almost )?(?:all night|at night|constantly|nonstop|every (?:hour|\\d+ minutes))|burn(?:s|ing|ed)? when (?:i|she|he) (?:pee|urinate)|painful urination|uti|bladder infection",
    'urinary disorder',
    'renal',
  ],
  [
    'puffy (?:ankles|feet|legs|hands|fingers)|(?:ankles|feet|legs|hands|fingers)(?: \\w+){0,2} (?:are |were |got |get |look |looked )?(?:puffy|swollen|swelled(?: up)?|swelling(?: up)?|puffed up)',
    'peripheral oedema',
    'general',
  ],
  [
    'muscle (?:cramps?|spasms?|twitch(?:es|ing)?|weakness)|(?:leg|calf|foot|hand) cramps?|charley horses?|twitch(?:es|ing|y)?|spasms?',
    'myalgia / muscle spasm',
    'general',
  ],
  [
    '(?:eyes|eyelids?) (?:are |keep |keeps |have been )?(?:burning|itchy|watering|bloodshot)|eye (?:pain|strain)',
    'eye disorder',
    'general',
  ],
  [
    '(?:mouth|everything) tastes? (?:like|of|weird|funny|bad|awful|off|metallic|bitter|sour|strange|gross)|(?:weird|funny|bad|awful|metallic|bitter|strange|gross) taste in (?:my|her|his) mouth',
    'dysgeusia',
    'general',
  ],
  [
    'heart (?:\\w+ ){0,2}(?:pounding|racing|races|raced|fluttering|skipping|flip-?flopping|doing flips|thumping|beating (?:so )?(?:fast|hard))|(?:heart ?beat|pulse) (?:is |was |feels )?(?:fast|rapid|irregular|weird|racing|pounding)',
    'palpitations',
    'cardiovascular',
  ],
  [
    '(?:woke|wake|waking|woken) up (?:\\w+ ){0,2}(?:drenched|soaked|sweating|in a sweat|sweaty|clammy)|sweating (?:buckets|bullets)',
    'hyperhidrosis',
    'general',
  ],
  [
    'sick as a dog|(?:feel|feeling|felt|feels) (?:\\w+ )?(?:like (?:garbage|crap|death|hell|trash|shit|a zombie|poop)|like (?:a truck|a bus) (?:hit|ran over) me|rotten|lousy|crappy|yucky|icky|under the weather|run down)|(?:not|never) feeling (?:myself|like myself|right)|under the weather',
    'malaise',
    'general',
  ],
  [
    "(?:can't|couldn't|hard to|trouble|struggling to) (?:swallow|get air)|tight(?:ness)? in (?:my|her|his) (?:throat|chest)|winded|out of breath",
    'dyspnoea',
    'respiratory',
  ],
  ['(?:gums|nose) (?:\\w+ ){0,2}bleed(?:ing|s)?|bleeding (?:gums|nose)', 'bleeding / bruising', 'general'],
  [
    "(?:hurt|hurting|harm|harming|cut|cutting) myself|dark thoughts|(?:don't|do not|didn't) want to (?:live|be alive|wake up|exist)|better off dead|no reason to live",
    'suicidal ideation',
    'psychiatric',
    'medically_important',
  ],
  [
    'black (?:\\w+ ){0,2}(?:poop|poops|stools?|bms?|bowel movements?)|(?:pooping|passing) (?:\\w+ )?black',
    'rectal haemorrhage',
    'gastrointestinal',
    'medically_important',
  ],
  [
    '(?:inflamed|swollen|enlarged) (?:liver|pancreas|gall ?bladder)',
    'biliary / pancreatic disorder',
    'gastrointestinal',
    'medically_important',
  ],
]
