"""What danger sounds like: the cue patterns, each found in messages helpers wrote blind.

`danger.py` reads them. DANGER are weak cues (they give way to a hypothetical question, a past
event or a sure topic), KEPT_PAPERS weak ones that give way to "is that legal?" too,
FIRM_CUES weak cues that no topic outweighs, ALWAYS strong ones, SECRET
signs that someone writes in secret; NOW and FIRM (and any of FIRM_CUES) make a weak cue stand
against any topic. Patterns run on normalised text (lower case, no
accents, SMS spellings spelt out); each has a test in tests/understanding/test_emergency_first.py.
"""
from __future__ import annotations

import re

_PEOPLE = r"(hij[oa]s?|herman[oa]s?|espos[oa]|mama|papa|prim[oa]s?|novi[oa]|familia|amig[oa]s?|sobrin[oa]s?|tia|tio|nieto|nieta|esposo|mujer|marido|bebe|ninos?|ninas?)"
# "my phone is trapped in a boot loop": things get locked and stuck too.
_NOT_A_THING = "".join(f"(?<!{thing} {verb} )" for thing in ("phone", "cell", "car", "laptop", "computer", "pc", "account", "screen", "file", "files")
                       for verb in ("is", "got", "was", "are", "were", "got held", "is held", "was held", "being held"))
_CHILD_ES = r"(nino|nina|hijo|hija|bebe|hermanito|hermanita|cipote|cipota|chamaco|chamaca|morrito|morrita|patojo|patoja|nieto|nieta|sobrino|sobrina|pitit)"
_CHILD_EN = r"(son|daughter|kid|child|baby|boy|girl|little brother|little sister|little boy|little girl|nephew|niece|\d+ (yo|yr old|year old|years old))"
# Met online, and meeting now: where grooming turns into danger.
_ONLINE = (r"(free fire|tiktok|face|facebook|insta|instagram|discord|roblox|snap|snapchat|whatsapp|whats|internet|"
           r"un juego|a game|online|fortnite|minecraft|una app|an app)")
_MEETING = (r"(va a recoger|van a recoger|iba a recoger|en la esquina|se va a ver|se van a ver|(is|s) meeting (him|her|a guy|a man)|su depa|(me|la|lo) recogio|pick(ing|s)? (her|him|me) up|went to meet|gone to meet|se fue a ver|"
            r"(salio|se salio) (a|pa|para) ver|hotel|motel|(en|in) (su|his|a|the) (carro|car|truck|camioneta)|(subo|suba|subi) a su carro|"
            r"get in(to)? his car|no contesta|phone (is )?off|(celular|cel|telefono) apagado|ubicacion|location|se fue con|left with|went out with|salio con|"
            r"abajo de mi casa|afuera de mi casa|outside my (house|place|school)|downstairs|se vean|verse|quedaron de verse|meet (up|today|tonight)|"
            r"(staying at|at) (a guy|his|a man|some guy|a guys|a guy s) (place|house)|en (la )?casa de (un|el|ese) (tipo|senor|hombre|chavo)|"
            r"irme con el|me vaya con el|(voy|vaya|ir) a verlo|(voy|vaya|ir) a su casa|(la|lo|me) (recogia|recoge)|run away together|huir juntos|"
            r"me espera|(at|is at) my door|a la esquina|donde vivimos|where (we|i) live|pretending to be a delivery)")
