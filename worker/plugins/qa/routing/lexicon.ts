// Word lists the routing rules combine (English and Spanish, lower-case, without accents: see normalize() in
// routing-rules.ts). Each export is the source of a regular-expression alternation, used inside `\b(?:…)\b`.
// They are written from medical vocabulary in general, not from the labelled sets: a list should read as
// "the names people use for X", never as a list of test sentences.

const alt = (...parts: string[]) => parts.join('|')

/**
 * Other medicines by class or by name, and generic names recognised by their stem (…pril, …sartan, …olol,
 * …statin, …prazole…). Leaves out the product's own words (capsule, the multivitamin the label asks for) and
 * "prescription" alone, which is a logistics word ("prescription refill", "prescription version").
 */
export const MEDICINE = alt(
  // Classes and generic words that always mean another medicine.
  'antibiotics?|antidepressants?|antipsychotics?|anti-?anxiety (?:meds|medication)|blood thinners?|anticoagulants?',
  'statins?|steroids?|corticosteroids?|birth control|contraceptives?|(?:on|taking) the pill|insulin|inhalers?',
  'chemo(?:therapy)?|painkillers?|pain (?:killers?|relievers?)|sleeping pills?|sleep aids?|diuretics?|water pills?',
  'beta[- ]blockers?|ace inhibitors?|antihistamines?|antacids?|laxatives?|stool softeners?|hormone therapy|hrt',
  'glp-?1s?|weight[- ]loss (?:shots?|injections?|drugs?)|diet pills?|fat burners?|appetite suppressants?',
  'fish oil|omega-?3s?|iron (?:pills?|tablets?|supplements?)|immunosuppressants?|anti-?inflammator(?:y|ies)',
  'vitamin [a-k]\\d* (?:supplements?|pills?|tablets?|shots?|injections?)|(?:my|his|her) vitamin [a-k]\\d*',
  // "<condition> pills/meds/medicine", "my other meds", "my medication".
  '(?:other|prescribed|heart|thyroid|(?:blood )?pressure|bp|diabetes|cholesterol|seizure|epilepsy|sleep|sleeping|allergy|pain|anxiety|depression|adhd|psych|mental health|hormone|fertility|stomach|acid|reflux) (?:pills?|meds|medicines?|medications?|tablets?|drugs?)',
  '(?:my|his|her|their|new) (?:meds|medicines?|medications?)',
  'eye drops|ear drops|nasal spray|ointment|(?:steroid|antibiotic|hydrocortisone|antifungal|cortisone) cream',
  // Names people use often (brands and generics).
  'metformin|warfarin|coumadin|levothyroxine|synthroid|lithium|amiodarone|digoxin|cyclosporine|ciclosporin|tacrolimus',
  'jardiance|farxiga|invokana|januvia|trulicity|victoza|rybelsus|byetta|actos|gli\\w+ide|gli\\w+ida',
  'ozempic|wegovy|mounjaro|zepbound|semaglutide|tirzepatide|saxenda|liraglutide|phentermine|contrave|qsymia',
  'adderall|ritalin|vyvanse|concerta|sertraline|zoloft|fluoxetine|prozac|lexapro|celexa|bupropion|wellbutrin',
  'venlafaxine|effexor|cymbalta|trazodone|lamotrigine|lamictal|topiramate|topamax|depakote|keppra|dilantin',
  'risperidone|risperdal|quetiapine|seroquel|olanzapine|zyprexa|aripiprazole|abilify|clozapine',
  'prednisone|prednisolone|cortisone|methotrexate|humira|enbrel|plaquenil|hydroxychloroquine',
  'lasix|furosemide|spironolactone|hydrochlorothiazide|hctz|lipitor|crestor|zocor|eliquis|apixaban|xarelto',
  'plavix|clopidogrel|aspirin|ibuprofen|advil|motrin|naproxen|aleve|acetaminophen|tylenol|paracetamol',
  'prilosec|nexium|pepcid|tums|melatonin|benadryl|zyrtec|claritin|allegra|sudafed|nyquil|dayquil',
  'amoxicillin|augmentin|penicillin|azithromycin|z-?pack|doxycycline|cipro|keflex|macrobid|bactrim',
  'fluconazole|diflucan|valacyclovir|valtrex|tamiflu|paxlovid|albuterol|ventolin|symbicort|advair|singulair',
  'epipen|gabapentin|neurontin|lyrica|tramadol|oxycodone|hydrocodone|codeine|xanax|alprazolam|ativan',
  'lorazepam|klonopin|clonazepam|valium|diazepam|ambien|zolpidem|viagra|cialis|estradiol|estrogen',
  'progesterone|testosterone|clomid|letrozole|tamoxifen|accutane|isotretinoin|spironolactone',
  // Generic-name stems (English and Spanish spellings).
  '\\w{3,}(?:pril|sartan|olol|statina?|prazole?|tidina?|tidine|oxetina?|oxetine|azepam|azolam|cillin|cilina|mycin|micina|cycline|ciclina|floxacin[oa]?|gliptina?|gliflozina?|glutid[ae]|formina?|dipine|dipino|thiazide|tiazida|semida|semide|lukast|triptyline|triptilina)',
  // Spanish.
  'antibioticos?|antidepresivos?|antipsicoticos?|anticoagulantes?|anticonceptivos?|insulina|inhalador(?:es)?',
  'esteroides?|corticoides?|quimio(?:terapia)?|analgesicos?|laxantes?|diureticos?|antiacidos?|antihistaminicos?',
  '(?:pastillas?|medicinas?|medicamentos?|tratamiento) (?:para|de) (?:la |el |los |las |mi |mis )?(?!venta|trimly|bajar|adelgazar|peso)\\w+',
  '(?:mi|mis|su|sus) (?:pastillas?|medicinas?|medicamentos?)|otr[oa]s? (?:pastillas?|medicinas?|medicamentos?)',
  'metformina|warfarina|levotiroxina|litio|ibuprofeno|acetaminofen|aspirina|omeprazol|losartan|enalapril',
  'amoxicilina|penicilina|prednisona|melatonina|ciclosporina|hormonas?|gotas (?:para|de) (?:los |el )?(?:ojos?|oidos?)',
)

