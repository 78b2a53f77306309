// Blind set 5: written after the final scoring of blind sets 3 and 4, BEFORE the one fix that followed it (an
// age pattern that had stopped matching "I'm 17 and …"), and scored once after that fix. Written on purpose in
// a messier style than sets 3–4 (typos, slang, abbreviations, lower case, medicines and conditions named in
// unusual ways), because the same author wrote the rules and the earlier sets. Same labelling as routing-blind-3.ts.

import type { RoutingCase } from './routing-cases'

const drug = (routed: boolean, ...texts: string[]): RoutingCase[] =>
  texts.map((text) => ({ text, routed, product: 'drug' }))
const service = (routed: boolean, ...texts: string[]): RoutingCase[] =>
  texts.map((text) => ({ text, routed, product: 'service' }))

export const blindCases5: RoutingCase[] = [
  ...drug(
    true,
    'on jardiance and farxiga was mentioned too... can trimly go with those??',
    'i have POTS and get lightheaded easy. would trimly make that worse',
    'diabetis runs in my family and my a1c is borderline, does trimly help prevent it',
    'pregant maybe?? took a test its negative but im late. keep taking or wait',
    'My 14 y.o. niece saw my box and wants some. Told her no but is it actually unsafe for her?',
    'took 5 yesterday bc of a big bbq. feeling rough today lol, anything i should watch for?',
    'can trimly and my bp meds be taken same time or space them out',
    "I've got Sjogren's and dry mouth, swallowing capsules is hard — can I empty it into applesauce?",
    'Started Wellbutrin last week from my dr. ok to keep going on Trimly?',
    'hubby is on dialysis 3x a week and wants to try it with me. thoughts?',
    'Had a gastric band fitted in 2019. Does Trimly work with a band?',
    'i only weigh 118 but want a flatter stomach for summer, will this do it',
    'skipping breakfast + lunch (IF), can i take all 3 with dinner?',
    '¿puedo tomar trimly con la pastilla del colesterol? la tomo en la noche',
    'tengo 16 pero parezco mayor, lo puedo comprar yo sola?',
    'me está saliendo sangre al ir al baño desde la semana pasada, es por trimly?',
    'mi mamá tiene marcapasos, ¿le hace daño trimly?',
  ),
  ...drug(
    false,
    'lol the first week was WILD. anyone else learn the hard way about pizza night',
    'is there a coupon code floating around? $$$ adds up',
    'how many grams of fat in a tbsp of olive oil, trying to plan dinners',
    'does the starter kit have a shopping list or do i make my own',
    'whats the best app for logging fat grams that syncs w/ my watch',
    'do i need to keep the capsules in the fridge in summer? my apt gets hot',
    'got my refill today but the box looks different, new packaging?',
    'how do u guys explain trimly to coworkers who ask why ur eating salads lol',
    'what happens to the fat that trimly blocks? like where does it go',
    'Is it a problem if I take the capsule 20 min after I start eating instead of right at the start?',
    'down 9 lbs in 6 wks!! what are your favorite low fat desserts',
    '¿alguien tiene ideas de cenas rápidas bajas en grasa? salgo tarde del trabajo',
    '¿la caja de 84 cuánto dura si tomo 3 al día?',
    'qué multivitamínico compraron ustedes, hay muchos en la farmacia',
    '¿trimly tiene descuento en walgreens?',
  ),
  ...service(
    true,
    'kiddo (6) threw up 4 times since lunch and wont keep water down. video ok or go in',
    'been getting migraines w/ aura past week, never had them b4. need to be seen?',
    'my dr put me on propranolol but my heart rate is like 48 now, is that too low',
    'husband has a tick bite w/ a bullseye rash around it, does he need antibiotics',
    'sugar keeps dropping to 60s at night since new meds, what do i do',
    'I think I have pink eye, can I use my daughter’s leftover eye drops?',
    'can i take benadryl w/ my hydroxyzine to sleep',
    'mi esposo tiene la cara hinchada y le cuesta respirar después de comer camarones',
    'tengo ardor al orinar desde ayer, ¿tomo algo mientras me dan cita?',
    '¿es normal que mi bebé de 2 meses tenga 38 de temperatura después de las vacunas?',
  ),
  ...service(
    false,
    'app keeps crashing on android when i try to join, anyone else??',
    'do i need to be home for a video visit or can i do it from work',
    'can i book for my husband from my account or does he need his own login',
    'how long till the after visit summary shows up in the portal',
    'is there a way to request a spanish speaking dr',
    'does brightwater charge a no-show fee for video visits',
    '¿las videoconsultas están abiertas en días festivos?',
    '¿se puede pagar el copago con tarjeta de débito?',
    'what do i do if the clinician never joins the call',
  ),
]
