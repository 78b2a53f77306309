import type { EventCategory, Row } from './lexicon'

// Spanish lay and colloquial phrasing (Mexican and Iberian) for the common reactions, over normalised text.
// Same terms as the Spanish lexicon in lexicon-es.ts.

export const layEs: readonly Row<EventCategory>[] = [
  [
    '(?:no (?:tolero|tolera|toleraba|toleran|aguanto|aguanta|me cae bien|me caen bien)|intolerancia a) (?:las |los |el |la |este |esta |estas |estos )?(?:capsulas|pastillas|medicamento|medicina|trimly)',
    'drug intolerance',
    'general',
  ],
  [
    'con ganas de vomitar|el estomago (?:me da vueltas|revuelto)|ando revuelt[oa]',
    'nausea',
    'gastrointestinal',
  ],
  [
    '(?:corr(?:er|o|i|ia|iendo|imos)|sal(?:ir|go|i|ia|iendo)) (?:\\w+ ){0,2}(?:al|hacia el) bano|(?:sentad[oa]|viviendo) en el (?:bano|inodoro|excusado)|casi no (?:llego|llegue|alcanzo|alcance) al bano',
    'faecal urgency / incontinence',
    'gastrointestinal',
  ],
  [
    'debil(?:es)?|sin fuerzas|sin energia|decaid[oa]|me arrastro|rendid[oa]|molid[oa]|(?:mucho|tanto) sueno|somnolien\\w+|adormilad[oa]',
    'fatigue',
    'general',
  ],
  [
    'no (?:he|ha|habia|hemos) podido dormir|duermo (?:muy )?mal|me despierto (?:a cada rato|varias veces|en la noche|a las \\d)|desvelo',
    'insomnia',
    'psychiatric',
  ],
  [
    'de mal humor|de malas|enojon[a]?|llor(?:ando|ona|on) (?:por todo|todo el tiempo|sin razon)|llorar por todo|cambios de (?:humor|animo)|bajonead[oa]|desanimad[oa]',
    'anxiety',
    'psychiatric',
  ],
  [
    'cabeza (?:\\w+ ){0,2}(?:nublada|embotada|confundida)|confundid[oa]|desorientad[oa]|no (?:me )?puedo concentrar(?:me)?|(?:mente|cabeza) en blanco',
    'confusion',
    'neurological',
  ],
  [
    'acne|barros|espinillas|ampollas|me (?:sali(?:o|eron)|brot(?:o|aron)) (?:\\w+ )?(?:granitos|granos|ronchas|manchas|barros|ampollas)|piel (?:\\w+ )?(?:reseca|seca|irritada|pelando)',
    'rash',
    'skin',
  ],
  [
    'orino (?:mucho|a cada rato|toda la noche)|me levanto (?:\\w+ ){0,3}a orinar|ardor al orinar|infeccion (?:urinaria|de orina)',
    'urinary disorder',
    'renal',
  ],
  [
    '(?:se me |se le )?(?:hinch(?:an|aron|o|aban)) (?:\\w+ ){0,2}(?:los |las )?(?:pies|tobillos|piernas|manos|dedos)|(?:pies|tobillos|piernas|manos|dedos) hinchad[oa]s',
    'peripheral oedema',
    'general',
  ],
  ['calambres?', 'myalgia / muscle spasm', 'general'],
  ['rascarme|rascandome|me rasco|me rascaba|rascarse', 'pruritus', 'skin'],
  [
    '(?:se me|se le) (?:duerme|duermen|durmio|durmieron|entume\\w*|adormec\\w*)',
    'paraesthesia',
    'neurological',
  ],
  [
    'el corazon (?:me )?(?:late|latia|palpita|brinca|se acelera)|corazon (?:a mil|acelerado|brincando)',
    'palpitations',
    'cardiovascular',
  ],
  ['suda(?:ndo|ba) (?:frio|mucho|a mares)|sudores?|empapad[oa] en sudor', 'hyperhidrosis', 'general'],
  [
    '(?:ando|estoy|he estado|anduve|me siento|me senti) (?:muy |super |bien |algo |un poco )?(?:malit[oa]|pachuch[oa]|enferm[oa])',
    'malaise',
    'general',
  ],
  [
    'hacerme dano|lastimarme|cortarme|pensamientos (?:oscuros|feos|negativos|de muerte)|no quiero (?:seguir viviendo|vivir|despertar)',
    'suicidal ideation',
    'psychiatric',
    'medically_important',
  ],
  [
    '(?:tome|me tome|tomo) (?:\\w+ )?(?:dos|2|tres|3) (?:capsulas|pastillas|veces|dosis)(?: \\w+){0,2} (?:juntas|seguidas|de golpe|sin querer)|sin querer (?:me )?tome|me equivoque (?:de|con la) dosis',
    'overdose / medication error',
    'special_situation',
  ],
]