/**
 * Named health conditions, organs with a problem, and procedures, outside a weight-loss use. A rule ignores the
 * ones the approved use itself names (see `covered` in routing-rules.ts).
 */
export const CONDITION = alt(
  'diabetes|diabetic|prediabet\\w*|pre-diabet\\w*|type [12]\\b|blood sugars?|my sugars?|glucose|a1c|insulin resistan\\w*',
  'high blood pressure|blood pressure|hypertension|low blood pressure|cholesterol|triglycerides?|ldl',
  'heart (?:disease|failure|condition|problems?|attack|surgery|issues?|rhythm|murmur|valve)|cardiac|arrhythmia|a-?fib|atrial',
  'stroke|blood clots?|dvt|pulmonary embolism',
  'kidneys?|renal|dialysis|kidney stones?|liver|hepatitis|cirrhosis|nafld|gallbladder|gall bladder|gallstones?',
  "pancrea\\w*|crohn'?s|colitis|ibs|ibd|irritable bowel|celiac|coeliac|gastroparesis|gerd|ulcers?|diverticul\\w*",
  "malabsorption|short bowel|thyroid|hypothyroid\\w*|hyperthyroid\\w*|hashimoto'?s|graves|pcos|polycystic",
  'endometriosis|menopaus\\w*|perimenopaus\\w*|epilepsy|seizures?|migraines?|asthma|copd|sleep apnea',
  'gout|arthritis|lupus|fibromyalgia|osteoporosis|osteopenia|anemi\\w*|cancer|tumou?rs?|leukemia|lymphoma',
  "hiv|transplant\\w*|lipedema|lymphedema|cystic fibrosis|multiple sclerosis|parkinson'?s|dementia",
  "alzheimer'?s|eating disorders?|bulimi\\w*|anorexi\\w*|binge eating|depression|bipolar|schizophreni\\w*",
  'adhd|ptsd|ocd|anxiety disorder|autism|allerg(?:y|ies|ic)|immunocompromised|autoimmune',
  // Generic forms: "…itis", "…osis", "X disease / syndrome / disorder", eponyms ("Sjogren's"), "a health condition".
  '\\w{3,}itis|(?!diagnosis|prognosis|hypnosis)\\w{3,}osis|(?:an|leuk|hyperlipid|hypoglyc|hyperglyc|sept|isch)(?:a)?emia',
  "\\w+ (?:disease|syndrome|disorder|deficiency|insufficiency)|\\w{3,}'s (?:disease|syndrome)",
  '(?:medical|health|heart|skin|chronic) (?:conditions?|issues?|problems?)|chronic (?:illness|pain)|medical history',
  'pink eye|strep|ear infection|sinus infection|uti|bladder infection|yeast infection|flu|covid|shingles',
  'cold sores?|concussion|hemorrhoids?|piles|hernia|sciatica|vertigo|eczema|rosacea|pacemaker|stent',
  // Procedures and tests that change what a medicine does or needs.
  'colonoscopy|endoscopy|anesthesia|anaesthesia|biopsy|blood (?:test|work)|lab work|dental surgery',
  // Spanish.
  'diabet\\w*|azucar (?:alta|baja|en la sangre)|la azucar|el azucar|glucosa|presion (?:alta|baja|arterial)',
  'hipertension|colesterol|trigliceridos|corazon|cardiac\\w*|infarto|derrame|trombosis|coagulos?',
  'rinon(?:es)?|renal|dialisis|calculos (?:biliares|renales|en la vesicula|en el rinon)|higado|hepatitis|cirrosis|vesicula|pancrea\\w*|colitis|celiac\\w*',
  'gastritis|ulceras?|tiroides|hipotiroid\\w*|hipertiroid\\w*|ovario poliquistico|endometriosis|menopausia',
  'epilepsia|convulsiones|migranas?|asma|artritis|lupus|osteoporosis|anemia|cancer|tumor(?:es)?|vih',
  'trasplante|bulimia|anorexia|trastorno (?:alimenticio|de la conducta alimentaria)|depresion|bipolar',
  'alergi\\w*|colonoscopia|endoscopia|anestesia|analisis de sangre|infeccion (?:de orina|urinaria)|hemorroides',
  'almorranas|hernia|vertigo|marcapasos|grasa en el higado|problemas? de salud|enfermedad(?:es)? \\w+',
)

