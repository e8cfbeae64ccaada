"""Messages that use a topic's words about something else, told by what they name.

The look-alike model (trained on each intent's `look_alikes`) weighs words; these few rules catch
what it keeps missing because the words are the topic's own: "traduceme esto al ingles" is not a
request to change the bot's language, "office hours of the consulate" is not about our offices,
"this bot is trash" is not a question about the bot. Each rule names the topic it stands against;
a message naming us (IOM, OIM, "ustedes") is left alone.
"""
from __future__ import annotations

import re

# Naming us ("a que hora abren ustedes", "does iom help with…") is asking us, whatever else it mentions.
NAMES_US = re.compile(r"\b(oim|iom|ustedes|you guys|your office|su oficina|sus oficinas)\b")
_LANGUAGES = r"(ingles|english|espanol|spanish|frances|french|creole|kreyol|portugues|portuguese|aleman|german|chino|chinese)"
_DEVICES = (r"(cel|celular|telefono|phone|iphone|android|ps4|ps5|xbox|switch|compu|computadora|laptop|pc|tele|tv|"
            r"whatsapp|face|facebook|instagram|tiktok|netflix|youtube|juego|game|teclado|keyboard|app|google|alexa)")

# What a topic word means in another language, or in a crossword: any topic.
_WORD_MEANING = re.compile(
    r"\b((que|q) significa (la palabra )?[\w ]{1,20} en (ingles|espanol|english|spanish)|how do (you|u|i) say [\w ]{1,20} in (english|spanish)|"
    r"(como|cmo) se dice [\w ]{1,20} en (ingles|espanol)|what does [\w ]{1,20} mean in (english|spanish)|crucigrama|crossword)\b")

# Flirting, and the press, students and other organisations asking for IOM itself: any topic.
_NOT_A_QUESTION_FOR_US = re.compile(
    r"\b((mamacita|mami|hermosa|preciosa|beautiful|sexy|guapa|cutie|babe)\b[\w ]{0,20}\b(de donde eres|wyd|where (are )?(you|u) from|tu numero|your number|ur number)|"
    r"(pasa|pasame|dame|give me|send me) tu (numero|whats|cel|foto)\b[\w ]{0,10}\b(mamacita|mami|hermosa|guapa|bb|bebe)|"
    r"((dar|darme|darnos|conceder) una entrevista|interview (someone|returnees|migrants|staff)|press office|oficina de prensa|contacto de prensa|comment from|"
    r"(haciendo|hago|escribiendo|writing|doing) (un |una |a )?(reportaje|articulo|article|story|nota|research paper)|"
    r"servicio social|convenio|alianza|folletos|brochures|"
    r"queremos donar|want to donate|como (podemos|puedo) donar|how (can|do) (we|i) donate))\b")

