import type { ComplaintCategory, Cues, EventCategory, Row, SeriousRow } from './lexicon'

// Spanish lexicons and cues (Mexican and Iberian usage), over normalised text: lower case, no accents
// ("náuseas" is matched as "nauseas", "estreñimiento" as "estrenimiento").

export const eventsEs: readonly Row<EventCategory>[] = [
  [
    'nauseas?|nauseabund[oa]|ganas de vomitar|(?:estomago|panza) revuelt[oa]|revuelto el estomago',
    'nausea',
    'gastrointestinal',
  ],
  ['vomit\\w*|devolv(?:i|ia|er|iendo|ido)|basca', 'vomiting', 'gastrointestinal'],
  [
    'diarr?h?ea|diarea|chorro|chorrillo|soltura|(?:heces|evacuaciones|popo|caca) (?:liquidas?|sueltas?|aguadas?)|(?:estomago|panza) suelt[oa]',
    'diarrhoea',
    'gastrointestinal',
  ],
  [
    '(?:heces|evacuaciones|popo|caca|manchas|deposiciones) (?:aceitosas|grasosas|grasientas|con aceite|de aceite|de grasa)|manchas de aceite|aceite en (?:la|mi) (?:ropa interior|ropa|calzon\\w*|taza|inodoro|excusado|sabana)|fugas? de aceite|salia aceite|aceite (?:naranja|anaranjado)',
    'oily spotting / fatty stool',
    'gastrointestinal',
  ],
  [
    'urgencia (?:para|de|por) (?:ir al bano|evacuar|defecar)|no (?:alcance|llegue|alcanzo|llego|alcanzaba|llegaba|alcance a llegar) al bano|me hice (?:del bano|encima|en los pantalones|popo encima)|(?:salir|sali|salgo) corriendo al bano|corriendo al bano|accidentes?|incontinencia',
    'faecal urgency / incontinence',
    'gastrointestinal',
  ],
  ['gases|flatulencias?|pedos|flatos|gasecitos', 'flatulence', 'gastrointestinal'],
  [
    'hinchaz[o]n (?:de|del|en el) (?:estomago|vientre|abdomen|panza|barriga)|(?:estomago|vientre|panza|barriga|abdomen) (?:hinchad[oa]|inflamad[oa]|distendid[oa])|inflamad[oa] del estomago|distension|me siento (?:inflamad[oa]|hinchad[oa])|inflamacion abdominal|hinchazon|inflamacion',
    'bloating',
    'gastrointestinal',
  ],
  [
    'dolor(?:es)? (?:de|en el|en la|del) (?:estomago|panza|barriga|vientre|abdomen|tripa)|dolor(?:es)? abdominal(?:es)?|colicos?|retortijon(?:es)?|punzadas? en (?:el|la) (?:estomago|panza|barriga|abdomen)|me (?:duele|dolia|dolio) (?:mucho )?(?:el|la) (?:estomago|panza|barriga|vientre|abdomen|tripa)|calambres? (?:en el estomago|abdominales)',
    'abdominal pain',
    'gastrointestinal',
  ],
  ['estren(?:imiento|ida|ido)|no (?:puedo|podia) (?:ir al bano|evacuar)', 'constipation', 'gastrointestinal'],
  ['acidez|agruras|reflujo|indigestion|ardor (?:de|en el) estomago', 'dyspepsia', 'gastrointestinal'],
  [
    'sangre en (?:las|mis|la) (?:heces|evacuaciones|popo|caca)|(?:heces|evacuaciones|popo) con sangre|sangrado rectal|heces negras',
    'rectal haemorrhage',
    'gastrointestinal',
    'medically_important',
  ],
  [
    'ictericia|(?:ojos|piel) amarill\\w+|(?:ojos|piel) (?:se (?:me )?(?:pusieron|puso|ven|veian|veia|ve)|estan|estaban|esta|tenia|tengo)(?: un poco| medio| muy)? amarill\\w+|color amarill\\w+ en (?:los ojos|la piel)|blanco de (?:los|mis) ojos (?:esta|estaba|se puso|se ve) amarill\\w+',
    'jaundice',
    'hepatic',
    'medically_important',
  ],
  [
    'orina (?:muy )?(?:oscura|cafe|de color oscuro|color (?:te|coca|cafe|refresco))|pipi (?:oscuro|cafe)|orina (?:se puso|sale|salia) (?:muy )?(?:oscura|cafe)',
    'dark urine',
    'hepatic',
    'medically_important',
  ],
  [
    'heces (?:palidas|blancas|claras|color arcilla)|popo (?:blanca|palida)',
    'pale stools',
    'hepatic',
    'medically_important',
  ],
  [
    '(?:dano|problemas?|falla|lesion|inflamacion) (?:en el|del|al) higado|higado (?:inflamado|danado|graso)|enzimas (?:hepaticas|del higado) (?:altas|elevadas)|hepatitis|insuficiencia hepatica',
    'liver injury',
    'hepatic',
    'medically_important',
  ],
  [
    'perdida (?:del|de) apetito|sin apetito|no tengo (?:nada de )?hambre|se me quito el hambre',
    'decreased appetite',
    'general',
  ],
  ['picazon|comezon|me pica(?:ba)?|prurito|rasquina|comenzon', 'pruritus', 'skin'],
  [
    'sarpullido|salpullido|ronchas|urticaria|erupcion(?:es)?(?: en la piel| cutanea)?|granitos|manchas rojas|brote en la piel|alergia en la piel',
    'rash',
    'skin',
  ],
  [
    '(?:se me |me )?(?:hincho|hincharon|inflamo|inflamaron) (?:la cara|los labios|la lengua|la garganta|los ojos|los parpados)|(?:cara|labios|lengua|garganta|parpados) (?:hinchad[oa]s?|inflamad[oa]s?)|hinchazon (?:de|en) (?:la cara|los labios|la lengua|la garganta)',
    'angioedema',
    'allergic',
    'medically_important',
  ],
  ['reaccion alergica|alergia (?:a|al|con)', 'hypersensitivity', 'allergic'],
  ['anafila\\w+|shock anafilactico', 'anaphylaxis', 'allergic', 'life_threatening'],
  [
    '(?:dificultad|problemas?) para respirar|no (?:podia|puedo|pude) respirar|falta de aire|me (?:faltaba|falta) el aire|ahog(?:o|aba|ue|arme)|sensacion de ahogo|se me (?:cerraba|cerro) la garganta',
    'dyspnoea',
    'respiratory',
  ],
  [
    'dolor(?:es)? de cabeza|cefalea|migran(?:a|as)|jaquecas?|me (?:duele|dolia|dolio) (?:mucho )?la cabeza|me explota la cabeza',
    'headache',
    'neurological',
  ],
  ['mareos?|maread[oa]|vertigo|me da vueltas la cabeza|aturdid[oa]', 'dizziness', 'neurological'],
  [
    'desmay(?:o|e|arme|ado|ada|os|aba)|perdi(?:o)? el conocimiento|me desvaneci',
    'syncope',
    'neurological',
    'medically_important',
  ],
  [
    'convulsi(?:on|ones|ono|onando|onaba)|ataque epileptico',
    'seizure',
    'neurological',
    'medically_important',
  ],
  ['temblor(?:es)?|tembloros[oa]', 'tremor', 'neurological'],
  ['hormigueo|entumecimiento|adormecimiento|entumid[oa]', 'paraesthesia', 'neurological'],
  [
    'insomnio|no (?:puedo|podia|pude|logro|lograba) dormir|no duermo|dificultad para dormir|desvelad[oa]',
    'insomnia',
    'psychiatric',
  ],
  [
    'cansanci[oa]|fatiga|agotad[oa]|agotamiento|sin energia|debilidad|muy cansad[oa]|cansad[oa] todo el (?:dia|tiempo)',
    'fatigue',
    'general',
  ],
  ['ansiedad|ataques? de panico|irritabilidad|cambios de humor', 'anxiety', 'psychiatric'],
  ['depresion|deprimid[oa]|tristeza profunda|llorando todo el tiempo', 'depression', 'psychiatric'],
  [
    'suicid\\w+|quitarme la vida|ganas de morir|no quiero vivir',
    'suicidal ideation',
    'psychiatric',
    'medically_important',
  ],
  [
    'dolor (?:de|en el) pecho|opresion en el pecho|presion en el pecho|dolor toracico',
    'chest pain',
    'cardiovascular',
    'medically_important',
  ],
  [
    'palpitaciones|taquicardia|(?:el )?corazon (?:me )?(?:late|latia) (?:muy )?(?:rapido|fuerte)|corazon acelerado|se me acelera(?:ba)? el corazon|arritmia',
    'palpitations',
    'cardiovascular',
  ],
  [
    'presion (?:alta|arterial alta|elevada)|hipertension|se me subio la presion',
    'hypertension',
    'cardiovascular',
  ],
  [
    'derrame cerebral|infarto|ataque al corazon|embolia|trombosis|coagulos?',
    'thromboembolic / cardiac event',
    'cardiovascular',
    'medically_important',
  ],
  [
    'calculos? (?:renales|en el rinon)|piedras? en (?:el|los) rin(?:on|ones)|dolor de rin(?:on|ones)|insuficiencia renal|sangre en la orina',
    'renal disorder',
    'renal',
    'medically_important',
  ],
  [
    'vesicula|calculos biliares|piedras en la vesicula|colecistitis|pancreatitis',
    'biliary / pancreatic disorder',
    'gastrointestinal',
    'medically_important',
  ],
  ['fiebre|calentura|escalofrios', 'pyrexia', 'general'],
  [
    'caida (?:del|de) (?:pelo|cabello)|(?:se me |se le )?(?:cae|caen|cayendo|cayo|cayendose)(?: \\w+){0,2} (?:el )?(?:pelo|cabello)|(?:pelo|cabello)(?: \\w+){0,2} (?:cayendo|cae|caia)|perdida de (?:pelo|cabello)',
    'alopecia',
    'skin',
  ],
  [
    'palid[oa]|sudoros[oa]|sudando (?:frio|mucho)|sudores? (?:nocturnos|frios)',
    'pallor / sweating',
    'general',
  ],
  [
    '(?:mucha|tanta) sed|orinar (?:mucho|tanto)|orino (?:mucho|todo el tiempo|a cada rato)',
    'polydipsia / polyuria',
    'general',
  ],
  [
    'dolor(?:es)? (?:muscular(?:es)?|de (?:espalda|articulaciones|huesos|cuerpo|piernas))|me (?:duele|duelen) (?:el cuerpo|los huesos|las articulaciones|la espalda)',
    'myalgia / arthralgia',
    'general',
  ],
  ['vision borrosa|veo borroso|vision doble', 'visual disturbance', 'general'],
  [
    'sangrado (?:de nariz|de encias|abundante|que no para|nasal)|hemorragia|moretones|me sangra(?:ba)? la nariz',
    'bleeding / bruising',
    'general',
  ],
  ['deshidrat\\w+', 'dehydration', 'general'],
  [
    '(?:baja|bajo|bajon) (?:de )?(?:azucar|glucosa)|hipoglucemia|se me bajo el azucar',
    'hypoglycaemia',
    'general',
  ],
  ['boca seca|sabor (?:metalico|raro|amargo) en la boca', 'dysgeusia', 'general'],
  [
    '(?:el|la|mi|mis|los|las) (?:estomago|panza|barriga|cabeza|piel|ojos|orina|pipi|popo|regla|periodo|corazon|pecho|garganta|rinones|higado|espalda|piernas|brazos|manos|pies|presion|azucar|vista)(?: \\w+){0,4} (?:(?:esta|estaba|se puso|anda|andaba|se siente|se sentia|se ve|se veia) )?(?:muy |super |bien )?(?:mal|rar[oa]|fatal|hinchad[oa]s?|roj[oa]s?|rosad[oa]|con sangre|ardiendo|revuelt[oa]|descontrolad[oa]|por las nubes)',
    'unspecified symptom',
    'unspecified',
  ],
  [
    '(?:los|mis|esos|unos|estos) efectos(?! secundarios| adversos)|efectos? secundarios?|efectos? adversos?|reaccion(?:es)? (?:a|al|con) (?:la|las|el|los|este|esta|estas|trimly)|me (?:cayo|cayeron|sento|sentaron|caen) (?:muy |super )?mal|me hizo (?:mucho )?dano|me (?:siento|senti|sentia|he sentido) (?:muy |super |bien )?(?:mal|fatal|horrible|terrible|enferm[oa]|pesim[oa])',
    'unspecified adverse event',
    'unspecified',
  ],
  [
    '(?:estoy|quede|estaba|resulte|salio que estoy) embarazada|embarazo|amamantando|dando (?:pecho|de mamar|leche materna)|lactancia',
    'exposure during pregnancy / breastfeeding',
    'special_situation',
  ],
  [
    'sobredosis|tome (?:de mas|doble|dos veces|demasiad[oa]s)|dosis doble|por (?:error|equivocacion)',
    'overdose / medication error',
    'special_situation',
  ],
  [
    '(?:hij[oa]|nin[oa]|bebe|niet[oa]) se (?:tomo|comio|trago) (?:una |unas |dos |\\d+ |las |mis )?(?:capsulas?|pastillas?|tabletas?)',
    'accidental exposure (child)',
    'special_situation',
  ],
]

