// A labelled set of questions people ask in launch communities, for tuning and measuring the routing rules.
// `routed: true` means the question asks for personal medical advice or about off-label use, so it must get the
// standard note and a private reply from medical information instead of a public answer.

export interface RoutingCase {
  text: string
  routed: boolean
  product: 'drug' | 'service'
}

const drug = (routed: boolean, ...texts: string[]): RoutingCase[] =>
  texts.map((text) => ({ text, routed, product: 'drug' }))
const service = (routed: boolean, ...texts: string[]): RoutingCase[] =>
  texts.map((text) => ({ text, routed, product: 'service' }))

export const routingCases: RoutingCase[] = [
  // Trimly: general product questions the community and official answers can handle in public.
  ...drug(
    false,
    'How long did it take before you noticed any results?',
    'What should I eat on the first day to avoid the oily spotting?',
    'Can I take Trimly with food or does it have to be on an empty stomach?',
    'Does anyone else get gas in the first week? Any tips?',
    'Which multivitamin do you all take at bedtime?',
    'Is there a generic version of Trimly yet?',
    'Where can I buy the refill pack in Canada?',
    'How many grams of fat per meal is the recommended limit?',
    'What happens if I skip a meal, do I still take the capsule?',
    'Does the starter kit come with a food diary?',
    'What are the most common side effects people have had?',
    'How do you handle eating out at restaurants on Trimly?',
    'Is it normal to feel hungry in the afternoon during week one?',
    'Any low-fat breakfast ideas that actually keep you full?',
    'How much weight did people in the studies lose on average?',
    'Does Trimly contain gluten or lactose?',
    'Can you drink coffee while using Trimly?',
    'What is the difference between Trimly 60 mg and the prescription version?',
    'How should I store the capsules when travelling?',
    'Is the online meal planner free?',
    'Do you count fat grams or calories, what works better for you?',
    'What does the label say about the multivitamin timing?',
    'How do I keep motivated after the first month?',
    'Why does Trimly cause loose stools after fatty meals?',
    'Has anyone tried the walking challenge from the plan?',
    '¿Cuánto tiempo tardaron en ver resultados?',
    '¿Qué desayunos bajos en grasa recomiendan?',
    '¿Dónde puedo comprar el paquete de recarga?',
    '¿Es normal tener gases la primera semana?',
    '¿Qué multivitamínico toman por la noche?',
    '¿Cómo se guardan las cápsulas cuando viajas?',
    '¿Alguien tiene recetas de cenas bajas en grasa?',
  ),
  // Trimly: personal medical advice.
  ...drug(
    true,
    'Should I stop taking Trimly if I get stomach cramps after lunch?',
    'Can I double my dose on days when I eat a bigger dinner?',
    'I forgot my dose at lunch, can I take two capsules with dinner?',
    'Is it safe to take Trimly while breastfeeding my 3 month old?',
    'I just found out I am pregnant, what should I do about Trimly?',
    'Can I take Trimly instead of my metformin?',
    'Will Trimly interact with my warfarin?',
    'I take levothyroxine every morning, is Trimly ok with my thyroid medicine?',
    'I have gallbladder problems, can I still use it?',
    'I was diagnosed with type 2 diabetes last year. Is Trimly right for me?',
    'Is it safe for me to take it with my blood pressure pills?',
    'My husband has kidney disease, can he take it too?',
    'Should I keep taking it even though I have had diarrhea for a week?',
    'My doctor changed my birth control, is it still ok to take Trimly with my birth control?',
    'I have pain in my upper belly and my eyes look a bit yellow, what should I do?',
    'Can I take three capsules a day at once instead of one with each meal?',
    'Should we increase the dose if the weight loss stalls?',
    'Can I give it to my mom? She has a heart condition.',
    '¿Debo dejar de tomarlo si tengo diarrea todos los días?',
    '¿Puedo tomar Trimly si estoy embarazada?',
    '¿Puedo duplicar la dosis si como mucha grasa?',
    '¿Es seguro para mí tomarlo junto con mi insulina?',
    'Tengo hipertensión, ¿me conviene tomar Trimly?',
    '¿Puedo tomarlo en lugar de mi medicamento para el colesterol?',
    'Estoy amamantando, ¿puedo seguir tomándolo?',
  ),
  // Trimly: questions about use outside the approved use.
  ...drug(
    true,
    'Can my 16-year-old daughter use Trimly to lose weight for prom?',
    'Is Trimly ok for teenagers?',
    'I am not overweight, I just want to lose 5 pounds before a wedding. Will it work?',
    'Does Trimly help lower cholesterol?',
    'Can Trimly be used for PCOS?',
    'Can I open the capsule and sprinkle it on my food?',
    'Is it ok to take more than the recommended amount to speed things up?',
    'Would it work for bodybuilding cutting season?',
    '¿Sirve Trimly para bajar el colesterol?',
    '¿Puedo darle Trimly a mi hijo de 14 años?',
    '¿Se puede abrir la cápsula y disolver en agua?',
    'No tengo sobrepeso, solo quiero bajar un par de kilos. ¿Funciona?',
  ),
  // Brightwater video visits: questions about the service, answerable in public.
  ...service(
    false,
    'How do I join a video visit from my phone?',
    'Can I book a video visit for my son? He is on my plan.',
    'Do video visits cost the same as office visits?',
    'What browser works best for the video call?',
    'My camera does not work in the app, any fixes?',
    'Can an interpreter join the video visit?',
    'How early should I log in before the appointment?',
    'Can I get a prescription refill through a video visit?',
    'Is my video visit recorded?',
    'Can I use video visits when I am travelling in another state?',
    'How do I share a photo with the clinician during the visit?',
    'What happens if my connection drops in the middle of the visit?',
    '¿Cómo me conecto a una videoconsulta desde el celular?',
    '¿Puedo pedir un intérprete para la videoconsulta?',
    '¿Cuánto cuesta una videoconsulta?',
    '¿Se puede usar la videoconsulta para mi hija?',
  ),
  // Brightwater: personal medical advice or use outside non-emergency care.
  ...service(
    true,
    'Can I use a video visit for chest pain or should I go to the ER?',
    'I have had a rash on my arm for three days, should I be worried?',
    'Should I stop my antibiotics now that I feel better?',
    'My dose of blood pressure medicine seems too high, can I lower it myself?',
    'I am pregnant and spotting, is this normal?',
    'Is a video visit ok for an emergency at night?',
    'I think my dad is having a stroke, can we do a video visit?',
    '¿Puedo usar la videoconsulta si tengo dolor de pecho?',
    '¿Debo preocuparme por un sarpullido que no se va?',
    'Estoy embarazada y tengo dolor, ¿qué hago?',
  ),
]