_NOT_ABOUT = {
    # Translating, learning or asking about a language is not asking the bot to switch languages.
    "change_language": re.compile(
        r"\b(traduce\w*|traducir|traduccion|traductor|translate|translation|translator|"
        r"como se dice|how (do|would) (you|u|i) say|(que|q) significa|what does [\w ]{1,20} mean|"
        r"(idioma|language|lenguaje) (de|del|of|on|in) (mi|my|el|la|the) " + _DEVICES + r"|"
        r"(mi|my|el|the) " + _DEVICES + r" (a|to|en|in) " + _LANGUAGES + r"|"
        r"(teach me|learn|aprender|ensename|clases? de|curso de|course|lessons?|school|escuela de|hw|homework|tarea de) (\w+ )?" + _LANGUAGES + r"|"
        + _LANGUAGES + r" (classes|lessons|school|course|teacher|hw|homework)|"
        r"(que|q|what) (idioma|language) (hablan|se habla|do they speak|is spoken))\b"),
    # Someone else's office: a consulate, a bank, a shop, a stadium; or the other kind of office.
    "office_locations": re.compile(
        r"\b(consulado|consulate|embajada|embassy|banco|bank|coppel|elektra|oxxo|walmart|soriana|imss|issste|"
        r"registro civil|oficina de pasaportes|passport office|passport photos?|dmv|cfe|telcel|estadio|stadium|cine|"
        r"the office (season|show|series|tv)|microsoft office|office 365|office (word|excel))\b"),
    # Going back to an ex, to school or an old job; returning a book; sending money home.
    "return_home": re.compile(
        r"\b((regresar|regresarme|volver) con (mi|su|tu) (ex|exnovi[oa]|novi[oa])|get back (together )?with (my|his|her) (ex|boyfriend|girlfriend)|go back to (my|his|her) ex|"
        r"(regresar|volver|return|go back) (a|to) (la escuela|school|clases|class|college|la uni|university|el gym|the gym|mi (viejo |antiguo )?(trabajo|empleo|chamba)|my (old )?(job|work))|"
        r"retorno (a|de) clases|back to school|(retorno|regreso|return) de (cristo|jesus|the jedi)|me regresas (los|el|la|mi|mis)|"
        r"(regresar|devolver|return) (el|la|los|las|un|una|my|the|this|an|a) (libro|book|dinero|pesos|item|package|paquete|tenis|shoes|ropa|pedido|order)|"
        r"(mandar|enviar|send|sending|transfer|wire) (dinero|money|remesas?|lana|pisto|plata)|remesadora|remitly|western union)\b"),
    # The animal, the chicken seller, a day out in the desert, a legal crossing with a visa.
    "smuggling_risks": re.compile(
        r"\b(coyotes? (es|son|is|are|in|en|of|de|del|from|vs)\b[\w ]{0,25}\b(animal|animales|peligros[oa]s? (pa|para) (los |mi )?(perros?|gatos?)|backyard|patio|yard|dog|dogs|cat|cats|chihuahua|wolf|lobo|cartoon|caricatura|looney|arizona)|"
        r"(coyote|coyotes) (en|in) (mi|my|el|the) (patio|backyard|yard|jardin|casa|house|carretera|road)|(the|el) coyote (in|de|del) (the )?(cartoon|caricatura|looney tunes|correcaminos)|"
        r"(jersey|camiseta|playera|boletos|tickets|game|partido) (de|of|for) (los|the) (arizona )?coyotes|wile e coyote|"
        r"pollero (de la esquina|del mercado)|cuanto cobra (el|un) pollero (el kilo|por \d+ (pollitos|pollos))|pollitos de engorda|"
        r"desierto de los leones|(acampar|camping|camp|hike|hiking|tour|dia de campo|de paseo|vacaciones) [\w ]{0,20}\b(desert|desierto)|(desert|desierto)\b[\w ]{0,20}\b(acampar|camping|hike|hiking|tour|dia de campo)|"
        r"(cruzar|cross|crossing|fila|wait|line)\b[\w ]{0,30}\b(con|with) (mi |my )?(visa|sentri|pasaporte americano|us passport|green card)\b(?![\w ]{0,30}\b(falsa|fake|prestad[oa]|borrowed|ajena))|"
        r"(cuant[oa]s|how much|how many) (botellas de |bottles of )?(tequila|alcohol|licor|liquor|cigarros|cigarettes|vino|wine)|"
        r"(cruzar|cross) (a |with )?(mi|my) (perro|dog|gato|cat|mascota|pet)|cruzar la calle|cross the street)\b"),
    # A film, a series, a game, a little brother's blackmail over crisps.
    "kidnapping_extortion": re.compile(
        r"\b((pelicula|peli|movie|film|serie|series|show|novela|documental|documentary|gta|game|juego|mission|mision)\b[\w ]{0,30}\b(kidnap\w*|secuestr\w*|extors\w*)|"
        r"(kidnap\w*|secuestr\w*)\b[\w ]{0,20}\b(pelicula|movie|film|serie|series|show|novela|mission|mision)|"
        r"(mi hermanit[oa]|my little (brother|sister)|mi herman[oa] (menor|chic[oa]))\b[\w ]{0,10}\b(me )?(extorsiona|blackmails?|extorts?)|"
        r"kidnap me (and take me to|pls|please|plz|from this|from here))\b"),
    # "Trata de…" is "try to", "se trata" a treatment; snacks are not people.
    "trafficking_info": re.compile(
        r"\b(trata de (adivinar|hacer|no|ser|entender|llamar|dormir)|como se trata (la|el|una|un)|me tratan? como (nin[oa]|un nin[oa]|una nina|bebe|tont[oa])|"
        r"trafficking (my|his|her|our) (snacks|food|candy|fries|chips)|(q|que) significa trata en)\b"),
    # A shop, a phone company or a landlord: consumer and tenant complaints are not migrants' rights.
    "rights_complaints": re.compile(
        r"\b((queja|complaint|reclamo|reclamar|demanda) (contra|against|a|en|de|with) (telcel|totalplay|telmex|izzi|megacable|uber|didi|amazon|mercado libre|la tienda|the store|comcast|verizon|att|profeco)|"
        r"(derechos del consumidor|consumer rights|tenant rights|rights (of|as a) tenants?|derechos (del|de los) inquilin\w*|"
        r"(derechos|rights) (como|as a) (consumidor|consumer|inquilin[oa]|tenant)))\b"),
    # Pets, careers and a doctorate are not health care for the person writing.
    "health_services": re.compile(
        r"\b(veterinari\w*|vet|pet clinic|(medicina|medicine|doctor|clinic|clinica|vacuna|vaccine|pastilla|pill) (pa|para|for) (mi|my) (gato|gatito|perro|perrito|cat|kitten|dog|puppy|mascota|pet)|"
        r"(how (do|can) i become|como (me hago|llego a ser)|quiero ser|wants? to be) (a |an )?(doctor|nurse|enfermer[oa]|medico|dentist|dentista|paramedic\w*)|doctor en letras)\b"),
    # Kicked out of a group chat, told in the words of deportation.
    "returnee_reintegration": re.compile(
        r"\b(deport\w*|me (deportaron|corrieron)) (from|del|de) (the |el |la |mi )?(group|grupo|chat|discord|server|servidor|whats|whatsapp|clase|class|game|juego|party|fiesta)"),
    # Refuge in someone's heart, from the heat or from roommates; the old asylums; songs.
    "asylum_refuge": re.compile(
        r"\b((asilo|refugio|refuge|asylum) (en|in) (tu|your|ur|sus|tus) (corazon|heart|brazos|arms)|"
        r"refuge from (the|this|my) (heat|rain|cold|sun|roommates?|kids|family)|insane asylum|(the )?refugee by tom petty)\b"),
    # Someone else's number: a business, a plumber, a crush.
    "hotlines": re.compile(
        r"\b((numero|telefono|number|phone number) (de|del|of|for) (telefono de )?(dominos|pizza|la pizzeria|bbva|banamex|santander|elektra|coppel|telcel|un plomero|a plumber|un electricista|un cerrajero|a locksmith)|"
        r"(numero|number) de tu (mama|hermana|prima|amiga)|(tu|your|ur) (numero|number) (mami|bb|bebe|guapa|hermosa|cutie|babe)|whats (ur|your) number|call me maybe)\b"),
    # An insult or a jibe is not a question about the bot.
    "about": re.compile(
        r"\b(idiota|inutil(es)?|mens[oa]|pendej[oa]|estupid[oa]|tont[oa]|(eres|estas|you re|ur|u r) (bien |muy |re |so )?(fe[oa]|ugly)|basura|trash|stupid|useless|dumb|sucks?|"
        r"boring|aburrido|tu mama|your mom|ur mom)\b"),
}