const DOSE = '(?:capsulas?|pastillas?|tabletas?|pildoras?|grageas?)'
const PACK =
  '(?:frasco|bote|caja|envase|empaque|paquete|blister|sello(?: de seguridad)?|tapa|etiqueta|sobre|tarro)'
const LINK =
  '(?:(?:estaban|estan|venian|vienen|llegaron|llego|vino|eran|son|salieron|todas|muy|ya|estaba|esta|venia|viene|algunas|varias|unas) )*'

export const complaintsEs: readonly Row<ComplaintCategory>[] = [
  [
    `${DOSE} ${LINK}(?:rotas?|quebradas?|partidas?|aplastadas?|derretidas?|pegadas?|abiertas?|agrietadas?|rajadas?|vacias?|danadas?|deformes?|mojadas|manchadas|con moho|descoloridas?|desechas?)|(?:rotas?|quebradas?|partidas?|aplastadas?|derretidas?|danadas?) (?:las |unas |varias |algunas )?${DOSE}`,
    'damaged dosage form',
    'physical_defect',
  ],
  [
    `${PACK} ${LINK}(?:rot[oa]|danad[oa]|abiert[oa]|aplastad[oa]|abollad[oa]|violad[oa]|mojad[oa]|despegad[oa]|borros[oa]|rasgad[oa]|perforad[oa])|sin (?:el )?sello|sello (?:roto|abierto|violado|despegado)`,
    'damaged or open packaging',
    'packaging',
  ],
  ['alterad[oa]|manipulad[oa]|(?:alguien lo|ya venia) abiert[oa]', 'possible tampering', 'tampering'],
  [
    `(?:faltaban|faltan|faltaron) (?:\\w+ )?${DOSE}|(?:solo|solamente|nada mas) (?:venian|vinieron|traia|tenia|habia|llegaron|trae|tiene|hay|vienen) (?:\\d+|unas pocas)|(?:venian|vinieron|traia|tenia|habia|llegaron|trae|tiene|vienen) (?:solo|solamente|nada mas) (?:\\d+|unas pocas)|cantidad (?:incorrecta|equivocada)|menos ${DOSE} de (?:las )?que|(?:caja|frasco|blister) (?:medio )?vaci[oa]`,
    'wrong count',
    'count',
  ],
  [
    `${DOSE} ${LINK}(?:equivocad[oa]s?|incorrect[oa]s?|falsificad[oa]s?|pirata|de otro color|de color (?:diferente|distinto|raro|extrano))|(?:producto|medicamento) (?:equivocado|incorrecto|falsificado|pirata)|falsificad[oa]s?|etiqueta (?:equivocada|incorrecta|borrosa|mal impresa)`,
    'wrong or suspect product',
    'wrong_product',
  ],
  [
    '(?:sabe|sabia|sabor|huele|olia|olor|saben|huelen|sabian|olian)(?: muy| bien| super| medio| un poco)? (?:raro|rara|mal|feo|fea|extrano|extrana|amargo|rancio|a quimico|a metal|a pescado|a plastico|a humedad|horrible|asqueroso|diferente|podrido)(?! en la boca)',
    'abnormal smell or taste',
    'smell_taste',
  ],
  [
    `(?:${DOSE}|frasco|caja|producto|medicamento|trimly|lote) ${LINK}(?:caducad[oa]s?|vencid[oa]s?)|fecha de (?:caducidad|vencimiento) (?:pasada|vencida|ya paso|borrosa|equivocada)|(?:caducad[oa]s?|vencid[oa]s?) (?:desde|hace)`,
    'expired product',
    'expired',
  ],
  [
    `(?:pelo|bicho|insecto|vidrio|metal|plastico|basura|particulas?|puntos negros|manchas negras|moho|algo raro) (?:en|dentro de|adentro de|dentro del|adentro del|en el|del) (?:el |la |las |los |una |un )?(?:frasco|${DOSE}|caja|blister|envase)|contaminad[oa]s?`,
    'contamination',
    'contamination',
  ],
  [
    'lote (?:defectuoso|malo)|producto defectuoso|problemas? de calidad|queja (?:de|sobre) (?:la )?calidad',
    'quality problem',
    'quality',
  ],
]

