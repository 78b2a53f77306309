import type { EventCategory, Row } from './lexicon'

// English symptom lexicon: clinical words, lay terms and common misspellings, matched as whole words on
// lower-cased text. The term is a plain-language preferred term (MedDRA coding is left to the safety system).
// `criterion` marks events that are "other medically important" (or worse) by themselves.

const BODY_STOOL = '(?:stools?|poops?|bowel movements?|bms?)'

export const eventsEn: readonly Row<EventCategory>[] = [
  // Gastrointestinal
  [
    'nause(?:a|ous|ated|ating|ua)|nausia|nasea|nauseus|nausious|queasy|queasiness|sick to (?:my|her|his) stomach|(?:felt|feel|feeling|get|got) (?:really |so |very )?sick(?! of)|upset stomach|stomach upset|wanted to throw up',
    'nausea',
    'gastrointestinal',
  ],
  [
    "vomit(?:ing|ed|s)?|vomm?itt?(?:ing|ed)|vomitting|throw(?:ing|s)? up|threw up|thrown up|puk(?:e|ed|es|ing)|barf(?:ed|ing)?|(?:could(?:n't| not)|can't|cannot) keep (?:anything|food|it|water) down",
    'vomiting',
    'gastrointestinal',
  ],
  [
    "diarr?h?o?ea|diarrhoea|diarhea|diarrea|diarreah|diarhh?ea|diahrr?ea|diarrhia|diarrhe|diarrhoe|diarreha|the runs|the squirts|(?:loose|runny|watery|liquid) (?:stools?|bowels?|bowel movements?|poops?)|(?:stools?|poops?) (?:were|was|are|is) (?:loose|watery|liquid|runny)|(?:pooping|going|bowel movements?|bms?) (?:like |about |up to )?\\d+ times (?:a|per) day|(?:it's|its|it is|it was) all (?:liquid|water)",
    'diarrhoea',
    'gastrointestinal',
  ],
  [
    `oily (?:spott?ing|spots?|discharge|${BODY_STOOL}|residue|leakage|leaks?|mess)|orange (?:oil|grease|discharge)|oil(?:y)? (?:in|on) (?:my|the) (?:underwear|toilet|undies|pants|sheets|boxers)|oil (?:leak(?:age|ing|s)?|discharge)|leak(?:ing|ed)? oil|(?:fatty|greasy|oily) ${BODY_STOOL}|steatorrh?o?ea|gas with (?:oily )?(?:discharge|spotting)|${BODY_STOOL} (?:are|were|is|was|look|looked|looks|have been|turned|came out)(?: \\w+)?(?: and)? (?:oily|greasy|orange|fatty)|leakage|(?:some|a bit of|a little) leaking|spotting|(?:spots?|spotting|drops?) of oil|oil spots?`,
    'oily spotting / fatty stool',
    'gastrointestinal',
  ],
  [
    "(?:fa?ecal|bowel) (?:urgency|incontinence)|urgency|(?:running|ran|rushing|rushed|sprinting|sprinted) to the (?:bathroom|toilet|restroom|loo)|living in the (?:bathroom|toilet)|on the toilet all (?:day|night|morning)|(?:almost|nearly|barely) (?:didn't|did not) make it (?:home|to the (?:bathroom|toilet|restroom))|urgent (?:bowel movements?|need to go|trips? to the (?:bathroom|toilet|restroom)|bathroom trips?)|sudden (?:urge|need) to (?:go|poop)|(?:could(?:n't| not)|did(?:n't| not)|barely) (?:make it|get) to the (?:bathroom|toilet|restroom|loo)|(?:had|have had|having|having had) (?:an? |another |a few |some |more |two |several )?(?:\\w+ )?accidents?(?! (?:on|at) the (?:road|highway))|embarrassing (?:moments?|incidents?|episodes?|situations?|accidents?)|sharted|shart(?:ing)?|soiled (?:myself|my)|(?:pooped|crapped|messed) (?:my|her|his) (?:pants|self)|leaked through",
    'faecal urgency / incontinence',
    'gastrointestinal',
  ],
  [
    'gas(?:sy|siness)?(?! station| prices?| tank| money| bill| stove)|flatulen(?:ce|t)|fart(?:s|ing|ed)?|wind(?:y)? pains?',
    'flatulence',
    'gastrointestinal',
  ],
  [
    'bloat(?:ed|ing|y)?|distended|distension|swollen (?:belly|stomach|abdomen)',
    'bloating',
    'gastrointestinal',
  ],
  [
    '(?:stomach|tummy|belly|abdominal|abdomen|gut|intestinal|stomache|bowel) ?(?:pains?|aches?|cramps?|cramping|discomfort)|stomach ?aches?|stomache? ?aches?|tummy ?aches?|belly ?aches?|cramp(?:s|ing|y)?|pain in (?:my|her|his|the) (?:stomach|belly|abdomen|gut|side|tummy)|(?:stomach|belly|abdomen|tummy|gut) (?:hurts?|hurting|hurt|is killing me|was killing me)',
    'abdominal pain',
    'gastrointestinal',
  ],
  [
    "constipat(?:ed|ion)|constapat(?:ed|ion)|(?:can't|couldn't|could not|cannot) poop|haven't pooped|hard stools?|backed up",
    'constipation',
    'gastrointestinal',
  ],
  ['heart ?burn|acid reflux|reflux|indigestion|gerd|dyspepsia|acid stomach', 'dyspepsia', 'gastrointestinal'],
  [
    `blood (?:in|on) (?:my |the )?(?:${BODY_STOOL}|toilet paper|toilet|underwear)|bloody (?:${BODY_STOOL}|diarrh\\w*)|rectal bleeding|bleeding from (?:my )?(?:rectum|bottom|butt|behind)|black (?:tarry )?${BODY_STOOL}|tarry ${BODY_STOOL}`,
    'rectal haemorrhage',
    'gastrointestinal',
    'medically_important',
  ],
  [
    '(?:vomit\\w*|throw(?:ing)? up|threw up|puk(?:e|ed|ing)|coughing up|coughed up) (?:\\w+ )?blood|blood in (?:my |the )?(?:vomit|sick)|coffee[- ]grounds? vomit',
    'haematemesis',
    'gastrointestinal',
    'medically_important',
  ],
  // Liver
  [
    'jaundiced?|yellow(?:ish|ing)? (?:eyes|skin|tint|whites)|yellow(?:ish)? (?:tinge|tint|colou?r|cast)(?: to| in| on)? (?:my|her|his|the) (?:eyes|skin)|(?:eyes|skin)(?: \\w+){0,3} (?:yellow|yellowish)(?! (?:dress|shirt|top|light))|(?:eyes|skin|whites of (?:my|her|his) eyes) (?:have |has )?(?:turned|turning|look(?:ed|s|ing)?|(?:were|was|are|is|went|got|going|became))(?: a bit| kind of| slightly| a little| really| very)? (?:yellow|yellowish)|yellowing of (?:my|the|her|his) (?:eyes|skin)',
    'jaundice',
    'hepatic',
    'medically_important',
  ],
  [
    'dark(?: brown| colou?red| orange)? (?:urine|pee)|(?:urine|pee) (?:was|is|looked|looks|turned|has been|went)(?: really| very| super)? (?:dark|brown|tea[- ]colou?red|cola[- ]colou?red|orange)|(?:tea|cola|coke)[- ]colou?red (?:urine|pee)',
    'dark urine',
    'hepatic',
    'medically_important',
  ],
  [
    `(?:pale|clay[- ]colou?red|light[- ]colou?red|white|grey|gray) ${BODY_STOOL}|${BODY_STOOL} (?:are|were|is|was|look|looked|looks|have been|turned)(?: \\w+)? (?:pale|clay[- ]colou?red|light[- ]colou?red|white|grey|gray)`,
    'pale stools',
    'hepatic',
    'medically_important',
  ],
  [
    'liver (?:damage|failure|injury|problems?|issues?|pain|disease|inflammation)|liver (?:enzymes?|function|tests?|numbers|levels|panel|values|counts)(?: \\w+){0,4} (?:high|higher|elevated|raised|up|abnormal|off|bad|through the roof|out of range|not normal|sky high)|(?:elevated|high|raised|abnormal) (?:liver|alt|ast|lfts?)|hepatitis|hepatic (?:failure|injury)|liver transplant',
    'liver injury',
    'hepatic',
    'medically_important',
  ],
  [
    'loss of appetite|lost (?:my|her|his) appetite(?! for)|no appetite(?! for)',
    'decreased appetite',
    'general',
  ],
  ['itch(?:y|ing|iness|es|ed)?|pruritus|scratching all (?:day|night)', 'pruritus', 'skin'],
  // Skin and allergy
  [
    'rash(?:es|y)?|hives|welts|broke out in|break(?:ing)? out in|skin reaction|red (?:spots|bumps|blotches|patches)|(?:got|have|had|developed|with|painful|itchy) (?:a |some )?blisters?|blisters? (?:on|all over|around)|peeling skin|skin (?:peeling|burning)|breakouts?',
    'rash',
    'skin',
  ],
  [
    'swell(?:ing|ed|s)? (?:of |in )?(?:my |her |his |the )?(?:face|lips?|tongue|throat|eyes?|eyelids?|mouth)|(?:face|lips?|tongue|throat|eyes?|eyelids?|mouth) (?:was |were |is |are |got |started |have |has )?(?:swell(?:ing|ed)|swollen|puff(?:y|ed up|ing up))|swollen (?:face|lips?|tongue|throat|eyes?|eyelids?)|angioo?edema',
    'angioedema',
    'allergic',
    'medically_important',
  ],
  [
    'swollen (?:ankles|feet|legs|hands)|swelling (?:in|of) (?:my|her|his) (?:ankles|feet|legs|hands)|o?edema',
    'peripheral oedema',
    'general',
  ],
  ['allergic reaction|allergy attack|reacted badly', 'hypersensitivity', 'allergic'],
  [
    'anaphyla(?:xis|ctic)|anaphalaxis|anafalaxis|epi ?pen|epinephrine',
    'anaphylaxis',
    'allergic',
    'life_threatening',
  ],
  [
    "throat (?:\\w+ )?(?:closing|closed|tight(?:ening)?|swelling|swelled)|(?:trouble|difficulty|hard time|couldn't|could not|can't|cannot|struggl(?:ed|ing) to|unable to) (?:breath(?:e|ing)?|catch (?:my|her|his) breath)|short(?:ness)? of breath|breathless(?:ness)?|wheez(?:e|ing|y)|gasping for air|stopped breathing",
    'dyspnoea',
    'respiratory',
  ],
  // Nervous system
  [
    'head ?aches?|headach|head ?ach(?:e|es|ing)|hedache|migraines?|migranes?|(?:my|her|his) head (?:hurts|hurt|is pounding|was pounding|was killing me|is killing me|was splitting|is splitting)|pounding head|splitting head',
    'headache',
    'neurological',
  ],
  [
    'dizz(?:y|iness|yness|ie|ness)|light[- ]?headed(?:ness)?|vertigo|room (?:was )?spinning|woozy',
    'dizziness',
    'neurological',
  ],
  [
    // "Going to pass out", "felt like I'd faint" is near-fainting (dizziness, lay-en.ts), not syncope.
    "(?<!(?:going to|gonna|about to|would|i'd|could|like i) )(?:(?:nearly |almost )?faint(?:ed|ing)|passed out|pass(?:ing)? out|blacked out|black(?:ing)? out)|lost consciousness|syncope|collapsed",
    'syncope',
    'neurological',
    'medically_important',
  ],
  [
    'seizures?|convulsions?|convulsing|had (?:a|another) fit',
    'seizure',
    'neurological',
    'medically_important',
  ],
  ['tremors?|shak(?:y|iness)|jittery|jitters|the shakes|sweats and shakes', 'tremor', 'neurological'],
  ['numb(?:ness)?|tingl(?:y|ing)|pins and needles', 'paraesthesia', 'neurological'],
  ['confusion|disoriented|brain fog|memory (?:loss|problems|issues)', 'confusion', 'neurological'],
  [
    "insomnia|(?:can't|cannot|couldn't|could not|unable to|trouble|difficulty|hard time|struggl(?:ing|ed) to) (?:fall )?sleep(?:ing)?|sleepless(?: nights)?|lying awake|up all night",
    'insomnia',
    'psychiatric',
  ],
  [
    '(?:so|very|really|extremely|constantly|always|super|pretty|crazy|insanely|incredibly) (?:tired|exhausted|fatigued)(?! of)|exhausted|exhaustion|fatigue(?:d)?|lethargi?c?|lethargy|no energy|zero energy|low energy|(?:muscle )?weakness|tired all the time|wiped out|drained',
    'fatigue',
    'general',
  ],
  // Psychiatric
  ['anxiety|anxious(?! to| about)|panic attacks?|mood swings?|irritab(?:le|ility)', 'anxiety', 'psychiatric'],
  [
    '(?:so |very |really |feeling |felt |feel )down(?! to| the| a )|depress(?:ed|ion)|hopeless|crying (?:all the time|spells|for no reason)',
    'depression',
    'psychiatric',
  ],
  [
    'suicid(?:e|al)|kill(?:ing)? myself|end(?:ing)? (?:my life|it all)|thoughts of (?:ending (?:it|my life)|suicide|dying|hurting myself)|want(?:ed)? to die|self[- ]harm',
    'suicidal ideation',
    'psychiatric',
    'medically_important',
  ],
  // Cardiovascular
  [
    'chest (?:pains?|tightness|pressure)|pain in (?:my|her|his) chest|tight chest',
    'chest pain',
    'cardiovascular',
    'medically_important',
  ],
  [
    'palpitations?|palpatations?|heart (?:racing|pounding|fluttering|flutters|skipping|palpitations)|racing heart|(?:fast|rapid|irregular|skipping|pounding) (?:heart ?beats?|heart ?rate|pulse)|heart (?:was|is|kept) (?:racing|pounding|skipping)|tachycardia|a-?fib|atrial fibrillation',
    'palpitations',
    'cardiovascular',
  ],
  [
    '(?:high|elevated|spiked?|raised) blood pressure|hypertension|(?:bp|blood pressure) (?:went|was|is|shot|has been)(?: \\w+)? (?:up|high|through the roof|sky high|crazy)',
    'hypertension',
    'cardiovascular',
  ],
  [
    'stroke|heart attack|myocardial infarction|blood clots?|dvt|pulmonary embolism',
    'thromboembolic / cardiac event',
    'cardiovascular',
    'medically_important',
  ],
  // Renal, biliary, pancreas
  [
    'kidney (?:stones?|pain|problems?|issues?|failure|damage|injury)|renal (?:failure|colic|stones?|injury)|blood in (?:my |her |his )?(?:urine|pee)|(?:urine|pee) (?:is|was|looks|looked|turned|has been)(?: \\w+)? (?:pink|pinkish|red|reddish|bloody)|(?:pain|ache|aching|hurts?) (?:\\w+ ){0,6}kidneys?',
    'renal disorder',
    'renal',
    'medically_important',
  ],
  [
    'gall ?stones?|gall ?bladder (?:attack|pain|problems?|removed|inflamed|surgery|issues?)|cholecystitis|pancreatitis|pancreas (?:inflamed|problems?|issues?)',
    'biliary / pancreatic disorder',
    'gastrointestinal',
    'medically_important',
  ],
  // General
  [
    "fever(?:ish)?|chills|high temp(?:erature)?|temperature of 1\\d\\d|flu[- ]like|like (?:i have|i've got|i had|having) (?:the |a )?flu|flu symptoms",
    'pyrexia / flu-like illness',
    'general',
  ],
  [
    'night sweats|drenched in sweat|(?:the )?sweats|sweating (?:a lot|so much|profusely|like crazy)|cold sweats?|clammy',
    'hyperhidrosis',
    'general',
  ],
  [
    '(?:excessive|extreme|so|really|very|constantly) thirsty|excessive thirst|peeing (?:a lot|all the time|constantly|so much)|urinating (?:a lot|frequently|all the time)',
    'polydipsia / polyuria',
    'general',
  ],
  [
    'hair (?:loss|thinning)|hair(?: \\w+){0,4} (?:falling|fall|coming|came) out|losing (?:my |her |his )?hair|bald spots?',
    'alopecia',
    'skin',
  ],
  [
    '(?:muscle|joint|back|leg|body) (?:pains?|aches?|cramps?)|myalgia|arthralgia|achy|aching all over',
    'myalgia / arthralgia',
    'general',
  ],
  [
    'blurr?(?:ed|y) vision|vision (?:problems|changes|went blurry)|seeing spots|double vision',
    'visual disturbance',
    'general',
  ],
  ['ringing in (?:my |her |his )?ears|tinnitus', 'tinnitus', 'general'],
  [
    "nose ?bleeds?|bleeding gums|bruis(?:e|es|ed|ing) (?:easily|all over)|easy bruising|unusual (?:bleeding|bruising)|(?:noticed|unexplained|random|new) bruis(?:es|ing)|bruises? (?:on|all over) (?:my|her|his)|bleeding (?:that )?(?:won't|wouldn't) stop|inr (?:went|was|were|is) (?:up|high|off)",
    'bleeding / bruising',
    'general',
  ],
  ['dehydrat(?:ed|ion)', 'dehydration', 'general'],
  [
    '(?:low|dropp?(?:ed|ing)?|drop in|crashing) blood sugars?|hypoglyc(?:a)?emi(?:a|c)|(?:sugar|glucose) (?:crashed|dropped|went low|was low)',
    'hypoglycaemia',
    'general',
  ],
  [
    '(?:vitamin|vit) [adek] deficien(?:cy|t)|deficient in vitamin|night blindness',
    'vitamin deficiency',
    'general',
  ],
  ['dry mouth|(?:bad|metallic|weird) taste in (?:my|her|his) mouth|metallic taste', 'dysgeusia', 'general'],
  [
    '(?:sharp|stabbing|shooting|throbbing|burning|dull|constant|nagging) pains?|pains? (?:under|in|on|around|near|below) (?:my|her|his) (?:ribs?|side|stomach|back|belly|abdomen|chest|head|neck|legs?|arms?|joints?)',
    'pain',
    'general',
  ],
  [
    'burning (?:throat|mouth|stomach|sensation|feeling)|(?:throat|mouth|stomach) (?:is |was )?(?:burning|on fire)',
    'burning sensation',
    'general',
  ],
  [
    'irregular periods?|heavy periods?|missed (?:my |her )?period|periods? (?:\\w+ ){0,3}(?:late|early|twice|all over the place|irregular|heavier|weird|off|stopped)',
    'menstrual disorder',
    'general',
  ],
  // A harm described without a symptom word: a body part and something wrong with it, in the same phrase.
  [
    '(?:my|her|his|the) (?:stomach|belly|tummy|gut|bowels?|head|skin|eyes?|urine|pee|stools?|poop|period|heart|chest|throat|kidneys?|liver|back|legs?|arms?|hands?|feet|bp|blood pressure|blood sugar|vision|joints?|muscles?)(?: \\w+){0,5} (?:(?:is|was|has been|have been|feels?|felt|looks?|looked|went|got|keeps?|kept|been) )?(?:a |so |really |very |totally |kind of )?(?:mess|messed up|wrecked|upset|off|weird|wrong|not right|funny|strange|hurts?|hurting|aching|burning|swollen|pinkish|reddish|bloody|all over the place|through the roof|killing me|on fire|numb|rumbling|gurgling|making (?:the )?(?:loudest |weird |strange )?noises|acting up|in knots|cramping)',
    'unspecified symptom',
    'unspecified',
  ],
  [
    'side ?effects?|adverse (?:reactions?|events?|effects?)|(?:bad |terrible |awful |weird |strange )?reactions? to (?:it|this|the|trimly|these|them)|(?:felt|feel|feeling|feels) (?:awful|terrible|horrible|like crap|like death|like garbage|really bad|very bad|so bad|unwell|ill|miserable)(?! (?:that|about|for|to say|saying|asking|posting))|(?:made|makes|making) me (?:sick|ill|feel (?:awful|terrible|horrible|sick|bad|weird|off|unwell))',
    'unspecified adverse event',
    'unspecified',
  ],
  // Special situations (reportable even without harm)
  [
    "(?:i'm|i am|i was|found out i(?:'m| am| was)|turns out i'm|she's|she is|she was) (?!not )(?:\\w+ )?pregnant|(?:we're|we are|i'm|i am) expecting(?! (?:worse|more|some|the|to|side|a lot|results|it))|while (?:i was |being )?pregnant|during (?:my |her )?pregnancy|got pregnant|pregnant (?:and|while) (?:taking|on|using)|breast ?feeding|nursing (?:my |her )?(?:baby|son|daughter|newborn|infant|little one|twins|\\d+[- ](?:month|week)[- ]old)|while nursing|(?:i'm|i am|currently|still) nursing",
    'exposure during pregnancy / breastfeeding',
    'special_situation',
  ],
  [
    'overdos(?:e|ed|ing)|(?:took|taken|had) (?:\\w+ )?(?:capsules?|pills?|tablets?|doses?)(?: \\w+){0,2} instead of (?:one|1|the usual|my usual)|took (?:too many|double|twice the|two doses|an extra|extra|\\d+ (?:capsules|pills|tablets) at once)|doubled (?:up|my dose)|double dose|accidentally took|took (?:it|them|\\w+) by mistake|wrong dose|more than the (?:recommended|max(?:imum)?) dose',
    'overdose / medication error',
    'special_situation',
  ],
  [
    '(?:kid|toddler|child|son|daughter|baby|grandson|granddaughter|\\d[- ]year[- ]old) (?:ate|swallowed|got into|took|chewed|found and ate)(?: (?:one|some|a|two|a few|\\d+|my|the|her|his))? ?(?:of )?(?:my |the |her |his )?(?:capsules?|pills?|tablets?|trimly|bottle|them)',
    'accidental exposure (child)',
    'special_situation',
  ],
]