/**
 * Held out: written after the rules were frozen and never used to tune them, so its figures estimate how the
 * rules do on questions they have not seen.
 */
export const heldOutCases: RoutingCase[] = [
  ...drug(
    false,
    'Does the capsule have a coating that makes it easier to swallow?',
    'How do you explain Trimly to friends who ask about your weight loss?',
    'What time of day do you take the multivitamin?',
    'Is it true the effect is weaker if you eat very little fat?',
    'What snacks do you keep at work?',
    'Can I take it on a plane in my carry-on?',
    'How long does one pack last?',
    '¿Es verdad que funciona mejor con comidas bajas en grasa?',
    '¿Qué hacen para no rendirse en la segunda semana?',
    'Anyone else find the food diary app confusing?',
  ),
  ...drug(
    true,
    'I am on lithium, will Trimly change how it works?',
    'Can I start Trimly two weeks after my gastric sleeve surgery?',
    'My sister is 15 and wants to try it, is that allowed?',
    'Is it ok to keep taking it if I have had black stools for two days?',
    'Could I take a capsule with breakfast, lunch, dinner and a snack?',
    'I had an organ transplant years ago, is it still a problem for me?',
    'Does Trimly work for fatty liver disease?',
    '¿Puedo tomarlo si estoy tomando pastillas para la tiroides?',
    '¿Mi hija de 16 años puede tomar Trimly?',
    'Tengo piedras en la vesícula, ¿es peligroso para mí?',
  ),
  ...service(
    false,
    'Can my caregiver join the video visit with me?',
    'Where do I find the link for my appointment?',
    'Do I need to download an app or does it work in the browser?',
    '¿Puedo cambiar la hora de mi videoconsulta?',
    'How long do video visits usually last?',
  ),
  ...service(
    true,
    'My toddler swallowed a battery, can I do a video visit right now?',
    'I have had a fever of 103 for two days, should I go in or wait for a video visit?',
    'Can I double up on my inhaler before the visit?',
    '¿Es normal tener mareos con mi nueva medicina para la presión?',
    'I feel like hurting myself, can I talk to someone on video?',
  ),
]

/**
 * Second held-out set, written after the second (and last) round of tuning on `heldOutCases`; its figures are
 * the honest estimate reported in the README.
 */
export const heldOutCases2: RoutingCase[] = [
  ...drug(
    false,
    'What does everyone eat for lunch at the office?',
    'How do I read the fat content on food labels?',
    'Is the 60 mg capsule the only strength sold in stores?',
    'Do I need to tell anyone at the pharmacy counter I am buying it?',
    'Can you take Trimly with a salad that has dressing?',
    'What are good low-fat options at fast food places?',
    'Does the community have a weekly check-in thread?',
    'How did you deal with cravings in week two?',
    '¿Cómo leen las etiquetas de grasa de los alimentos?',
    '¿Qué comen en el almuerzo en la oficina?',
    'How soon should I expect the oily spotting to calm down once I eat less fat?',
    'What is the return policy if the blister pack is damaged?',
  ),
  ...drug(
    true,
    'I take blood thinners, is Trimly going to be a problem?',
    'Is Trimly safe for someone with Crohn’s disease like me?',
    'My wife is 8 weeks pregnant, she wants to keep using it, is that fine?',
    'Can I stop the multivitamin since I already take fish oil and iron?',
    'I have epilepsy and take seizure medicine, can I use Trimly?',
    'Would taking it every other day still work if I cut down my dose?',
    'Can my 12 year old take half a capsule?',
    'I have been throwing up after every meal since starting, should I go to a doctor?',
    'Tengo diabetes tipo 2, ¿puedo tomar Trimly con la metformina?',
    '¿Puedo tomar dos cápsulas en la cena si me salté el almuerzo?',
    'Does it help with type 2 diabetes?',
    'Is it ok to use Trimly after a heart attack last year?',
  ),
  ...service(
    false,
    'Are video visits available on weekends?',
    'Can I see my regular doctor by video?',
    '¿La videoconsulta funciona en tabletas?',
  ),
  ...service(
    true,
    'My baby has a fever of 104 and is very sleepy, what should I do?',
    'Can I get my antidepressant dose raised over video?',
    '¿Mi papá se desmayó, puedo hacer una videoconsulta?',
  ),
]