export const seriousEs: readonly SeriousRow[] = [
  [
    '(?<!casi )(?:murio|muri|fallecio|falleci\\w*)|muerte|(?:esta|estaba) muert[oa](?! de)|perdi a mi',
    'death',
  ],
  [
    'casi (?:me muero|muero|se muere|muere|me moria|se moria)|pense que (?:me iba a morir|me moria|iba a morir)|pudo (?:haber )?muerto|riesgo (?:de|mi) vida|peligro de muerte|shock anafilactico|(?:dejo|deje) de respirar|reanimacion|rcp|intubad[oa]',
    'life_threatening',
  ],
  [
    'hospitaliza\\w+|me internaron|la internaron|lo internaron|internad[oa]|ingresad[oa]|me ingresaron|en el hospital|al hospital|terapia intensiva|cuidados intensivos|uci',
    'hospitalization',
  ],
  [
    'discapacidad|incapacidad|incapacitad[oa]|no (?:puedo|pude|podia) trabajar|dano permanente|paralizad[oa]|perdi la vista|perdi el oido|en cama por (?:semanas|meses)|silla de ruedas',
    'disability',
  ],
  [
    'defectos? de nacimiento|defectos? congenit\\w+|malformacion\\w*|nacio con (?:un|una)|aborto espontaneo|perdi (?:al|el) bebe|perdi el embarazo',
    'birth_defect',
  ],
  [
    'urgencias|sala de emergencias?|ambulancia|911|paramedicos|cirugia|me operaron|transfusion|dolor (?:muy )?(?:intenso|fuerte|insoportable|terrible|horrible|severo|espantoso)|(?:intenso|fuerte|insoportable|terrible|horrible|severo|espantoso) dolor',
    'medically_important',
  ],
]

