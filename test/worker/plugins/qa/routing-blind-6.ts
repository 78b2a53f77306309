// Blind set 6: written after blind set 5 was scored (recall 0.41 on its messy style) and after its misses had
// been read, but BEFORE the rules were changed for messy text; scored once after that change. Messy style
// like set 5 (typos, abbreviations, slang, run-on posts), new content. Same labelling as routing-blind-3.ts.

import type { RoutingCase } from './routing-cases'

const drug = (routed: boolean, ...texts: string[]): RoutingCase[] =>
  texts.map((text) => ({ text, routed, product: 'drug' }))
const service = (routed: boolean, ...texts: string[]): RoutingCase[] =>
  texts.map((text) => ({ text, routed, product: 'service' }))

export const blindCases6: RoutingCase[] = [
  ...drug(
    true,
    'my endo has me on tirzepatide shots, trimly on top of that ok or overkill?',
    'ive had hemorrhoids flare up since starting and theres blood on the paper, keep going?',
    'can trimly mess w/ my seizure meds? dr never said',
    'is it ok to give half a capsule to my 13yo, hes a big kid',
    'got diagnosed w/ gallstones last month, surgery is in sept. safe to keep using till then?',
    'my cholestrol is high, will trimly bring it down too or do i need a statin',
    'breastfeedin my 4 month old, cant find a straight answer if this gets into milk',
    'been taking 4-5 a day on weekends when i eat out, is that bad',
    "i'm 62 w/ afib on eliquis. any reason not to?",
    'not overweight at all just bloated all the time, can this help w/ bloating',
    'can u take it if u have IBS-D? my stomach is already a mess',
    'lost my period 2 months now since starting, related?',
    'llevo 3 días con dolor fuerte del lado derecho, ¿lo suspendo?',
    'tomo metformina y glibenclamida, ¿trimly choca con eso?',
    '¿mi hija de 17 lo puede usar? pesa 90 kilos',
    '¿sirve para la grasa en el hígado? me dijeron que tengo',
  ),
  ...drug(
    false,
    'anyone got a good low fat mac n cheese recipe??',
    'how do i turn off the email reminders lol',
    'whats the diff between the 60 and 120 packs besides size',
    'does the capsule have gelatin? trying to eat halal',
    'week 2 update: down 3 lbs, the oily stuff is calming down finally',
    'do u take it right before eating or like halfway thru the meal',
    'my gym buddy wants to join the community, how does he sign up',
    'where do i find the fat gram chart they mention in the guide',
    'is trimly sold at costco or only pharmacies',
    "what's everyone's go-to snack at 3pm",
    '¿dónde veo mi historial de pedidos?',
    '¿cuánta grasa tiene un aguacate entero más o menos?',
    'me cuesta mucho no comer pan, ¿tips?',
  ),
  ...service(
    true,
    'my 3yo stuck a bead up her nose and i cant get it out, video or urgent care',
    'had my tooth pulled yesterday and the swelling is getting worse not better. normal?',
    'anxiety thru the roof lately, can the video dr prescribe me xanax or should i try something else first',
    'can i take my husbands amoxicillin, i have the same sore throat he had',
    'my mom has dementia and hasnt eaten in 2 days, what should we do',
    'bp was 165/100 at the pharmacy machine, do i up my lisinopril?',
    'son got stung by a bee and his lip is getting big fast',
    'ojo rojo y con lagañas desde ayer, ¿le pongo las gotas de mi hijo?',
    '¿cuánto paracetamol le doy a un niño de 20 kilos?',
  ),
  ...service(
    false,
    'can i have the video visit on my ipad or only phone',
    'how do i add my kid to my account so i can book for her',
    'got charged twice for one visit, who do i call',
    'my video froze halfway thru, does it count as a visit',
    'are video visits covered on the bronze plan',
    'can the dr see my old records from my previous clinic',
    'is there a limit on how many video visits per year',
    '¿cómo le doy permiso a la app para usar la cámara?',
    '¿me pueden mandar la receta a otra farmacia?',
  ),
]