/**
 * Symptoms a person describes. The GI effects a fat-blocking weight-loss medicine is known for are in
 * EXPECTED_EFFECT instead: asked about in general ("is the gas normal?") they are public product knowledge.
 */
export const SYMPTOM = alt(
  'pain|painful|aches?|aching|hurts|hurting|sore|stomach ?ache|belly ?ache|headaches?|migraines?',
  'bleed\\w*|bloody|blood in|blood when|fever|temperature of|temp of|rash|hives|itch\\w*',
  'swollen|swelling|lump|vomit\\w*|throwing up|threw up|throw up|nause\\w*|queasy|dizz\\w*|light-?headed',
  'faint\\w*|passed out|cough\\w*|wheez\\w*|short(?:ness)? of breath|trouble breathing|hard to breathe',
  'palpitations|heart (?:is )?(?:racing|pounding)|racing heart|pounding heart|numb|numbness|tingl\\w*|heartburn',
  'dark (?:urine|pee)|(?:urine|pee) is (?:really |very )?dark|pale (?:stools?|poop)|black (?:stools?|poop)',
  '(?:stools?|poop) (?:are|is) (?:pale|black|white|grey|gray)|yellow (?:eyes|skin)|jaundice|bruis\\w*',
  "insomnia|can'?t sleep|sprain\\w*|twisted (?:my|his|her) \\w+|broken (?:bone|arm|leg|wrist|ankle|toe|finger)",
  'is it broken|fractur\\w*|cut (?:my|his|her) (?:finger|hand|arm|leg|foot|head|lip|thumb|face)|wound|stitches|infect\\w*|sore throat',
  'tired(?! of)|exhausted|fatigue|weakness|weak\\b|hair (?:loss|falling out)|blurry vision|chest',
  '(?:my )?periods? (?:stopped|late|irregular|heavier|heavy|missed)|missed (?:my |a )?period|lost my appetite|loss of appetite|no appetite',
  '(?:feel|feeling|felt|feels) (?:really |so |very |super |kind of |a bit |pretty )?(?:down|low|sad|depressed|awful|terrible|horrible|sick|unwell|weak|dizzy|faint|worse|off|rough|crappy|lousy|like crap)',
  '(?:blood )?(?:sugars?|glucose|pressure|bp|heart rate|pulse|oxygen|o2) (?:\\w+ ){0,3}(?:\\d|high|low|dropping|spiking|drops?|spikes?|racing)',
  'running a (?:temp|temperature|fever)|(?:9[5-9]|10[0-7])(?:\\.\\d)? ?(?:f|degrees)|(?:3[6-9]|4[0-2])(?:[.,]\\d)? ?(?:c|grados)|stung|stings?|bitten|bit by|(?:tick|bug|insect|spider|dog|cat) bites?',
  'stuck (?:\\w+ ){0,3}(?:up|in) (?:his|her|my|their) (?:nose|ear|throat)|blood on (?:the )?(?:paper|tissue|toilet)',
  'burn(?:s|ing)? when (?:i|he|she) pee|pain when peeing|lost my period|no period|period (?:stopped|is late)',
  "haven'?t had (?:my|a) period|red eyes?|pus|hasn'?t eaten|won'?t keep (?:water|anything|fluids|food) down",
  'sad|depressed|hopeless|panic\\w*|anxious|(?:sugar|sugars|glucose|pressure|bp) (?:is|are|has been|have been|was|of|over|at) (?:high|low|over|under|\\d)',
  // Spanish.
  'dolor(?:es)?|duele|duelen|sangr\\w*|fiebre|calentura|sarpullido|ronchas|comezon|picazon|erupcion',
  'hinchad\\w*|hinchazon|bulto|vomit\\w*|nauseas?|ganas de vomitar|mare\\w*|desmay\\w*|tos\\b|tosiendo',
  'falta de aire|no puedo respirar|palpitaciones|taquicardia|hormigueo|entumecid\\w*|acidez|agruras|ardor',
  'orina oscura|heces (?:negras|claras|blancas)|ojos amarillos|piel amarilla|moretones|morados|insomnio',
  'no puedo dormir|no me baja la regla|regla (?:irregular|atrasada)|perdi el apetito|torcedura|esguince|fractura|cortada|herida|infeccion|garganta|cansad\\w*|cansancio',
  'agotad\\w*|debil\\w*|triste\\w*|deprimid\\w*|panico|me siento (?:muy )?(?:mal|peor|fatal)',
  '(?:azucar|glucosa|presion) (?:en|de|alta|baja|esta|sobre) ?\\d*|\\d+ de (?:temperatura|fiebre)|temperatura (?:alta|de \\d)',
  'ardor al orinar|ojos? rojos?|laganas|picadura|mordida|me pico|le pico|no ha comido|no me baja',
)