const PARIENTES =
  'esposo|esposa|marido|mujer|pareja|novio|novia|hijo|hija|mama|madre|papa|padre|hermano|hermana|tia|tio|abuela|abuelo|prima|primo|amiga|amigo|vecina|vecino|suegra|suegro|sobrina|sobrino|nieta|nieto|paciente|bebe|nino|nina'

export const cuesEs: Cues = {
  negation:
    'no|nunca|jamas|sin|ningun|ninguna|ninguno|ni|tampoco|nada de|cero|libre de|ya no|nada|deje de tener|solia tener|antes (?:tenia|sufria)',
  pseudoNegation:
    'no (?:puedo|podia|pude) dejar de|no (?:aguanto|soporto|aguantaba|soportaba|aguante)|no se por que|no (?:he|ha|habia|hemos) podido (?:dormir|comer|respirar|trabajar|evacuar|ir al bano|concentrarme|descansar)|no (?:puedo|podia|pude) (?:\\w+ ){0,4}?sin|no se (?:si|que|como|por que)|no estoy segur[oa](?: de)?(?: si)?|no solo|no solamente|no me (?:deja|dejaba|dejo) de|no (?:para|paraba|paro|paran|paraban) de|no se (?:me )?quita(?:ba|n)?|no se (?:me )?(?:ha|han) quitado|no (?:mejora|mejoraba|mejoro)|no (?:me )?(?:siento|senti|sentia) bien|no es normal|sin parar|no (?:puedo|podia|pude) creer|nunca (?:habia|he|havia) tenido(?: [a-z]+){0,6}? (?:antes|hasta)|no(?=[,!])|no (?:puedo|podia|pude|logro|lograba|alcance|llegue|alcanzo|llego|alcanzaba|llegaba) (?:dormir|respirar|comer|trabajar|evacuar|ir al bano|al bano|a llegar)|sin (?:el )?sello',
  terminators:
    'pero|aunque|excepto|salvo|sino|solo|solamente|menos|sin embargo|mas que|nada mas|ademas|ahora|luego|despues',
  hypothetical:
    '(?:me |nos )?da(?:n)? miedo|me preocupa que|ojala|(?:puede|podria|pueden|podrian) (?:causar|dar|provocar|producir|generar|pasar)|me preocupa|preocupad[oa]|tengo miedo|miedo (?:de|a)|temo que|dicen que|lei que|escuche que|he oido|(?:la etiqueta|el prospecto|el instructivo|la caja) (?:dice|decia|advierte|menciona)|advierte|se supone|deberia|como (?:evito|evitar|prevenir)|para evitar|evitar|es seguro|se puede tomar|puedo tomar|ojala|espero que no|riesgo de|posibles efectos|alguien sabe',
  experience:
    'por que (?:tengo|me)|por primera vez|se me (?:esta|estan|cae|caen|hincha|hinchan|pone|puso|hizo)|me (?:esta|estan) \\w+ndo|tuve|he tenido|estoy teniendo|me dio|me dieron|me da(?! (?:miedo|pena|gusto|risa|verguenza|flojera))|me dan(?! (?:miedo|pena|ganas de comer))|se (?:me |le )?(?:quita|quitan|quito|va|van|fue|pasa|pasan|paso|calma|calmo)|venia|venian|vino|vinieron|traia|traian|trae|traen|me ha dado|me han dado|me esta dando|me estan dando|me provoco|me causo|me hizo|me pone|me puso|me siento|me senti|me sentia|he sentido|he notado|note|empece a|me empezo|me empezaron|sufri|sufro|he sufrido|vomite|me desmaye|termine en|fui a|me llevaron|amaneci con|me levante con|desde que (?:empece|comence|tomo|tome|inicie|uso)|despues de tomar|alguien mas|a alguien mas|es normal|soy (?:la|el) unic[oa]|me paso|(?:este|esta|estos|estas) (?:frasco|caja|lote|capsulas|pastillas|paquete|vez)|(?:me )?(?:mandaron|vendieron|entregaron|toco)|encontre|me pasa|me ha pasado|a mi tambien|yo tambien|ayer|anoche|esta manana|la semana pasada|(?:el |en el |desde el |la |en la )?(?:dia|semana) (?:\\d+|uno|dos|tres|cuatro)|(?:me )?llegaron|(?:me )?llego|compre|abri|recibi|(?:mi|mis) (?:frasco|caja|capsulas|pastillas|pedido|paquete)|mi (?:estomago|panza|barriga|cabeza|piel|ojos|orina|popo|heces|cuerpo|corazon|pecho|garganta|cara|labios|lengua|cabello|pelo|presion|azucar|regla|periodo|vision|ropa interior)|(?:mi|mis) (?:' +
    PARIENTES +
    ')(?: \\w+){0,3} (?:tuvo|tiene|tenia|le dio|le dieron|le da|se puso|se sintio|se siente|termino|fue|estuvo|esta|vomito|se desmayo|murio|empezo|sufrio)',
  causal:
    'despues de (?:tomar|empezar|iniciar|la primera)|desde que (?:empece|comence|tomo|tome|inicie|uso|estoy tomando|empezo|comenzo)|me (?:dio|dieron|da|dan|provoco|causo|causa|provoca)|le (?:dio|dieron|provoco|causo)|efectos? secundarios?|reaccion a|por (?:las|el|la|los) (?:pastillas?|capsulas?|medicamento|medicina|trimly)|cuando (?:tomo|tome|me tomo)|cada vez que (?:tomo|me tomo)|con (?:trimly|las pastillas|las capsulas|este medicamento)',
  thirdParty: `(?:mi|mis|nuestro|nuestra) (${PARIENTES})`,
  female:
    'soy (?:mujer|mama|madre|senora|abuela)|(?:mujer|senora) de \\d{2}|(?:mi|mis) (?:esposa|mujer|novia|hija|mama|madre|hermana|tia|abuela|prima|amiga|vecina|suegra|sobrina|nieta)',
  male: 'soy (?:hombre|papa|padre|senor|abuelo)|(?:hombre|senor) de \\d{2}|(?:mi|mis) (?:esposo|marido|novio|hijo|papa|padre|hermano|tio|abuelo|primo|amigo|vecino|suegro|sobrino|nieto)',
  age: 'tengo (\\d{1,2}) anos|de (\\d{1,2}) anos|(\\d{1,2}) anos de edad',
  severity:
    'muy fuerte|fuerte|intens[oa]|insoportable|terrible|horrible|espantos[oa]|sever[oa]|much[oa]|constante|grave',
}