DANGER = [
    # Spanish
    r"\b(auxilio|socorro|(?<!vos )(?<!tu )(?<!usted )sos(?! mode| button| una| un| bot| humano| persona| real| de)|rescatenme|salvenme)\b",
    r"\b(sacame|sacanos|saquenme|saquenos|sacarme|sacarnos|sakame|sakanos|sakenme|sakenos|sacenme) de aqui\b",
    r"\b(?<!no )(me|nos|la|lo|las|los) (tienen|tiene|tenian|mantienen) (encerrad|secuestrad|amarrad|retenid|privad|vigilad|amenazad|trabajando a la fuerza|a la fuerza)",
    r"\b(me|nos) (secuestraron|secuestro|levantaron|encerraron|encerro|amarraron|amarro|golpearon|golpeo|golpean|golpea|pegan|pega|violaron|violo|viola|violan|apunalaron|apunalo|balearon|baleo|dispararon|vendieron|amenazaron|amenazo|amenazan|amenaza|raptaron|rapto)\b(?! (el|la|mi) (whatsapp|cuenta|face|facebook|insta|instagram|tiktok|perfil|correo|celular|telefono|sueno|control|tele|cargador|lugar|comida)\b)(?! (roto|rota|caro|cara|mal|mala|malo|malos|malas|falso|falsa|usado|usada|pirata|de mas|defectuos\w*)\b)",
    r"\bno (me|nos) (dejan?|permiten?) (salir|ir|irme|irnos|hablar|llamar|usar|comunicar|regresar|volver)"
    r"(?! de (la|el|mi) (app|aplicacion|juego|pagina|cuenta|programa|grupo)\b)",
    r"\b(me|nos) (quieren|quiere|van a|va a) (matar|secuestrar|violar|vender|golpear|levantar|llevar a la fuerza)",
    r"\b(me|nos) (estan|esta|andan|anda|vienen|viene) (siguiendo|persiguiendo|amenazando|golpeando|pegando|obligando|vigilando|extorsionando|buscando para matar)",
    r"\b(me|nos) (obligan?|obligaron|forzaron|fuerzan?) a\b",
    r"\b(?<!no )(estoy|estamos) (encerrad|secuestrad|amarrad|herid|sangrando|atrapad|escondid|retenid|en peligro|amenazad)",
    r"\b(se suban|subirse|se suba|suban) a su (carro|camioneta|troca|coche|auto)\b",
    r"\b(esta |ella |el |estan )secuestrad[oa]s?\b|\b(dinero|money|pay) (para|pa|to) (soltar|liberar|release|let (her|him|them) go)\b|"
    r"\b(perdio|perdida|perdido)\b.*\bno (lo |la )?(encuentra|encuentro|encontramos)\b|\b(o|or) (deja|dejan|abandona|leave|leaves) (nosotros|nos|me|us|them)\b|"
    r"\b(la|lo) tiene un (hombre|senor|tipo|bato)\b|\b(perdid[oa]s?|lost)\b.*\b(sed|thirsty|sin agua|no water)\b|\b(sed|thirsty)\b.*\b(perdid[oa]s?|lost)\b|"
    r"\b(nos|me) (dejo|dejaron) sol[oa]s?\b|\bleft us alone\b|"
    r"\b(make|makes|made|force|forces|forced) (him|her|me|us|them) (carry|sell|move) drugs\b|\b(lo|la|me|nos|los) (obligan|ponen) a (cargar|vender|mover) (droga|mota)\b|"
    r"\b(lo|la|los|las) (dejo|dejaron|abandono|abandonaron) el (pollero|coyote|guia)\b|\bel (pollero|coyote|guia) (lo|la|los|las) (dejo|abandono)\b|"
    r"\b(me|nos) (agarro|agarraron|tomo|tomaron) a la fuerza\b|\b(nos|me|la|lo|los|las) (tiene|tienen) trabajando (en|para|pa|sin)\b|"
    r"\b(asking for|pidiendo|pide|le pide) (videos|fotos|photos|pics|nudes|packs?)\b|\bya te (encontre|encontramos)\b|\b(found you)\b|\b(esta|estan) parad[oa]s? (en la esquina|afuera)\b|\bstanding (on the corner|outside)\b|"
    r"\b(she|he) (is|s) mine now\b|\b(es mia|es mio) ahora\b|\b(looks|se ve) (drugged|drogad[oa])\b|"
    r"\b(i|we) (do not|dont) (wanna|want to) be here anymore\b|\b(lo|la) quema con cigarros\b|\bburns (him|her) with cigarettes\b|"
    r"\b((me sigue|me siguio)(?! \w+(ando|iendo|endo)\b)|sigue siguiendome)\b|\bsabe donde (vivo|duermo|estoy|trabajo)\b|"
    r"\b(cops|police|policemen|policias|soldiers|soldados|guys|men|they) (have|got) me\b|\b(pushing|pulling|dragging|forcing) me (toward|towards|into|in to|to) (a|the)\b",
    r"\b(me|nos) (van a|vienen a) llevar\b|\b(tumbaron|rompieron|patearon) la puerta\b|\b(are|is|they are|theyre) breaking in\b|\bse (estan|esta) metiendo\b|"
    r"\b(van|car|truck|men|guys|camioneta|carro)\b[\w ]{0,20}\b(waiting for (me|us)|esperandome|esperandonos)\b|"
    r"\b(me quiere|me quieren|me quiso) (hacer cosas|tocar)\b|\b(wants|want|tried) to touch me\b|\bya no quiero (seguir|estar) aqui\b|"
    r"\b(they|he|she|los|ellos) (found|encontraron) me\b|\bya me (encontraron|encontro|hallaron)\b|\b(they|he|she) found me\b",
    r"\b(tienen|tiene|secuestraron|levantaron|se llevaron|agarraron|desaparecieron a) a mi " + _PEOPLE,
    r"\ba mi " + _PEOPLE + r" (lo|la|los|las) (levantaron|secuestraron|agarraron|subieron|se llevaron|tienen)\b",
    r"\b(he|she|they|someone|somebody|a man|a guy|the man|my \w+) (has|have|got|pulled|pulled out) a (gun|knife|machete)\b|"
    r"\b(saco|sacaron|trae|traen) (una |un )?(pistola|navaja|cuchillo|machete|arma)\b",
    r"\b(piden|pide|pidieron|exigen|pidiendo|exigiendo) (rescate|dinero por|lana por|pisto por|feria por)",
    r"\b(me|nos) van a (matar|hacer algo)\b|\b(pa|para) (matarme|matarnos)\b",
    r"\b(?<!la )(?<!una )(?<!mi )(?<!su )(?<!las )(?<!sus )(?<!\ba )(?<!\bde )(?<!\bto )(herid[oa]s?|baleado|baleada|apunalad[oa])\b",  # not "la herida" (a wound), nor "a merida" misread
    r"\b(queriendo|quiere|quieren|tratando de|intentando) (meterse|entrar) (a la casa|al cuarto|a mi casa|a mi cuarto|a la casa)\b",
    r"\b(hay|se oyen|se escuchan|oigo|escucho|estan echando) (balazos|balacera|disparos|tiros|un tiroteo)\b|\bbalacera (afuera|aqui|en)\b",
    r"\b(necesito|necesitamos|manden|mande|llamen|llame|pidan|urge) (una )?(ambulancia|patrulla)\b|\bnumero de la policia (rapido|ya|urgente)\b",
    r"\b(?<!no quiero )que me (maten|secuestren|violen|lastimen|peguen|encuentren)\b",
    r"\b(tengo|tenemos) miedo\b.*\b(matar|maten|lastim|pegar|golpe|encerr|encuentren|dejan salir)",
    r"\b(no puedo|no podemos) (salir|escapar|irme)\b",
    r"\bdebo\b.*\b(no me deja|no puedo (salir|irme))\b",
    # English
    r"\b(save me(?! (a|the|some|your|this|that|those|my)\b)|rescue me|rescue us)\b|\bse ahogo\b|\bcome (and )?(get|pick up|rescue) (me|us)\b|\b(vengan|ven|venga) (por mi|por nosotros|a sacarme|a sacarnos|a rescatarme)\b",
    r"\bbeing (threatened|followed|chased|hunted|stalked|beaten|attacked|extorted)\b",
    r"\bget (me|us) out (of )?(here|this place|now|please)\b|\bget (me|us) out$",
    r"\b" + _NOT_A_THING + r"(locked (in|up)|trapped|kidnapped|hostage|held captive|tied up|being held)\b"
    r"(?! (by|by my) (sleep|bed|netflix|tiktok|homework|work))(?! (scene|movie|film|game|video|in (this|a|the|my) (meeting|class|call|office)))(?! my (account|netflix|insta|instagram|facebook|whatsapp|phone|charger|cell|food|hoodie|clothes|car|seat|remote|spotify|password)\b)",
    r"\b(will not|do not|does not|wont) (let|allow) (me|us|her|him|them) (leave|go|out|call|talk|use)",
    r"\b(can not|cannot) (leave|get out|escape|go out)\b",
    r"\b(beat|beating|beaten|hit|hitting|hurt|hurting|raped|rape|stabbed|shot|sold|selling|threatening|threatened|following|forcing|forced|forces|force) (me|us)\b",
    r"\b(i am|we are) (bleeding|hurt|injured|hiding|in danger|being followed|scared for my life)\b",
    r"\b(going to|gonna|want to|wants to|will) (kill|rape|kidnap|sell|hurt) (me|us)\b",
    r"\b(beats|beat|hits|hurts|rapes) (her|him|them)\b",
    r"\b(owe|debt)\b.*\b(can not|will not|wont|not let|not allowed)\b",
    r"\b(took|kidnapped|have|has|got|taken|have had|had) my (son|daughter|brother|sister|wife|husband|mom|mother|dad|father|cousin|friend|family|kid|kids|child|baby|uncle|aunt|nephew|niece|grandson|granddaughter)\b",
    r"\b(asking|ask|want|wants|demand|demanding) (for )?(a )?ransom\b",
    # Taken by force, said in the passive.
    r"\b(was|were|got|has been|have been) (taken|kidnapped|grabbed|abducted)\b",
    r"\b(is|are) (injured|wounded|shot|stabbed)\b",
    r"\b(trying to|wants to) (get|break|come) in(to)? (the|my|our) (room|house|home)\b",
    r"\b(need|send|call) (an |the )?(ambulance|police) (now|right now|asap|please)\b|\bright now\b.*\b(beating|hurt|bleeding|attack)",
    r"\b(there is|there are|i hear|i can hear|we hear|hearing) (gunshots|shooting|gunfire|shots)\b|\bshots fired\b",
    r"\b(pay|paid|deposit|send (the |us )?money) or else\b|\b(paga|pagas|deposita|depositas) o (te|les|a tu|a tus) ",
    r"\b(o|si no) (me|nos) (matan|mata|queman|quema|levantan|desaparecen|secuestran|quiebran|quiebra|tablean|madrean|tumban)\b|\b(o|si no|sino) (matan|mata|queman|levantan|desaparecen|secuestran) a\b|"
    r"\b(o|si no|sino) (dice que |dicen que )?(le|les) (hacen|hace|van a hacer|cortan|corta|matan|mata|queman|pegan|pega) (algo|un dedo|a mi|a)\b",
    r"\b((?<!se )me (pateo|patearon|pego|pegaron|ahorco|ahorcaron)|me (dio|dieron) (una patada|un golpe|una golpiza|un punetazo))\b",
    r"\b(kicked|punched|slapped|choked|strangled) me\b",
    r"\b(me|nos) (siguen|sigen|persiguen) (\d+|unos|unas|dos|tres|un|una|los|varios) (carros?|hombres|tipos|batos|weyes|camionetas?|motos?|personas|senores)\b|"
    r"\b(\d+|two|three|some) (cars?|men|guys|trucks?|bikes) (are |keep )?following (me|us)\b",
    r"\b(me|nos) (estan|esta) vendiendo\b|\b(estan|andan|vienen|anda|esta)\b[\w ]{0,25}\b(buscandome|buscandonos)\b(?! (trabajo|chamba|la vida))|\bme andan buscando\b|\b(they are|they re|are) (out )?looking for (me|us) (outside|here|now|rn)\b",
    r"\b(ya )?saben donde (vivo|duermo|estoy|vivimos|dormimos|trabajo)\b|\b(they )?know where (i|we) (live|sleep|am|stay)\b|"
    r"\b(outside|here|at the door) with a (gun|knife)\b|\b(has|have|got) a (gun|knife) (and|outside|here)\b|\bcon (una )?(pistola|arma|navaja|cuchillo) (afuera|aqui|en la puerta)\b|"
    r"\b(is|are) waiting (for me )?(at|on|outside) the (corner|door|house|street)\b|\b(me )?estan esperando (afuera|en la esquina)\b",
    r"\b(has|have|had|has been|have been) follow(ed|ing) (me|us)\b|\bfollowed (me|us) (for|since|from|all the way|home)\b|"
    r"\b(me|nos) (ha|han) (seguido|estado siguiendo)\b",
    r"\b(on (his|her|their) way|coming|is coming) to (kill|hurt|get|beat) (me|us)\b|"
    r"\b(viene|vienen|va a venir|van a venir) (a|para) (matarme|golpearme|pegarme|llevarme|levantarme)\b",
    r"\b(se me perdio|no encuentro|perdi) (a )?mi " + _CHILD_ES + r"\b|\bmi " + _CHILD_ES + r"( \w+){0,3} se (me )?(perdio|extravio)\b|"
    r"\b(lost|can not find) my " + _CHILD_EN + r"\b|\b(grandma|grandpa|abuela|abuelita|abuelo|mom|dad|mother|father|" + _CHILD_EN[1:-1] + r")\b[\w ]{0,25}\b(got lost|is lost|went missing|is missing)\b|"
    r"\b(have not|havent|has not|hasnt) seen (him|her|them) (in|for|since) \d+ (hours|hrs)\b|\bya van \d+ horas sin (verlo|verla|saber)\b|"
    r"\bmy " + _CHILD_EN + r" (got lost|is lost|went missing|(did not|didnt|has not|hasnt) (come|came) (back|home))\b|"
    r"\bse (subio|fue|va) (al|en el|de mosca en el) tren sol(o|ito|a|ita)\b|\b(got|is|went) on the (train|freight train) (all )?alone\b|"
    r"\bmi (mama|papa|abuela|abuelo|abuelita|abuelito|esposa|esposo|hermano|hermana|tia|tio|mujer|marido)( \w+){0,4} se (me )?(perdio|extravio)\b|"
    r"\bse (me )?perdio (mi|el|la) " + _CHILD_ES + r"\b|"
    r"\b(nino|nina|kid|child|bebe|baby)\b[\w ]{0,15}\b(solito|solita|solo|sola|alone)\b[\w ]{0,30}\b(vias|tracks|tren|train|carretera|highway|rio|river)\b|"
    r"\b(has been|is|was left|been left) alone since (yesterday|last night|this morning)\b|\b(esta|lleva) sol[oa] desde (ayer|anoche|la manana)\b|"
    r"\b(lost|can not find) my (son|daughter|kid|child|baby|little brother|little sister)\b|\bmy (son|daughter|kid|child) is missing\b(?! (his|her|my|their|the|school|class|you|home|out)\b)",
    r"\b(pulling|dragging|pushing|forcing) (them|her|him|the kids|kids|girls|a girl|a kid|children) in(to)?\b|"
    r"\b(being|got|were|was) (forced|pulled|dragged|pushed|thrown) in(to)? (a|the) (van|car|truck)\b|"
    r"\b(guy|man|men|someone|somebody|dude)s? with (a |an )?(knife|knives|guns?|machetes?|weapons?)\b|\b(hombre|tipo|bato|senor|alguien) con (un |una )?(cuchillo|navaja|pistola|arma|machete)\b|"
    r"\b((la|lo|los|las) (subieron|metieron|jalaron)|(subieron|metieron|jalaron) a mi \w+) a (una|la|un|el) (camioneta|carro|troca|auto|coche)\b|"
    r"\b(get|getting) in(to)? (his|their|the|a) (car|van|truck)\b|\b(left|went|gone) with (a|some) (man|guy|stranger)\b",
    r"\b" + _ONLINE + r"\b.*\b" + _MEETING + r"\b|\b" + _MEETING + r"\b.*\b" + _ONLINE + r"\b",
    r"\b(conocio|conoci|met) (en|on|por|online)\b.*\b(va a recoger|van a recoger|pick (her|him|me) up|is picking (her|him|me) up|se la va a llevar|se lo va a llevar|(lo|la) va a llevar|(take|taking) (her|him) to)\b",
    r"\b(padrastro|stepdad|step dad|stepfather|tio|uncle|primo|encargado|guardia|senor|hombre|moms boyfriend|mom s boyfriend|mothers boyfriend|novio de mi mama)( de la casa)? "
    r"(entra|se mete|comes|gets|sneaks|keeps coming|keeps getting) (de noche )?(a |al |into )?(mi |el |my )?(cuarto|room|cama|bed)\b|"
    r"\b((me toco|me toca)(?! (\w*(ar|er|ir)|a mi|turno|el turno|mi turno)\b)|me manosea|me manoseo|me manosean|touched me|touches me|groped me)\b|"
    r"\b(strip|desvistete|desnudate|quitate la ropa)\b.*\b(or|o)\b|\b(says|dice|dijo) (to )?(strip|desnudarme|quitarme la ropa)\b",
    r"\b(querian|quieren|queria|quiere) matar\w*\b.*\b(estan|esta|llegaron|llego) aqui\b|"
    r"\bsi (hoy )?no\b.*\b(lo|la|los|las|te|me|nos|le) (levantan|matan|quiebran|desaparecen|secuestran|queman)\b|"
    r"\b(panza|barriga|estomago) del lado derecho\b|\blado derecho de la (panza|barriga)\b",
    r"\bse llevo a (la|el|mi) (bebe|nino|nina|hijo|hija|nena)\b|\btook (the|my|our) (baby|kid|son|daughter) and\b|"
    r"\b(lo|la|te|me|nos|los) van a ir a buscar\b|\b(photo|pic|picture|foto) (of|de) (his|a|su|una) (gun|pistola|arma)\b|"
    r"\b(parked|waiting|standing) outside (for|since|my|the|our)\b|\b(men|guys|hombres|tipos|batos) (with|con) (rifles|guns|armas|pistolas|cuernos)\b|"
    r"\b(a man|someone|somebody|un hombre|un senor|alguien) (called|llamo|me llamo|nos llamo) (from|desde) (his|her|su|el) (phone|cel|celular|telefono)\b",
    r"\b(on the (other )?(line|phone)|al telefono|en la linea)\b.*\b(ransom|rescate|account number|numero de cuenta|money|dinero|pay|pague|paguen)\b|"
    r"\b(kidnappers|secuestradores) (are )?(on the|en la|al) (phone|line|linea|telefono)\b|\b(man|guy|someone|somebody) on the phone has my\b|"
    r"\b(paso|pasaron|puso|pusieron) a mi \w+ al telefono\b|\b(put|puts|made) my \w+ (on the (phone|line)|say|talk)\b|"
    r"\b(dijo|dicen|dice|dijeron) (que|q) (son|es|somos) (de la mana|del cartel|de la mara|de los zetas|de la clica|de la letra)\b",
    r"\b(mandan|mandando|mandaron|sending|sent|send) (me )?(fotos|photos|pics|pictures) (de|of) (mi|my) (casa|house|hijos|kids|puerta|door|familia|family)\b|"
    r"\b(pateando|tumbando|golpeando) la puerta\b|\b(tumbar|romper) la puerta\b|\b(kicking|banging on|breaking down|break down) (the|my) door\b|"
    r"\bno ha (vuelto|regresado|llegado) desde (ayer|anoche|el|hace)\b|\b(has not|hasnt|has nt) (come|came) (back|home) since\b|"
    r"\b(perdi|lost) (a )?(mi|my) (grupo|group|wife|husband|esposa|esposo|mujer|marido|mom|dad|mama|papa)\b|"
    r"\bestoy sol[oa] en el (cerro|monte|desierto)\b|\balone in the (desert|hills|mountains|woods)\b|"
    r"\b(guide|guia|coyote|pollero|smuggler)\b.*\b(never came back|nunca (volvio|regreso)|no (volvio|regreso))\b|"
    r"\b((se nos acabo|se acabo|ya no tenemos|no hay) (el )?agua|(water is|waters|water s) gone|(ran|run) out of water|no water left)\b",
    r"\b(hitting|beating|hurting|choking) (my|his|her) (mom|mother|sister|brother|wife|kid|kids|son|daughter|baby)\b",
    r"\b(have|has|got) (him|her|them) in (their|a|the) (truck|car|van)\b|\b(took|grabbed|pulled|dragged) (her|him|them) (in|into) (a|his|the|their) (car|van|truck)\b|"
    r"\bse (la|lo|los|las) (llevo|llevaron|subio|subieron) en (un|una|su) (carro|camioneta|troca|coche)\b|"
    r"\b(car|truck|van|guys|men|man) (is |are )?(parked |waiting |sitting )?outside my (place|house|door|room)\b|"
    r"\b(un carro|una camioneta|una troca|unos tipos|unos hombres|un hombre) (esta |estan )?(parad[oa]s? |estacionad[oa] )?afuera de mi (casa|cuarto|puerta)\b|"
    r"\b(esta|estan) en una (camioneta|troca|carro) con (unos|los) (de la mana|del cartel|de la mara|malandros|sicarios|mareros)\b|"
    r"\bde la escuela\b.*\b(no fue nadie de la familia|fue un senor|fue un hombre|un desconocido)\b|"
    r"\bya me canse de (todo|vivir|la vida)\b|\b(tired of living|so tired of everything)\b|"
    r"\bse (lo|la|los|las) llevaron\b|\bhombres armados\b|\barmed (men|guys|people)\b",
    # Threats reported with what will be done ("dijo q al q hable lo mata", "o me entrega a los de la plaza").
    r"\b(dijo|dice|dijeron|dicen|amenazo|amenaza|amenazaron)( que)?\b.*\b(me|nos|lo|la|los|las|le|les|te) (va a |van a )?"
    r"(mata|matan|matar|quema|queman|quemar|avienta|avientan|aventar|desaparece|desaparecen|desaparecer|quiebra|quiebran|quebrar|levanta|levantan)\b|"
    r"\b(me|nos|lo|la|le) (entrega|entregan|va a entregar|van a entregar|avienta|avientan|tira|tiran) (a|al|con) (los |la |el )?"
    r"(de la plaza|narcos|cartel|mana|mara|rio|canal|malandros|sicarios|zetas)\b|"
    r"\b(hand|turn|give) (me|us|him|her) (over )?to (the )?(narcos|cartel|gang|mafia|zetas|sicarios)\b|"
    r"\bno (lo|la|los|las) (vuelve|vuelves|vuelvo|vas a volver|van a volver) a ver\b|\b(never|not) see (him|her|them) (alive )?again\b|"
    r"\b(they|he|she|they are|he is|she is) (will )?(come|coming) for (me|us|him|her|them|my (daughter|son|kids|wife|family|sister|brother|children|baby))\b|\b(are|is) coming for (me|us|him|her|them)\b",
    # A weapon shown; someone held in a place, or not let out of a car.
    r"\b(me|nos) (enseno|ensenaron|mostro|mostraron|apunto|apuntaron)( con)? (la|una|el|un|su) (pistola|arma|cuchillo|navaja|machete|cuerno)\b|"
    r"\b(me|nos) (saco|sacaron) (un|una|el|la|su) (cuchillo|navaja|pistola|arma|machete)\b|"
    r"\b(keeps|has|carries|carrying) (a|his|the) (knife|gun|machete) (on him|with him)\b|\b(pulled|showed|pointed) (a|his|the) (gun|knife) (at|on) (me|us)\b|"
    r"\b(me|nos|la|lo|las|los) (tienen|tengan|tiene|tenga|tenian) en (una|un|la|el) (casa|cuarto|bodega|rancho|cuartito|galera|sotano)\b|"
    r"\bno (me|nos|lo|la|los|las) (deja|dejan) (bajar|volver|regresar)\b|\bno (lo|la|los|las) dejan (salir|ir|irse)\b|\bno (deja|dejan) salir a\b|"
    r"\bno (me|nos) (puedo|podemos) (ir|salir|escapar)\b|\bno (me|nos) (sueltan|quieren soltar)\b|\bkite (m|mwen) soti\b|"
    r"\b(took|take|takes|taking) (everyones|our|all our|all the) phones\b|\b(i|we) (leave|go) when (he|she|they) (says|say) so\b|"
    r"\b(truck|trailer|caja|camion|container)\b[\w ]{0,25}\b(no air|sin aire)\b",
    # Hurt now, or heard being hurt; locked in.
    r"\b(broke|broken|fractured) my (arm|leg|nose|ribs?|hand|jaw|wrist)\b|\b(me|le) (rompio|quebro|fracturo) (el|la|un|una) (brazo|pierna|nariz|costilla|mano|mandibula)\b|"
    r"\b(la|lo|los|las) (oigo|escucho|oimos) (llorar|gritar)\b|\b(i can hear|i hear) (her|him|them|a (girl|woman|kid|child)) (screaming|crying|yelling)\b|"
    r"\blocked (it|the door)\b|\btexting (from|you from) inside\b|"
    r"\b(atropell\w*|hit by a car)\b.*\b(hinch\w*|mare\w*|palid[oa]|sangr\w*|vomit\w*|swollen|dizzy|pale|bleeding)\b|"
    r"\b(me|le|nos) falta el aire\b|"
    r"\b(will not|do not think i will) make it (through )?(tonight|the night|till morning)\b|\b(saving|stockpiling|collecting|hoarding) (up )?(pills|meds)\b|"
    r"\b(juntando|guardando) (pastillas|medicinas)\b",
    # Watched and followed: circling, the same car outside, "preguntando por mi", waiting outside.
    r"\b(circling|driving around|keep passing) (the|my|our) (block|house|street)\b|\b(dando vueltas|pasando y pasando) (por|en|a) (la cuadra|mi casa|la casa)\b|"
    r"\b(mismo|misma|un|una|el|la) (carro|coche|auto|camioneta|troca|moto)\b[\w ]{0,12}\b(esta|sigue|lleva)\b[\w ]{0,6}\b(afuera|enfrente|estacionad[oa])\b|"
    r"\bpreguntando (por|x) mi\b|\b(parked|waiting|sitting) (across the street|in front of (the|my|our))\b|"
    r"\b(me|nos) (esta|estan) esperando afuera\b|\bafuera\b[\w ]{0,30}\besperandome\b|\besperandome afuera\b|"
    r"\b(me|nos) (buscaban|andaban buscando|buscan)\b.*\b(estan|llegaron|andan) aqui\b|"
    r"\b(ya )?(estan|llegaron) aqui en (la|el|mi) (colonia|barrio|pueblo|albergue|cuadra)\b",
    # A child alone for hours, or left alone now.
    r"\b(\d+|little|small|young)( yo| year old| years old)? (boy|girl|kid|child)\b[\w ]{0,30}\balone\b[\w ]{0,40}\b"
    r"(for hours|nobody came|no one came|since|getting dark|now)\b|\b(he is|she is|they are) alone (there|out there) now\b|"
    r"\b(nino|nina|bicho|cipote|cipota|chamaco|chamaca|morrito|morrita|chavito|chavita|nene|nena|bebe)( de \d+( anos)?)?\b[\w ]{0,25}\b(solito|solita|solo|sola)\b"
    r"[\w ]{0,30}\b(\d+ horas|horas y horas|de noche|desde (ayer|anoche|la manana|hace horas))\b|"
    r"\b(baby|bebe)\b[\w ]{0,10}\b(alone|sol[oa]|solit[oa])\b[\w ]{0,10}\b(in|en) (a|the|un|el) (car|carro|coche)\b",
    # Held or used, told as a question ("es legal que…", "is it normal…"): the situation is still theirs.
    r"\bkeep (me|us) here\b|\b(\d+|dos|tres|varios|varias) (meses|semanas|dias) sin (ver la calle|salir|poder salir)\b|"
    r"\b(dice|dijo|dicen) (que )?(me|nos) (compro|compraron)\b|\bno (puedes|puedo|podemos) renunciar\b|\b(can not|not allowed to) quit\b|"
    r"\batender a (hombres|clientes|senores)\b|\b(para|pa) (soltarnos|soltarme|soltarla|soltarlo|soltarlos|liberarla|liberarlo|dejarnos ir|dejarme ir)\b|\bno (me|nos) (da|dan) de comer\b|"
    r"\b(cierra|cierran|cierre|cierren) por fuera\b|\blocks? (us|me|it|the door) (in )?from (the )?outside\b|\bnot allowed (out|to leave|to go out)\b|"
    r"\b(make|makes|made) (me|you|us) work\b[\w ]{0,30}\b(pay off|to pay)\b|"
    r"\b(follows|following|sigue|siguen) (my|a mis|a mi) (kids|children|hijos|hijas|daughter|son|hija|hijo)\b|"
    r"\b(has not|hasnt|did not|didnt) (come|came) back\b[\w ]{0,40}\b(phones?|cel|celular)\b[\w ]{0,10}\b(off|apagado|dead)\b",
    # Medical signs that have lasted or are getting worse.
    r"\b(contracciones|contractions) (cada|every) \d+\b|\b(mollera hundida|sunken soft spot)\b|"
    r"\b(stiff neck|cuello rigido|nuca rigida)\b|\b(scorpion|alacran|escorpion)\b[\w ]{0,40}\b(sting|stung|pico|picadura|pique)\b|"
    r"\b(sting|stung|pico|picadura)\b[\w ]{0,30}\b(scorpion|alacran|escorpion)\b|"
    r"\b(sangr\w*|bleeding|bleed)\b[\w ]{0,40}\b(embarazo|embarazada|pregnant|\d+ (weeks|semanas))\b|\b(embarazo|embarazada|pregnant|\d+ (weeks|semanas))\b[\w ]{0,40}\b(sangr\w*|bleeding)\b|"
    r"\b(huele feo|smells bad|pus|todo rojo|red all the way)\b[\w ]{0,50}\b(fiebre|calentura|fever)\b|\b(fiebre|calentura|fever)\b[\w ]{0,50}\b(huele feo|smells bad|pus)\b|"
    r"\b(sin orinar|no ha orinado|no orina|(can not|has not|hasnt) peed)\b|\b(getting|se esta poniendo|is) confused\b|\bdrooling\b",
    # Accidents and disasters on the route, at home or in a shelter.
    r"\bse (volco|volteo|vuelca|voltio|desbarranco) (el|la|un|una) (camion|trailer|bus|autobus|camioneta|carro|combi|lancha|balsa|panga)\b|"
    r"\b(bus|camion|trailer|camioneta|carro|autobus) volcad[oa]\b|\bse fue al (barranco|rio|precipicio|voladero)\b|"
    r"\bse (cayo|callo|derrumbo|vino abajo) (la|el|una|un) (barda|pared|techo|edificio|casa|cerro|puente)\b|\b(cayo|callo) (un|el) arbol\b|"
    r"\b(le|me|nos) dio (toque|una descarga)\b|\belectrocut\w*\b|\bprensad[oa]s?\b|\b(quedo|quedaron|siguen|estan) (debajo|atrapad[oa]s?|adentro del)\b|"
    r"\bse (prendio|incendio|esta quemando|quema) (el|la) (tanque|casa|cuarto|albergue|cocina|bodega|carro|camion)\b|\b(casa|cuarto|albergue) (fuego|incendio|en llamas)\b|"
    r"\bse (hundio|esta hundiendo|hunde) (la|el) (balsa|lancha|panga|bote)\b|\bse oyen gritos\b|\bse (crecio|desbordo) el rio\b|"
    r"\b(cayo|se cayo|se callo) (de|del) (tren|la bestia|techo|vagon)\b|\bentre los vagones\b|\b(mucho|mucha) sangre\b|\b(much|so much|lots? of) blood\b|"
    r"\b(car|bus|truck|train|boat) (accident|crash)\b|\b(crashed|flipped over|rolled over)\b|\baccident\b[\w ]{0,30}\b(blood|bleeding|hurt|injured|not moving|unconscious)\b|"
    r"\b(stove|tank|gas tank|boiler) (exploded|blew up)\b|\b(exploto|estallo) (el|la) (tanque|estufa|boiler|pipa)\b|\bburned (really |so )?(bad|badly)\b|"
    r"\b(pinned|trapped|stuck|buried) under\b|\blandslide\b|\bearthquake (just )?hit\b|\bfire (is )?spreading\b|\b(can not|cant) get to the (stairs|door|exit)\b|"
    r"\btaking (on )?water\b|\bfell between the (wagons|cars)\b|\bfell (off|from) the (train|roof|truck)\b|\b(is|s) not getting up\b|"
    r"\b(wheezing|no inhaler)\b|\b(ya )?casi no (habla|respira|responde)\b",
    # Uniformed men abusing now; asking to be fetched, sharing a location, lost on the route.
    r"\b(jaloneando|manoseando|golpeando|pateando) a (las|los|una|un|unas|unos) (mujeres|muchachas|ninas|ninos|migrantes|hombres|senoras)\b|"
    r"\b(quede|quedes|quedarse|se quede) sol[oa] con (el|ellos)\b|\b(putting|shoving) her in(to)? (his|the|a) (truck|car|van)\b|"
    r"\bkicked (my|his|her) \w+ down the stairs\b|"
    r"\b(te|les) (mando|paso|envio|comparto) (mi )?ubicacion\b|\bcomparti (mi )?ubicacion\b|\bubicacion en tiempo real\b|^(mi|my) (ubicacion|location)$|"
    r"\b(sharing|shared|sending|sent) (you )?my (live )?location\b|\blive location\b|\bvengan (rapido|ya|por (mi|nosotros|nosotras)|x (mi|nosotros|nosotras))\b|"
    r"\b(alguien|someone) (que )?(me|nos) (venga|vengan) a (buscar|traer)\b|\bpasen(me)? a traer\b|\bmanden a alguien\b|\b(coordenadas|coordinates)\b|"
    r"\bubicacion \d+ \d+ \d+ \d+\b|\bdropped (me|us) (off )?somewhere\b|\bget found\b|"
    r"\bme perdi del grupo\b|\b(lost|separated from) (my|the) group\b|\bgot separated from\b|\b(walking|caminando) in circles\b|\bcaminando en circulos\b|"
    r"\b(been )?out here since\b|\bout of water\b|\bno se donde estoy\b|\b(do not|dont) know where i am\b|\bguide ran off\b|"
    r"\b(guia|coyote|pollero) (se fue|corrio|huyo|se pelo)\b",
    # From the widest mix (emergency_dev17): a business to be burnt, armed collectors, a fresh wound, a child in the river.
    r"\bo (queman|quemamos|incendian) (el|la|tu|su|mi) (negocio|casa|puesto|local|tienda)\b|\b(vinieron|llegaron|andan) armados\b|\bultim[oa] (vez que avisan|aviso)\b|"
    r"\b(beats|hits|hurts|whips) my (little |baby )?(sister|brother|mom|mother|son|daughter|kid|kids)\b|\bgot (stabbed|shot)\b|"
    r"\b(not|isnt|is not) peeing\b|\bno hace pipi\b|\bse (cayo|callo) al (suchiate|bravo|rio bravo|usumacinta|grijalva)\b|"
    r"\b(will not|wont) open the (cells?|doors?)\b|\b(huele|smells) (bien |muy |really |so )?(fuerte )?(a|like) gas\b|"
    r"\b(fell|cayo) (on|sobre|encima de) (my|him|her|them|mi)\b|\b(he is|she is) under it\b|"
    r"\bno (lo|la|me|nos) (quieren|quiere) (llevar|dejar ir) al (medico|doctor|hospital)\b|\b(will not|wont) (take|let) (him|her|me|us) (to )?(see )?(a|the) (doctor|hospital)\b|"
    r"\b(took|quitaron|quito) (my|mi) (insulin|insulina|medicine|medicina|inhaler|inhalador)\b|"
    r"\b(coyote|guide|smuggler|pollero|guia)\b[\w ]{0,30}\b(dropped|left|leave|abandoned) (us|me)\b|\b(its|it is) freezing\b|"
    r"\bno (ha|a) (vuelto|buelto|regresado|llegado)\b[\w ]{0,30}\b(cel|celular|telefono)\b[\w ]{0,5}\b(apagado|off)\b|"
    r"\bshots (outside|fired)\b|\b(everyone|todos) (is |are |estan )?(on the floor|en el piso|tirados)\b|\b(agarrando|agarraron) a balazos\b",
    # Danger said through a question to the bot: send someone, get me out, call 911 for me, are you a person (and hurry).
    r"\b(necesito|need) (q |que )?(alguien|someone) (que |q |to )?(venga|come)\b(?! (fix|repair|to fix|a arreglar|arreglar|pick up|por el paquete))|\bsomeone who can come\b|\balguien (que|q) (venga|me saque)\b|"
    r"\b(me|nos) (pueden|puedes|puede) (sacar|esconder|recoger|rescatar)\b|\b(can you|could you) (get (me|us) out|hide (me|us)|rescue (me|us))\b|"
    r"^(?=.*\b(rapido|ya|urgente|plz|please|por favor|por fa|ayuda|scared|miedo)\b).*?"
    r"\b(persona real|alguien real|humano|human|real person|someone real|anyone there|alguien ahi|are you real|eres real|r u real)\b|"
    r"\b(toca|manosea|abusa de) a mi (hermanita|hermanito|hija|hijo|sobrina|sobrino|nina|nino|prima|primo)\b|"
    r"\b(touches|touching|gropes|abuses|abusing) my (little )?(sister|brother|daughter|son|niece|nephew|cousin)\b|"
    r"\besconder el (celular|telefono) (rapido|ya)\b|\bhide (my|the) phone (fast|quick|now)\b|\bcuanto se tardan en (venir|llegar)\b|"
    r"\b(en la cajuela|in the trunk)\b|\b(pedir|pido) (un )?rescate\b|\brequest (a )?rescue\b|\b(ya me corte|me estoy cortando)\b|"
    r"\b(he|she|they|friend|son|daughter|brother|sister|wife|husband|baby|someone|cousin) (is |s )?bleeding\b|"
    r"\b(can you|could you|pueden|puedes) (call|llamar|marcar)( a| al)? (911|the police|la policia|an ambulance|una ambulancia|la ambulancia)\b|"
    r"\bi can only text\b|\bsolo puedo (escribir|mandar mensajes)\b|\b(i am|estoy) (under|debajo de) (the|la) (bed|cama)\b|\bhiding under\b|"
    r"\b(banging|pounding) on (our|my) (door|window)\b|\b(going to|gonna) finish (it|me)\b|\b(va a|van a) acabar conmigo\b|"
    r"\b(kid|child|girl|boy|nino|nina)\b[\w ]{0,10}\b(being )?(kept|held|locked) in (a|the) (back )?room\b|"
    r"\bhelp (me|us) (get|break) out\b|\bayud(ame|enme|arme|ar) a (salir|escapar)\b(?! de (deudas|la duda|dudas|vicios))",
    # Played down (emergency_dev20): forcing the door, photos of my kids, to be sold, pay or swim, the freezer.
    r"\bforzando (la|mi) (puerta|chapa|ventana)\b|\bforcing the (door|lock)\b|\bfotos de mi (casa|familia|hijos|puerta)\b|"
    r"\b(photos|pics|pictures) of my (house|kids|family|door)\b|\b(va|van) a vender a (mi|su|la|el)\b|"
    r"\bno (me|nos) (quiere|quieren) (bajar|dejar bajar|soltar|dejar ir|dejar salir)\b|\b(queman|quemar|incendian) (mi|la|tu|su) (casa|negocio|puesto|tienda)\b|"
    r"\bpay or swim\b|\bpaga o (nadas|te tiro|te aviento)\b|\b(will not|wont) be found\b|\bwalking toward (us|our|me)\b|"
    r"\b(has not|hasnt|does not|doesnt) let (me|us) (go|out|leave)\b|\b(cut|wound|herida|cortada)\b[\w ]{0,30}\b(black|negr[oa])\b|"
    r"\b(shoves|locks|puts|mete|encierra) (us|me|them|nos|los) in(to)? the (freezer|cooler|refri|congelador)\b|\b(congelador|camara fria)\b|"
    r"\bholding a (knife|gun) to (my|his|her)\b|\basking for (him|her|me) by name\b|\b(can not|cant) get up\b|\bno me puedo levantar\b",
    # Danger told as a need: somewhere to hide, a way out, before he comes back (emergency_dev25).
    r"\b(anda|esta|viene|is) (con|with) (un|una|a) (cuchillo|navaja|pistola|machete|arma|bat|bate|knife|gun)\b|\b(with|con) (a|un) (bat|bate)\b|"
    r"\b(a donde|adonde|pa donde|para donde) (corro|me escondo|huyo)\b(?! (manana|el|la|en|los|las)\b)|\bwhere (do|can) i (run|hide)\b(?! (my|mi|the|a|an|this|it|los|las|el|la)\b)|\bwhere can i go right now\b|"
    r"\b(house|room|apartment|casa|cuarto)\b[\w ]{0,20}\bwithout (him|her|them) (noticing|knowing|seeing)\b|\bsin que (se de cuenta|me vea|me vean|me sigan|me siga|me encuentren)\b|"
    r"\bantes de que (regrese|vuelva|llegue|despierte)\b|\bbefore (he|she|they) (wakes up|wake up|comes back|come back|gets back|gets home)\b|"
    r"\b(irme|alejarme|escapar|huir) (lejos )?de (el|ella|ellos)\b|\b(get|getting) away from (him|her|them|my (bf|boyfriend|husband|stepdad|dad|boss|uncle))\b|"
    r"\bquien me (saca|sacan) de aqui\b|\b(lugar|place) (donde|where) no me (encuentre|encuentren|vea|find)\b|\b(somewhere|a place) to hide\b(?! (my|mi|the|a|an|this|it|los|las|el|la)\b)|"
    r"\bdonde (me puedo |puedo )?esconderme\b|^como me (escapo|escapamos)$|"
    r"\bel (senor|tipo|hombre|patron|padrastro) le pega\b|\b(sacar|rescatar) a mi \w+ de (esa|la) casa\b",
    # Older people and people with disabilities (emergency_dev24).
    r"\bno (se|la|lo|me) (puede|podemos|puedo) levantar\b|\bfollowed\b[\w ]{0,10}\b(alone|scared)\b|\b(got |was |is )?left behind\b|\bdejaron atras a\b|"
    r"\b(slipped|wandered|ran) (away|off) from (me|us)\b|\b(oxygen|oxigeno)\b[\w ]{0,30}\b(empty|almost gone|se acaba|se esta acabando|vacio)\b|"
    r"\b(le|me) duele el pecho\b[\w ]{0,20}\bbrazo\b|\b(back room|cuarto de atras) alone with (him|them)\b|"
    r"\b(saco|sacaron|echo|echaron|corrio|corrieron) a (mi|su) (abuelito|abuelita|abuelo|abuela|mama|papa|hijo|hija)\b[\w ]{0,20}\b(calle|lloviendo|frio|noche)\b|"
    r"\b(took|quitaron|quito) (my|his|her|mi|su) (\w+ )?(wheelchair|silla de ruedas|cane|baston|oxygen|oxigeno)\b|\bpay in kind\b|\bpagar (con|en) especie\b|"
    r"\b(does not|doesnt) know (where she is|where he is)\b|\bno sabe donde esta\b(?! su)|\bya (ni |no )?puede hablar\b|\b(can not|cant) (talk|speak) anymore\b|"
    r"\b(hinchad[oa]|swollen)\b[\w ]{0,30}\b(calentura|fiebre|fever)\b|\bno (lo|la) (encuentro|encontramos) y no (contesta|responde)\b|"
    r"\b(sigue|esta|quedo) como (ida|ido)\b|\babandono en la (frontera|carretera|central|terminal|calle)\b|\b(is |s )?going to fall\b|\balone on the (shoulder|side of the (road|highway)|highway)\b|\bse va a caer\b|"
    r"\b(viejito|viejita|senor mayor|senora mayor|abuelito|abuelita|anciano|anciana)\b[\w ]{0,10}\bperdid[oa]\b|\bse perdio (un|una) (nino|nina|bebe|chamaco)\b|"
    r"\bno (nos|me|la|lo) reconoce\b|\b(does not|doesnt) recogni[sz]e (us|me)\b|\b(me|le) (dio|dieron|dan) (\d+|dos|tres|varios|otro|un) ataques?\b(?! de (ansiedad|panico|risa|tos|nervios|celos))|"
    r"\b(nana|grandma|grandpa|granny|abuela|abuelo) (is )?lost\b|\b(camioneta|carro|troca) ya paso (\d+|dos|tres) veces\b|"
    r"\btirad[oa] en la (banqueta|calle|carretera)\b|\bmi (papa|mama|abuelo|abuela|abuelito|abuelita|esposo|esposa|hermano|hermana) (anda|esta) perdid[oa]\b",
    # The key words misspelt (emergency_dev23).
    r"\bpoison\w* (me|him|her|us)\b|\bme envenen\w*\b|\b(guy|man|someone|somebody|dude)s? with (a |an )?(nife|knive|knif)\b|"
    r"\b(me|le|lo|la) (picaron|pico|picaron) con (un |una )?(cuchillo|cuchiyo|navaja|fierro|picahielo)\b|\b(is |s )?(choking|chocking)\b(?! hazard)|"
    r"\bmy (son|daughter|kid|child|baby|boy|girl) (is )?lost\b|\b(can not|cant) find (him|her)\b|\b(combuls|convuls)\w*\b|"
    r"\bnome ?dejan\b|\bno medejan\b|\bse robaron a mi\b|\brobaron a mi (hijo|hija|nino|nina|bebe|hermanito|hermanita)\b",
    # Second-language writing from many origins (emergency_dev22).
    r"\bmi " + _CHILD_ES + r"( \w+){0,2} (se )?(esta|anda) perdid[oa]\b|\bperdid[oa]s? en (la )?(selva|monte|desierto|cerro)\b|\bagua (termina|se termina|se acabo)\b|"
    r"\b(rompio|tumbo|pateo|forzo|forzaron) la puerta\b|\bsi (duermo|descanso|paro|me siento|no trabajo)\b[\w ]{0,20}\b(pegan|pega|golpean|golpea)\b|"
    r"\bsecuestrad[oa]s\b[\w ]{0,40}\b(piden|pide|quieren|exigen)\b|\bgrita que (le|la|me|nos) (pegan|pega|golpean|matan)\b|"
    r"\bno veo bien\b[\w ]{0,20}\b(me caigo|me desmayo|mareo|mareado|mareada)\b|\b(contesta|answers) un (hombre|tipo|senor|man|guy)\b[\w ]{0,20}\b(pide|piden|asks|asking)\b|"
    r"\b(stomach|belly|arm|leg|neck) is cut\b|\bpa konnen\b|\b(baby|bebe)\b[\w ]{0,40}\b(shaking|temblando|convuls\w*)\b|"
    r"\b(stab|stabbed|shot|shoot|hit|hits|beat|beats) my (friend|brother|sister|son|daughter|wife|husband|cousin)\b|"
    r"\b(threatening|following|hitting|beating) (my|his|her) (little |baby )?(brother|sister|son|daughter|kid|mom|wife|friend)\b|"
    r"\block on (our|my|the) door from (the )?outside\b|\bdying here\b(?! (lol|haha|of))",
    # Street slang (emergency_dev21).
    r"\b(got|was|been) (picked up|grabbed|snatched) by\b|\bmochilas? llenas? de\b|\b(apuntandome|apuntandonos)\b|\bpointing (a gun|it) at (me|us)\b|"
    r"\b(lo|la|me|nos) quieren meter de (halcon|sicario|punto|puntero)\b|\bpasan (por|x) (el|ella|mi|nosotros)\b|\b(me|nos) (estan|esta) apretando\b|\bcara hinchada\b",
    # Told in one breath by voice (emergency_dev18).
    r"\b(dicen|dice|dijeron) que (ahora )?(trabajo|trabajas|trabajamos) (para|pa) ellos\b|\b(ya )?no (quiere|puede) despertar\b|"
    r"\brespira (muy )?(lento|despacio|despacito|poquito)\b|\b(burns|burned|quema|quemo) (him|her|them|me|lo|la)\b|"
    r"\b(scared|afraid) to go home\b|\bmiedo de (volver|regresar|ir) a (su|mi) casa\b|\b(van a|vienen a) (entrar a )?quemar\b|"
    r"\bo se (lleva|llevan) a mi\b|\bya sabe(n)? quien soy\b",
    # What a witness sees now: chains, a van of crying people, a man answering for a girl, a girl per hour.
    r"\b(this is|es) (my|mi) (last night|ultima noche)\b|\bhas (her|my|his|their) (kids|children|son|daughter|baby) in (a|his|the) (car|truck|van)\b|"
    r"\b(hit|hits) (her|him)\b[\w ]{0,20}\b(took|take|takes) (her|his) (baby|kid|son|daughter)\b|\b(encadenad[oa]s?|chained|chain marks|marcas\b[\w ]{0,30}\bcadena)\b|"
    r"\bpidiendo ayuda desde\b|\b(contesta|responde) todo (por|x) ella\b|\banswers (everything )?for her\b|"
    r"\b(no (adults|parents|grown ups) around|crying for (his|her) (mom|mami|mama|mommy|dad|daddy))\b|\ba punto de (caerse|caer|ahogarse)\b|\babout to fall\b|"
    r"\b(subir|subieron|suben|metieron|meten) a golpes\b|\b(cartel|gang|narco|mara|sicario|clica)\b.*\bor else\b|"
    r"\b(is|s) parked outside\b|\bcircling (the|my|our) (shelter|school|building|albergue)\b|"
    r"\b(kids|children|people|someone|ninos|gente|alguien) (crying|screaming|llorando|gritando) (inside|adentro|in the back|atras)\b|"
    r"\b(banging|pounding) on the (window|door)\b|\bcrammed in\b|\blocks (her|him|them) in\b|\blocking (his|her|their|the) \w+( \w+)? in (the|a)\b|"
    r"\b(different|another) (young |teen )?girl\b[\w ]{0,30}\b(room|hotel|motel|cuarto)\b|\bniñas? diferentes?\b",
    # Sextortion: intimate pictures, a threat to share them, and a demand or a condition.
    r"^(?=.*\b(sube|subir|publica\w*|difund\w*|comparte|ensena\w*|posts?|share|shares|leak\w*|everyone sees|todos mis contactos|se las manda|las manda|"
    r"send them|a mis (maestros|papas|contactos|amigos|papa|mama)|to my (parents|family|school|contacts|friends|mom|dad))\b)"
    r"(?=.*\b(si no|or|unless|o|pay|paga|pague|dinero|money|wants|quiere|pide|gift cards?|\d+)\b)"
    r".*?\b(fotos|videos|packs?|nudes|pics|pictures|screenshots|capturas)\b",
    r"\b(my nudes|mis nudes|mis packs|mi pack|fotos intimas|intimate (pics|photos|pictures))\b[\w ]{0,40}\b(wants|quiere|pide|pay|paga|or|o|si no|\d+)\b",
    # Teenagers hurt or threatened at home, by a partner, or on the way to school.
    r"\b(echa|echar|aventar|tirar|throw) (acido|gasolina|acid)\b|\b(me|nos) (rompa|rompan|va a romper|van a romper|van a partir|va a partir) la madre\b|"
    r"\b(estrello|azoto|golpeo|pego) (la|mi) cabeza contra\b|\b(me|nos) (amarra|amarran|encierra|encierran)\b|"
    r"\b(me|le) (dio|dieron|da|dan) (\d+|unas|varias|una|otra) (cachetadas?|bofetadas?|patadas?|golpizas?)\b|"
    r"\b(no le (diga|digas)|no se lo (diga|digas)|do not tell|dont tell) (a nadie|anyone|nobody|your (mom|parents|dad)|a (mis|tus) (papas|padres|jefes))\b|"
    r"\b(sola|solo|alone) con (el novio de mi mama|mi padrastro)\b|\balone with (my moms boyfriend|my mom s boyfriend|my stepdad|my stepfather)\b|"
    r"\bgot a (knife|gun|machete)\b|\bteach me a lesson\b|\b(driving|walking) behind me\b|"
    r"\b(he is|she is|they are) outside my (school|house|work|place|door|building)\b|"
    r"\b(carro|camioneta|moto|hombre|tipo|senor|wey|vato|bato)\b[\w ]{0,25}\bafuera de (la escuela|mi escuela|la prepa|la secu|mi casa)\b|"
    r"\b(me|nos) (esperan|estan esperando) a la salida\b|\bsi no (vuelvo|regreso|llego)\b[\w ]{0,5}\bdiles\b|\bif i (do not|dont) (come back|make it)\b[\w ]{0,10}\btell\b",
    # Put out of home at night, with nowhere to sleep.
    r"\b(me|nos) (corrio|corrieron|echo|echaron|saco|sacaron)\b[\w ]{0,60}\b(no tengo donde|no tenemos donde|hace frio|son las \d+|calle|terminal)\b|"
    r"\b(durmiendo|duermo) en la (calle|terminal|central|parada)\b[\w ]{0,40}\bme (corrio|corrieron|echo|echaron)\b|"
    r"\b(kicked (me|us) out|got kicked out)\b[\w ]{0,60}\b(nowhere to|where do i (even )?sleep|bus stop|street|\d+ ?am)\b",
    # Self-harm and farewells.
    r"\b(cutter|navaja|gillette|razor|blade)\b[\w ]{0,40}\b(ganas de usarl\w*|want to use it)\b|\bi cut (again|myself)\b|\bcut (again|deeper|too deep)\b|"
    r"\bme (volvi a cortar|estoy cortando|corte otra vez)\b|"
    r"\b(tonights|tonight is) the night\b[\w ]{0,20}\b(done|over|goodbye|bye)\b|\b(done|goodbye)\b[\w ]{0,20}\b(tonights|tonight is) the night\b|"
    r"\b(se despidio|said goodbye|say goodbye|dijo adios)\b[\w ]{0,30}\b(raro|rara|like that|weird|strange|para siempre|forever)\b",
    # Emergency probe 26: held by men in uniform, a message cut off (a van, men, a road), a
    # condition with what will be done, work that cannot be left told as a question.
    r"\b(stays?|se queda|se quedan) (locked|encerrad[oa]s?)\b|\b(get|go) in(to)? the (back room|room|truck|car) alone\b|"
    r"\b(camioneta|troca|van|truck|carro|coche)\b[\w ]{0,25}\b(\d+|dos|tres|cuatro|cinco|seis|unos|varios) (hombres|tipos|men|guys|armados|sicarios)\b|"
    r"\b(please|por favor) (hurry|apurense|rapido)\b|\bhurry please\b|"
    r"\b(pega|pegan|golpea|golpean) (a )?mi " + _PEOPLE + r"\b|"
    r"\btodavia (estoy|estamos|sigo|seguimos) (adentro|dentro|ahi|alli|encerrad[oa]s?)\b|\b(me|nos) (vigila|vigilan) con (perros|armas|pistolas)\b|"
    r"\bno (deja|dejan) salir\b(?! al? (perr|gat|mascota))|"
    r"\bsi no (le |les )?(pago|pagamos|mando|mandamos|doy|damos|deposito|depositamos|entrego|entregamos)\b.*"
    r"\b(se (lo |la |los |las )?llevan|(le|les|me|nos|te) (cortan|hacen algo|queman)|(lo|la|los|las|me|nos|te) (mata|matan|levantan|queman|deportan))\b|"
    r"\b(le|les|te|me) (van a )?(cortan|cortar|cortaran|mochan|mochar) (un|el|los|una|la) (dedo|dedos|oreja|mano)\b|"
    r"\b(wont|will not|does not|doesnt|no quiere|ya no quiere|no puede) (drink|tomar|beber) (anything|nada|agua|water|leche|milk)\b|"
    r"\bno (eat|come|comer) no (drink|toma|tomar|bebe)\b",
    # Young people (field_dev12): groomed online and an address given, hit today by a partner.
    r"\b(is|being|getting) groomed\b|\b(asked|asking|pidio|pide|le pidio) (for )?(her|his|my|your|su|tu|mi) (address|direccion|home address)\b|"
    r"\b(hoy|ayer|anoche|otra vez|de nuevo) me (pego|golpeo|cacheteo|ahorco)\b|\bme (pego|golpeo|cacheteo|ahorco) (hoy|ayer|anoche|otra vez|de nuevo)\b",
    # Emergency probe 27: deportees in US slang, detention now, parents about a teenager.
    r"\b(we see you|we are watching you|te estamos (viendo|vigilando))\b|\b(got|was|were|been|get) (took|taken|grabbed|snatched) by\b|"
    r"\b(guards|police|cops|soldiers|guardias|policias|soldados|migra)\b (are |estan )?(beating|hitting|kicking|golpeando|pateando) (a|the|my|him|her|them|us|someone|people|a un|a una|al|a la|a los)\b|"
    r"\bno (food|water) (until|till)\b|\bday \d+ (without|with no) (eating|food|water)\b|\bno (nos|me) (dan|van a dar) de comer hasta\b|"
    r"\bfound (out )?where (we |i )?(are |were |re |am |was )?(staying|living|sleeping|hiding)\b|\b(encontraron|saben) donde (estamos|nos quedamos|me quedo|dormimos|vivimos)\b|"
    r"\b(know|knows) where (i|we|my \w+) (live|lives|sleep|sleeps|stay|stays|work|works)\b|"
    r"\b(lo|la|los|las|me|nos) (estan|andan|quieren) reclutando\b.*\b(hoy|esta noche|en la noche|ahorita|tonight|right now)\b|\bbeing recruited\b.*\b(tonight|today|right now)\b|"
    r"\b(ya )?(esta|se fue|se la llevo|se lo llevo) (en|a) la (central|terminal)( de autobuses| de camiones)? con (el|un hombre|un senor|un tipo|ese)\b|"
    # field_dev13: threats unless one pays, photos of someone beaten, strangers asking for me.
    r"\bthreatening (my|me|us)\b[\w ]*\b(unless|if (i|we) (do not|dont|don t))\b|"
    r"\b(fotos|foto|pics|pictures|photos) (de|of) (el|ella|him|her|mi \w+|my \w+) (todo |toda |all )?(golpead\w*|amarrad\w*|sangrando|herid\w*|beaten|tied|bleeding)\b|"
    r"\b(strange|unknown|some|these|weird) (people|men|guys|dudes)\b[\w ]*\basking (for|about) me\b",
    # Danger that only the intent classifier caught, and only with one training draw: the cues must
    # not leave these to a model that every content edit retrains.
    r"\b(they|ellos) know (which|what) (hotel|shelter|house|room|motel)\b|\bsaben en (que|cual) (hotel|albergue|casa|cuarto|motel)\b|"
    r"\b(trying|tries|try) to (get|break|come) in\b|\b(is|are) outside (screaming|yelling|banging)\b|"
    r"\bor (they will|theyll|they are going to|he will|hell|he is going to) (shoot|kill|hurt|burn|beat)\b|\bo (le|les|me|nos|lo|la) (disparan|matan|queman|quiebran)\b|"
    r"\b(hoy|esta noche|ahorita|ya) (va|viene) (por|x) (ella|el|mi|nosotros)\b|"
    r"\b(bus|truck|car|van|camion|autobus|carro|camioneta|trailer) (flipped|rolled over|se volco|se volteo)\b|\b(people|gente|personas) (still|todavia|aun) (inside|adentro|atrapad\w*|trapped)\b|"
    r"\bhanging (off|from) (the side of )?(the|a) (train|truck|bridge|wall)\b|\bcolgando del (tren|vagon|puente|muro)\b|"
    r"\b(two|three|four|2|3|4) days without (water|food|eating)\b|\b(dos|tres|cuatro|\d+) dias sin (agua|comer|comida)\b|"
    r"\b(got|was|been|just got) (beaten|beat up|jumped)\b|\bcan barely see\b|"
    r"\b(llamar|llame|llamen|marcar|marque|marquen) a la patrulla\b|\bcall the cops for me\b|"
    r"\b(lost|perdid[oa]s?) (in|en) (the |la |el )?(jungle|desert|selva|desierto|monte|mountains)\b|"
    r"\b(ayudame|ayudenme) (rapido|ya)\b|\bhelp me (fast|quick|quickly)\b|"
    r"\b(se trago|se tomo|me trague|me tome) (unas|varias|muchas|las|mis|sus) (pastillas|medicinas)\b|"
    r"\bhay gente buscandome\b|\b(people|men|guys) (are )?looking for me\b|\b(me|nos) (andan|estan) buscando\b|"
    r"\b(lo|la|los|las|me|nos) dejaron tirad[oa]s?\b|\b(me|nos|la|lo) (quiere|quieren|quiso) forzar\b|\b(trying|tried|wants|want) to force me\b|"
    r"\b(pa|para) esconder(me|nos)\b|\bplace to hide\b(?! (my|a|the|his|her|our|some) )|\bget out without (them|him|her) seeing me\b|\bkidnaped\b|"
    r"\b(circling|circled|keep circling) (the|my|our) (bus|car|house|shelter|block|street)\b|"
    r"\b(has|have|got) (her|him|them) (locked )?in a (hotel|motel|house|room)\b|\bposting (her|him) on\b|"
    r"\b(pulled|dragged|pushed) (her|him|me|them) (into|in) (a|the) (white |black |gray |grey )?(van|car|truck)\b|"
    r"\b(bullet|bala)\b.*\b(door|puerta|my name|mi nombre)\b|\bnote on my door\b|"
    r"\b(saying|diciendo) (that |que )?(they|que) (have|tienen) (him|her|my \w+|a mi \w+)\b|"
    r"\b(lo|la) (quiere|quieren|esta|estan) (jalar|jalando)\b|\b(holding|has been holding) (her|him) in the (bathroom|room|car|closet)\b|"
    r"\bse fue\b[\w ]{0,20}\bcon (unos|un) (senores|senor|hombres|hombre|tipos|tipo|desconocidos?)\b.*\bno contesta\b|"
    r"\b(kid|child|boy|girl|nino|nina)\b[\w ]{0,30}\b(alone|solit[oa]|sol[oa])\b[\w ]{0,40}\b(at night|de noche|crying|llorando)\b",
    # Emergency probe 28: an extortion call in progress, officers without uniforms, danger called normal.
    r"\b(extortion|extorsion|extorsionador|the guy|el tipo|el senor|he|el)\b[\w ]{0,20}\b(is still talking|still on the (phone|line)|sigue en la linea|sigue hablando)\b|"
    r"\b(do not|dont) tell (the police|the cops|anyone|nobody)\b[\w ]{0,10}\bor else\b|"
    r"\b(dicen ser|que dicen que son|dicen que son|say they are|claim to be) (policias|police|agentes|cops|militares|soldados)\b[\w ]{0,30}\b(sin uniforme|no traen uniforme|without (a )?uniforms?|no uniforms?)\b|"
    r"\b(nos|me|los|las) tienen (hincad|arrodillad|tirad|boca abajo)\w*|\b(men|guys|hombres) without uniforms?\b|"
    r"\b(put|pushed|threw) (her|him|them|my \w+) (in|into) a (car|van|truck)\b|"
    r"\bcasa de seguridad\b.*\b(estoy|estamos) aqui\b|\bya van \d+ (dias|semanas|meses) (que|q) (estoy|estamos) aqui\b|"
    r"\bme quema con (el |los |un )?cigarro|\b(hits|beats) me (when|every|all the time)\b|"
    r"\blocked (her|him|them|me|us) in (the|an|a|his|their) (apartment|room|house|hotel|bathroom)\b|"
    r"\b(vinieron|vienen|fueron) a buscar(lo|la|me|nos)\b|"
    r"\b(lo|la|los|las) (encerro|encerraron) en el (bano|cuarto|closet|sotano)\b|\ble pego con (un|el) (cinturon|palo|cable)\b|"
    # "EMERGENCIA", "es una emergencia": weak, so a laugh lets it go ("mi cel esta en 1% es una emergencia xd").
    r"^(emergencia|emergency)\b(?! (number|numero|de|phone|line|plumber|locksmith|vet|dentist|exit|room|kit|brake|mode|modo|contact|contacto))|"
    r"(?<!no )\bes una emergencia\b|\bthis is an emergency\b|"
    r"\bagainst (my|your|her|his|their|our) will\b|\bcontra (mi|su|nuestra) voluntad\b|"
    # Emergency probe 29 (a general sample): missing since yesterday, no doctor given, a message that said "help".
    r"\b(esta|estan) desaparecid[oa]s?\b|\b(is|has been) missing since\b|"
    r"\b(will not|wont|do not|dont|does not|doesnt) give (him|her|me|us|them) a (doctor|medic)\b|\bno (le|me|nos|les) (dan|quieren dar|llevan con) (un |al )?(doctor|medico)\b|"
    r"\bcan barely (talk|breathe|walk|stand|move)\b|\b(texted|sent|mando|me escribio|me mando) (me )?(help|ayuda|auxilio|sos)\b|"
    r"\b(hit|atropello|atropellaron) (our|a|my|al|a mi|a nuestro) (group|grupo)\b|"
    r"\b(walked|walking|following|follows) behind me\b|\bwhen i stop,? he stops\b|"
    r"\b(they will|theyll|they are going to|they re going to) (hurt|kill|harm) (my|our) (family|familia|kids|children|mom|wife|husband)\b|"
    r"\bpulled (my|her|his|the|a) \w+ under\b|\b(ya )?saben donde (esta|estamos|estoy|vive|vivimos)\b|\b(esta|anda) escondid[oa]\b|"
    r"\b(they|they are|theyre|he is|hes|she is) waiting for me (outside|at|in front|by)\b|"
    r"\b(quede|quedo|me quede) sol[oa] en (el |la )?(monte|desierto|selva)\b|\bpie roto\b|\bse salio corriendo\b.*\b(carretera|calle|highway|road)\b|"
    r"\bviene en camino\b.*\b(tomado|borracho|drunk|enojado)\b|\b(tomado|borracho)\b.*\bviene en camino\b|"
    r"\b(some|two|three|unos|varios) (men|guys|hombres|tipos) took (him|her|me|us|my \w+)\b|\bpadlocked\b|"
    r"\b(me|le|la|lo) quemo con (la|el|un|una) (plancha|cigarro|agua|aceite)\b|"
    r"\bno (lo|la|los|las) dejan llamar\b|\b(je suis|on est) (enferme|enfermee|enfermes|enfermees)\b",
    # Emergencies only the classifier caught, lost when 19 example phrases were added (session 7).
    r"\bpassport gone\b.*\bphone gone\b|"
    r"\b(take|taking) (the|my|our) (baby|kids|children)\b.*\b(packing|right now)\b|\bme (agarro|jalo|agarraron|jalaron) del brazo\b|\bgrabbed (me by )?(my|the) arm\b|"
    r"\b(pointing|points|aiming) (a|his|her|the) gun at\b|\b(apuntando|apunta|apuntandole|apuntandonos|apuntandome) con (una|la|el) (pistola|arma|cuerno)\b|"
    r"\bno (salen|sale|salimos|sales|salgo) hasta (que|q) (paguen|pague|paguemos|pagues)\b|\b(break|romper|rompo|rompe) (my|your|tus|mis|las|sus) (legs|piernas)\b|"
    r"\b(contractions|contracciones)\b.*\b(migration station|estacion migratoria|detention|celda|cell)\b|"
    r"\bslammed (a|the|my|his|her) (\w+ )?head\b|\b(le )?(azoto|estrello|azotaron|estrellaron) la cabeza\b|"
    r"\b(ahora|ya) es de ellos\b|\b(he|she) (is|s) (theirs|one of them) now\b|"
    r"\blo ultimo (que|q) (mando|dijo|escribio) fue (ayuda|ayudame|auxilio)\b|\blast (thing|message|text) (she|he) (sent|said|wrote) was help\b|"
    r"\b(esta|estamos|estan) (aqui )?encerrad[oa]s? conmigo\b|\bsi (le )?cuento\b.*\ble (hace|va a hacer) algo a mi\b|"
    r"\b(ya )?esta afuera de (la escuela|mi casa|la casa|su casa)\b.*\besperando\w*\b|\b(is|s) (outside|waiting outside) (my|her|his|the) (school|house|home)\b|"
    r"\b(me|nos|lo|la) (tablean|tablearon|van a tablear)\b|\bo me (levantan|matan|desaparecen)\b|"
    r"\b(esta|estan) en medio de la (avenida|carretera|autopista)\b|\b(is|are|esta|estan) siguiendome\b(?! en (insta|instagram|tiktok|face|facebook|redes|twitter))|"
    r"\b(m|me) siguen (dos|2|3|tres|unos|varios) (hombres|tipos|weyes|vatos|batos|carros|motos)\b|\bque alguien venga (ya|rapido|pronto)\b|"
    r"\b(slipping|se esta resbalando|se resbala)\b.*\b(train|bestia|roof|techo|tren)\b|\b(train|bestia|roof|techo|tren)\b.*\b(slipping|se esta resbalando)\b|"
    r"\b(they|he|she) locked (her|him|them) in\b|"
    r"\b(esta|estan|is|are) (en el desierto|in the desert) (solo|sola|solos|alone)\b|\b(tiene|tienen|has|have) (las llaves|the keys) y (nuestros|los|mis) pasaportes\b|"
    r"\bnos anuncian en (internet|paginas)\b|\bse (cayo|pego)\b.*\bvomit\w*\b.*\b(se quiere dormir|dormid\w*|somnolient\w*)\b|\b(fell|hit (his|her) head)\b.*\b(throwing up|vomiting)\b.*\bsleepy\b|"
    r"\b(solo )?quiero despedirme de (mi mama|mi familia|todos)\b|\b(they will|he will|she will) kill me if\b|"
    # Regional voices (emergency_dev32): a child left alone, sick children, no water in the desert.
    r"\b(just )?(left|abandoned|dumped) (him|her|them) (there|alone)\b|\b(is|are|esta|estan) (alone|sol[oa]s?) (at|en) (the |la |el )?(bus station|station|terminal|central|estacion|parada)\b|"
    r"\b(ya )?casi no abre los ojos\b|\b(diarrea|vomit\w*)\b.*\bya no (llora|se mueve)\b|"
    r"\b(no (tenemos|tengo|hemos tomado|he tomado) agua|sin agua) (desde )?hace (\d+|dos|tres|cuatro|varios) dias\b|"
    r"\b(not|no|doesnt|does not) wake up (good|well|right)\b|\bno despierta bien\b|"
    # Long polite messages and witnesses (emergency_dev31): gone quiet after a risky errand, a room locked from outside.
    r"\bsi no (te |le |me )?(escribo|escribia|escribe|contesto|contestaba|contesta) (a las|antes de las|para las) \d+\b|"
    r"\bif (i|she|he) (dont|does not|doesnt|do not) (text|write|call)( you| me)? by \d+\b|"
    r"\b(went|fue|se fue) (to pay|a pagar)\b.*\b(hasnt come back|has not come back|no ha regresado|no regresa|voicemail|apagado)\b|"
    r"\b(me|nos) deja sin comer\b|\b(a mi|my) (hermanito|hermanita|little brother|little sister) (le pega|le pegan|gets hit|gets beaten)\b|"
    r"\bto pay off what (they|we|she|he|i) owe\b|"
    r"\b(knocking|banging|voices|screaming|gritos|golpes|tocando)\b.*\b(from|coming from|inside|dentro|adentro) (of )?(the |del |el |la )?(trailer|truck|container|caja|camion)\b|"
    r"\blocked (my|the|our) (room|door|house) from (the )?outside\b|\b(cerro|cerraron) (con llave )?(mi cuarto|el cuarto|la puerta) por (fuera|afuera)\b|\b(im|i am) not leaving until\b|"
    r"\b(trafficker|tratante|padrote|pimp)\b.*\b(found|waiting|outside|encontro|afuera|esperando)\b|"
    r"\b(will|is going to|gonna) kill (her|him) when (she|he) gets (home|back)\b|\b(la|lo) va a matar (cuando|en cuanto) (llegue|regrese|vuelva)\b|"
    # Emergencies the classifier lost under another random draw of its training copies (session 7).
    r"\bpasaron (\d+|dos|tres|varias) veces (frente a|por) (la|mi) casa\b|\b(ahi|alli) siguen en la esquina\b|"
    r"\bsent (me )?(a )?(pic|picture|photo) of (my|our) (door|house|kids|car)\b|\bme mandaron (una )?foto de (mi|la) (puerta|casa)\b|"
    r"\ben medio de la nada\b.*\b(sol[oa]|oscureciendo|de noche)\b|\bno puedo hablar bien pero$|"
    r"\b(is|esta) with (a|some) (man|guy|stranger) (taking|who is taking) (her|him)\b|"
    r"\b(a man|someone else|un hombre|un senor|otra persona) (answers|contesta) (her|his|su) (phone|cel|celular|telefono)\b|"
    r"\bno aparece desde (ayer|anoche|hace)\b|\bsalio a la tienda\b.*\bno (regreso|ha regresado|volvio)\b|"
    r"\b(dragging|arrastrando|jalando) (a|una) (woman|girl|mujer|muchacha|chava|nina|senora) (by|del|de los|por el) (the )?(hair|pelo|cabello)\b|"
    r"\b(smoke|humo) (everywhere|por todos lados|por todas partes)\b|\blocked (on|in|out on) the (balcony|roof|car|patio)\b|\bencerrad[oa] en el (balcon|carro|coche|patio)\b|"
    r"\b(halcones|halcon) (reportaron|ya saben|avisaron) donde\b|\bya viene la (camioneta|troca)\b|\bnecesito esconderme (ya|rapido|ahorita)\b|\bi need to hide (now|fast|somewhere)\b|"
    r"\b(red|roja|rojo) (and|y) (hot|caliente)\b.*\b(chills|escalofrios|fever|fiebre|calentura)\b|\b(hinchad[oa]|swollen)\b.*\b(morad[oa]|purple)\b.*\b(calentura|fiebre|escalofrios|chills|fever)\b|"
    r"\bnever (go|get to go|are allowed) out\b|\b(slipped|fell) off (la bestia|the train)\b|\bse (cayo|resbalo) (de la bestia|del tren)\b|\b(tied|amarramos) (a|un) (belt|cinturon)\b|"
    r"\b(son|daughter|kid|child|boy|girl|brother|sister)\b.*\bmissing since\b|\b(is|are) missing since (an|one|\d+) (hour|hours|minutes)\b|"
    r"\b(girl|nina|chava)( who)? (looks|looked|parece|se ve) (like |de )?\d+\b|\bsacar de la celda\b|"
    r"\b(se metio|se metieron|ya entraron) a (la|mi) casa\b|\b(estoy|estamos) escondid[oa]s?\b|\b(cuidan|vigilan) la (salida|puerta|entrada)\b|\bguard(s|ing)? the (exit|door)\b|"
    r"\bbringing (his|their) (cartel|gang) (friends|guys|people)\b|"
    # Threats with a condition or a deadline (also firm, below).
    r"\b(se oian|se oyen|se escuchan|se escuchaban|heard|hear|i can hear) (disparos|balazos|gunshots|shots)\b|\b(esta|estan) esperandome (en la puerta|afuera)\b|"
    r"\b(me esta|me estan) (viendo|mirando|observando) por la ventana\b|\bsabe (que|q) ropa traigo\b|\b(knows|knew) what (i m|im|i am) wearing\b|"
    r"\b(me quede|nos quedamos) sin agua\b.*\b(sol[oa]s?|desierto|monte|camino|altar|sonora)\b|\b(desierto|monte|altar)\b.*\b(me quede|nos quedamos) sin agua\b|"
    r"\bin labour\b|"
    r"\b(esta|estan) (aqui )?en la puerta\b.*\bse (lleva|va a llevar) a (los|mis) (ninos|hijos)\b|\bme (tenga|tengan) encerrad[oa]s?\b|"
    r"\b(jalandola|jalandolo|arrastrandola|arrastrandolo) (del|de los|por el) (pelo|cabello|cabellos)\b|\blost (our|my) (little )?(boy|girl|son|daughter|kid|child)\b|"
    r"\bsnake bit\b|\bbitten by a snake\b|\bme (pico|mordio) una (vibora|serpiente|culebra)\b|"
    r"\b(sent|mando) (me )?(his|her|su) (location|ubicacion)\b.*\b(now nothing|nothing since|no contesta|ya no contesta|y nada)\b|"
    r"\b(me|nos) amena[sz]aron de muerte\b|\b(cut|cortar|cortan|cortarme) (off )?(my|mi|un) (finger|dedo|ear|oreja)\b|"
    r"\b(le vienen|tiene) (los )?dolores (bien |muy )?seguido\b|\b(tengo|traigo) la cara rota\b|"
    # Online and phone danger now (emergency_dev33): sextortion, doxxing, impersonation, threats by voice note.
    r"\b(desnud[oa]s?|intimas|nudes|nude pics|pack)\b.*\b(deposit\w*|numero de cuenta|pague|pagar|pay|money|dinero|publica|post)\b|"
    r"\bor (he|she|they) (posts?|publish(es)?|leaks?|sends?) (everything|it all|my (pics|photos|videos))\b|"
    r"\b(capturas de mi ubicacion|mi ubicacion)\b.*\b(ya casi llega|viene por mi)\b|"
    r"\b(dice ser|says (he s|hes|he is|she is)|pretending to be) (mi|my) \w+\b.*\b(viene por mi|ya sabe|knows where|coming)\b|"
    r"\bya te (vimos|ubicamos|tenemos ubicad[oa]|tenemos vist[oa])\b|\b(publicaron|pusieron|subieron) (mi|nuestra) (direccion|cara|foto)\b|"
    r"\b(one|uno) (has|tiene|trae) (a|un|una) (knife|gun|cuchillo|pistola|navaja)\b|\bguards at the (gate|door|exit)\b|\b(they|he) (listen|listens) to (our|my) calls\b|"
    # The body and the place (emergency_dev34).
    r"\b(hit|golpeo|pego) (his|her|my|la|su) head\b.*\b(talking weird|throwing up|vomit\w*|confused|sleepy|no responde)\b|"
    r"\bse (pego|golpeo) (en )?la cabeza\b.*\b(vomit\w*|habla raro|no responde|confundid\w*|dormid\w*)\b|"
    r"\b(caimos|cayo|se cayo|fell|we fell)\b.*\b(no responde|not responding|isnt responding)\b|"
    r"\b(burned|burnt|quemad[oa]) all over\b|\b(electrocut\w*|le dio (una )?descarga|toco los cables|touched the cables)\b|"
    r"\bred (lines|streaks) (going )?up\b|\b(lineas|rayas) rojas\b|"
    r"\b(fiebre|calentura) (altisima|muy alta|bien alta)\b.*\b(no quiere (comer|hablar)|no (come|habla)|no despierta)\b|"
    r"\b(ya no sudo|no sudo)\b|\b(dice|diciendo|habla) cosas sin sentido\b|"
    r"\b(\d+|ocho|siete|seis|nueve) meses\b.*\b(dolor (fuertisimo|muy fuerte)|sangr\w*|bien palida)\b|\b(blood|sangre) coming\b|"
    r"\bno (paro|dejo) de sangrar\b|\bboca (chueca|caida|torcida)\b|"
    r"\b(bus|truck|camion|autobus|trailer|van|combi|troca) (turned over|flipped|overturned|se volteo|volco|se volco)\b|\blots of people hurt\b|\b(muchos|varios) heridos\b|"
    r"\bse (derrumbo|cayo|vino abajo) (la pared|el techo|la casa|el edificio|la barda)\b|\b(hay|there are) (ninos|personas|gente|kids|people) atrapad\w*\b|\b(people|kids|children) (are )?trapped\b|"
    # Work, home and authorities (emergency_dev35).
    r"\b(the )?girls (come|go|have to go) with him\b|\b(come|go) with him to the back\b|"
    r"\b(shut|locked) in a container\b|\bkids are fainting\b|\b(se estan desmayando|se desmayan) (los ninos|las ninas)\b|"
    r"\b(my friend|mi amiga|mi companera) (didn t|didnt|did not|no) (come back|regreso|ha regresado|volvio)\b|"
    # Children writing themselves (emergency_dev36); danger as an aside in a practical question (emergency_dev38).
    r"\bno encuentro a mi (mami|mama|papi|papa|mamita)\b|\bdormi en (el parque|la calle) solit[oa]\b|"
    r"\bsi (le )?(digo|cuento) a alguien\b.*\b(le va a hacer algo|le hace algo|va a lastimar|me va a hacer algo)\b|\b(va|van) a lastimar a mi\b|"
    r"\b(\d+|dos|tres|cuatro|cinco) dias (que|q|sin) (no )?(comemos|comer|comido)\b|\bya nos encontraron\b|"
    r"\b(con|with) (machetes|pistolas|armas|cuchillos|guns|knives)\b.*\b(cobrando|pidiendo|asaltando|robando)\b|"
    r"\bme (ahorca|ahorco|estrangula|asfixia)\b|\bme (esta|estan) jaloneando\b|"
    r"\bcon unos (que|q) le pegan\b|"
    # Very short messages, Portuguese and Haitian Creole (emergency_dev40).
    r"\b(balazos|balacera|disparos|tiroteo)\b.*\b(cerca|aqui|ayuda|ahorita)\b|\b(shooting|gunshots|shots fired)\b.*\b(near|here|help|now)\b|"
    r"\b(ayuda|auxilio|help|anmwe|socorro)\b.*\bsecuestro$|"
    r"^(they|they ve|they have) found us( again)?$|^(ya|ahi) (viene|vienen)( ya| ayuda| help)?$|^(ya )?(estan|esta) aqui( afuera)?$|^they (are|re) here$|^(help|ayuda|auxilio) (hotel|room|cuarto|habitacion)\b|"
    r"^(hide where|where (do|can|should) i hide|(a )?donde me escondo)( now| ya| rapido)?$|^(socorro|ajuda)( \w+){0,3}$|"
    r"\b(ed mwen|anmwe|anmwey|sekou)\b|\b(kidnape|kidnappe)\b|\b(m|mwen|nou) bloke\b|\bap swiv (m|mwen|nou)\b|"
    # Women alone, sexual violence, street danger (emergency_dev39); relatives far away (emergency_dev41).
    r"\bsepar(o|aron) a las mujeres\b|\bpasa una (x|por) una\b|\b(are |is )?circling (me|us|the house)\b|\bya (me|nos) alcanzaron\b|"
    r"\bget out of a moving (car|taxi|truck|van)\b|\b(taxi|driver|chofer)\b.*\b(won t stop|wont stop|no para|no se detiene)\b|"
    r"\bnos toca atender\b|\b(esta|estan) abajo de mi ventana\b|\b(is|s) (outside|under|below) my window\b|"
    r"\b(entran|se meten) (de noche )?al cuarto de (las ninas|los ninos|las muchachas)\b|"
    r"\b(ella|el) es de (el|ellos) ahora\b|\bno (la|lo|los) vamos a volver a ver\b|"
    r"\b(la )?(clave|senal|palabra) (que|q) (quedamos|acordamos)\b|\bsenal de (que|q) (estaba|esta) en peligro\b|\bour (code word|signal)\b|"
    r"\b(la|lo|los|las|nos) dejaron (sol[oa]s? )?en el (monte|desierto|cerro)\b|\b(le|me) duele (mucho )?el pecho\b|"
    r"\bo (lo|la|los|las) venden\b|"
    r"\bmake (him|her|me|us) (be|work as) a (lookout|halcon)\b|\b(lo|la|me|nos) (ponen|obligan) (de|a ser) halcon\b|\bmessages me secretly\b|\bme escribe a escondidas\b|"
    r"\b(dropped|left) (my|the|our) (kids|children|son|daughter|boy|girl)\b.*\b(and left|alone|getting dark)\b|"
    # Lost under other random draws of the training copies (session 7, second pass).
    r"\b(ando|estoy|estamos|andamos) perdid[oa]s? en el (cerro|monte|desierto|bosque)\b|\bse queda con mi (bebe|hijo|hija)\b|"
    r"\bya no (puedo|puede|podemos) caminar\b.*\b(desierto|monte|sed|calentura|sangr\w*)\b|\b(desierto|monte|sed)\b.*\bya no (puedo|puede|podemos) caminar\b|"
    r"\b(bitten|bit) by (a )?snake\b|^(shot|stabbed|baleado|balead[oa]|me balearon|apunalad[oa])( \w+){0,2}$|"
    r"\bno (la|lo|los|las|me|nos) (devuelve|devuelven|suelta|sueltan) hasta (que|q) (le )?(paguemos|pague|paguen|pagues)\b|"
    r"\b(manda|mandar|sube|publica) las fotos a\b|\b(havent|have not|haven t) eaten (in|for) (\d+|two|three|four|five|several) days\b|"
    r"\blas mujeres se bajan con el\b|\b(the )?women (get off|go) with him\b|\bwhen he finishes\b.*\b(im|i m|i am) next\b|"
    r"^(mi|my) \w+ (sangra|esta sangrando|is bleeding|bleeds)$|"
    r"^(ayuda|auxilio|help) (tren|train|cuarto|room|hotel|bodega|camion|truck|rio|river)( \w+)?$|^(cuarto|room|habitacion) \d+ (ayuda|help|auxilio)$|"
    r"\b(lo|la|los) agarraron unos (tipos|hombres|senores)\b|\bnos siguen (dos|2|3|tres|unos|varios) (carros|carro|tipos|hombres|motos|camionetas)\b|"
    r"\b(lo|la|los|nos|me) dejo (sol[oa] )?en una casa abandonada\b|\bno tiene a nadie\b.*\b(calentura|fiebre|herid\w*|infect\w*)\b|"
    r"\bse metio a (la|mi) (tienda|carpa|casa de campana|tienda de campana)\b|"
    r"\b(have|has|tiene) (a )?knife\b|\bcome for the women\b|\bviene por las mujeres\b|"
    # A general sample (emergency_dev45) and witnesses who are not family (emergency_dev46).
    r"\bse (privo|privaron|desvanecio)\b|\b(esta |ya esta )?delirando\b|\bdelirious\b|\b(veo lucecitas|me zumban los oidos)\b|"
    r"\b(vomit|vomito|vomiting) (blood|sangre)\b|\bmalad anpil\b|\b(neck is stiff|stiff neck|cuello (rigido|tieso))\b|\bpurple spots\b|\bmanchas moradas\b|"
    r"^(help|ayuda|auxilio) (followed|being followed|me siguen|me estan siguiendo)$|\bse lo dieron (pa|para) pedir\b|\bno es suyo\b.*\b(pedir dinero|pa pedir|para pedir)\b|"
    r"\b(are|is) at the (gate|door) looking for (him|her|me|us)\b|\b(guard|custodio|officer|agent) (is )?taking (her|him|me) out tonight\b|\bla va a sacar (esta noche|hoy)\b|"
    r"\b(caja de trailer|trailer|contenedor)\b.*\b(con gente|pidiendo agua|people inside)\b|\bpidiendo agua\b|"
    r"\bentra a mi cuarto en las noches\b|\bthrow (a|the) (woman|girl|man|boy) into a (van|car|truck)\b|\bmetio a una (chava|muchacha|mujer|nina) a la (camioneta|camioneta|carro|troca)\b|"
    r"\b(beating|hitting) a (woman|girl|kid|child)\b|\bespalda marcada\b|\bcinturonazos\b|\b(is|s) following the bus\b|"
    r"\bno se puede respirar\b|\btiran gas\b|\bya no habla\b|\b(panza|estomago|barriga) abierta\b|\bnavajazo\b|\bstab wound\b|"
    r"\bincendio\b.*\b(adentro|atrapad\w*|no contesta)\b|\b(le sale|sale) sangre de la cabeza\b|"
    r"\bseparated my (little )?(brother|sister|son|daughter|kid)\b|\bwe (don t|dont) know where (he|she) is\b|\bno sabemos donde (esta|anda)\b|"
    r"\b(making|forcing|make|force) (him|her|me|us) (to )?carry\b|\b(lo|la|me|nos) (obligan|estan obligando) a (cruzar|llevar|pasar) (droga|una mochila|mochilas)\b|"
    # Session 8: emergency probes 47-49 (danger inside practical questions, young people's English, a general sample).
    r"\bsi (la|lo|los|las) (quieren|queremos|quieres|quiere) (volver a )?ver\b.*\b(pague|paguen|paguemos|pagues|depositen|manden)\b|"
    r"\b(is|s) (still )?(on the other side|across the river)\b[\w ]{0,15}\balone\b|\bse quedo sol[oa] del otro lado\b|"
    r"\btook (a (bunch|lot|handful|ton)|all|the whole (bottle|box)) of\b[\w ]{0,20}\b(meds|pills|medicine|medication|pastillas)\b|"
    r"\bme tome (todas las|un monton de|muchas|una caja de|toda la caja de|el frasco de)\b[\w ]{0,15}\b(pastillas|medicinas|pastis)\b|"
    r"\b(gang|cartel|mara|they|narcos|guys|men)\b[\w ]{0,20}\brecruited my (boy|son|kid|girl|daughter|little brother|little sister)\b|\bsnatched my (boy|son|kid|girl|daughter|little brother|little sister)\b|\b(is|s|he is|hes|she is|shes|i m|im) in the (truck|van|car) with them\b|"
    r"\b(standing|sitting) on (the|this) (bridge|edge|ledge)\b|\b(i m|im|i am) on (the|this) (edge|ledge)\b|"
    r"\b(broke in|broke into|broken into) (the|our|my) (shelter|house|room|place|apartment)\b|\b(looking|asking|preguntaron|preguntando) (for|por) (me|him|her|us|my \w+( \w+)?|mi \w+) (by name|por (su|mi) nombre)\b|"
    r"\b(desert|desierto|monte|caminando|walking)\b.*\b(water ran out|ran out of water|se (nos|les|le) acabo el agua)\b|\b(pollero|coyote|guia|guide|smuggler)\b[\w ]{0,20}\babandoned (them|us|him|her|me)\b|"
    r"\b(no quita|puso|le puso|cerro) (los )?seguros\b|\b(cerro|cerraron) las puertas y se fue\b|\bno va por donde le dije\b|"
    r"\bsin placas\b.*\b(dando vueltas|afuera|enfrente|frente|siguiendo|rondando|preguntaron)\b|\b(dando vueltas|rondando)\b.*\bsin placas\b|"
    r"\b(me|nos) (tiene|tienen) en (su|la|una) (patrulla|camioneta|carro|troca|van)\b|\b(me|nos) (entrega|entregan|va a entregar|van a entregar) (a los|al|con los) (malos|narcos|cartel|zetas|mafia|maras|mareros)\b|"
    r"\bfound where (i|we) (live|stay|am staying|are staying)\b|\bset fire to\b|\bset (it|the \w+|our \w+) on fire\b|\b(fire|fuego)\b.*\b(spreading to|se esta pasando a|se extiende a)\b|"
    r"\b(fire|fuego|smoke|humo|burning)\b.*\b(kids|children|baby|son|daughter) (are|is) (still )?inside\b|\bparked outside my (house|place|room|door)\b|"
    r"\b(im|i am|we are|we re) not safe\b(?! from (the|this) (heat|sun|cold|rain))|\bno (estoy|estamos) a salvo\b|"
    # Session 8, second pass: probes 50-51, and emergencies lost when 26 example phrases were added.
    r"\bno (me|m|nos) (dejan|deja) ir al (doctor|medico|hospital)\b|\b(muchacho|muchacha|chavo|chava|hombre|mujer|senor|senora|nino|nina|companero|companera|alguien|persona) (colgad[oa]|ahorcad[oa])\b|\bse (colgo|ahorco)\b(?! (la|el|mi) (pagina|app|aplicacion|sistema|cel|celular|telefono|compu|computadora|internet|red|llamada))|"
    r"\b(?<!cuando )se (me|le) (rompio|revento) la fuente\b(?! con mi)|\b(?<!when )(my|her) water (just )?broke\b(?! with)|\b(they are|theyre|they re) (knocking|banging)\b(?! on doors)|"
    r"\b(baby|bebe)\b.*\b(not wake|wont wake|does not wake|doesnt wake)\b|"
    r"\b(un tipo|un senor|un hombre|alguien|un vato|unos)\b[\w ]{0,40}\b(espera|esperando) a la salida\b|\b(un tipo|un senor|un hombre|alguien) (que )?(la|lo|me) amenaza\b|"
    r"\b(?<!le )(?<!les )(toca|manosea|esta tocando|esta manoseando) a mi (hija|hijo|nina|nino|hermanita|hermanito|sobrina|sobrino)\b|"
    r"\b(we|i) (been|have been|ve been|got|were|was) kidnapped\b|\bo (le|les|te) pasa algo a (mi|tu|su)\b(?! (telefono|cel|celular|carro|compu|computadora|bici))|"
    r"\b(texted|called|wrote|writing|messaging|texting) (me )?from (her|his|their) (phone|number|cell)\b.*\b(money|ransom)\b|\b(escribieron|llamaron|escriben|llaman) (desde|del) (su|el) (cel|celular|telefono|numero)\b.*\b(dinero|rescate|pisto|lana)\b|"
    # Lost when the training copies became drawn per phrase (a new draw of slips and courtesies).
    r"\b(dispararon|disparan|disparo|shot|shooting|shoot)\b.*\b(quisieron|quieren|quiso|tried to|try to|tries to) (salir|irse|escapar|leave|escape|run)\b|\bno me suelta\b(?! (la|el) (gripa|gripe|tos|dolor|cruda))|"
    r"\b(mano|pie|pierna|brazo|dedo|dedos|herida)\b[\w ]{0,20}\bse (puso|esta poniendo) negr[oa]\b|"
    r"\b(legally blind|blind|alzheimer|dementia|demencia|ciega|ciego)\b.*\b(cant reach|can not reach|got lost|is lost|se perdio|no (la|lo) (encuentro|localizo))\b|"
    r"\b(pa|para) (q|que) no me escape\b|\b(nino|nina|hijo|hija|hermanito|hermanita|cipote|bebe|nieto|nieta|\d+ anos|\d+)\b[\w ]{0,30}\bse quedo solit[oa]\b|\bmi (nino|nina|hijo|hija|bebe) (esta|se quedo) (afuera |alla )?solit[oa]\b|"
    r"\ba (mi|mis) \w+ (lo|la|los|las) (van a|va a) vender\b|\b(lo|la|los|las) (van a|va a) vender a otros\b|\bnos (van a|va a) vender\b|\b(where|that) (they|he|she) (keep|keeps|hold|holds) (me|us)\b|\bdonde (me|nos) tienen\b(?! que\b)|\bme (quiere|va a|van a|quieren) (pegar|golpear) (otra vez|otra ves|de nuevo|con (el|la) (cinturon|cable|palo|manguera|fajo))\b|"
    r"\b(dormir|duermo|durmiendo) en la (banqueta|calle)\b.*\btengo 1[0-7]\b|\btengo 1[0-7]\b.*\b(dormir|duermo|durmiendo) en la (banqueta|calle)\b|\bhomeless since (this|today|last)\b|\bwhere do i even sleep\b|\bwhere do i sleep tonight\b|"
    r"\b(kicked out|thrown out)\b.*\b(no money|at \d+ ?am|bus stop)\b|\b(me corrieron|me echaron) de (la|mi) casa\b.*\b(sin dinero|noche|calle)\b|"
    # Session 8, third pass: probes 53-55 (the body on the route, threats with a deadline, a general sample).
    r"\bya (ni|no) habla\b|\blabios (blancos|partidos|morados)\b|\bse le van (los )?(ojos|ojitos)\b|\b(ojos|ojitos) (pa|para) atras\b|\b(le dan|tiene|le dieron) (temblores|convulsiones)\b(?! desde)|"
    r"\b(se me acabo|se le acabo|sin) (la )?insulina\b.*\b(vueltas|no veo|mareo|mareada|mareado|vomit\w*|confund\w*)\b|\ble dio algo en el corazon\b|\b(le dio|le esta dando) un (infarto|paro)\b|\btiene un infarto\b|"
    r"\bse (cayo|desmayo)\b(?! el sistema| la pagina| la red| el internet)[\w ]{0,40}\bno (contesta|responde|reacciona)\b|\bsigo sangrando\b(?! poquito| un poco)|\bperdi (al|a mi) bebe\b.*\b(sangr\w*|fiebre|escalofrios)\b|"
    r"\b(calentador|anafre|brasero|heater|carbon|boiler)\b.*\b(duele la cabeza|mareo|mareados|mucho sueno|headache|dizzy|sleepy)\b|"
    r"\b(una bala|balazo|bullet)\b.*\b(fiebre|calentura|fever|infect\w*|sangr\w*|bleed\w*)\b|\btraigo una bala\b|"
    r"\bburned\b.*\b(skin|peeling|chest|face|arms)\b|\bskin is peeling\b|\bse (quemo|le quemo)\b.*\b(piel|pecho|cara)\b|"
    r"\b(scorpion|alacran|escorpion)\b.*\b(tongue|lengua|eyes|ojos|breath\w*|respir\w*|thick|dormid\w*|numb)\b|"
    r"\ba 10[3-9] fever\b|\brash\b.*\b(glass|vaso)\b|\b(rattlesnake|snake|vibora|cascabel|serpiente) (bit|bite)\b|"
    r"\b(can not|cant) move (one|the) side of\b|\b(her|his) words come out wrong\b|\bno puede mover (un|el) lado\b|\bse le (torcio|cayo) la boca\b|"
    r"\bgetting hard to breathe\b|\bsickle cell crisis\b|\bswallowed\b[\w ]{0,20}\b(button )?batter(y|ies)\b|\bse trago\b[\w ]{0,20}\b(pila|pilas|bateria|iman)\b|"
    r"\b(acid|acido|chemical|quimico|cloro|bleach)\b[\w ]{0,25}\b(eyes|eye|ojos|ojo)\b|\b(can not|cant) see anything\b(?! on\b| in the\b)|\bya no veo nada\b|"
    r"\b(baby|bebe)\b.*\b(barely|casi no|apenas) (moving|se mueve|moves|breathing|respira)\b|\b(gushing|spurting|sangra a chorros|sale a chorros)\b|\bpressing (my|a|his|her) (shirt|towel|hand) on it\b|"
    r"\b(manda|publica|sube|envia) (el|los|mi|mis|las) (video|videos|fotos)\b[\w ]{0,20}\b(contactos|familia|todos)\b|"
    r"^(ayuda|ayudenme|help)( \w+){0,2} (me|nos) (dieron|dio) (\d+|una|dos|media) (hora|horas|min|minutos)$|"
    r"\b(desde|del) (el )?(numero|cel|celular|telefono) de mi \w+\b.*\b(lo|la) tienen\b|\bme escriben (que|q) (lo|la|los) tienen\b|\bya (quiero|me quiero) desaparecer\b|"
    r"\bholding my (son|daughter|nephew|niece|brother|sister|cousin|husband|wife|mom|dad|kid|child|friend|uncle|aunt)\b.*\b(until|till|unless)\b|\b(cobrador|collector) (de la plaza|del cartel|de piso|de la cuota|from the cartel)\b|\bthe collector is on his way\b|"
    r"\b(fotos?|videos?) de (el|ella|mi \w+) (golpead[oa]|amarrad[oa]|sangrando)\b|\b(golpead[oa]|amarrad[oa])\b.*\bpidiendo (dinero|rescate)\b|"
    r"\bhigh fever\b.*\b(shaking|seizure|convuls\w*)\b|\bcalentura bien alta\b.*\b(temblores|tiembla)\b|\b(mataron|matar|mato)\b.*\b(q|que) (yo sigo|sigo yo|tu sigues|sigues tu)\b|\b(you re|youre|i m|im) next\b(?! in\b| at\b)|"
    r"\b(desierto|monte|cerro|rio|desert)\b.*\b(me|nos|lo|la) (dejo|dejaron) atras\b|\b(me|nos|lo|la) (dejo|dejaron) atras\b.*\b(desierto|monte|cerro|rio|desert)\b|"
    r"\bya casi no veo\b|\b(presos|preso|presa) (num|em um|no) (quarto|casa)\b|\bficar ate pagar\b|\bya no llora ni se mueve\b|\b(calentura|fiebre)\b.*\bya no se mueve\b|"
    # Session 8, fourth pass: probes 56-59 (phonetic and rural writers, hazards, violence at home, danger without the obvious words).
    r"\b(secuestraron|levantaron) mi (papa|mama|hijo|hija|hermano|hermana|esposo|esposa|tio|tia|primo|prima|sobrino|sobrina|novio|novia|abuelo|abuela|bebe|nino|nina|amigo|amiga|cunado|cunada)\b|\b(le|me|nos) (pico|mordio) (una |un )?(vibora|serpiente|alacran|cascabel|escorpion)\b|\b(me|nos) (amenaso|amenasaron|amenasa|amenasan)\b|"
    r"\b(huracan|hurricane|tormenta|storm|viento|wind)\b.*\b(arranco|se llevo|tore|ripped|blew)\b.*\b(techo|roof|lona|tarp)\b|"
    r"\b(estamos|estoy|we are|were|we re) (arriba del|en el|on the) (techo|roof)\b.*\b(agua|water|inund\w*|flood\w*)\b|\btodo alrededor es agua\b|"
    r"\bse esta quemando (la|el|mi|nuestra|nuestro) (casa|casita|cuarto|carpa|tienda|galera|bodega)\b|\b(hay (una )?fuga de gas|gas leak)\b|"
    r"\b(abajo|debajo) del (lodo|escombro|escombros)\b|\b(under|buried in|trapped under) (the )?(mud|rubble|debris)\b|\bse vino encima\b|"
    r"\bse (me )?cayo (mi \w+|un nino|una nina|el nino|la nina) (al|en el|a un) (pozo|barranco|rio|canal)\b|\bfell (into|in|down) (a|the) (well|ravine|hole)\b|"
    r"\b(fuego|lumbre) (agarro|alcanzo) (las|la|el|los|nuestra|nuestro)\b|\bse incendio (el|la) (camion|trailer|carro|casa|cuarto)\b|"
    r"\bentre (dos )?rios crecidos\b|\ben medio del rio crecido\b|\b(rio|river) (creciendo|rising)\b|\bcolgado de un arbol\b|\ben medio del rio\b|\b(flooded|rising) (creeks?|rivers?)\b|"
    r"\b(went|fell|rolled) (off the road|into (a|the) (ravine|canyon|river|ditch))\b|\b(are|is) still trapped\b|\b(car|truck|bus|ravine|fire|burning|smoke)\b.*\b(are|is) still inside\b|"
    r"\b(is|are|s) (trapped )?under (it|the tree|the rubble|the car|the wall)\b|\bknocked a tree onto\b|\b(he|she|they|aunt|uncle|mom|dad|mother|father|brother|sister|friend|wife|husband|son|daughter|kid|baby|grandma|grandpa) (wont|will not|won t) get up\b(?! (for|early|in the morning|on time))|\b(desert|walked|walking|days|dias|desierto)\b.*\blips (cracked|white|blue)\b|"
    r"\b(me|te) va a dar (mi|tu|su) merecido\b|\bme (pego|golpeo) (tres|dos|\d+|varias|muchas) veces\b|\bdice (que|q) al rato sigue\b|"
    r"\b(rompio|rompieron|broke) (la|el|my|the|our) (ventana|puerta|window|door)\b.*\b(entrar|afuera|outside|get in|adentro)\b|\b(entrar|afuera|outside)\b.*\b(rompio|rompieron|broke) (la|el|my|the|our) (ventana|puerta|window|door)\b|\bsi no salgo\b.*\b(va a entrar|entra|me mata)\b|"
    r"\b(esta|estan) (pegandole|golpeandole) a\b|\bno para de (pegarle|golpearle)\b|"
    r"\b(cargando|cargo) (la|su|una) (escopeta|pistola|arma|rifle)\b(?! de (silicon|silicona|juguete|agua|pintura|calor))|\bloading (the|his|a) (gun|shotgun|rifle)\b|"
    r"\bburning (my|her|his) (arm|hand|leg|skin) with\b|\b(me esta|le esta) quemando (el|la) (brazo|mano|piel) con\b|\bi have (maybe|only|like) \d+ min\b(?! (before|till|until) (class|my|the|work))|"
    r"\b(el novio de mi mama|mi padrastro|el esposo de mi mama)\b.*\b(me quiere|me esta|me va a) (pegar|golpear|tocar)\b|\bme encerre en (mi|el) (cuarto|bano)\b(?! (a|para|pa) (estudiar|jugar|dormir|ver))|"
    r"\bme quiero (cortar|volver a cortar)\b(?! (el|mi|las|los|la) (pelo|cabello|unas|fleco|barba|grena))|\bme (volvi|voy) a cortar\b(?! (el|mi|las|los|la) (pelo|cabello|unas|fleco|barba|grena))|\b(being|getting) (dragged|pulled|carried) (off|away|into)\b|"
    # Lost when 26 example phrases were added (fourth pass).
    r"\b(lo|la|los|las|me|nos) (quiere|quieren|quiso|intenta) subir a (su|un|una) (carro|camioneta|troca|van|auto)\b|\bme tiene en su (casa|cuarto|depa|departamento|rancho|bodega) y (me quito|no me deja|me encierra)\b|"
    r"\bme tiene (\d+|dos|tres|varios) (dias|horas|semanas) sin dejarme\b|\b(esta|estan) jaloneando a\b|\bgrita (que|q) no es su (papa|mama)\b|"
    # Session 8, fifth pass: probes 60-63 (second-language English and Spanish, teenagers, a general sample).
    r"\bno quiero vivir\b(?! (en|aqui|alla|con|asi en|cerca|lejos|sin mi (familia|mama|papa)))|\b(este es|es el) (telefono|cel) de otra (chica|persona|muchacha|senora)\b|\bhombres? mal[oa]s? aqui\b|"
    r"\b(apretando|aprieta|ahorcando|ahorca) el cuello\b|\bme (va|van) a picar\b(?! (los|las|el|la) (zancudos|moscos|mosquitos|abejas|chinches|pulgas|hormigas))|\btrae (la|una) navaja\b|\bme tome (lo|todo lo) (que|q) (habia|tenia)\b|"
    r"\b(le pide|le pidio|le esta pidiendo) (q|que) (prenda|abra) la camara\b|\b(lockdown|active shooter)\b(?! drill| simulacro)|\bhay un tiroteo\b|\btiroteo (aqui|afuera|en la escuela|cerca)\b|\bbanging on (our|my|the) (classroom |bedroom |room )?door\b|"
    r"\btook a whole (bunch|lot|handful|bottle) of\b[\w ]{0,20}\b(meds|pills|medicine|medication|pastillas|sleeping)\b|\blocked (her|him|them) in\b|\b(going to|gonna) (hit|beat) (her|me|him|us) again\b|"
    r"\b(hasnt|has not|didnt|did not) come back\b.*\b(saw|seen) a (van|car|truck)\b|\b(saying goodbye|goodbye|despidiendose|se despidio)\b.*\b(tracks|vias|bridge|puente)\b|"
    r"\bwrote (letters|a letter|goodbye letters) (for|to) (everyone|everybody|my family)\b|\b(escribi|deje) (cartas|una carta) (de despedida|(para|pa) todos)\b|"
    r"\b(regresan|vuelven|van a venir|vienen) a quemar\b|\bquemar (el|la|mi) (local|casa|negocio|tienda)\b.*\badentro\b|\bse (lo|la) llevo un (hombre|senor|tipo) (que|q) dijo\b|"
    r"\bsacudiendo al bebe\b|\b(bebe|baby|nino|nina|hijo|hija)\b[\w ]{0,60}\bno abre los ojos\b|\bshaking the baby\b|\b(llego|vino|fue|entro)\b[\w ]{0,30}\bcon (una|la|su) (pistola|arma)\b(?! de (juguete|agua|plastico))|"
    r"\bsold (her|him|me|us|them) to\b|\b(la|lo|me|nos) vendio (a|con) unos\b|\bstanding on the roof\b|\b(do not|dont) think i can keep going\b|\b(can not|cant) keep going\b(?! to\b| back\b)|"
    # Session 8, sixth pass: probes 64-67.
    r"\b(my|mi) (son|daughter|kid|child|little brother|little sister|hijo|hija|nino|nina|hermanito|hermanita) (is )?(missing|desaparecid[oa])\b(?! (his|her|my|their|the|a|school|class|you|home|out|su|sus|a su|la escuela)\b)|"
    r"\btook (some |a lot of |many |the )?pills\b[\w ]{0,10}\b(feel|feeling|i feel|me siento) (weird|strange|dizzy|sleepy|bad|raro)\b|"
    r"\bno way out\b[\w ]{0,10}\b(i m|im|i am) done\b|"
    r"\bo le (damos|doy|dan|das) (al|a la|a mi|a su) (bebe|nino|nina|hijo|hija|nieta|nieto)\b|\b(showed up|came|is here|arrived|just got here)\b[\w ]{0,30}\bwith a (knife|gun|machete|pistol)\b|"
    r"\b(le|me) quitaron (la|su|mi) (insulina|medicina|medicamento|inhalador)\b|\b(empezaron|estan|comenzaron) a disparar\b|\bdisparando al (camion|bus|carro|autobus)\b|\bshooting at (us|the bus|our car|our bus)\b|"
    r"\bme (baja|bajan) sola?\b|\b(se lleva|se llevan|llevan|sacan|estan sacando|esta sacando) a (mi|los|las|unos|todos)\b[\w ]{0,15}\ba golpes\b|"
    r"\bme (manda|entrega|vende) con los (malos|narcos|del cartel|zetas|mafiosos)\b|\besta parado junto a mi\b|"
    r"\b(reten|retenes|checkpoints?)\b[\w ]{0,30}\b(falso|falsos|fake)\b|\b(falso|falsos|fake)\b[\w ]{0,10}\b(reten|retenes|checkpoints?)\b|"
    r"\btoo weak to hold on\b|\b(can not|cant) hold on\b|\b(men|guys) in (camo|masks|ski masks)\b|\bpulled us out of the (car|bus|truck|van)\b|"
    r"\bleft (me|us) (and my \w+( \w+)? )?alone at the (station|bus station|terminal|border|bridge)\b|\b(dragged|pulled) my (mom|dad|mother|father)\b|"
    r"\b(en la otra linea|on the other line|al telefono)\b[\w ]{0,20}\b(secuestradores|kidnappers)\b|\blos secuestradores de mi\b|\bherida\b[\w ]{0,20}\binfectada\b|\b(calentura|fiebre)\b.*\bno puede caminar\b|"
    r"\b(kidnappers|secuestradores)\b[\w ]{0,10}\b(called|llamaron|call|llaman|texted)\b|"
    r"\bleft (him|her|them) (alone )?at (a|the) (bus station|station|terminal|border|bridge)\b|\ball alone and (its|it s|it is) (night|dark)\b|"
    r"\b(forcing|making) (the boys|the girls|them|us|him|her|me) (to )?(go|come|leave) with them\b(?! to (church|school|mass))|\b(los|las|nos) (obligan|estan obligando) a (irse|ir) con ellos\b(?! a (misa|la iglesia|la escuela))|"
    # Lost when 45 out-of-scope example phrases were added (session 8, seventh pass).
    r"\b(tiene|tienen) mis (nudes|fotos intimas|packs?)\b|\bla siguiente es mi (mama|familia|hermana)\b|\b(is|s) getting (beat|beaten)( up)?\b|"
    r"\b(headaches?|dizzy|sleepy|mareo|mareados|duele la cabeza)\b.*\b(heater|calentador|anafre|brasero)\b|\bdeadline is \d+ ?(pm|am)? today\b|"
    r"\bdem tek\b|\bdey want money\b|\b(told|kicked) me (to get )?out of the house\b.*\b(midnight|tonight)\b|\bhit my (\d+ (year|month) old|baby)\b|\b(stepdad|boyfriend|husband|father in law|padrastro) hit my (daughter|son|kid)\b|"
    r"\bhit (a|the) pregnant\b|\b(hits|beats) us with a (belt|stick|cable)\b|\b(current|river) (pulled|took|swept) (him|her|them|my \w+) (under|away)\b|\bslipped into the (river|rio grande|canal)\b|"
    r"\b(les|nos|me|le) (esta|estan) apuntando con\b|\b(los|nos|las) tiene hincad[oa]s\b|\b(techo del tren|arriba del tren|train roof)\b.*\b(bebe|baby|resbala|slippery|llover|rain)\b|"
    r"\b(guardias|custodios|guards)\b.*\b(entran de noche|come in at night)\b|"
    # Probes 68-71.
    r"\b(le|me) (empezaron|vinieron) (los )?dolores de parto\b|\b(esta|estan) vendiendo a (la|el|mi|una|un) (nina|nino|hija|hijo|muchacha|chava)\b|\bviene el comprador\b|"
    r"\bme vendi(o|eron) a (un|unos) (senor|hombre|senores|hombres|tipo|tipos)\b|\b(dice|dijo) (que|q) ya soy su mujer\b|\bme ofrece a (sus|los) (amigos|clientes|hombres)\b|"
    r"\bthrowing (people|others|someone|ppl) off\b|\b(aventando|tirando) (a la gente|gente|a otros) del tren\b|"
    r"\b(dice|dijo|says|said) (que |q )?(si|if) (quiero|quieres|quieren|queremos|you want) (volver a )?(verla|verlo|to see (her|him))( again)?\b|"
    r"\b(ran out of|no more|out of) insulin\b.*\b(throwing up|vomit\w*|dizzy|confused|barely|awake|sleepy)\b|\bsetting (the|our|a) \w+ on fire\b|"
    r"\b(he|she|they|my ex) found me\b|"
    # Probes 72-74.
    r"\b(tengo|tiene) (que|q) hacer cosas (pa|para) pagar\b|\b(duele|dolor)\b.*\b[6-9] meses de embarazo\b.*\b(sola|en el camino|no hay nadie)\b|\b[6-9] meses( de embarazo)?\b.*\b(sangrando|se me rompio|la fuente)\b|"
    r"\bsurrounded (us|me)\b|\b(nos|me) (rodearon|rodean|tienen rodead[oa]s?)\b|\blet me use the phone to ask\b|\b(me )?dejaron (usar el|el) (telefono|cel) (para|pa) pedir\b|"
    r"\b(para|pa) venderl[oa]\b|\b(ya tiene|tienen|ya tienen) quien (lo|la) compre\b|\b(me|nos|la|lo) (quieren|quiere|quisieron) meter a (una|un|la|su) (camioneta|carro|troca|van|auto)\b|\blo tenian los (que|q)\b|\b(bebe|baby)\b[\w ]{0,20}\bya no llora\b[\w ]{0,10}\b(nomas|solo|no mas) duerme\b|\b(beating|hitting) (the|his|her) (kid|child|boy|girl|baby|wife)\b|\b(go|come) with (him|them) or else\b|\ba balazos\b|\bentraron disparando\b|\b(dice|dijo) (que|q) (ahora )?soy (suya|suyo)\b|\b(hiding|im|i am) under (my|the) bed\b|\b(estoy|me escondi) debajo de la cama\b|\bme acaban de (golpear|pegar|asaltar|apunalar)\b(?! (la|una|el) (vacuna|inyeccion|gripa|gripe|chicle))|\b(golpe\w*|cabeza)\b.*\bveo (todo )?borroso\b|"
    r"\b(they d|theyd|they will|they ll|theyll) get me when\b|\b(men|guys|they) took (his|her|my) (mom|mother|dad|father)\b",
    # Session 9 probes: a smuggler holding people, girls taken to "another car", a ride that leaves
    # town with the doors locked, a young sister taken north, a whole box of pills just taken.
    r"\b(smuggler|coyote|pollero|guide|guia|they|he|men|guys)\b (is |are |s |re )?holding (us|me|them)\b(?! (back|accountable|responsible|hands?|close|tight))",
    r"\b(coyote|pollero|smuggler|guide|guia|driver|chofer)\b (is |are |s |esta |estan )?(taking|separating|llevando|separando|apartando) (the|las|a las) (girls|women|muchachas|mujeres|ninas|chavas|morras)\b",
    r"\b(turned off the app|apago la app)\b[\w ]{0,60}\b(out of town|fuera de la ciudad|(doors|puertas) (are |estan )?(locked|con seguro|cerradas)|wrong way|otro camino)\b|"
    r"\b(out of town|fuera de la ciudad|(doors|puertas) (are |estan )?(locked|con seguro|cerradas))\b[\w ]{0,60}\b(turned off the app|apago la app)\b",
    r"\b(\d+ (yo|yr old|year old|years old)|little|younger|minor|underage)\b[\w ]{0,15}\b(ran off|ran away) with (a|some|this|an older) (guy|man|dude)\b",
    r"\b(took|swallowed|me tome|me trague|se tomo|se trago) (all|todas) (my|mis|her|his|sus|the|las) (sleeping pills|pastillas para dormir|pills at once|pastillas de golpe|pastillas juntas)\b",
    r"\b(he s|he is|hes|she s|she is|shes) (kicking|punching|choking|slapping) me\b",
    r"\b(me|nos) (estas|esta|estan) lastimando\b|\bsuelt(ame|enme|enos)\b(?! (el|la|los|las|un|una|unos|unas|lo|tu|su|mas)\b)",
    # Session 9, probes 82-85: an ex who caught up, water gone in the desert, a brother on a wagon roof
    # who no longer answers, a boy made a lookout, a text that names the children's school...
    r"\bmi ex me (alcanzo|encontro)\b(?! (en )?(facebook|face|insta|instagram|tiktok|whats|whatsapp|linea|internet)\b)|\b(lo|la|los) acabo de ver (en la esquina|afuera) (del|de la|de mi) (albergue|casa|cuarto|escuela|trabajo|hotel)\b",
    r"\b(desierto|monte|cerro|caminando|pollero|coyote|guia|brecha)\b.*\bno (tenemos|tengo|traemos) (agua|nada de agua)\b|"
    r"\bno (tenemos|tengo|traemos) (agua|nada de agua)\b.*\b(desierto|monte|cerro|caminando|pollero|coyote|guia|brecha)\b",
    r"\b(mi|el|la) (hermanit[oa]|herman[oa]|hij[oa]|bebe|nin[oa]|esposa|esposo|mama|papa|amig[oa]|compa)\b[\w ]{0,6}\bya no (responde|reacciona|se mueve)\b",
    r"\b(me|nos) tienen$",
    r"\b(lo|la|los|las|me|nos) (acaban de subir|subieron a la fuerza|subio a la fuerza) a (un|una|la|el) (carro|camioneta|troca|auto|van|coche)\b(?! (de|del) (la feria|uber|didi|taxi)\b)",
    r"\b(be|work as|working as) a lookout\b|\b(lo|la) (ponen|pusieron|tienen|van a poner|quieren poner) de (halcon|punto|puntero)\b|"
    r"\b(wants out|quiere salirse)\b[\w ]{0,15}\b(but|pero) (they say no|they won t|no (lo|la) dejan)\b",
    r"\b(we know|sabemos) where (your|ur) (kids|children|son|daughter|family|wife) (go|goes|live|lives|study|studies)\b|\bsabemos (donde|en que escuela) (estudian|van|viven) tus\b",
    r"\b(he|she|they|employer|boss|patron|jefe|husband|esposo)\b[\w ]{0,12}\b(burned|burnt) (my|me)\b|\b(el|ella|mi patron|mi jefe|mi esposo|la patrona) me quemo\b",
    # Probes 86-87: what witnesses see now: a trailer with people banging inside, a room surrounded,
    # a man chained at night on a building site, a river in flood and someone already in it.
    r"\b(trailer|trailers|camion|caja|truck|container|contenedor)\b[\w ]{0,50}\b(golpes|golpeando|gritos|banging|knocking|screaming|pounding)\b[\w ]{0,20}\b(adentro|inside|gente|people)\b",
    r"\b(rodean|estan rodeando|are surrounding|have surrounded) (el|la|mi|su|the|our|my|her|his) (cuarto|casa|carro|house|room|car|place)\b|\b(le|nos|me) gritan (que|q) (abra|abramos|abras|salga)\b",
    r"\b(lo|la|los|las|me|nos) (quieren poner|van a poner|ponen|obligan) a (pasar|cargar|vender|mover) (droga|mota|cristal|paquetes)\b",
    r"\b(lo|la|los|las) (encadenan|encadena|amarran|amarra)\b",
    r"\b(ya se metio|ya se metieron|se acaban de meter) al (rio|agua)\b|\b(rio|river) (va|esta|is) (muy )?(crecido|flooded|rising|high)\b[\w ]{0,40}\b(ya se metio|cruzando|crossing|se metieron|went in|got in)\b",
    r"\b(dicen|dijeron|amenazan|say|said) (que |q )?(hoy|ahorita|esta noche) (van|vienen) por (el|ella|mi|nosotros)\b",
    r"\b(dragging|arrastrando) (a|una|the|la) (woman|man|girl|boy|mujer|hombre|muchacha|senora|chava)\b|\b(her|his|my|su|mi) (head|cabeza) (is bleeding|esta sangrando|le sangra)\b",
    r"\b(esta|se fue|anda) con un (senor|hombre|tipo) (q|que) no (conocemos|conozco)\b|\b(is|s) with a (man|guy) (we|i) (do not|dont) know\b",
    # Probes 88-89, witnesses: a girl yanked at a bus stop, a knife at a queue, a boy grabbed on the
    # train, a child alone at a crossing, a man in the current, lost in the sierra, labour in the street.
    r"\b(con|with) (un|una|a) (tipo|hombre|senor|guy|man) (q|que|who) (la|lo|los|las) (jalonea|jaloneaba|esta jaloneando|arrastra)\b|\b(un|una) (tipo|hombre|senor) (la|lo) (jalonea|esta jaloneando)\b",
    r"\b(two|some|the) (men|guys) (keep|keeps|are) (grabbing|touching|pulling) (him|her|them)\b|\b(grabbing|pulling) (a|the) (kid|boy|girl|child)\b",
    r"\b(little girl|little boy|kid|child|nina|nino|chamaco|chamaca)\b[\w ]{0,10}\b(is |esta )?(alone|sol[oa]|solit[oa])\b[\w ]{0,60}\b(ran off|se fue|left her|left him|la dejo|lo dejo|abandoned)\b",
    r"\b(perdid[oa]s?|lost)\b[\w ]{0,20}\b(sierra|monte|desierto|desert|mountains?|cerro)\b[\w ]{0,40}\b(pila|bateria|battery|agua|water|noche|night)\b",
    r"\b(having|tengo|con) (contractions|contracciones)\b[\w ]{0,20}\b(on the street|en la calle|alone|sola|nobody|nadie)\b",
    r"\b(alone|sol[oa]) (somewhere )?(in the dark|a oscuras|en la oscuridad)\b",
]
# Papers kept by a boss, a landlord or an agency: a danger cue, except when that is all the
# message tells and it asks whether it is legal or normal ("la patrona le guarda el pasaporte
# 'pa que no se pierda', ¿eso es legal?"): then it is a question about trafficking.
KEPT_PAPERS = [
    r"\b(tiene|tienen|se quedo con|se quedaron con|agarro|agarraron|guarda|guardan|quito|quitaron|retiene|retienen) "
    r"(mi|mis|nuestros?|el|los) (pasaporte|papeles|documentos|identificacion|ine|dni)\b",
    r"\b(took|take|takes|has|have|kept|keeps|keeping) (my|our) (passport|passports|papers|documents|id)\b",
]
# Written in secret: the phone is checked, the reply must not show who we are. Such a cue counts
# even said as "if he sees…", and no topic outweighs it (the emergency answer says how to erase the chat).
SECRET = [
    r"\bse va a dar cuenta\b|\b(he|she) (will|ll|is going to) notice\b",
    r"\bif i say \w+ it means\b|\bsi (te |le |les )?digo \w+ (ya sabe|ya sabes|ya saben|es que|significa)\b|\bpretend (this is|its) a (pizza|food) order\b|"
    r"\b(watching me type|reading my messages|leyendo lo que escribo|viendo lo que escribo)\b|\bif i stop (writing|texting|answering)\b|"
    r"\bno (puedo|podemos) explicar\b|\bme (marco|llamo|escribio) a escondidas\b",
    r"\b(they|he|she) (do not|does not) know i have (this|a|an|another) (old |second |other )?phone\b|\bno saben (que|q) tengo (este|otro) (cel|celular|telefono)\b|"
    r"\b(reading|looking|watching) over my shoulder\b|\b(he is|she is|he s|she s|hes|shes) watching\b(?! (tv|the|a|netflix|football|futbol|his|her|videos|movies))",
    r"\b(he|she|they|my (boss|husband|boyfriend|uncle)) (checks?|reads?|goes through|takes|looks at) (my|the) (phone|messages|whatsapp|chats|texts|cell)\b|"
    r"\b(he|she|they) (reads|checks|sees|hears|listens to) everything\b|\bneed to tell someone something\b.*\b(next room|in the other room)\b|\bno me mandes (audios|notas de voz|mensajes de voz)\b.*\b(escucha|oye|revisa) todo\b|"
    r"\b(el|ella|ellos) (revisa|revisan|checa|checan|lee|leen) (mi|el|los|mis) (celular|telefono|whatsapp|mensajes|chats)\b|"
    r"\b((el|ella|ellos) |siempre |diario |todo el tiempo )me (revisa|revisan|checa|checan) (el|mi) (celular|telefono|whatsapp)\b|"
    r"\bif (he|she) (sees|finds out|catches)\b|\bpor si (lo|me) (ve|ven|cacha|cachan)\b|\bsi (el|ella) (ve|se entera)\b|"
    r"\b(pretend|finge) (you are|your|you re|que eres)\b|\bpon que (eres|son) (la|una|el|un)\b|"
    r"\b(do not|dont) (reply|text|write|answer|send)\b[\w ]{0,20}\b(after|before|when|until)\b|"
    r"\bno (me )?(escribas|contestes|mandes)\b[\w ]{0,25}\b(despues|antes|cuando|con el nombre)\b|"
    r"\bif i stop (answering|replying|texting)\b|\bwithout (it )?making (a )?noise\b|\bsin (que suene|hacer ruido)\b|"
    r"\bcan (he|she|they) (see|read) my (messages|chats|texts)\b|\bsi (dejo de|ya no) (contestar|contesto|responder|respondo)\b|"
    r"\b(no puedo|can not) (llamar|hablar|call|talk)\b[\w ]{0,10}\b(solo|only) (texto|text|mensajes|mensaje)\b",
    r"\bno (puedo|podemos) hablar\b[\w ]{0,20}\b(estan|esta) (aqui )?(junto a mi|a mi lado)\b|\b(estan|esta) (aqui )?(junto a mi|a mi lado)\b[\w ]{0,20}\bno (puedo|podemos) hablar\b",
]
# Someone taken and a ransom asked, now: ignored when hypothetical, past or about someone safe, but
# never outweighed by the kidnapping topic itself (those words are its words too).
# Said to be happening right now: a weak cue then stands against any other topic.
NOW = re.compile(r"\b(ahorita|ahora mismo|en este momento|right now|rite now|ryt now|rn|just now|now (he|she|they|i am|we are)(?! (is |are |re )?(ok|okay|fine|safe|better|good|home|back)\b)|"
                  r"just (hit|beat|punched|kicked|slapped|broke|stabbed|shot|locked|pushed|grabbed|took|walked out)|en (una|\d+|media) (hora|horas|min|minutos)|acaba(n)? de (pegarme|golpearme|encerrarme)|"
                  r"(me|nos|le) (dio|dieron|da|dan) (\d+|una|media) (min|mins|minutos|hora|horas)|(in|en) \d+ (min|mins|minutes|minutos)|(me|nos|le) (dio|dieron|da|dan) hasta (el|la|manana|hoy|las)|antes de las \d+|by (\d+|midnight)( ?pm| ?am)?|(by|before) tonight|(para|antes de) esta noche|(going|leaving|leaves|taking her|taking him) (back to \w+ )?tonight|(se (la|lo) llevan|se va|nos vamos) (hoy en la noche|esta noche)|"
                  r"desde hace (\d+|unos|unas|varios|varias|meses|semanas|dias|anos)|asi (llevo|llevamos|estoy|estamos) (desde|\d+|medio|un|una|dos|tres)|"
                  r"(its|it has) been \d+ (days|weeks|months)|for \d+ (years|months|weeks|days) now|(thats|that is) me for|asking for (me|myself)|(i am|im) still here|(i am|im|i m) still (at|in) (his|her|their|the) (house|place|apartment|home)|(he s|hes|he is|they re|theyre|they are) waiting (for me )?(at|outside|by) (the|my) (gate|door|house|corner)|"
                  r"(esta|estan|sigue|siguen) (aqui )?afuera|ya (esta|estan) en la puerta|(he is|she is|they are) still here|(el|ella) sigue aqui|ya (estan|llegaron) aqui(?! conmigo| con nosotros)|(is|are) (still )?(right )?outside|(hes|shes|theyre|he s|she s|they re) (still )?(right )?outside( again)?|\d+ (min|mins|minutes|minutos) ago|"
                  r"hace (\d+|unos|media|una) (min|mins|minutos|hora|horas))\b")