/** The expected GI effects of a fat-blocking weight-loss medicine (see SYMPTOM). */
export const EXPECTED_EFFECT = alt(
  'diarrh\\w*|loose stools?|oily|spotting|discharge|gas\\b|gassy|bloat\\w*|urgency|urgent (?:bowel|need)|cramp\\w*|constipat\\w*',
  'diarrea|heces sueltas|manchado|manchas de grasa|gases|inflamad\\w*|colicos|retortijones|estrenimiento',
)

/** Any question that asks what to do about a health matter (what should I do, is this normal, can I give…). */
export const DECISION = alt(
  'what (?:should|do|can|would) (?:i|we) do|what now|what should (?:i|we) (?:take|give|try|use)',
  'should (?:i|we|he|she|they)\\b(?! (?:have|bring|wear|log|book|download|install|schedule|reschedule|pay|sign|join|expect|eat|cook|buy|order|print|charge)\\b)',
  'is (?:this|that|it) (?:normal|serious|dangerous|bad|ok|okay|fine|safe|an emergency|broken|infected|contagious|something)',
  'worr\\w*|concern\\w*|do (?:i|we|you think (?:i|we)) need|need (?:to see|to go|antibiotics|stitches|a doctor)',
  'can (?:i|we|he|she) (?:give|take|just|still|wait|stop|skip|treat|keep|continue|use (?:it|them|the|my|his|her|leftover))',
  'how (?:much|many) [\\w ]{0,30}(?:can|should|do) (?:i|we) (?:give|take)|what can (?:i|we) (?:give|take)',
  '(?:video(?: visit| appointment| call)?|this|wait) or (?:go to )?(?:the )?(?:er|e\\.r|emergency|urgent care|hospital|go in)',
  'can (?:it|this|that) wait|wait (?:for|until) (?:a|the|my|our)|go (?:in|to the (?:er|doctor|hospital|urgent care|emergency))',
  'see a doctor|keep going|keep taking|stop or|normal|(?:a|the) video (?:visit|appointment|call)? ?(?:handle|help|deal|treat)',
  'is (?:a )?video (?:visit|appointment) (?:enough|ok|okay|appropriate|the right)|is it (?:safe|dangerous|ok|okay|bad|harmful)',
  'any (?:issues|problems|risks|concerns|reason)|a problem|bad idea|off limits|mess (?:with|up)',
  'interact\\w*|affect\\w*|throw (?:off|me off)|make (?:it|them|things|my [\\w ]{1,20}) worse|worse|dangerous',
  'watch (?:out )?for|look out for|(?:need to|should (?:i|he|she)) be seen|get (?:it|this|him|her|them) checked|get checked',
  'too (?:low|high|much|fast|slow|strong)|related|caused by|due to|because of|could (?:it|this|that) be|or urgent care',
  'do (?:i|we) (?:up|raise|increase|lower|stop|skip|double)|(?:up|raise|increase|lower) (?:my|his|her) \\w+',
  // Spanish.
  'que (?:hago|debo hacer|puedo hacer|hacemos|le (?:doy|puedo dar|damos))|le (?:doy|puedo dar|damos)|puedo|debo',
  'deberia|es (?:normal|grave|peligroso|seguro|malo)|preocup\\w*|necesito|necesita|espero|esperar|sigo',
  'lo dejo|la dejo|dejarlo|suspend\\w*|hay (?:algun )?problema|(?:me|le) (?:puede|hace|hara|hacen) (?:dano|mal)',
  'hace dano|afecta|quita (?:el )?efecto|les quita|urgencias|emergencias|peligroso|es por|sera por|tomo algo',
  'que (?:tomo|puedo tomar|me tomo)|me tomo algo|choca|le pongo|tiene que ver|se relaciona|cuanto le',
)

