import { describe, expect, it } from 'vitest'
import { findIdentifiers, redact } from '../../../../worker/plugins/privacy/redact'

const options = {
  locale: 'en',
  keep: ['Trimly 60 mg capsules', 'Northwind Health', 'Trimly launch community'],
  keepHosts: ['northwind.example'],
}
const en = (text: string) => redact(text, options)
const es = (text: string) => redact(text, { ...options, locale: 'es' })

describe('redaction of each Safe Harbor identifier type', () => {
  it.each([
    ['email', 'Write to me at jane.doe+trimly@gmail.com please', 'Write to me at [email removed] please'],
    ['spelled-out email', 'it is jane at yahoo dot com', 'it is [email removed]'],
    ['US phone', 'Call (555) 123-4567 after 6', 'Call [phone removed] after 6'],
    ['dotted phone', 'my cell is 555.987.6543', 'my cell is [phone removed]'],
    ['international phone', 'whatsapp +44 20 7946 0958', 'whatsapp [phone removed]'],
    ['Spanish mobile after a cue', 'mi celular 612 34 56 78', 'mi celular [phone removed]'],
    ['fax', 'fax it to 555-201-3344', 'fax it to [fax removed]'],
    ['street address', 'I live at 4500 W. Oak Street, Apt 4B now', 'I live at [address removed] now'],
    ['PO box', 'send it to PO Box 1234', 'send it to [address removed]'],
    ['city and state', 'We are in Dayton, Ohio', 'We are in [location removed], Ohio'],
    ['ZIP code', 'zip code 45402', 'zip code [location removed]'],
    [
      'a city after "I live in"',
      'I live in Springfield with my kids',
      'I live in [location removed] with my kids',
    ],
    ['numeric date', 'I started on 3/14/2026.', 'I started on [date removed].'],
    ['ISO date', 'first dose 2026-03-14', 'first dose [date removed]'],
    ['written date', 'since March 3rd I have had cramps', 'since [date removed] I have had cramps'],
    ['day of month', 'on the 5th of April it got better', 'on [date removed] it got better'],
    ['month and year', 'diagnosed in March 2026', 'diagnosed in [date removed]'],
    ['short date after a cue', 'since 3/14 it has been rough', 'since [date removed] it has been rough'],
    ['date of birth', 'DOB 04/05/61', 'DOB [date removed]'],
    ['age over 89', 'my grandma is 92 years old', 'my grandma is [age over 89]'],
    ['age over 89 after a cue', 'my dad turned 94 last week', 'my dad turned [age over 89] last week'],
    ['medical record number', 'my MRN is 00123456', 'my MRN is [ID number removed]'],
    ['member id', 'member ID XJH-4482-119 on the card', 'member ID [ID number removed] on the card'],
    ['policy number', 'policy # 88321-A', 'policy # [ID number removed]'],
    ['prescription number', 'Rx #4471823 at CVS', 'Rx #[ID number removed] at CVS'],
    ['licence number', "driver's license D1234567", "driver's license [ID number removed]"],
    ['SSN', 'SSN 123-45-6789', 'SSN [SSN removed]'],
    ['URL', 'see https://myblog.example.com/journey', 'see [link removed]'],
    ['bare domain', 'my site jen-loses-it.com has photos', 'my site [link removed] has photos'],
    ['social handle', 'follow me on IG @jenfit_journey', 'follow me on IG [link removed]'],
    ['IPv4 address', 'my IP is 192.168.1.20', 'my IP is [IP address removed]'],
    ['IPv6 address', 'from 2001:db8::8a2e:370:7334 today', 'from [IP address removed] today'],
    ['doctor after a title', 'Dr. Patel said to keep going', 'Dr. [name removed] said to keep going'],
    ['name after a relation', 'My wife Maria had cramps', 'My wife [name removed] had cramps'],
    ['doctor after a role and title', 'my doctor Dr. Okafor agreed', 'my doctor Dr. [name removed] agreed'],
    ['nurse', 'nurse Kelly was kind', 'nurse [name removed] was kind'],
    [
      '"my name is" in lower case',
      'my name is maria lopez and I am 45',
      'my name is [name removed] and I am 45',
    ],
    ['introduction', "Hi, I'm Jen from Ohio.", "Hi, I'm [name removed] from Ohio."],
    ['sign-off', 'Hope this helps.\nThanks, Maria', 'Hope this helps.\nThanks, [name removed]'],
    ['greeting', 'Hi Sarah, did it help you?', 'Hi [name removed], did it help you?'],
    ['"named"', 'a pharmacist named Luis Ortega helped', 'a pharmacist named [name removed] helped'],
  ])('%s', (_type, text, expected) => {
    expect(en(text).text).toBe(expected)
  })

  it('reports each type found, never the values', () => {
    const result = en('Email jane@x.com or call 555-123-4567, my doctor Dr. Patel knows.')
    expect(result.types).toEqual(['email', 'name', 'phone'])
    expect(JSON.stringify(result.types)).not.toContain('jane')
  })

  it('uses Spanish markers for Spanish posts', () => {
    expect(es('Me llamo Ana Pérez, mi correo es ana@correo.es y vivo en Calle Mayor 12, 3º B').text).toBe(
      'Me llamo [nombre eliminado], mi correo es [correo eliminado] y vivo en [dirección eliminada]',
    )
    expect(es('Empecé el 3 de marzo de 2026, tengo 91 años').text).toBe(
      'Empecé [fecha eliminada], tengo [edad mayor de 89]',
    )
    expect(es('La doctora Ruiz y mi hijo Mateo').text).toBe(
      'La doctora [nombre eliminado] y mi hijo [nombre eliminado]',
    )
  })
})

describe('what redaction keeps', () => {
  it.each([
    ['the product name after a cue', 'my doctor Trimly? no, my doctor recommended Trimly'],
    ['the HCO name and its site', 'Northwind Health has a guide at https://northwind.example/trimly/guide'],
    ['doses, counts and fractions', 'I take 60 mg 3 times a day, sometimes 1/2 a capsule, 120 capsules'],
    ['a pain scale', 'pain was 8/10 yesterday'],
    ['a lot number', 'Lot 4H72K99 and lot #20240915 had broken capsules'],
    ['a month alone', 'In March I felt great'],
    ['ages under 90', 'I am 45 and my mom is 72 years old'],
    ['weights', "I'm 95 kg and she is 92 lbs"],
    ['capitalised words after "I\'m"', "I'm Tired. I'm Hispanic and 40."],
    ['a verb "miss"', 'I miss Sarah from the old group'],
    ['a role without a name', 'my doctor said to keep going'],
    ['a walk', 'I took 2 pills on the way to work and went for a 5 mile run'],
    ['a state or country alone', 'I live in Ohio, she moved to Mexico'],
    ['times', 'I take it at 10:30:45 sharp'],
  ])('%s', (_what, text) => {
    expect(findIdentifiers(text, options)).toEqual([])
  })

  it('keeps configured terms and pseudonyms passed as keep words', () => {
    expect(redact('my coach Nova said hi', { ...options, keep: ['Nova'] }).text).toBe('my coach Nova said hi')
    expect(redact('my friend Calm Otter agrees', { ...options, keep: ['Calm Otter'] }).text).toBe(
      'my friend Calm Otter agrees',
    )
  })
})