FIRM = re.compile(
    r"\b(me|nos) (tienen|tiene|tengan|tenga) en (una|un|la|el) (casa|cuarto|bodega|rancho|cuartito|galera|sotano)\b|"
    r"\b(debo|debemos|deuda|owe|debt)\b.*\b(trabajando|trabajar|working|work)\b|\b(trabajando|working)\b.*\b(debo|debemos|deuda|owe|debt)\b|"
    r"\b(kidnapped|secuestrad[oa]s?)\b.*\b(ask|asking|pedir|piden|want|wants|quieren) (for )?(money|dinero|rescate|ransom)|"
    r"\b(secuestraron|levantaron|tienen|se llevaron|agarraron) a mi \w+\b.*\b(piden|pide|exigen|exige|quieren|quiere) (el )?(rescate|dinero|lana|pisto|feria|\d+)|"
    r"\b(kidnapped|have|took|taken|grabbed) my \w+\b.*\b(asking|ask|want|wants|demanding|demand) (for )?(a )?(ransom|money|\d+)"
    r"|\b(levantaron|secuestraron|se llevaron) a mi \w+\b"
    r"|\b(he|she|they) (has|have|got) a (gun|pistol|knife)\b|\b(tiene|trae|traen) (una |un )?(pistola|arma|cuchillo)\b"
    r"|\bno (la|lo|los|las|me|nos) (devuelve|devuelven|suelta|sueltan) hasta (que|q)\b"
    r"|\b(lo|la|los) agarraron unos (tipos|hombres|senores)\b.*\b(pidiendo|piden|pide) (dinero|rescate|plata|pisto)\b"
    r"|\b(la )?(clave|senal) (que|q) (quedamos|acordamos)\b"
    r"|\bya no (nos|me) (deja|dejan) salir\b|\b(con|with) (machetes|pistolas|armas)\b.*\b(cobrando|asaltando|robando)\b|\bme (ahorca|estrangula|esta jaloneando|estan jaloneando)\b"
    r"|\bya te (vimos|ubicamos)\b"
    r"|\bme dieron hasta (las \d+|manana|el \w+) (para|pa) pagar\b"
    r"|\bno (puedo|podemos) (salir|irme|irnos) hasta (que|q) (pague|paguemos)\b"
    r"|\ba mi \w+ (lo|la|los|las) (levantaron|secuestraron|se llevaron)\b|\b(llamaron|llaman|hablaron|marcaron) pidiendo (rescate|dinero)\b"
    r"|\b(ya )?son las \d+\b|\bcon (la|una|su) (pistola|arma|navaja|cuchillo|machete)\b|\b(me )?(quiero|voy a) ir (para|pa) siempre\b"
    r"|\b(we|i) (been|have been|ve been|are|re) kidnapped\b|\basking (our|my|his|her) (family|families|mom|parents|mother)\b[\w ]{0,10}\b(money|ransom)\b"
    r"|\b(toca|manosea|esta tocando|esta manoseando) a mi (hija|hijo|nina|nino|hermanita|hermanito|sobrina|sobrino)\b"
    r"|\b(regresan|vuelven) a quemar\b|\bse (lo|la) llevo un (hombre|senor|tipo)\b"
    r"|\b(me|nos) vienen siguiendo\b"
    r"|\b(en la otra linea|on the other line)\b[\w ]{0,20}\b(secuestradores|kidnappers)\b|\b(kidnappers|secuestradores)\b[\w ]{0,10}\b(called|llamaron|texted)\b|\bthis is the last call\b"
    r"|\bo le (damos|doy|dan|das) (al|a la|a mi|a su) (bebe|nino|nina|hijo|hija)\b"
    r"|\bse cayo del (segundo|tercer|cuarto) piso\b"
    r"|\b(is |are )?holding my \w+\b.*\b(until|till|unless)\b|\bo publica (el|los|mi|mis) (video|videos)\b"
    r"|\b(el jefe|el patron|la patrona|la jefa|el senor) no (me|nos) (deja|dejan) salir\b"
    r"|\b(lo|la|los|las) (van a|va a) vender\b"
    r"|\btengo hasta (las \d+|manana|hoy|el \w+|la noche|esta noche|la tarde|mediodia|medianoche) (pa|para)\b|\bsi (la|lo) (quieren|queremos) (volver a )?ver\b"
)
# Danger cues that no other topic outweighs, wherever they stand in the message: someone held
# or taken, a ransom or a deadline, a weapon, a threat to the family, someone not getting up.
# They are danger cues (read with DANGER) and make any other cue firm (read with FIRM).
FIRM_CUES = [
    r"\b(they|he|she) (have|has) had my \w+ for\b",
    r"\b(vuelven|regresan) hoy (para|pa|a) (llevarselo|llevarsela|llevarnos|llevarme|matarlo|matarla)\b",
    r"\bor they (take|will take) (a|my|our|the) (kid|child|son|daughter|baby)\b",
    r"\bo se llevan a (un|una|mi|nuestro|nuestra) (nino|nina|hijo|hija|bebe)\b",
    r"\b(they|he) (say|says|said) (they ll|theyll|they will|he ll|he will|hell) kill (my|our)\b",
    r"\bo no (lo|la|los|las) (sueltan|dejan ir|liberan)\b",
    r"\bo (lo|la|los|las|me|nos) (mata|matan)\b(?! (igual|de todos modos|de todas formas|aunque))",
    r"\bor they (go after|hurt|kill) (my|our)\b",
    r"\b(tienen a mi \w+ todavia|todavia tienen a mi)\b",
    r"\b(fake|falsos) (cops|police|policias|polis|agentes|soldiers|soldados) (have|tienen|took|se llevaron)\b",
    r"\bkeeps my baby\b",
    r"\b(he s|hes|he is) already in the (building|hallway|house|hotel)\b",
    r"\b(me|nos) (siguen|sigue) desde\b",
    r"\bla quiere apartar\b",
    r"\b(me|nos) vuelven a buscar\b",
    r"\bya saben donde me quedo\b",
    r"\bme tienen aqui desde\b",
    r"\bo (te|se|nos) (vas|van|vamos) en bolsa\b",
    r"\b(esta|estan) retenid[oa]s?\b",
    r"\bor (he|they) (sell|sells|will sell) (my|our|her|him)\b",
    r"\b(uno|un tipo|un hombre|alguien|unos) con (pistola|arma|cuchillo|machete)\b",
    r"\bsiguiendome desde (el|la|que)\b",
    r"\bo (publica|sube|manda|postea|difunde) (todo|mis fotos|las fotos|mis videos)\b",
    r"\bdoxx?ed\b",
    r"\b(secuestrad[oa]s?|kidnapped)\b.*\b(piden|pide|exigen|asking|want) (\d+|dos|tres|cinco|mil)\b",
    r"\bme siguen pegando\b",
    r"\b(para|pa) soltar(la|lo|los|las)\b",
    r"\b(found|know) where (we re|were|we are|i am|im) staying\b",
    r"\b(can not|cant) leave (till|until) i pay\b",
    r"\b(they|he) will take my\b[\w ]{0,25}\btonight\b",
    r"\b(i m|im|i am) being (trafficked|exploited)\b",
    r"\bno se levanta\b",
    r"\b(trafficker|smuggler|tratante|pollero|coyote)\b.*\b(next room|cuarto de al lado)\b",
    r"\b(nos|me) anuncian (en internet|en redes|en face)\b",
    r"\b(tiene|tienen) las llaves y (nuestros|mis|los) (pasaportes|papeles|documentos)\b",
    r"\bse me va el aire\b",
    r"\b(door|puerta) (is |esta )?(locked|cerrada) (from|desde) (the )?(outside|afuera)\b",
    r"\bme (amarra|amarran|encadena|encadenan)\b(?! (las|los|el|la|mis) (agujetas|cordones|zapatos|tenis|pelo|cabello|chongo|trenzas)\b)",
    r"\b(has|have) (him|her|them) and (wants?|asks? for|asking for|demands?) (money|ransom|\d+)\b",
    r"\b(me|nos|te) (va|van) a (mandar|regresar|devolver|enviar) (de regreso )?en (una )?bolsa\b|\bsend (me|us) (back|home) in a (body )?bag\b",
    r"\b(pagar|pague|pago|cuota|dinero|lana|pisto)\b[\w ]{0,40}\bo (me|nos|lo|la) (levantan|secuestran|llevan)\b",
    r"\b(me|nos|te|lo|la) (desaparece|desaparecen|va a desaparecer|van a desaparecer|desaparezco)\b(?! (el|la|los|las|mi|mis|tu|su|un|una|dinero|plata|lana)\b)",
    r"\b(who killed|que mato|que mataron)\b[\w ]{0,40}\b(are here|is here|esta aqui|estan aqui)\b|\b(esta|estan) aqui (el|los) (hombres?|tipos?) (que|q) (mato|mataron)\b",
    r"\b(trying|tries|tried) (the|our|my) (room |bedroom )?door\b[\w ]{0,30}\b(night|key)\b|\b(at night|every night)\b[\w ]{0,30}\b(trying|tries|tried) (the|our|my) door\b|\b(intenta|trata de) abrir (la|mi|nuestra) puerta\b",
    r"\b(gave|give|gives) (me|him|her|us|them|my \w+) (till|until) (tonight|tomorrow|\d+) to pay\b",
    r"\b(he s|hes|he is|they re|they are|theyre|man is|guy is) at (her|his|my|our|the) door\b|"
    r"\b(is|are|s|re) (at|outside) (her|his|my|our) door\b[\w ]{0,40}\b(go with|has to|have to|pay|debt|alone)\b",
    r"\b(le|les|me|nos) (marcaron|llamaron|hablaron) (q|que) (lo|la|los) tienen\b[\w ]{0,20}\b(piden|pide|quieren)\b",
    r"\b(banging|pounding|knocking) on (our|my|the) door\b[\w ]{0,30}\b(burn|kill|break|hurt)\b",
    r"\b(tiene|tienen) amenazad[oa]s? con (cuchillo|pistola|arma|navaja|machete)\b|\bamenazando con (un |una )?(cuchillo|pistola|arma|navaja|machete)\b",
    r"\b(hombre|tipo|senor|senora)\b[\w ]{0,25}\b(la|lo) tiene vendid[oa]\b|\b(slipped|passed|gave) me a note\b[\w ]{0,20}\b(get me out|help me|save me|sacame|ayudame)\b",
]
# Signs strong enough that a hypothetical-sounding sentence still counts ("si me voy me matan").
ALWAYS = [
    r"\bsi (me voy|me salgo|salgo|me escapo|hablo|digo algo|denuncio|me quejo|llamo|cuenta|dice algo|habla|me niego|digo que no|no obedezco)\b.*\b(me|nos|le|les|lo|la|a mi|a mis?) ?\w* (entregan?|matan?|hacen? algo|pegan?|denuncian?|acusan?|lastiman?|golpean?|encuentran?|meten? a la carcel)\b",
    r"\bif (i|we|he|she) (do not|does not|will not|refuse to) \w+.*\b(they|he|she) (will|are going to|is going to) (kill|hurt|beat|hand (me|us) over)\b|"
    r"\bor (else )?(they|he|she) ((will|are going to|is going to|gonna) )?(kill|kills|hurt|hurts|beat|beats) (him|her|me|us|my)\b",
    r"\bif (i|we) (leave|run|escape|talk|tell|go out|step out|go to the police|call the police)\b.*\b(they|he|she) (will|are going to|would) "
    r"(kill|hurt|charge|go after|find|report|beat|harm)\b",
    r"\b(hell|theyll|ll|will|gonna|going to|would) (have|get) (me|us|you|him|her) killed\b|\b(me|nos) (manda|mandan|va a mandar|van a mandar) (a )?matar\b",
    r"\bor (we|you|they) (will )?never see (her|him)( again)?\b|\bo (no|nunca) (la|lo|los|las) (vuelven|volvemos|vuelves) a ver\b(?! (el|la|los|las|mi|tu) (dinero|lana|plata|pisto))|\bno (regreso|regresas|regresa|sales|salgo|vuelvo|vuelves) viv[oa]s?\b|"
    r"\bsi (me voy|me salgo|salgo|me escapo|hablo|digo algo|denuncio|me quejo|renuncio|lo dejo|la dejo)\b.*\b(publica|sube|manda|difunde|ensena) (mis|las|unas) (fotos|videos)\b|"
    r"\bsi no hago lo (que|q) (el|ellos) quiere\b|\bsi no (pago|pagamos|pagas|pagan|pagues|paguemos|depositamos|deposito)\b.*\b(se llevan a|se (lo|la) llevan|matan a|le hacen algo a)\b|"
    r"\bsi no les (doy|damos|pago|pagamos)\b.*\b(me|nos) (suben|llevan|deportan|encierran|entregan)\b|"
    r"\b(dice|dijo|dicen|dijeron) (que |q )?si\b.*\b(le|les) (hace|hacen|va a hacer|van a hacer) algo a mi (hija|hijo|nina|nino|bebe|familia|esposa|mama)\b|"
    r"\b(knife|gun|pistol|machete) (to|against|on) (my|her|his|their) (\w+ )?(throat|neck|head)\b|"
    r"\b(he s|hes|he is|she s|shes|she is) (squeezing|grabbing|twisting|pulling) my (arm|wrist|hair|neck)\b|"
    r"\b(la|lo|me|nos) (tiene|tienen) drogad[oa]s?\b|\bbeen outside my (window|door|house|room) for\b|\bsi no me voy con (el|ellos)\b|\bsi no (vuelvo|regreso|llego)\b[\w ]{0,20}\b(matan|mata|le hacen algo)\b|"
    r"\b(hand|turn) (me|us) (over )?to (some guys|the cartel|them|the gang|los malos)\b|"
    r"\bif (u|you) (dont|do not|don t) hear from me (by|in|before) (\d+|tonight|midnight)\b|\bsi no (sabes|saben) (nada )?de mi (para|pa|antes de) las\b|"
    r"\bif (i|we) (leave|run|escape)\b[\w ]{0,6}\b(he|she|they) (kill|kills|hurt|hurts|beat|beats)\b|\b(will|gonna|going to) (arrest|kill|hurt) (me|us) if (i|we) (leave|run|quit|talk)\b|"
    r"\bsi no (tengo|pago|le pago|les pago)\b[\w ]{0,10}\b(me lleva|me llevan|me levanta|me levantan|me matan|me mata)\b|"
    r"\bbetter (for everyone|off) if (i m|im|i am|i was|i were) (not around|gone|dead)\b|\bif (i m|im|i am) not around anymore\b",
    r"\b(kill|hurt|beat|shoot) (me|us) if (i|we) (tell|talk|leave|say|call|go|scream|quit|run)\b|\b(me|nos) (mata|matan|va a matar|van a matar) si (digo|hablo|me voy|grito|le digo|salgo)\b",
    r"\b(tiene|tienen|guarda|guardan) (la )?(llave|candado)\b|\b(cierran|cierra|echan) (la puerta )?con (llave|candado)\b",
    r"\b(me|nos) (ponen|pone|hacen|hace|mandan) (a )?(trabajar|estar con|atender)\b",
    r"\b(tengo|tenemos|tiene|tienen) (que|q) (acostarme|acostarnos|acostarse|dormir) con\b|"
    r"\bestar con (los )?(clientes|hombres|senores)\b|\b(sleep|be|go) with (the |his |their )?(customers|clients|men|friends)\b",
    r"\b(pagar(le)?|pague|paguemos) (lo que (le )?(debo|debemos)|la deuda)\b|\bhasta que (pague|paguemos|termine de pagar)\b",
    r"\b(nobody|no one|noone) (leaves|can leave|is allowed to leave|gets out)\b|\buntil (the )?debt is paid\b|\buntil (i|we) pay\b",
    r"\b(lock|locks|locked) (the door|us|me)\b(?! out)",
    # Wanting to die, or saying goodbye for good (indirect signs of suicide, the ones people write).
    r"\b((?<!pa )(?<!para )matarme|me mato|me quiero morir|quitarme la vida|ya no quiero vivir|suicid\w*)\b",
    r"\b(perdon(enme)? a todos|adios a todos|despedirme de todos|(ya )?no aguanto (mas )?(la vida|vivir|esta vida)|"
    r"acabar con todo|no quiero despertar|las pastillas (listas|ya)|tomarme todas las pastillas|"
    r"mejor sin mi|ya no vale la pena vivir|cortarme|cortar(me)? las [bv]enas|me voy a colgar|aventarme del puente)\b",
    r"\b((este )?es mi ultimo mensaje(?! (por hoy|de hoy|antes de (que|q) se))|(this is )?my last message(?! (for today|tonight|before my (phone|battery|cel)))|ya no (las|los|la|lo) voy a necesitar|(will not|wont) need (them|it|these|my things) anymore|"
    r"ya me despedi de|already said goodbye to|(walk|jump|throw myself) in front of the (train|bus|truck)|(aventarme|tirarme) (al|del|frente al) (tren|puente))\b",
    r"\b(ultima vez (que|q) (escribo|les escribo)|last time (i will|ill|i am going to) (write|text)|ya no voy a necesitar nada|"
    r"ya no voy a estar ((pa|para) )?(manana|aqui)|borren mis fotos|terminar con todo|terminar con mi vida|"
    r"(wo not|will not|wont) need anything anymore|(i will|ill) not be here tomorrow|delete my (photos|pictures))\b",
    r"\b((le|les) (escribi|deje) (una )?carta|(mejor|better) (que|q|if) (ya )?no (siga|este|estuviera) aqui|better if i (was|were) gone|better off (dead|gone))\b",
    r"\b(perdon(enme)? por todo|les (deje|escribi) (una )?cartas?|(wrote|left) (a letter|letters|notes?) (for|to) my)\b",
    r"\b(goodbye everyone|sorry everyone|sorry for everything|forgive me everyone|end it all|can not go on|better off without me|"
    r"take all the pills|pills ready|do not want to wake up|cut myself)\b",
    r"\b(kill myself|suicide|end my life|want to die|(going to|gonna) end it( all)?( tonight)?)\b",
    r"\b(me quiero (matar|suisidar)|quiero morirme|i want die|"
    r"(i was|i got|i have been|i ve been|i just got) (raped|stabbed|stabed|shot)|(stopped|stop) breathing|dejo de respirar)\b",
    r"\bsi me pasa algo (diganle|avisenle|avisen|digan)\b|\bif (anything|something) happens to me\b",
    r"\b(diganle|digan|dile) a mi \w+ que (la|lo|los|las) quiero\b|\bya no (voy a ser|sere) (una )?carga\b|"
    r"\b(le|les) deje todo a\b|\bya (deje|tengo) todo (arreglado|listo) para (irme|cuando me vaya)\b",
    r"\btell my \w+ (i|that i) love (her|him|them)\b|\b(not|no longer|never) (be )?a burden\b|\ba burden (anymore|any more)\b|\bleft everything to my\b",
    # Left behind by the smuggler, on the way.
    r"\b(me|nos) (abandonaron|abandono|dejaron tirad[oa]s|dejo tirad[oa]s)\b",
    r"\b(abandoned|left) (us|me) (in|by|at|alone|behind|out)\b",
    r"\b(ni|sin) agua ni comida\b|\bno (water|food) (and|or|nor) no (food|water)\b|\b(llevamos|tenemos) (\w+ )?dias sin (agua|comer|comida)\b",
    r"\b((dropped|left|ditched|dumped) (us |me )?(off )?in the middle of nowhere|got (dropped|ditched|dumped) (off )?in|"
    r"(nos|me) (dejo|dejaron|botaron|boto|tiraron) en medio de la nada)\b",
    # Someone being hurt as we speak.
    r"\b(le|les|lo|la|los|las) (estan|esta) (golpeando|pegando|apunalando|disparando|ahorcando|violando)\b",
    r"\b(estan|esta) (golpeando|pegando|apunalando|disparando|violando) a\b|\b(me|nos) (esta|estan) (ahorcando|asfixiando|golpeando|pegando|apunalando|violando)\b",
    r"\b(is|are) (beating|hitting|hurting|attacking|stabbing|shooting|choking|raping) (my|a|the|him|her|them|someone|somebody|anyone|everyone|people|us)\b",
    # Medical emergencies: act now, whatever else the message says.
    r"\b(convulsion\w*|convulsionando|no respira|no puede respirar|inconsciente|se desmayo|desmayad[oa]|ya no reacciona|no reacciona|"
    r"no despierta|not responding|unresponsive|(will not|wont|does not|doesnt|do not|dont) wake up|sangra mucho|"
    r"sangrando mucho|no (le )?para de sangrar|no deja de sangrar|mucha sangre|infarto|sobredosis|envenenad\w*|esta como ido|"
    r"no (me )?responde cuando le hablo|ojos (en blanco|volteados)|espuma (por|en) la boca|se desplomo|presion en el pecho|"
    r"dolor (muy )?fuerte en el pecho|brazo (dormido|entumido))\b",
    r"\b(took|swallowed|tome|me tome|me trague) (a bunch of|a lot of|un monton de|varias|muchas|todas (las|mis))( \w+){0,3} (pills|pastillas)|"
    r"\b(took|swallowed|drank) (a |the )?(whole )?(bottle|box|pack) of (my )?(\w+ )?(pills|pastillas|meds)|(me tome|se tomo|me trague) (todo )?(el|un|una) (frasco|bote|caja) de (pastillas|medicinas)\b|"
    r"\bya lo intente\b.*\b(lo voy a hacer|lo hago)\b|\b(tried|attempted) (it )?(once|before)\b.*\b(doing it|do it) (today|tonight)\b",
    r"\b(me voy a cortar(?! (el|mi|las|los|la) (pelo|cabello|unas|fleco|barba|grena))|ya tengo la navaja|(i am|im) going to cut myself)\b",
    r"\b(se cayo del (tren|techo|puente|camion)|se cayo de la bestia|no (siente|puede mover) las piernas|(can not|cannot) feel (his|her|my) legs|fell (off|from) the (train|roof|truck|bridge)|(bit|bitten) by a (snake|scorpion|rattlesnake)|"
    r"(me|le|lo|la) (pico|mordio) (una|un) (vibora|culebra|serpiente|alacran|cascabel)|muriendo de sed|dying of thirst|"
    r"(se esta|me estoy|nos estamos|is|are|am) (muriendo|dying)\b(?! de (risa|sueno|hambre|calor|frio|aburrimiento|verguenza|ganas))(?! (to|for)\b))\b",

    r"\b(no (hace|ha hecho) pipi|no (orina|ha orinado) desde|vomita todo|no retiene (nada|liquidos)|(has not|hasnt|has nt) peed|"
    r"(can not|cannot) keep (anything|water|fluids|liquids) down)\b",
    r"\b(respira (muy )?rapido|se le hunden las costill\w*|(breathing|breathes) (really |very |so )?fast|(no se mueve|not moving)( much)?|"
    r"(ya tengo|i have|i ve got|i have got|i got) (la|una|the|a) (cuerda|soga|rope)|(tengo|i have|i ve got|i got) (la|the) (cuerda|soga|rope) (aqui|here|conmigo|lista|ready)|"
    r"(cuerda|soga|rope) (lista|ready))\b",
    r"\b(hipotermia|hypothermia|(tiembla|temblando) y (ya )?no (habla|responde|reacciona)|(shaking|shivering) and (not talking|can not talk|confused|not responding))\b",
    r"\bme voy a (tirar|aventar) (a las vias|al tren|del puente|al rio|de un edificio|de la azotea)\b|"
    r"\b(en el puente|on the bridge|en la azotea|on the roof)\b.*\b(viendo|mirando|looking) ((pa|para|hacia) )?(abajo|down)\b",
    r"\b((embarazada|embarazo|pregnant)\b.*\b(empujo|avento|golpeo|pego|shoved|pushed|kicked|hit me|sangr\w*|blood|bleeding)|"
    r"(empujo|avento|shoved|pushed)\b.*\b(embarazada|embarazo|pregnant))\b",
    r"\b((se puso|esta|se esta poniendo|se pone) morad(o|ito|a|ita)|(turning|turned|going|are going|are turning) (blue|purple|gray|grey)|"
    r"asthma attack|ataque de asma|crisis de asma|(breathing|respira) (weird|raro|strange|funny)|"
    r"no (siente|puede mover) (las|los) (manos|pies|piernas)|(can not|cannot) feel (his|her|my) (hands|feet|legs)|tiembla mucho|"
    r"se me (duerme|durmio) el brazo|me duele el pecho (bien|muy) fuerte)\b",
    r"\b(zip ?tied|hands (are )?tied|manos amarradas|me amarraron (las manos|los pies))\b|\bnadie (se mueve|sale) hasta\b|"
    r"\b(my|mi) (mom|mother|family|familia|mama) (pays|paga|will pay|va a pagar) (the|la) (debt|deuda)\b|"
    r"\b(til|till|until) (it is|its|it s) paid\b",
    r"\b((pecho|chest)\b.*\b(brazo izquierdo|left arm|sweat\w*|sudando|suda mucho)|(face|cara) (is |esta )?(grey|gray|gris|palid[oa])|can barely think|(can not|cant) think straight|(dizzy|mareado|mareada) (and|y) (confused|confundid[oa])|"
    r"fell (off|from) the (wall|fence|train|roof|truck|bridge)|se cayo del (muro|barda)|(can not|cannot) move (my|his|her) legs)\b",
    r"\binsulin[a]?\b.*\b(vomit\w*|mare\w*|borroso|confund\w*|no responde|dormid\w*|respira\w*|sleepy|dizzy|confused|breath\w*|think)\b|"
    r"\b(ya )?no (responde|reacciona) bien\b",
    r"\bthreaten(s|ed)? to (kill|hurt|beat)\b|\bamenaza(n|ron)? con (matar|matarme|golpear)\b|^(help|ayuda|auxilio) (kidnap|kidnapped|secuestro|secuestrad[oa])$|"
    # Telegraphic: the word, a place, a plea ("sekuestro. tapachula. x fa").
    r"^(secuestro|secuestrad[oa]s?|kidnap|kidnapped)( (?!virtual|express|info|informacion|que|what)\w+){0,2} (por fa|por favor|porfa|plis|pls|please|ayuda|auxilio|help)$",
    r"\b(cansad[oa] de (vivir|la vida)|tira(r)? mi al rio|tirarme al rio|(el )?brazo se me (duerme|duermo|durmio)|dolor en el pecho (muy )?fuerte|"
    r"(fever|fiebre|calentura) (very high|muy alta|bien alta|high)\b.*\b(shaking|convuls\w*|temblando|tiembla)|"
    r"(descansar|dormir) para siempre|(rest|sleep) forever|"
    r"(me quiero ir|irme) (al cielo|con dios|con mi \w+ (que|q) ya (murio|fallecio))|la de arriba\b.*\bno quiero estar|"
    r"me corte (las venas|los brazos|las munecas)|(puso|pone|tiene|pusieron) (un|el|una) (cuchillo|navaja|pistola|arma) en el cuello|"
    r"(knife|gun) (to|against) (her|his|my|their) (throat|neck|head)|(on the roof|en la azotea|on the bridge|en el puente)\b.*\b(bye|adios|goodbye)\b)\b",
    r"\b((incendio|fuego|fire|humo|smoke)\b.*\b(encerrad\w*|locked|no abren|can not get out|trapped)|(encerrad\w*|locked in|trapped)\b.*\b(incendio|fuego|fire|humo|smoke)|"
    r"(drank|swallowed|tomo|bebio|se tomo) (from )?(a bottle of |una botella de )?(bleach|cleaning liquid|cleaner|detergent|cloro|limpiador|liquido de limpieza|pinol|fabuloso)|"
    r"no siento la lengua|me cuesta (tragar|respirar)|(can not|cannot|hard to) swallow|sangrando (muchisimo|bastante|sin parar)|empape (todas )?las toallas|"
    r"bleeding (through|heavily|so much)|bajo llave|fell (in|into|down) (a|the) (canyon|ravine|cliff)|(can not|cannot) move (my|his|her) (back|neck)|"
    r"no (puedo|puede) mover (la espalda|el cuello)|(face|cara) (is )?(drooping|chueca|caida)|se le (cayo|torcio) la cara|(can not|cannot|could not|couldn t) lift (his|her|my) arm|"
    r"no puede (hablar bien|levantar el brazo)|(embarazada|pregnant)\b.*\b(headache|dolor de cabeza|swollen|hinchad\w*|flashing lights|lucecitas)|"
    r"(tengo|i have) (una|a) (soga|cuerda|rope) (aqui|here)|no quiero seguir viviendo|(do not|dont) want to live anymore|"
    r"(current|corriente) (took|se (nos|me|lo|la) llevo|nos llevo)|holding onto a (branch|rock|tree)|agarrad[oa] de una rama|no strength left|ya no tengo fuerzas)\b",
    r"\b(me corto (los brazos|las venas|las munecas)|esta vez si lo (hago|voy a hacer)|this time (i will|ill|i am going to) do it|"
    r"(se (me|nos) (esta|estan) acabando|se (nos|me) acabo|ya no hay) el aire|no hay aire|no podemos respirar|ya no se (puede )?respira(r)?|running out of air|(can not|cannot) breathe in here|"
    r"(pills|pastillas) (in my hand|en (la|mi) mano)|(throwing up|vomiting|vomitando|vomita|vomito) (blood|sangre)|"
    r"(stash house|safe house|casa de seguridad)\b.*\b(rn|right now|ahorita))\b",
    r"\b(me tiro (del|al|de un) (puente|tren|rio|edificio)|(?<!bungee )jump(ing)? off (the|this|a) (bridge|roof|building)|"
    r"(photo|pic|picture|foto) (of|de) (a|una) (rope|soga|cuerda)|(goodbye|adios) (forever|para siempre)|(me voy a ir|me voy|me quiero ir|ya me quiero ir) (para|pa) siempre(?! (de|a|pa|para) (mexico|este pais|mi pais|mi tierra|guate|guatemala|honduras|el salvador|venezuela|nicaragua|cuba|haiti|colombia|estados unidos|usa))|"
    r"(esta|estoy) de parto|ya se ve la cabeza|(baby is|baby s) (coming|crowning))\b",
    r"\b((tengo|ya tengo) las pastillas (aqui|listas|conmigo)|(mejor|ya) me aviento|me voy a aventar)\b",
    r"\bgave (away )?(all )?my (stuff|things)( away)?\b.*\b(wont|will not|dont|do not) need (it|them)\b|\bregale (todas )?mis cosas\b|"
    r"\b(he ll|hell|he will|she will|they will|they ll) (send|post|share|leak) (the|my) (pictures|pics|photos|nudes|fotos)\b|\bwants me to meet him tonight\b|"
    r"\b(gonna|going to|will) (cut|stab|shoot|kill) me if (i|we) (don t|dont|do not) pay\b|"
    r"\bif i tell (anyone|anybody|someone)\b.*\bwhat (he|she|they) (does|do|did) to me\b|"
    r"\b(she ll|shell|he ll|hell|she will|he will|they will|they ll) hurt my (little )?(brother|sister|mom|son|daughter|kids|family)\b|"
    r"\b(take|takes|will take|they take) (one|a kid|my (son|daughter|kid)|one of (them|my kids))\b[\w ]{0,10}\bif (i|we) (don t|dont|do not) pay\b|"
    r"^(ayuda|help|auxilio) (sextorsion|sextortion)$|^(secuestro|kidnap|kidnapping|kidnapped|me secuestran) (ahorita|ahora|now|rn|ya)$|"
    r"\bse me solto\b.*\b(rio|bravo|agua|corriente)\b|\b(rio|bravo|agua|corriente)\b.*\bse me solto\b|^(fuego|incendio|fire)( (fuego|incendio|fire))*( (ayuda|help|auxilio))?$|"
    r"\b(everyone|everybody|todos|mi familia|my family) (would be|estarian|estaria) (better|mejor) (off )?(without me|sin mi)\b|"
    r"\b(diganle|dile|tell) (a mi|my) (mama|mom|familia|family|hijos|kids) (que|that) (la |los |lo )?(quise|loved)\b|"
    r"\b(said|dije) (bye|goodbye|adios) (to|a) (my|mi) (mom|mama|family|familia|kids|hijos) already\b|\bya me despedi de (mi mama|mi familia|todos)\b|"
    r"\b(nos|me) (bajan|cierran) la (cortina|reja|puerta)( de metal)? desde (afuera|fuera)\b|\b(me|nos) (escondio|escondieron) (mis|los|nuestros) (documentos|papeles|pasaportes)\b|"
    r"\b(me|nos) deja(n)? pasar si (voy|me voy|vamos) con (el|ellos)\b|"
    r"\b(traila|trailer|caja|camion|contenedor)\b.*\bsin aire\b|\bnos (asfixiamos|estamos asfixiando)\b|\bme (asfixio|estoy asfixiando)\b|"
    r"\b(navaja|cuchillo|pistola|arma|knife|gun) (en|on|at|against) (mi|my) (cuello|cabeza|neck|head|espalda|back|throat)\b|"
    r"\b(leave|abandon) (my|our|his|her) \w+ in the (desert|mountains|river)\b|\b(dejar|deja|va a dejar) a mi \w+ en el (desierto|monte|rio)\b|"
    # Suicide risk told indirectly (emergency_dev43) and violence inside (emergency_dev44).
    r"\b(cut|cortar|cortarle|cortan|cut off) (off )?(her|his|my|su|un|el) (finger|dedo|ear|oreja)\b.*\b(pay|paguemos|pagamos|depositan|dinero)\b|"
    r"\bconmigo adentro\b|\bwith me inside\b|\b(will not|won t|wont) leave (here )?alive\b|\bno (voy a|vas a|vamos a) salir viv[oa]s?\b|"
    r"\bse va a (colgar|ahorcar)\b|\btalking about killing (himself|herself)\b|\bgave away (his|her) things\b(?![\w ]{0,12}\b(cuz|cause|because|bc|since)\b)|\bregalo sus cosas\b(?![\w ]{0,12}\b(porque|xq|pq|ya que)\b)|"
    r"\b(\d+|ocho|siete|seis|nueve) meses\b.*\b(lucecitas|zumban)\b|"
    # Lost under other random draws (third pass, probes 42-46).
    r"\bme voy a quitar la vida\b|\b(pense|pienso) en colgarme\b|\bya amarre (el cinturon|la soga|la cuerda)\b|\bme quiero ir con mi (mama|papa|mami)\b[\w ]{0,10}\bal cielo\b|"
    r"\b(nomas|no mas) espero (que|q) se duerman todos\b|\btried to hang (himself|herself|myself)\b|\bse (colgo|ahorco|quiso colgar|intento colgar)\b|"
    r"\b(ap akouche|esta pariendo|is giving birth)\b[\w ]{0,30}\b(piso|floor)\b|\b(se esta quemando|is on fire|is burning)\b.*\b(no abren|won t open|wont open)\b|"
    r"\btake the baby as payment\b|\bse (llevan|va a llevar|quiere llevar) (al|a mi) bebe como pago\b|"
    r"\bhis stepdad will kill\b|\b(le|me) (echo|echaron|puso) algo (a|en) (la|mi|su) bebida\b|\bput something in (her|my|his) drink\b|"
    r"\bya hice las paces con dios\b|\bno se (lo )?(que|q) (voy a|vaya a) hacer\b.*\b(cuchillo|pastillas|soga|navaja)\b|\btengo el cuchillo\b|"
    r"\bya no (la|lo|las|los) voy a (ocupar|necesitar|usar) despues de hoy\b|\bsi me muero hoy\b|"
    r"\b(solo|no mas|nomas|nada mas|ya) quiero (que|q) se (acabe|acabo|termine) todo\b|\bi just want it (all )?to (stop|end)\b(?! (raining|snowing|so i))|"
    r"\besperando (que|q) pase (la bestia|el tren)\b|\bya me canse de luchar\b|\b(i m|im|i am) (done|tired of) fighting\b|\bganas de (estrellarme|aventarme|tirarme|matarme)\b|"
    r"\b(que|q) (lo|la|me) perdonemos\b|\b(esta noche|hoy) se (mata|suicida|va a matar)\b|\bse (mata|suicida) (esta noche|hoy)\b|"
    r"\b(standing|sitting) on (a|the) (bridge|ledge|edge)\b|\bon the bridge\b.*\bwhat do i say\b|"
    r"\btell my (mom|mother|family|kids)\b[\w ]{0,25}\bthat i tried\b|\bdile a mi (mama|familia) (que|q) lo intente\b|"
    r"\bnot for (the )?rats\b|\b(bought|compre) (rat poison|veneno)\b|\bswallowed (a bunch of|all|lots of|a lot of) (my )?(meds|pills|medicine)\b|"
    r"\bthis is goodbye\b|\b(sorry|perdon)\b.*\bthis is it\b|\bposted (a )?goodbye\b(?![\w ]{0,12}\b(cuz|cause|because|porque|since|bc)\b)|\bpublico (una )?despedida\b|"
    r"\btake care of my (dog|cat|kids|son|daughter|mom)\b.*\b(phone is off|not answering|cant reach|can t reach|no contesta|apagado)\b|"
    r"\bthanks for everything\b.*\b(phone is off|cant reach|can t reach|not answering)\b|"
    r"\b(throw|throws|throwing) (himself|herself|myself) under\b|\bse va a (tirar|aventar) (a|abajo de) (la bestia|el tren)\b|"
    r"\b(pic|photo|foto) (of|de) (a|una) (razor|navaja|cuchilla|rastrillo)\b|\bcalled to say goodbye\b|\bllamo para despedirse\b|"
    r"\bacaban de (picar|apunalar|acuchillar|balear)\b|^sos\b.*\b(golpes|nos pegan|nos golpean|heridos|sangre)\b|"
    r"\bfavores a cambio de\b|\b(bag|bolsa) (on|en) (her|his|my|la) (head|cabeza)\b|"
    r"\bme voy a hacer algo\b|\bkeeps my (baby|son|daughter|kid)\b|\b(he s|hes|he is) already in the (building|hallway)\b|\bsi (le )?(cuento|digo) a alguien\b.*\b(manda|publica|sube|ensena) (las|mis) fotos\b|"
    r"\b(me )?(dice|dise|pide) (que|q) me quite la ropa\b|\b(tells|told|asks) me to (take off my clothes|undress)\b|"
    r"\bsal o entramos\b|\b(sal|salgan) o (entramos|vamos por ti)\b|\bcome out or (we|i) come in\b|"
    r"\bpay (another|some other) way\b|\bpagar de otra (forma|manera)\b|\bcobra con (favores|el cuerpo)\b|\bpay with (our|my|your|their) bodies\b|\bpagar con (el|nuestro|mi|su) cuerpo\b|"
    r"\bcuando (mi mama|mi mami|todos) se (duerma|duerman) viene\b|\bse mete (a|en) mi cama\b|"
    r"\b(prendieron|le prendieron|prendio) fuego\b.*\b(adentro|dentro)\b|\bcon nosotros adentro\b|"
    r"\b(lo|la|los) van a (mutilar|cortar)\b|\b(kill|hurt) (his|her|my) (mom|mother|family) if (he|she|i) refuses?\b|"
    r"\bnao (respira|consigo respirar|consegue respirar)\b|\b(pral|ap) touye (m|mwen|nou)\b|\b(yo )?kidnape (nou|m|mwen)$|"
    r"^(?!.*\b(serie|pelicula|peli|movie|film|show|novela|libro|book|game|juego|cancion|song)\b)(\w+ ){0,2}(secuestrad[oa]s?|kidnapped)( \w+){0,2}$|"
    r"\b(boat|raft|lancha|balsa|panga) (is )?(filling|se esta llenando|sinking|se hunde|se esta hundiendo|flipped|se volteo|capsized)\b|\b(my|mi) (friend|cousin|brother|sister) went under\b|"
    r"\b(wanna|want to|quiero) (disappear|desaparecer) (for real|de verdad|para siempre|this time|esta vez)\b|\bya (me )?(tome|trague|bebi) (el |un )?veneno\b|\bm (ban|van) a (matr|matar)\b|"
    r"\bvoy a hacer (algo|una) (tonto|tonteria|locura)\b.*\b(ya lo decidi|esta noche)\b|\bmouthed help\b|"
    r"\bif (she|he|you|i) (doesnt|does not|dont|do not) come out\b.*\b(hurt|kill)\b|\bsaco (la|una|el) (pistola|arma|cuchillo|machete)\b|"
    r"\b(wont|will not) need (them|it) after (tonight|today)\b|"
    r"\bse (corto|corta|esta cortando) (las venas|las munecas|los brazos)\b|\b(cut|is cutting|slit) (his|her) wrists\b|"
    r"\b(says|said|threatens) (she s|shes|he s|hes|she is|he is|she will|he will|she ll|he ll) (going to |gonna )?jump\b|"
    r"\bleaving this world\b|\bme voy de este mundo\b|\bya no le (encuentro|veo) sentido a (nada|la vida|vivir)\b|\blo voy a (terminar|acabar) todo\b|\burge (un )?rescate\b|\bse despide de todos\b.*\bya no aguanta\b|"
    r"\b(quemando|quemandome|quemandonos) con (cigarro|cigarros|cigarrillo|la plancha|fierro)\b|\bburning (me|us|him|her) with (cigarettes|a cigarette|an iron)\b|"
    r"\bon (a|the) (call|phone) (right now|now) with (people|someone|them|the kidnappers)\b|"
    # Held, or threatened with a condition that must be met now: counts even after "if"/"si".
    r"\b(nos|me|las|los) dejan salir (solo|nomas) acompanad[oa]s\b|\bnever let us off\b|\bnunca nos dejan bajar\b|"
    r"\bif i (dont|do not) (come out|go out|meet him)\b.*\b(posts?|shares?|leaks?|sends?) my (pics|pictures|photos|nudes)\b|"
    r"\b(pounding|banging) on (the|my|our) door\b.*\b(kill|hurt|matar)\b",
    r"\b(golpe de calor|heat ?stroke|ya no suda|(habla|hablando|dice) (puras )?incoherencias|stopped sweating|(is|he is|she is) (not making sense|delirious))\b",
    r"\b((lips|lips are|lips turning) (blue|purple)|no (puede|puedo) (respirar|despertarl[oa]))\b|"
    r"\blabios\b[\w ]{0,20}\b(morados|moraditos|azules)\b|\b(skin|piel)\b[\w ]{0,20}\b(stays up|stays pinched|se queda (levantada|arriba|parada|pegada))\b|"
    r"\b(bebe|baby)\b.*\b(respira|breathing|breathes)\b[\w ]{0,8}\b(rapidito|rapido|fast|raro|weird)\b",
    r"\b(eyes (are )?rolling back|foaming at the mouth|collapsed|shaking all over|crushing (pain|chest)|arm (is|went|goes) numb)\b",
    r"\b(seizure|seizures|not breathing|can not breathe|unconscious|passed out|fainted|bleeding a lot|bleeding (so )?(bad|badly|heavily)|"
    r"(will not|does not|wont) stop bleeding|heart attack|overdose|poisoned)\b",
    r"\b((se )?(tomo|trago|bebio) (el |un |una )?(veneno|raticida|cloro|todas las pastillas)|veneno (para|pa) (ratas|ratones)|"
    r"(drank|swallowed|took|ate) (poison|rat poison|bleach|all the pills|some pills|pills from|a lot of pills|too many pills|so many pills|way too many))\b",
    r"\b(blood everywhere|sangre por (todos lados|todas partes)|se le rompio la fuente|(her )?water broke|"
    r"(esta|estoy) (pariendo|dando a luz|en trabajo de parto)|(is|am) (in labor|giving birth))\b",
    r"\b(wrote|written) my (letters|goodbye letters)\b|\bya (escribi|deje) mis cartas\b|\b(le|me) (abrieron|rompieron) la cabeza\b|"
    r"\bchoked on\b|\b(se atraganto|atragantad[oa])\b|\bme sangra (la boca|la nariz|la cabeza|el ojo)\b|"
    r"\b(i can hear|i hear|la oigo|lo oigo) (her|him|them)? ?(screaming|gritar|gritando)\b|"
    r"\b(cuchillo|cuchiyo|navaja|knife|blade) (en|in) (la|mi|my) (mano|hand)\b|\b(want to|planning (how )?to|plan to) end it\b|"
    r"\b(the |my )?pills in front of me\b|\b(las )?pastillas (enfrente|frente a mi)\b|\b(do not|dont) think (i will|ill) be here (much )?longer\b|"
    r"\bse encerro en el (bano|cuarto)\b.*\bno (abre|contesta|responde)\b|\b(throwing up|vomiting|vomitando|vomita) (and|y) (confused|confundid[oa]|mareado)\b|"
    r"\btiene sangre en la cabeza\b|\bya no se levanta\b|\b(cabeza abierta|abierta la cabeza|head (is )?split( open)?)\b|"
    r"\b(are not|arent|is not|isnt) (moving|breathing|waking up)\b|"
    r"\b(building|house|room|apartment|shelter|trailer|casa|edificio|cuarto|albergue|cuarteria)\b[\w ]{0,25}\b(is on fire|esta en llamas|se esta quemando|esta ardiendo)\b|\b(baby|bebe)\b.*\b(limp|floppy|aguadit[oa])\b|"
    r"\b(pierna|brazo|pie|mano|leg|arm|foot)\b[\w ]{0,20}\b(negra|negro|black)\b.*\b(apesta|huele|fiebre|calentura|smells|fever)\b|\bmordio (una )?vibora\b|"
    r"\bultimo mensaje\b.*\bgracias (por|x) todo\b|\bgracias (por|x) todo\b.*\bya no voy a molestar a nadie\b|"
    r"\b(hits|beats|hurts) me if\b|\bme (pega|golpea|pegan|golpean) si\b|"
    r"\b(me|nos) (va|van) a (matar|pegar|hacer algo) si (cuento|digo|hablo|le digo|le cuento|les digo|les cuento|denuncio|aviso)\b|"
    r"\bsi cuento lo (que|q) me (hace|hacen)\b",
    # Hunger and thirst for days with a baby or child getting weaker; pills already taken.
    r"\bno (hemos|he) comido (en|desde hace) (\d+|dos|tres|cuatro|cinco|varios) dias\b|\b(bebe|baby)\b.*\b(ya casi no|casi no|barely) (llora|cries|crying|se mueve|moves)\b|"
    r"\b(pills|pastillas|meds|medicinas)\b.*\b(already took|ya se tomo|ya se tomaron|ya me tome)\b|\b(already took|ya se tomo|ya me tome)\b.*\b(pills|pastillas|meds)\b",
    r"\b(nadie|no one|nobody) (me (extranaria|va a extranar)|would miss me|will miss me)\b",
    r"\bonly if (i|we) (go|come|sleep|stay)\b[\w ]{0,30}\balone with\b",
    r"\boverdos\w*\b|\b(can not|cant) (breath|breth|brethe|breate)\b|\bthroat (is )?(closing|swelling)\b|\bse me (cierra|esta cerrando) la garganta\b|"
    r"\b(allergic|alergic) reaction\b|\b(veneno|beneno) (para|pa) (ratas|ratones)\b",
    r"\bno siento (al|a mi) bebe\b|\b(can not|cant) feel (the|my) baby\b|\bswallowed (a|the) (button )?battery\b|\bse trago una (pila|bateria)\b|"
    r"\b(the )?river rose\b|\b(stuck|trapped) on a rock\b|\bat gunpoint\b|\ba punta de pistola\b|"
    r"\bif (i|we) (leave|go out|run)\b[\w ]{0,20}\b(the police|migra|immigration|they|he|she) (take|takes|will take|arrest|will arrest|deport|will deport) (me|us)\b",
    r"\bthinking (about|of) using it\b",
    r"\bwhat is the point\b[\w ]{0,60}\b(bridge|lost everything|anymore|of living|waking up)\b|\bpara que sigo\b[\w ]{0,40}\b(puente|perdi todo)\b|"
    r"\b(baby|bebe)( \w+)? (has not|hasnt|does not|doesnt|no se|no) (moved|move|mueve|ha movido)\b|"
    r"\b(?<!simulacro de )(fire|incendio|fuego) (in|en) (the|el|la) (detention|shelter|albergue|estacion|house|casa|building|edificio|cuarto|room|bodega|trailer|camion)\b",
    r"\bse quiere (cortar|matar|colgar|suicidar)\b|\b(techo|puente|edificio|azotea)\b.*\bse quiere aventar\b|"
    r"\bse quiere aventar (del|desde) (el |la )?(techo|puente|edificio|azotea)\b|\b(wants to|is going to|gonna) (kill|cut|hurt) (himself|herself)\b",
    r"\b(passing out|(blood|bleeding) (will not|does not|is not) stop(ping)?|no (para|deja) de sangrar|"
    r"fever (of|is) (10[3-9]|4[0-2])|(calentura|fiebre|temperatura) de (39|40|41|42)( grados)?)\b",
    r"\b(se (cayo|callo) al (rio|agua|canal|mar)|se (esta|estan) ahogando|se ahoga (alguien|un|una|mi)|se (crecio|desbordo) el rio|se (lo|la) llevo (el rio|la corriente)|(el rio|la corriente) se (lo |la )?llevo (a (mi|un|una|mis|unos|unas|la|el)\b|al )|(got |was )?(pulled|dragged|swept) (under|away by the (river|current|water))|"
    r"drowning|fell in(to)? the (river|water|canal))\b",
    r"\b(scared|afraid|terrified) to go (back )?home (tonight|today)\b.*\b(kill|hurt|beat|hit) me\b|"
    r"\b(miedo|medo) (de|a) (ir|volver|regresar|llegar) a (la |mi )?casa (hoy|esta noche|ahorita)\b.*\bme (mata|pega|golpea|va a matar|va a pegar|va a golpear)\b",
    r"\b(threatens|is threatening|keeps threatening) to (call|report (me|us) to) (immigration|ice|la migra|migration)\b[\w ]{0,25}\b(leave|quit|go)\b|"
    r"\bamenaza con (llamar|hablarle|echarme) (a )?(la migra|migracion|el inm)\b[\w ]{0,25}\b(irme|me voy|renuncio|salir|me quiero ir)\b",
    r"\b((tonight|today) it (all )?ends|it (all )?ends tonight|(hoy|esta noche) se (acaba|termina) todo)\b(?![\w ]{0,8}\b(season|finale|temporada|show|serie|game|juego|sale|promo|el|la|los|las|de|en)\b)",
    r"\b(drank|swallowed|se tomo|se trago|se bebio|tomo|bebio) (chlorine|cloro|bleach|poison|veneno|gasoline|gasolina|thinner|detergent|detergente|pinol|fabuloso)\b",
    r"\b(me estoy|se esta|se estan) desmayando\b(?! de (risa|sueno|aburrimiento|amor|la risa)\b)",
    r"\b(got into|ate|drank|swallowed) the (rat poison|poison|bleach)\b|\bse (comio|tomo|trago) (el|la|las) (veneno|raticida|cloro|pastillas)\b",
    r"\b(going to|gonna|will) (hurt|beat|kill|rape) (her|him|me|us|them) tonight\b|\b(le|la|lo|me|nos) (va|van) a (pegar|golpear|matar|violar|lastimar) (esta noche|hoy en la noche)\b",
    r"\b(pulled|swept|dragged|carried) (away )?by the current\b|\b(se lo|se la|lo|la) (esta llevando|llevo) la corriente\b|\bgetting pulled by the current\b",
    r"\b(el|la|su) (tio|tia|papa|mama|padrastro|madrastra|patron|patrona|jefe|jefa) (lo|la|los|las) (amarra|amarran|encierra|encadena)\b",
]