/**
 * What makes a question about an EXPECTED_EFFECT personal: a decision to stop or go on, a doctor, or a severity
 * or duration beyond the usual first-week effects. (Not "worry": people worry about these effects in advance.)
 */
export const STRONG_DECISION = alt(
  'stop|quit|keep going|keep taking|continue|doctor|\\ber\\b|hospital|urgent care',
  'what (?:should|do) (?:i|we) do|dangerous|serious|severe|really bad|terrible|unbearable|constant',
  'for (?:a|one|two|three|four|five|several|\\d+) (?:days?|weeks?|months?)|(?:days|weeks) now|every day|all day',
  "won'?t stop|doesn'?t stop|blood|dehydrat\\w*",
  'seguir|sigo|dejar|lo dejo|suspend\\w*|medico|urgencias|que hago|peligroso|grave|muy fuerte',
  'todos los dias|hace (?:\\d+|una|dos|tres|varias) (?:dias|semanas)|desde hace|sangr\\w*|deshidrat\\w*',
)

/** Family and other specific people a question can be about. */
export const FAMILY = alt(
  'child|children|kid|kids|son|daughter|teen|teenager|toddler|baby|infant|newborn|husband|wife|partner',
  'friend|mom|mother|dad|father|sister|brother|niece|nephew|cousin|aunt|uncle|grandma|grandmother|grandpa',
  'grandfather|grandson|granddaughter|roommate|coworker|neighbou?r|boyfriend|girlfriend|fiance|fiancee',
)
export const FAMILIA = alt(
  'hijo|hija|hijos|nino|nina|bebe|esposo|esposa|marido|mujer|pareja|amigo|amiga|mama|madre|papa|padre',
  'hermana|hermano|sobrina|sobrino|prima|primo|tia|tio|abuela|abuelo|nieto|nieta|novio|novia|suegra|suegro',
)

/** Diets that are not a reduced-calorie, low-fat diet. */
export const OTHER_DIET = alt(
  'keto|ketogenic|atkins|carnivore(?: diet)?|high[- ]fat diet|low[- ]carb diet|paleo|intermittent fasting|omad',
  'dieta cetogenica|cetogenica|dieta alta en grasas?|dieta baja en carbohidratos|ayuno intermitente',
)

/** A question about a medicine that asks for a decision (used where a medicine alone is not enough, e.g. a service). */
export const MEDICINE_DECISION = alt(
  'can (?:i|we|he|she) (?:take|give|use|mix|combine|stop|skip|double|keep|just|still|have)',
  'should (?:i|we|he|she) (?:take|give|stop|skip|double|keep|continue|use|try|be worried|worry|increase|lower|switch|start)',
  'is it (?:safe|ok|okay|fine|dangerous|bad)|interact\\w*|together|at the same time|with (?:my|his|her)\\b',
  'how (?:much|many)|what dose|twice|double|extra|by mistake|by accident|dangerous|ran out|run out|missed|forgot',
  'puedo (?:tomar|dar|dejar|usar|combinar|mezclar|seguir)|debo|deberia|le (?:doy|puedo dar)|es (?:peligroso|seguro)',
  'por error|doble|se me acab\\w*|olvid\\w*|junto con|al mismo tiempo|con mis?\\b|choca|le pongo',
  'too (?:low|high|much|strong)|is (?:that|this|it) (?:normal|ok|okay|too)|(?:up|raise|increase|lower) (?:my|his|her)',
  'do (?:i|we) (?:up|raise|increase|lower|stop|skip|double)|leftover|someone else|prescribe me',
)