# ...unless the message also asks for the topic itself: "en español xfa" after "me lo traduces?",
# "who made you" after an insult, an office "near the stadium", a film and "¿eso pasa de verdad?".
_BUT_ASKS_FOR_IT = {
    "change_language": re.compile(
        r"\b((traduce|traduceme|traducir|traduzcan|translate) (tus|sus|las|your|the|all|all your|todas (tus|sus|las)) (respuestas|answers|mensajes|messages|replies|opciones|options|menu)|"
        r"me lo (traduces|traduzcas|traduzcan|puedes traducir)|translate (it|this|that) for me|"
        r"(hablame|hablarme|escribeme|escribirme|contestame|contestarme|respondeme|habla|hablen|write|answer|reply|talk|speak)( to me)? (en|in) " + _LANGUAGES + r"|"
        r"(switch|change|put) (everything |it |all |this |the chat )?(to|in) " + _LANGUAGES + r"|cambia(r|lo)? (todo )?(a|al) " + _LANGUAGES + r"|"
        r"(en|in) " + _LANGUAGES + r" (please|pls|plz|plis|porfa|por favor|xfa|x fa)|" + _LANGUAGES + r" (please|pls|plz|plis|porfa|por favor|only))\b"),
    "office_locations": re.compile(
        r"\b(do you have|tienen|have an office|tienen oficina|"
        r"(near|cerca (de|del)|by|junto (a|al)|frente (a|al)|al lado (de|del)|next to) (the |el |la )?"
        r"(stadium|estadio|consulado|consulate|banco|bank|oxxo|walmart|coppel|soriana|elektra|cine))\b"),
    "about": re.compile(
        r"\b(quien|who|que eres|what are you|eres (un|una) (bot|persona|robot)|are (you|u) (a|an) (real|human|bot|person|robot)|"
        r"persona (de verdad|real)|real|de verdad|(actual|a|una|some) (person|persona|human)|alguien|someone|human|humano)\b"),
    "kidnapping_extortion": re.compile(
        r"\b(de verdad|en la vida real|real life|really|es real|es cierto|es verdad|es comun|seguido|pasa (eso|asi|mucho)|"
        r"(does|do|did) (that|this|it|they) (really )?happen|(is|was) (that|it|this) (real|true|common)|"
        r"que (hago|se hace) si|what (do i|to) do if|como me (cuido|protejo)|como (lo )?evito|how (do i|to|can i) (stay safe|avoid|protect)|"
        r"miedo|scared|afraid|migrantes?|migrants?|ruta|route|camino)\b"),
    "return_home": re.compile(
        r"\b((go|going|get) home|ticket home|boleto (de regreso|pa regresar|para regresar|a mi pais)|"
        r"(regresar|volver|regresarme|volverme|go back|return) (a|to) (mi|my) (pais|country|tierra|home))\b"),
}


def names_something_else(topic: str, text: str) -> bool:
    """Whether the message uses `topic`'s words about something that is not that topic."""
    if NAMES_US.search(text):
        return False
    says, unless = _NOT_ABOUT.get(topic), _BUT_ASKS_FOR_IT.get(topic)
    if says and says.search(text) and not (unless and unless.search(text)):
        return True
    return bool(_WORD_MEANING.search(text) or _NOT_A_QUESTION_FOR_US.search(text))
