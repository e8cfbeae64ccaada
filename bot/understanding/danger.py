"""Signs that someone is in danger right now. Tuned for recall: a false alarm costs little."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .danger_cues import ALWAYS, DANGER, FIRM, FIRM_CUES, KEPT_PAPERS, NOW, SECRET
from .normalize import normalize
from .patterns import PatternSet

# "They say they have my sister, but she is next to me": a scam call about someone who is safe.
_PERSON_IS_SAFE = (r"pero (el|ella|mi \w+) (esta|sigue) (aqui )?(bien|aqui|a mi lado|conmigo|dormid[oa])|ya (hable|platique) con (el|ella)|"
                   r"mi \w+ esta (bien )?conmigo|(he|she|he is|she is|hes|shes|s) literally (right )?(next to me|here|with me)|"
                   r"but (he is|she is|hes|shes) (right )?(fine|ok|okay|here|next to me|with me|asleep|safe)|"
                   r"but my \w+ is (sleeping |right |here )?(next to me|here|with me|fine|safe|asleep)|"
                   r"(i|we) just (talked|spoke) (to|with) (him|her)|"
                   r"but (he|she) was (at school|at work|at home|home|asleep|sleeping|with me|fine)(?![\w ]{0,25}\b(when|cuando)\b)|"
                   r"pero (el|ella|mi \w+) estaba (en la escuela|en el trabajo|en la casa|conmigo|dormid[oa]|bien)(?![\w ]{0,25}\b(when|cuando)\b)|"
                   r"(he s|hes|he is|she s|shes|she is) sitting (right )?next to me|i was (just )?(sleeping|asleep)(?![\w ]{0,25}\b(when|and|then|cuando)\b)|"
                   r"(kidnapped|secuestrad[oa])\b[\w ]{0,10}\b(but i am|but im|pero estoy|pero yo estoy) (fine|ok|okay|bien)")
# Asking about danger ("what if…", "¿qué es…?", "how to avoid…"), not telling it: counts only
# in its own sentence, so "whats the hotline number. they have my brother" still tells danger.
_QUESTION = (
    r"que hago si|que hacer si|que pasa si|(?<!hoy )(?<!ahora )(?<!ya )(?<!pero )(?<!saber )(?<!pregunto )(?<!preguntar )si me|(?<!saber )si nos|si te|si un dia|if one day|si alguien|como evit\w*|como se (evita|previene|comparte|manda|envia|usa|pone)|how (do|can) (i|you) (share|send|turn on|turn off|stop sharing)|para evitar|como prevenir|"
    r"(?<!si )es cierto|es verdad|(?<!no se )(?<!no sabemos )(?<!no sabe )cuant(os|as)|(?<!dice )(?<!dicen )(?<!dijo )(?<!dijeron )(?<!creo )(?<!sabe )(?<!yo se )que es|consejos|que tan peligroso|what if|what do i do if|"
    r"what to do if|if i|if they|if someone|how to avoid|how do i avoid|how can i avoid|is it true|"
    r"what is|how many|(?<!my )(?<!our )tips|prevent|how do you say|como se dice|que significa|what does [\w ]{1,20} mean|si veo|si encuentro|just wondering|just asking|what happens if|sa (m|mwen) (ta |dwe )?fe si|solo (pregunto|es pregunta)|pura curiosidad|how (do|can|should) (i|we|you) not|how not to|como (hago|le hago) para que no"
)
# Danger that is over, a scam, or about someone who is safe: counts for the whole message.
_OVER = (
    r"(its|it is|es) (a |una )?(scam|estafa)|(en|de) la (novela|serie|pelicula|peli|telenovela)|in the (movie|show|series|game)|(en|in) (el|the) (juego|videojuego|game)|(en el|in) gta|(at|en el|in) fifa|pretty sure (its|it is) (a )?scam|"
    r"back in (january|february|march|april|may|june|july|august|september|october|november|december|(19|20)\d\d)|in (19|20)\d\d|en (el )?(19|20)\d\d|"
    r"en (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)( pasado| del ano pasado)?|"
    r"last (year|yr|month|week)|years ago|yrs ago|months ago|weeks ago|el ano pasado|el mes pasado|la semana pasada|(?<!desde )hace (unos |varios |muchos )?(anos|meses)|"
    r"(?<!desde )hace (un|dos|tres|\d+) (ano|anos|mes|meses)|" + _PERSON_IS_SAFE
)
# Sentences that tell no danger of one's own now: hearsay, and why someone left home.
_NOT_TOLD = re.compile(
    rf"\b({_QUESTION}|i have heard|i heard|heard that|people say|(un|una) (amigo|amiga|conocido|conocida|vecino|vecina) me (dijo|conto)|"
    r"(a|my) (friend|neighbor|neighbour) (told me|said)|i read|saw on the news|me contaron|escuche que|oi que|he oido|"
    r"lei que|vi en las noticias|(me|nos) (vine|vinimos|sali|salimos|fui|fuimos) (porque|por que)|(i|we) (left|fled|came) because|"
    rf"{_OVER})\b"
)
_HYPOTHETICAL = re.compile(rf"\b({_QUESTION}|{_OVER})\b")
_OVER_PATTERN = re.compile(rf"\b({_OVER})\b")
# Said to be not urgent: the classifier alone does not make it an emergency (cue words still do).
_CALM = re.compile(
    r"\b(ya (sali|salio|salimos|escape|escapo|escapamos|escaparon)(?! (de la (terminal|central|ciudad|estacion)|del (pueblo|hotel|trabajo)|para|pa|hacia|rumbo|de viaje|y no (ha llegado|llega|regresa|ha regresado|contesta)))|ya (la|lo|los|las|me|nos) (sacaron|rescataron|soltaron)|"
    r"ya no estoy con (el|ella|ese|esa)|me fui a un albergue|ya (llegue|llegamos) a (mi casa|casa)|ya (estoy|estamos) en (casa|mi casa)|"
    r"(he|she|they) (is|was|are|were) released|(is|are) free now|ya (esta|estan) libres?|(she|he) (is )?with (me|us) now|"
    r"ya (me|nos) (escape|escapamos|sali|salimos|fui|fuimos) de (esa|la|ese|el) (casa|chamba|trabajo|lugar)|ya (me|nos) (escape|escapamos|sali|salimos)|"
    r"(me|nos) (escape|escapamos) hace (\d+|unos|unas|dos|tres) (dias|semanas|meses)|we re safe|were safe (in|at|now)|(i am|im|we are) (in a safe place|somewhere safe)|(estoy|estamos) en un lugar seguro|"
    r"(he is|hes|she is|shes|they are) (back home|home safe|safe at home)|paid and (he is|hes|she is|shes|they are) (home|back|free|out)|ya (estoy|estamos) libres?|(i|we) already quit|(i|we) quit already|(i|we) quit (that|the) job|"
    r"(vive|viven) con nosotros|(ya )?(esta|estan) (con nosotros|a salvo)|ya estoy mejor|(she is|he is|shes|hes|they are) (safe )?(with us|safe)( now)?|(he is|she is|hes|shes|they are|theyre) (ok|okay|fine|better) now|now (he is|she is|hes|shes|they are|theyre) (ok|okay|fine|better)|(she is|he is|shes|hes|they are) out now|"
    r"(me|nos|lo|la|los|las) soltaron(?! (a mi |a nosotros |a el |a ella )?(para|pa) (ir|traer|conseguir|juntar))(?![\w ]{0,15}\bpero\b)|but they let (him|her|me|us|them) go|they let (him|her|me|us|them) go (after|when|yesterday|last|a week)|"
    r"(i|we) can leave (whenever|anytime|any time|when (i|we) want)|(puedo|podemos) salir cuando (quiera|queramos)|"
    r"(i am|im) better now|ya (me|nos|lo|la) recogieron|ya (lo|la|los|las) encontraron(?! (los|las) (del|de la|de los|mismos|que))|(someone|rescuers|border patrol|the patrol|la patrulla) found us|they found us and we (are |re )?(ok|okay|fine|safe|eating|good|home|back|resting)|(is|are) (stable|stitched up)|ya esta en el hospital|ya no (volvieron|han vuelto) a (escribir|llamar|marcar)|ya no (han|ha) (llamado|escrito|marcado)|(they|he|she) (never|did not|have not) (called|texted|written|messaged)( me)? (again|back)|"
    r"no es (nada )?(urgente|una emergencia|emergencia)|ya paso el susto|nada urgente|no (estoy|estamos) en peligro|"
    r"ya (estoy|estamos|esta|estan) (a salvo|bien (pero|y|ahora|gracias|hay|se|como|donde|que)|bien$)|"
    r"not (urgent|an emergency|in danger)|nothing urgent|nothing (bad )?(is )?going on|no pasa nada malo|no emergency|(i am|we are) (ok|okay|fine|safe)( now)?(?! ish)|" + _PERSON_IS_SAFE + r")\b"
)
# Danger played down, then told: "i'm fine but…", "no es urgente pero…", "probably nothing, just…".
_PLAYED_DOWN = re.compile(
    r"\b(not (urgent|an emergency)|no es (nada )?(urgente|emergencia|importante|para tanto)|(i am|im|we are) (fine|ok|okay)|todo bien|no te preocupes|no se preocupen|"
    r"(probably|prob) (nothing|fine|not an emergency|not urgent)|(seguro|creo que|a lo mejor) no es (nada|importante|urgente))"
    r"( i think| really| creo)?\b[\w ]{0,6}\b(but|pero|just|nomas|solo que|es que)\b"
)
# Figures of speech ("el examen me va a matar", "me muero de sueño", "I'm starving"): not danger words.
_IDIOM = re.compile(
    r"\b(me muero del? (la )?(sueno|risa|verguenza|aburrimiento|hambre|calor|frio|ganas|amor|celos|la risa)|"
    r"(me quiero|se quiere) morir de (la )?(verguenza|risa|pena)|(esta|estan|es) (pa|para) morirse|muert[oa] de (hambre|sueno|risa|cansancio)|"
    r"(el|la|este|esta|mi) (examen|tarea|escuela|clase|trafico|calor|tarea de \w+|examen de \w+) (me|nos) (va|van) a matar|"
    r"(el|la|este|esta|mi) (examen|tarea|clase|profe|maestr[oa]) (me|nos) mata|(el|la|mi) (profe|maestr[oa]) (me|nos) (va|van) a matar con|"
    r"(mi )?(mama|papa|jefa|jefe|mom|dad|mother|father) (me|is going to kill me|will kill me)( \w+){0,2} (cuando vea|when (she|he) sees|cuando se entere|when (she|he) finds out)|"
    r"(mama|papa|mom|dad) (is going to|will) kill me( i| we)? (dented|broke|crashed|failed|lost)|"
    r"(mom|mama|dad|papa|mother|father) (is )?(going to|will) kill me (if|when) (i|she|he)\b|"
    r"(me|nos) (va|van) a matar si (repruebo|no paso|pierdo|saco|llego|no lavo|no hago|no limpio|no termino|no recojo)|(ese|esa|este|esta) (examen|tarea|clase) (me|nos) (va|van) a matar|"
    r"(me|nos) (estan|esta) matando (los|las) (zancudos?|moscos?|mosquitos?|pulgas?|chinches?)|(va|van) a matar si no \w+ (los|la|el|mi|mis) (trastes|platos|quehacer|cuarto|tarea|cama|ropa)|(till|until) i (finish|clean|do) (my |the )?(homework|chores|room|plate|dishes)|"
    r"hasta que (termine|acabe|haga) (la|mi|el|los) (tarea|quehacer|cuarto|trastes)|"
    r"(me|nos) (mata|matan|va a matar|van a matar) (el|la|de) (calor|hambre|sueno|risa|cansancio|aburrimiento)|"
    r"(tarea|examen|calor|trabajo|escuela|clase|trafico|dolor de cabeza|cruda) (me|nos) (esta|estan) matando|"
    r"(me|nos) (esta|estan) matando (el|la|este|esta) (calor|tarea|trabajo|escuela|clase|examen|cruda)|"
    r"atrapad[oa] en (este|el|ese) nivel|no me dejan salir hasta (terminar|acabar|que termine|que acabe)|(almost|casi) (fainted|me desmayo|me desmaye)|"
    r"no quiero despertar temprano|(la|esa) cancion|"
    r"(emergencia|emergency|help|ayuda|auxilio)\b[\w ]{0,12}\b(se me (cayo|rompio|acabo|acabaron|trabo|descargo|olvido) (el|la|los|las|mi) (cel|celular|telefono|pantalla|datos|pila|bateria|cargador|contrasena)|"
    r"my (phone|screen|phone screen|laptop) (fell|cracked|broke|died)|forgot my (password|icloud|pin|passcode)|need a pfp)|"
    r"locked in (for|on) (the|a|this) (project|deal|contract|season|game|weekend|plan|price|rate)|escape room|dying (of )?laugh\w*|"
    r"(mi )?(mama|papa|jefa|jefe|ama|apa) me va a matar si (ve|se entera|sabe|descubre|encuentra)|"
    r"encerrad[oa]s? en cuarentena|encerrad[oa]s? en su cuarto (estudiando|jugando|viendo)|"
    r"me (va|van) a matar si se entera(n)? (que|q) (me comi|rompi|perdi|use|agarre|choque)|"
    r"si pierde (el|la|mi|los|las) \w+ me (corto|mato|muero)|me (mato|mataron) con lo (que|q) (me )?cobr\w+|(me|nos) quiere(n)? matar con tant[oa]s?|"
    r"(me|nos) (esta|estan) matando (los|las) (problemas|tareas|examenes|deudas)|muriendo (de la|del|de) (gripa|gripe|tos)|"
    r"muriendo (de la|del|de) (risa|sueno|hambre|calor|frio|aburrimiento|verguenza|ganas)|(ese|el|este) (partido|juego|examen|chiste|meme|video) (me|nos) (mato|mata)|(me|nos) (mata|matan|va a matar|van a matar) si llego tarde|"
    r"secuestrad[oa]s? (el|la|mi) (control|tele|cargador|celular|sueno|corazon|lugar)|secuestrad[oa]s? por (la|el|mi|mis) (tarea|examen|trabajo|escuela|clase|jefe|maestr[oa])\w*( de \w+)?|secuestrad[oa]s?( en (la|el) \w+)? con (tanto|puro|mucho|mucha) (trabajo|tarea|chamba)|"
    r"(profe|maestr[oa]|teacher) (me|nos) tiene (encerrad|secuestrad)\w*|(jugando|playing) (gta|fifa|call of duty|cod|xbox|play|videojuegos|video games)|"
    r"(class|heat|homework|work|traffic|school|exam|this week) is killing me|"
    r"(mama|papa|papas|padres|jefa|jefes|mom|dad|parents) no me (deja|dejan|quiere dejar|quieren dejar) (ir|salir)"
    r"( con (mi|mis) (novio|novia|amigos|amigas|compas|primos)| a (la fiesta|fiestas|el viaje|la playa|la disco|el antro|cancun)|$)|"
    r"(rain|raining|lluvia|lloviendo|storm|tormenta|snow|nieve|weather|clima|flooded|inundad\w*)\b[\w ]{0,40}\b(can not|no podemos|no puedo) (leave|go out|salir)|"
    r"(ransomware|virus|malware|hackers?|hackearon)\b[\w ]{0,20}\b(kidnapped|secuestr\w*)|(kidnapped|secuestr\w*) (my|mis) (files|archivos|fotos|cuenta)|"
    r"(archivos|files|fotos|photos|cuenta|account|compu|computadora|computer|laptop|pc)\b[\w ]{0,6}\b(estan|esta|are|is|got|were|fueron) (secuestrad[oa]s?|kidnapped|held hostage)|"
    r"kidnapped (my|mis|mi) (headphones|earbuds|airpods|charger|controller|remote|hoodie|sweater|snacks|food|fries|seat|spot|audifonos|cargador|control)|"
    r"locked out of (my|the) (house|apartment|place|room|car|phone|account)|me quede (afuera|fuera) de (mi|la) (casa|depa|departamento|cuarto|carro|coche)|"
    r"(app|aplicacion|pagina|cbp one|cbpone)( \w+){0,2} (no me deja|won t let me|will not let me|does not let me|doesnt let me)|(no me deja|won t let me) (salir de|entrar a|abrir|log ?in|sign in) (la|el|the) (app|aplicacion|pagina|juego|game)|"
    r"(auxilio|socorro|sos|help|ayuda)\b[\w ]{0,15}\b(tengo|i have|have) (un |an |a )?(examen|exam|test|prueba|tarea|homework|quiz)|"
    # Chain messages, prize scams and jokes of love: "si no lo compartes…", "su linea gano un premio", "me secuestraste el corazon".
    r"si no lo (compartes|reenvias|pasas)|(compartan|comparten|compartanlo|reenvien|comparte|share this|forward this|pasalo)\b[\w ]{0,3}$|(mala suerte|bad luck) (por|for) \d+|\d+ anos de mala suerte|"
    r"(gano|ganaste|has ganado|you won|you have won|won a) (un |una |a )?(premio|despensa|prize|iphone|rifa|sorteo)|"
    r"(secuestraste|robaste|kidnapped|stole) (el|mi|my) (corazon|heart)|"
    r"(court date|court case|juzgado|lawyer|abogado|insurance|aseguranza)\b[\w ]{0,30}\b(car )?(accident|accidente|choque)|"
    r"(ahogando|ahogandome) en (deudas|tarea|trabajo|problemas)|drowning in (homework|debt|work|assignments|bills)|"
    r"(dormir|sleep) y no despertar hasta|(sleep|dormir) (and|y) (not|no) (wake up|despertar) (until|till|hasta)|"
    r"(esta|ando|anda|estoy) perdid[oa] en (mate\w*|clase|la clase|ingles|quimica|fisica|la tarea)|atrapad[oa] en el trafico|stuck in traffic|trapped in traffic|(the|this|last|next|final) level|(ultimo|siguiente|este) nivel|call of duty|"
    r"(auxilio|socorro|sos|help) (con|with) (la |el |my |the )?(tarea|examen|homework|exam|mate|math)|(socorro|auxilio) ya es (lunes|viernes)|"
    r"sos (is|es) (such a |a |una )?(good |great |buena )?(song|cancion|rola)|sos (de|by) (abba|rihanna)|"
    r"(my|mi) (character|personaje|avatar)( \w+){0,3}|(planta|plantas|helecho|cactus|flores|arbol|plant|plants|battery|bateria|pila|phone|celular|cel|pez|pececito|fish) "
    r"(se esta|se estan|is|are) (muriendo|dying)|"
    r"dying to (see|go|meet|try|know|watch|eat|hear)|me muero por (ver|ir|conocer|saber|probar)|(i am |im )?starving|dying of (laughter|boredom|embarrassment|hunger)|(is|are) killing me with|"
    r"(exam|test|homework|class|traffic|heat|school) (is|are) (gonna|going to) kill me|(gonna|going to) die of (boredom|embarrassment|laughter))\b"
)
# Laughing: no emergency from the classifier alone ("en la chamba me dicen la migra jajaja"); cues still count.
_LAUGH = re.compile(r"\b(ja(ja)+|je(je)+|lol|lmao|haha(ha)*|xd)\b")
# Laughing said with an emoji ("my mom's holding my phone hostage 💀"): normalised text has no emoji,
# so the message as written is read for them.
_LAUGH_EMOJI = re.compile("[\U0001F602\U0001F923\U0001F606\U0001F639\U0001F480]")


def laughs_in_emoji(raw: str) -> bool:
    """Whether the message as written laughs with an emoji (😂 🤣 😆 😹 💀)."""
    return bool(_LAUGH_EMOJI.search(raw))


# A laugh beside an apology for writing ("sorry for the long text lol", "jaja perdon") is nerves, not a joke.
_NERVOUS_LAUGH = re.compile(r"\b(sorry|perdon|disculpa|disculpe)\b[\w ]{0,25}\b(ja(ja)+|je(je)+|lol|lmao|haha(ha)*|xd)\b|"
                            r"\b(ja(ja)+|je(je)+|lol|haha(ha)*|xd) (sorry|perdon|disculpa|disculpe|que pena)\b")
# A plain plea ("help me", "ayudame por favor"): danger when nothing else is asked, else the question wins.
_PLEA = re.compile(r"\b(help me|help us|please help|ayudame por favor|ayudenme por favor)\b"
                   r"(?! (find|know|understand|with|get|to|go|return|choose|figure|learn|out|write|make|do|fix|pick|decide|translate|study|pass))")
# A pet in trouble: a plea about it is not danger ("please help my cat is sick").
_PET = re.compile(r"\b(my|mi) (cat|dog|pet|puppy|kitten|perro|perrito|perra|gato|gatito|mascota|chihuahua)\b")
# Appeals people add to any question ("…ayudenme por favor", "…es urgente"): not danger by themselves.
_APPEALS = re.compile(r"\b(please help me|please help us|help me please|help us please|please help|help me|help us|"
                      r"ayudenme por favor|ayudame por favor|por favor ayudenme|por favor ayudame|ayudenme|ayudame|"
                      r"es urgente|urgente|it is urgent|urgent|asap|please answer|por favor respondan|respondan)\b")


# Asking what a situation is or whether it is allowed ("eso es legal?", "is that trafficking?",
# "red flags?", "a donde voy a reclamar"): the classifier alone does not make it an emergency.
_ASKS_WHAT_IT_IS = re.compile(
    r"\b((eso|esto) (es|se llama|tiene nombre)|es (legal|normal|trata|real)|(eso|esto) se puede|se puede (reportar|denunciar|hacer eso)|is (that|this|it) (legal|normal|trafficking|real|a scam|legit)|"
    r"red flags?|legit|scam|estafa|what are the signs|(what|which) are my (options|rights)|que (derechos|opciones) tengo|"
    r"puedo (reportar|denunciar|quejarme)|(como|donde) (se )?(denuncia|reporto|denuncio|me quejo|reclamo)|a donde (voy a )?(reclamar|denunciar|quejarme)|"
    r"how (do|can) (i|we) (report|complain)|can i (report|complain)|eso (pasa|es) (siempre|comun|normal)|how common|tiene nombre)\b"
)

# A follow-up that says nothing by itself ("y?", "la otra", "and then?"): the classifier's guess
# among negative scores is no reason for the emergency answer.
_NOTHING_SAID = re.compile(
    r"^((y|e|o|and|or|then|so|luego|entonces|el|la|los|las|lo|the|a|an|otro|otra|otros|otras|other|another|"
    r"one|uno|una|que|what|eso|esto|that|this|si|yes|no|ok|pero|but|pues|well|como|how|why|porque|cual|which)( |$))+$"
)


def _only_nervous(normalized: str) -> bool:
    """Whether every laugh in the message sits beside an apology for writing."""
    return bool(_NERVOUS_LAUGH.search(normalized)) and not _LAUGH.search(_NERVOUS_LAUGH.sub(" ", normalized))


def says_nothing(normalized: str) -> bool:
    """Whether a message is only small words ("y el otro?", "and then?")."""
    return bool(_NOTHING_SAID.match(normalized))


# Fear said beside an appeal: the appeal stays ("help me please im scared" is not a question).
_FEAR = re.compile(r"\b(scared|afraid|terrified|miedo|asustad[oa]s?|panico|panic)\b")


def without_appeals(normalized: str) -> str:
    """The message without the appeals added to it ("…please help me", "…es urgente"); unchanged
    when it says fear."""
    if _FEAR.search(normalized):
        return normalized
    return " ".join(_APPEALS.sub(" ", normalized).split())


# Happening now, said plainly: after a sentence about the past, another must say this to tell danger now.
_PRESENT = re.compile(r"\b(hoy|today|ahora|ahorita|now|tonight|esta noche|todavia|still|sigue|siguen|ya viene|ya vienen|"
                      r"(an|a|one|\d+) (hour|hours|min|mins|minutes) ago|since (i|we) left|"
                      r"(will not|wont|does not|doesnt|do not|dont) let me|no (me|nos) (deja|dejan))\b")


def is_now(normalized: str) -> bool:
    """Whether a text says it is happening now ("hoy", "still", "an hour ago", "ahorita")."""
    return bool(_PRESENT.search(normalized) or NOW.search(normalized))


# The long lists above, searched through RE2 first (patterns.py): one linear pass says whether
# they could match at all — most messages have no figure of speech, no calm words, no question.
_IDIOM_SEARCH = PatternSet([_IDIOM.pattern]).search
_CALM_SEARCH = PatternSet([_CALM.pattern]).search
_HYPOTHETICAL_SEARCH = PatternSet([_HYPOTHETICAL.pattern]).search
_NOT_TOLD_SEARCH = PatternSet([_NOT_TOLD.pattern]).search
_OVER_SEARCH = PatternSet([_OVER_PATTERN.pattern]).search

_SENTENCE_END = re.compile(r"[.?!;¿¡\n]+")


def told_sentences(text: str) -> str | None:
    """The sentences of a message that tell something, when others only ask "what is…", "what if…":
    "whats the hotline number? some guys have my brother" → "some guys have my brother". None when
    no sentence asks like that, or every one does."""
    sentences = [s for s in _SENTENCE_END.split(text) if s.strip()]
    if len(sentences) < 2:
        return None
    told = [s for s in sentences if not _NOT_TOLD_SEARCH(normalize(s))]
    return ". ".join(told) if 0 < len(told) < len(sentences) else None


# "can you help me…", "what can you help me with": a question about the bot, not a plea.
_ASKING_FOR_HELP = re.compile(r"\b(can|could|would|will|how|what|who) (\w+ )?help (me|us)\b")
_DANGER_CUES = PatternSet(DANGER + FIRM_CUES + KEPT_PAPERS, word_start=True)
_KEPT_PAPERS = re.compile("|".join(KEPT_PAPERS))
_FIRM_CUES = PatternSet(FIRM_CUES)
_ALWAYS_CUES = PatternSet(ALWAYS)
_SECRET_CUES = PatternSet(SECRET)


@dataclass(frozen=True)
class Danger:
    """What a message says about danger: the cue words, if any, and how they were said."""

    cue: str | None = None
    strong: bool = False  # a cue that counts whatever the sentence around it says
    hypothetical: bool = False  # "what if…", "como evito…", long past, or about someone who is safe
    calm: bool = False  # "no es urgente", "we are ok now"
    plea: bool = False  # the only cue is a plain "help me"
    firm: bool = False  # a weak cue that no other topic outweighs (someone taken, a ransom asked)
    joking: bool = False  # "jajaja", "lol"
    asks_what_it_is: bool = False  # "eso es legal?", "is that trafficking?", "red flags?"
    over: bool = False  # "el año pasado", "back in March", "we paid and he's home": told as over


def read_danger(normalized: str) -> Danger:
    """Look for signs of present danger once; hypothetical questions don't count unless strong."""
    figure = _IDIOM_SEARCH(normalized)
    if figure:
        normalized = " ".join(_IDIOM.sub(" ", normalized).split())
    now = NOW.search(normalized)
    over = bool(_OVER_SEARCH(normalized))
    maybe = bool(_HYPOTHETICAL_SEARCH(normalized)) and not now
    played_down = _PLAYED_DOWN.search(normalized)
    calm = _CALM_SEARCH(normalized) and not played_down
    # "jaja ntp pero…": a nervous laugh before danger played down is not a joke.
    tone = {"calm": bool(calm), "joking": bool(figure or (_LAUGH.search(normalized) and not played_down and not _only_nervous(normalized))),
            "asks_what_it_is": bool(_ASKS_WHAT_IT_IS.search(normalized)),
            "over": over and not now}
    strong = _ALWAYS_CUES.search(normalized)
    if strong:
        return Danger(strong.group(0), True, maybe, **tone)
    secret = _SECRET_CUES.search(normalized)
    # Said as a condition ("if he sees…", "si dejo de contestar…") it still counts; asked about, not.
    if secret and not over and (not maybe or secret.group(0).startswith(("if ", "si ", "por si "))):
        return Danger(secret.group(0), False, maybe, firm=not tone["calm"], **tone)
    match = _DANGER_CUES.search(normalized)
    if match and tone["asks_what_it_is"] and not now and _KEPT_PAPERS.search(normalized):
        # Papers kept, asked about ("…le guarda el pasaporte, ¿es legal?"): danger only if something else says so.
        match = _DANGER_CUES.search(_KEPT_PAPERS.sub(" ", normalized))
    if match and not maybe:
        firm = bool(FIRM.search(normalized) or _FIRM_CUES.search(normalized) or now) and not tone["calm"]
        return Danger(match.group(0), False, maybe, firm=firm, **tone)
    plea = _PLEA.search(normalized) if not _ASKING_FOR_HELP.search(normalized) else None
    plea_counts = bool(plea) and not maybe and not _PET.search(normalized)
    return Danger(plea.group(0) if plea_counts else None, False, maybe, plea=plea_counts, **tone)
