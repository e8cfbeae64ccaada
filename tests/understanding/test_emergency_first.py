"""Danger beats every other match: indirect signs of danger must reach the emergency answer."""
import pytest

DANGER = [
    "no me dejan salir de la casa donde trabajo",
    "el patron se quedo con mi pasaporte y no me deja ir",
    "me tienen encerrada en un cuarto",
    "auxilio",
    "me quieren matar",
    "nos tienen amarrados en una bodega",
    "secuestraron a mi hermano y piden rescate",
    "dicen q debo el pasaje y no puedo irme hasta pagar lo que debo",
    "me estan siguiendo desde la central",
    "help me please",
    "they took my passport and lock the door at night",
    "the man says i owe him and i cant leave",
    "im bleeding",
    "someone is following me",
    "they are going to kill me",
    "la señora donde trabajo me quito el pasaporte y dice que si me voy me denuncia",
    "hay un hombre queriendo meterse al cuarto",
    "someone is beating my friend outside, what number do i call",
    "el pollero nos abandono en el monte y ya oscurecio",
    "the smuggler abandoned us by the river",
    "si me pasa algo diganle a mi mama que la quiero",
    "un niño herido aqui en la via, necesitamos ambulancia",
    "mi hermanito se cayo al rio y no lo encontramos",
    "ayudaaaa",
    "heeeelp",
    "mi novio me encerro con llave y se llevo mi cel",
    "hay balazos afuera del albergue",
    "they keep texting me pictures of my kids school saying pay or else",
    "today is my last day, i wont be a burden anymore",
    "a q numero llamo!!! me vienen siguiendo desde la central",
    "hola es urgente!! mi bebe tiene mucha fiebre y ya no reacciona",
    "the pollero dropped us in the middle of nowhere with my 2 kids, its getting dark",
    "jaja no me dejan salir del cuarto",  # laughing does not undo danger words
    "me dijeron q tengo hasta hoy pa pagar la cuota o me queman el puesto conmigo adentro",
    "my husband kicked me in the stomach and im pregnant, it really hurts",  # hurt beats health questions
    "my stepdad is drunk and hitting my mom, im 13 and hiding w my little sister",
    "my ex just texted me hes on his way to kill me",
    "he says if i leave they will charge my family back home for what i owe",
    "se me perdio mi niño en el mercado hace media hora",
    "el niño se tomo el cloro q estaba en la botella",
    "el coyote dijo q lo esperaramos aqui y ya pasaron 2 dias, ni agua ni comida",
    "crushing pain in my chest and my arm is numb, im alone",
    "this is my last message. thank you for everything",
    "hi sorry, theres a man who has followed me for 3 blocks, what do i do",
    "un señor me ha seguido desde la parada",
    "HELP",  # shouted
    "ayuda!!!",
    "being threatened rn",
    "sacame de aqui porfa",
    "please get us out of here",
    "mi cipote se me perdio en el mercado hace rato, tiene 6",
    "subieron a mi hijo a una camioneta blanca ahorita frente al albergue",
    "my 10 yr old didnt come back from the store, its been 3 hours",
    "im 15 and a man keeps telling me to get in his car, im alone at the bus stop",
    "tengo q darle el dinero hoy a las 8 o dice q le corta un dedo a mi primo",
    "es la ultima vez q escribo, cuiden a mi perro",
    "mi bebe tiene 40 de calentura y ya tiene los labios morados",
    "my sister texted me from a bar, the owner keeps her papers and beats her",
    "kiero terminar con todo ya no puedo mas",
    "my 11 yo got on the train alone heading north",
    "he says he'll kill me if i tell anyone, he's in the next room",
    "if i go out they'll kill me, they're waiting at the corner",
    "my girlfriend's ex is outside with a gun rn",
    "got bit by a snake crossing, leg is swelling bad, we're alone",
    "emergencia! mi hijo se cayo del tren",
    "mi hermano hoy llamo q se esta muriendo de sed y no sabe donde esta",
    "maje los de la clica estan en mi casa buscandome",
    "took a whole bottle of pills, feeling real weird",
    "me llego un mensaje con una foto mia de hoy, dicen q ya saben donde duermo",
    "numero de la policia rapido hay un hombre queriendo meterse al cuarto",  # asking for a number: still danger first
    "my daughter is 14 a man took her in a car 10 min ago",
    "there's a car outside my place since last night, same guys who want the cuota",
    "pls come get me",
    "my 13 yo daughter went to meet a guy she met on discord, left 20 min ago and her phone is off",
    "el hombre q me escribia por whats esta afuera de mi escuela y dice q si no me subo a su carro publica mis fotos",
    "me esta ahorcando me solte pa escribir esto",
    "la bebe respira muy rapido y se le hunden las costillitas",
    "i've got the rope ready",
    "toddler swallowed pills from a bottle at the shelter idk how many",
    "me sigen 2 carros",
    "the gang told my son he joins today or they kill him. he's 14",
    "they said if i don't carry the backpack across they'll kill my mom",
    "el del bar dice q si me voy le hace algo a mi mama en honduras, esta afuera de mi cuarto ahorita",
    "el niño vomita todo y no hace pipi desde ayer, estamos en la calle en tapachula",
    "kidnapped. they let me text family to ask for money",
    "a mi hermano lo levantaron hace una hora en tapachula",
    "he has a knife",
    "mi compa se cayo de la bestia y no siente las piernas",
    "help me please im scared",
    "estamos en el cerro, hace un frio horrible y mi hijo tiembla y ya no habla bien",
    "estoy en el puente viendo pa abajo y pensando q seria facil",
    "pregnant and he shoved me down the stairs, stomach hurts bad",
    "tengo 13 y un señor q conoci en free fire esta abajo de mi casa, dice q si no bajo le enseña a mi mama mis fotos",
    "mi sobrino de 10 se perdio en las vias cuando llego la migra, ya van 2 horas sin verlo",
    "grandma with dementia got lost at the bus terminal in cdmx",
    "mi bebe de 3 meses tiene mucha calentura y ahorita se puso moradito y ya no llora",
    "my son's having an asthma attack and we lost the inhaler, his lips are going gray",
    "hands zip tied, back seat, typing with one finger",
    "dad went to pick up a western union and didnt come back, a man called from his phone, 80k pesos today",
    "ya le escribi una carta a mi mama, creo q es mejor q ya no siga aqui",
    "no se si es real pero ahorita me paso a mi esposo al telefono y si era su voz, le pegaron",
    "urgent, the kidnappers are on the other line right now asking for an account number, should i pay??",
    "me estan mandando fotos de mi casa y de mis hijos saliendo de la escuela",
    "estan pateando la puerta del cuarto, es mi ex pareja",
    "perdi a mi grupo, estoy sola en el cerro, oigo perros",
    "ya no quiero seguir, tengo las pastillas aqui",
    "the guide told us to wait and never came back, 14 hours now, 3 kids with us, waters gone",
    "fell off the wall, cant move my legs, im on the mexican side by the fence",
    "despues de la deportacion perdi todo, esta noche me tiro del puente, solo queria q alguien supiera",
    "mi mujer esta de parto en el camion y el chofer no quiere parar, ya se ve la cabeza",
    "les dejo a mis hijos encargados con mi hermana, ya me voy a ir para siempre, perdon",
    "los de la banda quieren que mi hermanito de 13 sea halcon, dijeron q si hoy no se presenta lo levantan",
    "el encargado del albergue entra de noche al cuarto de las mujeres, anoche me toco y dijo q hoy regresa",
    "mi mama tiene alzheimer y se perdio en la central del norte en cdmx",
    "hay un niño solito llorando en las vias y ya viene el tren",
    "dijeron que tenemos hasta el domingo pa dar 500 pesos cada uno o matan a uno de nosotros",
    "me corto los brazos cuando me siento asi y hoy es peor, creo que esta vez si lo hago",
    "se me esta acabando el aire aqui adentro del camion",
    "the river is too strong, my brother just got pulled under",
    "I have the pills in my hand",
    "guy with a knife outside my room",
    "just saw two teens being forced into a van at the gas station",
    "wat do i do if im in a stash house rn",
    "Someone in my group has been throwing up blood since this morning, we're on the road",
    "soy diabetica y se me acabo la insulina hace 4 dias, estoy vomitando y veo borroso",
    "my mom's phone is dying but she texted me from a house in reynosa, the coyote won't let them leave",
    "on the train, men with machetes robbing everyone",
    "me quiero ir con mi mama q ya murio, hoy lo hago",
    "cual es el numero ya me van a llevar",
    "is the tapachula office open im being chased",  # asking for the office: danger first
    "telefono de emergencia ya tumbaron la puerta",
    "a doña rosa el marido le puso un cuchillo en el cuello",
    "outside the shelter a black van is waiting for me",
    "on the roof now. bye",
    "me corte las venas",
    "tengo 12 y el novio de mi mama me quiere hacer cosas, esta aqui",
    "what number do i call theyre breaking in",
    "ya me voy a descansar para siempre",
    "where is the office they found me",
    # Long messages that ask something else first (emergency_dev9).
    "Hey. Are there any work programs for young people returning from the US? I'm 17. ICE dropped me at the border "
    "and a man offered me a job, I got in his car and now he won't let me out",
    "Good morning. I have a question regarding asylum. I applied at COMAR last month in Tapachula. Right now the same "
    "MS guys who threatened me in San Salvador are parked outside the shelter gate",
    "Hola. Estoy buscando ayuda para mi hermano, me llamó diciendo que estaba encerrado en la estación migratoria y que "
    "empezó un incendio adentro, que no abren las rejas",
    "hey, a couple questions. first where's your office in Acayucan? second, is bleach poisonous? my 2 year old drank "
    "from a bottle of cleaning liquid 10 min ago",
    "Hi. My dad is 60, we're at a shelter in Saltillo. about 15 minutes ago he suddenly couldn't talk right, the left "
    "side of his face is drooping and he can't lift his arm",
    "hola señores, el tramite de regreso voluntario es gratis? la señora que me dio trabajo en su casa me tiene bajo llave",
    "she is 7 months pregnant, since this morning she has a very bad headache, her face and hands are swollen",
    "the current took us, he made it to the bank but I'm holding onto a branch, I have no strength left",
    "my neighbor's kid, like 10, is alone with the stepdad and he's beating her, i can hear her screaming",
    "ya le pague 2 veces al pollero y dice q todavia debo 3 mil dolares, nos tiene trabajando en su terreno",
    "grown man messaging my little sister (11) asking for videos and to meet at the park at 6 today",
    "an old man in our group has chest pain and is sweating a lot, his face is grey",
    # Second-language and phonetic writing (emergency_dev10).
    "mi mama en juarez, ella llama dice ella secuestrada, ellos pide dinero pa soltar ella",
    "pitit mwen perdio en la estacion, 5 año, no encuentra",
    "yo cansado de vivir, yo piensa tira mi al rio",
    "mi hermana 15 años la tiene un hombre, dice que es su mujer ahora, ella llora por telefono",
    "yo camina 3 dia, perdido, tengo sed, telefono poca bateria",
    "ayudenme por dios mi ijo esta en el desierto solo lo dejo el pollero",
    "tengo dolor en el pecho fuerte i el braso se me duerme",
    "mi papá nos dejó solos en el hotel hace 3 días somos tres hermanos y no tenemos comida",
    "my child fever very high and he is shaking, hospital send us away",
    "my little brother 12 years they make him carry drugs he is with them now",
    "i am nepali, no money no food, employer not paying 4 months, he threaten to kill if i complain, still there",
    "help kidnap",
    # Exploitation and control now, and writing in secret (emergency_dev11).
    "el patron dijo q al q se queje lo mata",
    "my landlord says if i dont pay tonight he will hand me over to the cartel",
    "me tienen en un cuarto en reynosa y le piden dinero a mi familia",
    "no lo dejan volver a la casa, lo tienen de halcon",
    "li pa kite m soti, patron pran pasapo mwen",
    "my uncle hits me if i ask to go to school",
    "he checks my phone every night, delete this",
    "el revisa mi cel, borra esto",
    "if i stop answering it means he is back",
    "no me contestes con el nombre de ustedes, pon q eres mi prima",
    "no puedo llamar solo texto",
    # Danger told inside a topic question (emergency_dev12).
    "what is the hotline? some men called, they have my son tied up and want money by tonight",
    "q es la comar? los de la mara q me buscaban ya estan aqui en la colonia",
    "which clinic takes people without papers, my baby has a fever of 104",
    "donde hay oficina? el señor q me renta me saco un cuchillo y sigue afuera",
    "does iom have counselors? i wont make it through the night, i have been saving pills",
    "theres a little girl maybe 5 alone at the bus stop for hours, nobody came",
    "my sister is in a trailer with no air and people are passing out",
    "the taxi driver wont let me out, no me deja bajar y ya salimos de la ciudad",
    "the same car has been parked across the street since morning",
    # Danger asked as "is it normal / is it legal", or told with how long it has lasted (emergency_dev13).
    "es legal q nos cierren por fuera en la noche? asi estamos desde enero",
    "is it normal that my boss says he will shoot me if i quit",
    "tengo 15 y la señora dice q tengo q atender a hombres pa pagar el viaje",
    "es normal tener contracciones cada 4 minutos? tengo 31 semanas",
    "mi niña la pico un alacran hace media hora y esta babeando",
    "mi padrastro me toca desde hace meses y hoy se queda solo conmigo",
    "my moms boyfriend keeps coming into my room at night",
    "ya son 3 meses sin ver la calle",
    # Teenagers in their own voice (emergency_dev14).
    "dice q si no le mando mas fotos las sube a face",
    "he wants 300 or he posts my pics",
    "mi novio me estrello la cabeza contra la pared y estoy mareada",
    "nadie me extrañaria si me voy hoy",
    "tengo el cutter aqui y muchas ganas de usarlo",
    "hay un vato en moto afuera de la escuela, el mismo de ayer",
    "a car has been driving behind me for 3 blocks",
    "mi jefa me saco a la calle, son las 12 y no tengo donde dormir, tengo 16",
    # Accidents, uniformed men abusing now, asking to be fetched (emergency_dev15).
    "se volco la combi y hay dos q no se mueven",
    "le cayo la barda a mi tio y no lo podemos sacar",
    "the bus flipped over and people are bleeding",
    "earthquake just hit and my mom is pinned under the wall",
    "se prendio el cuarto del albergue",
    "les mando mi ubicacion, vengan por nosotros",
    "im sharing my live location, battery almost dead",
    "me perdi del grupo y no se donde estoy",
    "los soldados estan jaloneando a las muchachas en el reten",
    # Witnesses who see danger now (emergency_dev16).
    "hay dos chavos trabajando encadenados en el taller de enfrente",
    "i hear kids crying inside a van on my street",
    "a man keeps bringing a different young girl to the motel room",
    "mi compa se quiere cortar, ya agarro un vidrio",
    "hay un chavo en el techo del edificio y se quiere aventar",
    "one of the women says the guy who sold her is parked outside",
    # The widest mix (emergency_dev17).
    "me dieron hasta el lunes pa pagar o queman el puesto con nosotros adentro",
    "hoy vinieron armados los que cobran la cuota, dijeron que es el ultimo aviso",
    "my stepdad beats my little brother every night",
    "got stabbed, pressing a towel on it",
    "im pregnant and the baby hasnt moved since yesterday",
    "mi hijo se cayo al suchiate",
    "fire in the shelter and the doors are locked",
    "huele bien fuerte a gas y mi abuelita se siente mal",
    "in detention, they took my insulin and i feel very sick",
    "shots outside, everyone is on the floor",
    # Danger said through a question to the bot itself (emergency_dev19).
    "are you a real person? i need someone to come get me",
    "do you speak creole? my cousin is hurt bad and we are hiding",
    "ustedes me pueden sacar de aqui?",
    "bot o humano, rapido",
    "can you call 911 for me, i can only text",
    "es anonimo esto? mi tio toca a mi hermanita y estan solos",
    "el chat es privado verdad? voy en la cajuela de un carro",
    "can he see my messages if i delete them? he's coming home in 10 min",
    # Told in one breath by voice, the question first (emergency_dev18).
    "hola queria saber si me pueden ayudar a salir de aqui porque hoy en la noche van a entrar a quemar las casas",
    "queria preguntar lo del acta pero unos tipos dicen que ahora trabajo para ellos y me tienen en una casa",
    "llevo cuatro dias sin comer y el chiquito ya no quiere despertar y respira muy despacito",
    "I'm in a hotel room with a gun and I've been thinking about using it all night",
    "un tipo me dijo que ya sabe quien soy y que mañana me espera con el dinero o se lleva a mi hija",
    # Played down (emergency_dev20) and street slang (emergency_dev21).
    "i'm fine but he is walking toward our bunkhouse now and said the ones who complained won't be found",
    "no es urgente pero estan forzando la puerta del cuarto",
    "not urgent probably, the halcones are coming for him tonight",
    "perdon, seguro no es nada pero ya no siento al bebe",
    "sorry, i took the whole bottle of my sleeping pills 10 min ago",
    "the boat guy stopped in the middle of the river and says pay or swim",
    "la clica me dio hasta el viernes pa la renta o me quiebran",
    "tengo un cuete apuntandome mientras escribo",
    # Second-language writing from many origins (emergency_dev22).
    "perdido en selva, 3 dias, agua termina",
    "ellos dice yo debe trabajar 18 hora, si duermo pegan",
    "cubanos secuestrados en reynosa, piden 2 mil cada uno",
    "robbed with knife, lot of blood",
    "baby 2 week very hot, not eating, shaking",
    "the man I rent from put lock on our door from outside",
    "somebody stab my friend, he on the ground",
    # The key words misspelt (emergency_dev23).
    "me quiero cortar las benas",
    "i overdosed on my pils",
    "my baby is chocking what do i do",
    "alergic reaction my throat closing",
    "mi bebe se esta combulsionando",
    "nomedejan salir",
    "se robaron a mi niño en el parque",
    "guy with a nife outside my room",
    # Older people and people with disabilities (emergency_dev24).
    "mi abuelita se cayo y no se puede levantar",
    "the shelter left my grandpa outside, hes on oxygen and the tank is almost empty",
    "officer says my kids go through only if i go to the back room alone with him",
    "mi papa anda perdido, tiene alzheimer y no regreso",
    "no tengo mis pastillas de la epilepsia y ya me dieron 2 ataques hoy",
    "my autistic son is on the roof and hes going to fall",
    # Spanglish mid-phrase, and danger told as a need (emergency_dev25).
    "mi tio is drunk y anda con un cuchillo",
    "los de la esquina dicen q today me levantan",
    "how do i get out of this house without him noticing",
    "necesito salir de aqui antes de que regrese",
    "somewhere to hide please",
    "where can i go right now, my stepdad is looking for me with a bat",
    # Men in uniform, messages cut off, the body, someone in one's care (emergency_dev26).
    "officer at the checkpoint told me get in the back room alone or my whole group stays locked here",
    "camioneta gris. 4 hombres. km 40",
    "pls hurry gas station hwy 57 white van",
    "un señor me sigue desde la parada",
    "EMERGENCIA", "es una emergencia, estoy encerrada",
    "hace frio y estamos mojados desde anoche, los labios de mi hija estan morados",
    "baby had diarrhea all day and wont drink anything now, her skin stays up when i pinch it",
    "policia quita todo y pega mi hermano aorita",
    "my child very sick no eat no drink 2 day, we sleep in street",
    "el bebe tiene 2 meses, tiene mucha calentura y respira rapidito",
    "how many days can they hold someone for ransom? they've had my uncle for 9 days",
    # Still inside, told as "is it normal / can I report" (emergency_dev13).
    "puedo denunciar aunque todavia estoy adentro? el dueño nos vigila con perros",
    "yo trabajo casa señora 4 mes, ella no deja salir, no paga, es normal en mexico?",
    "es normal que te cobren piso en el albergue? dicen que si no pagamos hoy se llevan a mi hijo",
    "es legal que me tengan en el sotano?",
    "unos que dicen que son policias tienen a mi hermano, si no mando 5 mil en una hora le cortan un dedo",
    # Young people (field_dev12).
    "my little cousin is being groomed on roblox, the guy asked for her address today and she gave it",
    "jaja ntp pero el wey con el q salgo dice q si lo dejo sube mis fotos y me mata, y hoy me pego",
    "oigan nada mas pa saber, si alguien dice q me va a matar si cuento lo q me hace, es normal tener miedo?",
    "no hemos comido en 4 dias y mi bebe ya casi no llora",
    "quick q, how many pills is too many? asking for a friend who already took some",
    # Deportees in US slang, detention now, parents about a teenager (emergency_dev27).
    "got a text w a pic of me outside the shelter saying 'we see you'",
    "my homeboy got took by some guys in a black suburban like 10 min ago",
    "guards beating a haitian guy right now bc he asked for his lawyer",
    "they said no food until i sign. day 2 without eating",
    "how long does it take to get my INE? btw some dudes keep calling saying they know where my mom lives and i gotta pay by tonight",
    "a mi hijo de 14 lo estan reclutando unos de la colonia, hoy en la noche lo van a recoger",
    "mi hija de 15 ya esta en la central de autobuses con el, no quiere regresar",
    # field_dev13.
    "i keep getting texts threatening my family back home unless i pay, they know my name",
    "mi chamo no ha llegado y un numero me manda fotos de el todo golpeado, que hago",
    "strange people asking for me at the shelter reception and the staff gave them my room number",
    # Extortion in progress, coded language, danger called normal or buried (emergency_dev28).
    "im typing with one hand bc the extortion guy is still talking, he says dont tell the police or else",
    "if i say pizza it means i need help. pizza",
    "im fine!! everyone here is super nice!! (they are watching me type)",
    "my 'boss' is at the door. if i stop writing you know why",
    "nos detuvieron unos q dicen ser policias pero no traen uniforme, nos tienen hincados",
    "at a checkpoint near tuxtla, men without uniforms pulled my sister out and put her in a car",
    "mi papa me quema con el cigarro cuando se enoja. hoy esta muy enojado",
    "my boyfriend only hits me when hes drunk, which is like every day, anyway what are the office hours",
    "lol its fine, the guys at the house say i owe them and cant leave till i pay, they take all my tips",
    "im ok just tired of everything, gonna end it tonight probably. anyway how do i get a curp",
    "queremos regresar a nicaragua. anoche unos tipos vinieron a buscarlo y dijeron q vuelven hoy para llevarselo",
    "i was deported two months ago. the guy who gave me a place to stay says i owe him and wont let me leave, he has a gun",
    "im a returnee, got back in march. theres a guy following me since i left the shelter an hour ago",
    "en la cocina el dueño me guarda el pasaporte. la semana pasada se lo pedi y me pego. hoy se lo tengo q volver a pedir",
    # Only the classifier caught these, with one training draw: the cues must not depend on it.
    "my ex is outside screaming and trying to get in through the back door",
    "entro la guardia a la casa pateando puertas, a mi hermano le abrieron la cabeza",
    "bus flipped on the highway outside palenque, people still inside",
    "help a boy is hanging off the side of the train",
    "gf is 17, some guy has her in a hotel and is posting her on a website",
    "they put a note on my door with a bullet taped to it. my name is on it",
    "ultimo mensaje, gracias x todo, ya no voy a molestar a nadie",
    "using wifi from the shop downstairs. they dont know i have this old phone",
    "tengo el cuchiyo en la mano y ya no kiero seguir",
    "mi niño se trago unas pastillas de la señora del albergue, no se cuantas",
    "my mother fall down and don't wake up",
    "There's a man who has walked behind me for 6 blocks. When I stop, he stops.",
    "i'm supposed to be asking about programs for returnees but honestly i just want to end it, i've got the rope",
    "mi hermano se encerro en el baño y no abre, se oyo q algo se cayo",
    "sitting by the border wall in the sun for hours, my husband is throwing up and confused",
    "me escuchan si mando audio? no puedo escribir mucho, se va a dar cuenta",
    "un señor con chaleco de la guardia dice q si no le damos 500 c/u nos deportan hoy mismo",
    "no es para tanto pero el señor de la casa entra a mi cuarto en la noche y tengo 15",
    "baby is 2 weeks old and hasnt eaten since yesterday, shes limp and hot",
    "mi hermana no contesta desde ayer y el pollero me pide 3 mil dolares pa soltarla",
    "q apoyos hay para sacar mi ine? unos policias nos estan golpeando y uno de los otros ya no se levanta",
    "if someone is holding you against your will but lets you use the phone, is that kidnapping? asking for me. i'm still here",
    # A general sample by a new author (emergency_dev29).
    "mi mama no contesta desde hace 2 dias, lo ultimo que me dijo es que la tenian en una casa con otros migrantes",
    "mi hija esta desaparecida desde ayer en cdmx, tiene 14",
    "me golpearon los guardias y tengo la cabeza abierta, sigo en la estacion migratoria",
    "my brother is in immigration detention, he's very sick and they wont give him a doctor, he can barely talk",
    "the building we rent in is on fire",
    "a truck hit our group on the highway, 2 people arent moving, near acayucan",
    "my sister texted me 'help' and now her phone is off, she was crossing with a coyote in sonora",
    # Barely typed: fragments, sound spelling, a hidden phone (emergency_dev30) and the border (field_dev14/15).
    "sekuestro. tapachula. x fa",
    "hace mucho calor aki adentro somos como 40 en el camion ya no se respira",
    "el rio se llevo a mi primo ahorita en piedras negras",
    "not sure if i should write here but my uncle touches my little sister and he's home alone with her right now",
    # Caught only by the classifier until 19 example phrases were added: now each has a cue.
    "en la empacadora nos dejan salir solo acompañados y si alguien se tarda le descuentan y le pegan",
    "passport gone, phone gone, this is a borrowed one",
    "no me mandes audios, escucha todo",
    "what happens if you overstay? anyway my husband says he'll report me to immigration and take the baby, he's packing the baby's stuff right now",
    "estoy en la terminal de tuxtla tengo 13 y un señor me dice q me vaya con el y me agarro del brazo",
    "police stopped his bus, they have everyone kneeling on the side of the road and one is pointing a gun at his cousin",
    "tengo derecho a salir a comprar? el de la cantina dice que las muchachas no salen hasta que paguen",
    "my older cousin makes me sell stuff at school and says he'll break my legs if i don't have his money by 6",
    "my wife is 7 months and having contractions in the migration station, they told her to sit down and shut up",
    "the INM guy just slammed a kid's head on the table",
    "en tiktok una chava esta en vivo diciendo q se despide de todos y q ya no aguanta, q hago",
    "mi sobrino de 16 se fue con unos chavos a hacer un jale y no regresa, me mandaron mensaje q ahora es de ellos",
    "gave away all my stuff today. wont need it",
    "mi hija de 12 se fue con un hombre que le prometio trabajo, lo ultimo q mando fue ayudame",
    "la patrona dijo q si le cuento a alguien le hace algo a mi hijo, que esta aqui encerrado conmigo",
    "a mi hija la acosa un tipo por el cel y dice q ya esta afuera de la escuela esperandola",
    "la maña dice q si no pago la cuota pa mañana me tablean",
    "carnal ya me encontraron los del cartel, me dieron hasta las 6 pa pagar o me levantan",
    "un muchacho ciego esta en medio de la avenida y los carros pasan rapidisimo",
    "someone is siguiendome desde la parada del bus, a black truck",
    "we work on the fishing boat and they never let us off at port, one guy got thrown in the water last week for complaining",
    "q alguien venga ya 😭😭 m siguen 2 hombres en moto 🏍️",
    "can i ask for asylum at the border or do i need an appointment first? they found where were staying and called my husband saying tonight",
    "my dad is on a call right now with people saying they kidnapped me but im fine, he wont pick up my calls, theyre asking him for money",
    "stuck on top of la bestia and its raining hard, my friend is slipping",
    "porfa no se si esto es la oim pero me estan quemando con cigarro pa q mi familia pague",
    "my cousin's 16, went to cancun for a 'job', just sent a whisper voice note saying they locked her in",
    "im 14 and a guy i met on discord is at the oxxo by my house. says if i dont come out he posts my pics",
    "mi hermano esta en el desierto solo, le queda 5% de pila, me mando esta ubicacion",
    "wrote the letter, leaving this world",
    "estoy en una casa con otras chicas y nos anuncian en internet, el señor tiene las llaves y nuestros pasaportes",
    "mi hija de 2 años se cayo de la litera, esta vomitando y se quiere dormir",
    "ya no le encuentro sentido a nada, solo kiero despedirme de mi mama",
    "someone is pounding on the door saying they'll kill me if i dont open",
    # Regional voices (emergency_dev32).
    "yo my little cousin is alone at the bus station, he's 11, the guy who was bringing him just left him there",
    "estamos en la hielera hace 2 dias con mi chavala q tiene calentura altisima, ya casi no abre los ojos",
    "nuestro hijo chiquito 3 años tiene diarrea mucho y vomito, ya no llora ya",
    "tengo mucha sed, no tenemos agua hace dos dias en el desierto ayuda",
    "acere mi consorte se corto las venas, esta en el baño, no se que hacer",
    "my girlfriend says she's going to jump, she's on the roof of the shelter right now",
    "my pitit is sick very bad, 2 years old, he not wake up good, we are in shelter in Tapachula",
    # Long polite messages and witnesses (emergency_dev31).
    "Holaa, una pregunta rapida jaja perdon. Mi hija de 14 se fue con un novio que conocio por facebook, llego hoy y le quito el celular. Ya no contesta.",
    "mi amiga se fue a una entrevista de trabajo esta mañana y dijo que si no me escribia a las 3 era porque algo pasaba. son las 5 y nada",
    "ella dice que si no regreso con el dinero de hoy me deja sin comer otra vez y que a mi hermanito le pega",
    "her padrastro just told her she's going back to mexico tonight with some guy to 'pay off' what they owe. she texted me crying",
    "he said if i tell anyone he'll send the pictures to my whole family and my school. he wants me to meet him tonight at the hotel. im 14",
    "I can hear knocking and voices coming from the trailer of the truck parked next to me. The driver's gone",
    "hiii sorry for the long text lol. her bf locked my room from outside and said i'm not leaving until i 'learn respect'",
    "my mom went to pay the 'cuota' to the guys at the market 2 hours ago and she hasnt come back. her phone goes straight to voicemail",
    "I'm scared for my girlfriend, her trafficker found her at the shelter and is waiting outside",
    "A migrant mother just came in saying her husband will kill her when she gets home. She's in my office now.",
    # Lost by the classifier under another random draw of its training copies: now each has a cue.
    "hay forma de pedir refugio estando en chiapas? dos tipos en moto pasaron 3 veces frente a la casa hoy, ahi siguen en la esquina",
    "the gang from back home found my number here in mexico and sent a pic of my door",
    "uso silla de ruedas, se me poncho la llanta en medio de la nada y ya esta oscureciendo, ando solo",
    "no puedo hablar bien pero",
    "sister 12 is with a man taking her across tonight, mom doesnt know where",
    "my girlfriend went to juarez for a factory job, now a man answers her phone and says she owes him and she cant talk",
    "mi hijo no aparece desde ayer en la tarde, salio a la tienda aqui en tapachula y no regreso",
    "ok so a man is dragging a woman by the hair down my street and nobody is doing anything",
    "the boat is filling with water, there are kids here",
    "fake cops have us. guanajuato i think",
    "i wanna disappear for real this time",
    "SMOKE EVERYWHERE CANT SEE",
    "neighbour kid locked on the balcony in the sun for hours, screaming",
    "los halcones reportaron donde estamos, ya viene la camioneta, nos vamos a esconder pero a donde",
    "necesito esconderme ya",
    "gang guys in the camp told us every family pays 100 dollars by sunday or they take a kid",
    "1 hour left, they say they'll kill my brother",
    "todo es mi culpa ya tome el veneno",
    "mi hijo esta con el pollero y me piden 2000 dolares o no lo sueltan",
    "cut my leg on the barbed wire 4 days ago, now my whole leg is red and hot and i have chills. boss says no doctor",
    "asking for myself: is it trafficking if the boss says you owe him and you sleep in the kitchen and never go out? since last summer",
    "my cousin slipped off la bestia near orizaba, the wheels got his foot, we tied a belt on it",
    "the raft flipped, my friend went under, im on the bank screaming his name",
    "my son 7 years missing since one hour in the park",
    "tengo la mano hinchada y morada desde q me cai del tren y ya me da calentura y escalofrios",
    "m ban a matr",
    "voy a hacer algo tonto esta noche, ya lo decidi",
    "ellos agarra mi hermano, pide 3000 dola ahora mismo o lo mata",
    "at the mexico city airport a man is rushing a girl through saying shes his daughter but she mouthed help to me",
    "cashier at a pharmacy, a man is buying morning after pills for a girl who looks 12 and she wont look up",
    "a girl at school got a message from a man saying if she doesnt come out now hell hurt her mom",
    "un guardia me dijo que esta noche me va a sacar de la celda para que este con el y que si digo algo me deporta",
    "perdon si exagero pero mi esposo saco la pistola y dice q hoy se acaba todo",
    "jajaja q pena escribir aqui pero mi ex se metio a la casa y esta rompiendo todo, estoy escondida en el baño con la niña",
    "they told me to be halcon at the checkpoint or they go after my grandma back home",
    "kiero huir de donde trabajo pero cuidan la salida",
    "gave my phone password to my friend and my dog to the neighbor. wont need them after tonight",
    "landlord says hes bringing his cartel friends tonight if we dont get out, we have 3 kids",
    "hola soy yo otra vez, ya entraron a la casa",
    "los que me secuestraron me soltaron para ir por el dinero y tienen a mi hermano todavia, me dieron hasta las 6",
    "mi chamaco iba en el tren y unos lo bajaron, el ultimo audio q mando se oian disparos, de eso hace 1 hora",
    "un vato me anda siguiendo en moto, ya me pregunto de donde soy, me meti a un oxxo",
    "un señor me ofrecio pasarme si llevo una mochila, le dije q no y dice q si no voy me busca, esta esperandome en la puerta",
    "me acaba de llamar un tipo diciendo q me esta viendo por la ventana, sabe q ropa traigo",
    "who reads these messages? i need to tell someone something and he's in the next room",
    "me quede sin agua por altar y veo luces pero no se si son de la migra o de la maña, ando solo",
    "cubanos secuestrados en Tamaulipas, piden 3 mil cada uno, tenemos 2 niños con nosotros",
    "my wife is in labour in the street, no ambulance come",
    "mi ex esposo esta aqui en la puerta de la casa diciendo q se lleva a los niños",
    "es normal que el patron me tenga encerrada en el cuarto cuando el sale?",
    "hoy una muchachita salio corriendo semidesnuda y el la metio otra vez jalandola del pelo",
    "lost our little boy in the crowd at the bridge, 4 yrs old, red jacket 🙏",
    "snake bit my leg in the jungle, its swelling fast",
    "my son sent me his location and a voice note that just says mom. now nothing",
    "they'll cut my finger if my family doesnt pay today, im here with them",
    "una señora embarazada en el tren dice q ya le vienen los dolores bien seguido y estamos en medio de la nada",
    "me pegaron los guardias en la estasion migratoria y me siguen pegando, tengo la cara rota",
    "mi hermana no contesta desde ayer y el pollero me pide 3 mil dolares pa soltarla",
    # Online and phone danger (emergency_dev33), the body and the place (34), work, home and authorities (35), a poster (field_dev17).
    "me llego un mensaje con capturas de mi videollamada desnuda y un numero de cuenta, dice que tengo hasta mañana a las 9",
    "el man me da 30 minutos pa depositar o publica todo en tiktok, no tengo ese dinero, soy migrante estoy en tapachula",
    "tengo 14, un señor q conoci en free fire dice q me paga el bus pa irme con el hoy a otra ciudad y q borre los chats",
    "el muchacho de insta dice que si no voy a verlo hoy le manda a mi mama lo que hablamos, tengo 13",
    "mi hijo esta en llamada con alguien de free fire que le pide que diga donde vivimos y que salga a la esquina",
    "a man from a game keeps telling my sister (13) he loves her and that today they run away together. she packed a bag",
    "alguien me manda capturas de mi ubicacion en google maps cada 10 min y dice q ya casi llega",
    "un numero dice ser mi tio y ya sabe en que albergue estoy, dice que viene por mi a las 5, mi tio esta en guatemala",
    "got voice notes all night from a number, a man saying he's gonna cut me if i don't pay the cuota by tomorrow",
    "audio de whatsapp: 'ya te vimos catracha, a las 10 pasamos por ti'. estoy sola con mis hijos",
    "they sent a voice note with my kids names and school, said today they take one if i don't pay",
    "publicaron mi direccion en un grupo de facebook diciendo que soy la venezolana que robo, ya hay gente afuera gritando",
    "doxxed. address, phone, my daughter's school. threats coming in every minute. we're in cdmx",
    "met a girl on an app, went to her place and 3 guys came out, they're asking for my bank app password, one has a knife",
    "ayuda sextorsion",
    "a mi hija la estan amenazando por instagram, le dicen q si no manda video la van a buscar a la escuela, ya salio y no ha llegado",
    "a guy from free fire is at my door now pretending to be a delivery, i'm alone, 13",
    "ay no se si exagero pero el wey de tiktok ya sabe mi escuela y hoy me mando foto mia saliendo, dice q mañana me espera",
    "stuck at the 'job' in monterrey, recruiter said 2 weeks, it's been 2 months, guards at the gate, they listen to our calls",
    "my brother hit his head on the fence when he fell, now he's talking weird and throwing up",
    "caimos del vagon, mi primo no responde",
    "my cousin touched the cables on top of the train, he's burned all over and not talking",
    "the cut on my hand from the barbed wire is all swollen with red lines going up my arm, and I'm burning up",
    "a mi hijo se le infecto la rodilla, tiene fiebre altisima y ya no quiere comer ni hablar",
    "tengo la piel roja y seca, ya no sudo y me revienta la cabeza, aqui no hay sombra",
    "mi compa esta diciendo cosas sin sentido por el calor, lo pusimos bajo un arbol pero no mejora",
    "mi hermana tiene 8 meses y le dio un dolor fuertisimo en la panza, se puso bien palida",
    "souple, my wife belly pain bad bad, blood coming, we in a room no doctor",
    "el bebe ya nacio pero yo no paro de sangrar",
    "mi abuelito se puso mal de repente, no puede hablar y tiene la boca chueca",
    "the bus turned over, lots of people hurt, we're on the highway near acayucan",
    "cruzando el bravo mi hija se me solto, ayudenme",
    "la pared se derrumbo, hay niños atrapados, estamos en juarez",
    "fuego fuego ayuda",
    "everyone would be better without me",
    "gracias por todo, diganle a mi mama que la quise mucho",
    "honestly i'm done. said bye to my mom already. just wanted someone to know",
    "en el taller nos bajan la cortina de metal desde afuera, trabajamos 16 horas, si me quejo dice que llama a la migra",
    "dice el encargado que hoy me multo por romper un plato y que ya no me voy en diciembre como quedamos, me escondio mis documentos",
    "the federal agent on the bus is taking the phones and money of everyone with no papers, he says the girls come with him to the back",
    "official said pay 200 dollars each or we stay here 'forever', we're shut in a container at the checkpoint and its so hot, kids are fainting",
    "el agente dice que me deja pasar si voy con el a un cuarto, mi hija esta conmigo y tengo miedo que se la lleve a ella",
    "im in acayucan detention, the man in charge says the women must 'clean' his office at night, my friend didn't come back",
    "secuestro ahorita",
    # Children writing themselves (emergency_dev36); danger as an aside in a practical question (emergency_dev38).
    "ola soy karla tengo 9 años y no encuentro a mi mami en la central de camiones 😢 ayudaa",
    "un señor me dijo q si le digo a alguien le va a hacer algo a mi mami",
    "ya son 4 dias q no comemos nomas agua, mi hermanito ya no quiere ni jugar",
    "el muchacho del albergue me dijo q si no hago lo q el dise va a lastimar a mi hermanito",
    "estoy en tapachula y no encuentro a mi mama desde ayer, dormi en el parque solita",
    "my uncle said if i tell anyone what he does to me they will deport us",
    "the lady says if i try to call my mom shell hurt my little brother",
    "cuanto sale un bus a guatemala? hay q irnos hoy, los mareros que nos sacaron de honduras ya nos encontraron aqui y estan afuera del cuarto",
    "buenas, cuanto cuesta regresar a honduras? el señor de la bodega ya no nos deja salir y somos como 12",
    "a que hora sale el tren, digo, cual es la ruta menos peligrosa... ya no importa, estamos arriba del tren y subieron unos con machetes cobrando",
    "solicitud de refugio x fa, soy periodista de nicaragua y hay gente de la embajada siguiendome desde el hotel, ya me tomaron fotos",
    "mi pregunta es sobre retorno a ecuador, pero ayudenme primero, el hombre con el que vengo me ahorca cuando se enoja y esta borracho ahorita",
    "cuanto sale un taxi del aeropuerto al centro? un tipo me esta jaloneando para que me vaya con el, dice que el me consiguio el trabajo",
    "una pregunta como funciona lo de la condicion de refugiado... mejor luego, ahorita hay uno con pistola en el patio buscando a mi hijo",
    "tienen transporte pa menores? mi hijo de 12 esta solo en una casa con unos que le pegan, me mando audio llorando hace 10 minutos",
    # Very short and mixed-language (emergency_dev40); women alone, street danger (39); relatives far away (41).
    "traila sin aire",
    "nos asfixiamos en el camion",
    "navaja en mi cuello",
    "balazos cerca ayuda",
    "juarez secuestrados ayuda",
    "reynosa secuestrados",
    "they found us",
    "help hotel room 12",
    "hide where???",
    "meu filho não respira",
    "ajuda no trem",
    "èd mwen",
    "anmwe!!",
    "yo kidnape nou",
    "yo pral touye m",
    "m bloke nan kay la",
    "ed mwen yo ap swiv mwen",
    "anmwe ayuda secuestro",
    "el pollero separo a las mujeres y nos dijo q a la noche pasa una x una",
    "a group of men on motorbikes are circling me, theyre yelling go back to your country",
    "the landlord said if i cant pay rent i pay another way, hes coming at 10. its 9",
    "how do i get out of a moving car, the driver keeps saying relax mami",
    "ya me alcanzaron",
    "tengo 14 y mi padrastro me dice q cuando mi mama se duerma viene, ya se durmio",
    "the coyote says the women have to pay with our bodies tonight before we cross",
    "ayudaa, los vecinos le prendieron fuego a nuestra casita de lamina con nosotros adentro",
    "somos 4 mujeres y los del rancho dicen q hoy hay fiesta y q nos toca atender",
    "el tipo q nos renta cobra con 'favores' y hoy dice q me toca a mi, mi hija esta conmigo",
    "otra vez esta aqui. el de la otra vez. esta abajo de mi ventana",
    "no tengo a quien decirle, mi tio con el q vengo viajando se mete a mi cama en las noches, tengo 15",
    "mi hijo y su esposa con la bebe estan retenidos por unos hombres en un galpon cerca de la frontera, nos llaman para pedir plata cada hora",
    "mi hermanita dice q en la casa donde la tienen los hombres entran de noche al cuarto de las niñas",
    "me hablan cada rato con el tel de mi papa, dicen q lo van a mutilar si no depositamos a una cuenta de elektra",
    "el novio q se la llevo manda mensajes de su cel diciendo q ella es de el ahora y q no la vamos a volver a ver",
    "desde honduras: mi hijo me escribio la clave q quedamos, 'ya se murio el perro', que era la señal de q estaba en peligro",
    "mi mama es hipertensa y los q la llevaban la dejaron en el monte, dice q se siente muy mal y q le duele el pecho",
    "the coyote called and said we have until midnight to pay or he sells my brother to another group",
    "my 15 year old son is with a gang, they took him from the shelter and make him be a lookout, he messages me secretly",
    "the smuggler dropped my kids (8 and 11) at a gas station and left, it's getting dark and they're alone",
    "my nephew (16) says the smuggler is making him carry a backpack with drugs across and said he'll kill his mom if he refuses",
]

NOT_DANGER = [
    ("que hago si me secuestran en el camino", "kidnapping_extortion"),
    ("como evito que me secuestren", "kidnapping_extortion"),
    ("how do i not get kidnapped going to the border", "kidnapping_extortion"),
    ("quiero regresar a mi pais", "return_home"),
    ("donde esta la oficina en tapachula", "office_locations"),
    ("ayuda", "menu"),
    ("me llamaron diciendo q tienen a mi hijo pero el esta aqui a mi lado, q hago", "kidnapping_extortion"),
    ("got a call saying they have my sister but i just talked to her and shes fine, is it a scam",
     "kidnapping_extortion"),
    ("they called saying they have my brother and want money but he is right here with me", "kidnapping_extortion"),
    ("my mom got a call saying i was kidnapped lol im fine, how do these scams work", "kidnapping_extortion"),
    ("kiero quedarme en mexico legal xq en mi pais me buscan pa matarme", "asylum_refuge"),  # killed by others, back home
    ("me llamaron q tienen a mi hijo pero mi hijo esta aqui jugando a mi lado, q onda con eso", "kidnapping_extortion"),
    ("mi mama recibio mensajes q tienen a mi hermano. mi hermano esta bien conmigo en el albergue, como le decimos q no pague",
     "kidnapping_extortion"),
    ("secuestro virtual x fa", "kidnapping_extortion"),  # the word and a plea, but asking about a kind of it
    ("vale la pena pagar rescate o los matan igual", "kidnapping_extortion"),
]

# Figures of speech, and danger that is over, are not emergencies.
NOT_NOW = ["el año pasado me tuvieron encerrado en una casa en reynosa, ya sali y estoy bien. se puede denunciar",
           "my cousin got out of a farm where they didnt let them leave, shes with us now. what help is there",
           "el examen de mate me va a matar", "me muero de sueño", "me quiero morir de la verguenza, le mande mensaje a mi ex",
           "that exam is gonna kill me", "im starving, any cheap food near the bus station",
           "mi mama me va a matar si llego tarde jaja", "esta tarea me esta matando", "me secuestro el sueño otra vez",
           "i'm dying to see the new spiderman", "my drama teacher wants us to act out a hostage scene, any ideas",
           "mi amiga se escapo de la casa donde la tenian, ya esta con nosotros a salvo, que puede hacer ahora?",
           "me estoy ahogando en deudas con la tarjeta, como salgo", "drowning in homework, can you do my math",
           "el mes pasado me secuestraron en reynosa y mi familia pago, ya estoy libre, se puede denunciar?",
           "toy atrapado en el trafico del periferico desde hace 2 horas",
           "how do you rescue the hostage in the last level of call of duty",
           "text says 'we know where you live, pay or else' from a random number. pretty sure its a scam right?",
           "mi antigua patrona me encerraba pero ya me fui de esa casa hace meses, la quiero denunciar",
           "mi jefe me tiene secuestrado con tanto trabajo jaja",
           "my brother was held for ransom back in march, we paid and hes home, is there support for him",
           "estoy jugando gta y me persigue la policia, como me escapo", "el profe nos tiene encerrados haciendo examen, ya me quiero ir",
           "me muero de la verguenza, le mande un audio a mi ex",
           "mi primo se ahogo en el rio bravo hace años, ahora mi hermano quiere cruzar por ahi, como lo convenzo",
           "save me a hotline number in case something happens on the route",
           "in the game my character got kidnapped how do i rescue her", "my brother locked me out of the wifi, help 😂",
           "necesito un doctor de plantas, mi helecho se esta muriendo",
           "someone called my mom saying they kidnapped me and asking money but im fine, what to do",
           "socorro ya es lunes", "auxilio con la tarea de mate", "sos is such a good song",
           "ya me voy para siempre de mexico, quiero volver a guate",
           "estoy secuestrada por la tarea de quimica", "how do you say hostage in spanish? its for my essay",
           "if my boss checks my phone can he see this chat? just wondering, nothing bad going on",
           "como pido refugio? me vine porque en mi pueblo me querian reclutar. cuanto tarda?",
           "cuanto cobra un coyote? me contaron q te encierran en casas de seguridad",
           "el profe nos va a matar con la tarea de mate", "my mom is gonna kill me, i dented the car",
           "hace un año me secuestraron en el camino pero ya estoy bien, hay algun apoyo?",
           "como se comparte la ubicacion en whatsapp", "en la novela se volco el autobus 😭",
           "mi primo se quiere aventar por el desierto de sonora, que tan peligroso esta",
           "simulacro de incendio en el albergue hoy a las 11, nomas aviso",
           "vos sos una computadora?", "am i talking to a real person rn", "if i send my location does it get saved",
           "can you see where i am? like does telegram share my gps with you",
           "my mom gonna kill me if i fail math", "neta esto lo lee la migra? no quiero q me encuentren",
           "no es urgente, solo quiero saber el horario de la oficina",
           "mi hijo esta perdido en matematicas, me ayudan con su tarea",
           "ke numero marco si un dia me amenasan", "is this toy a choking hazard for a 2 year old",
           "me dio un ataque de ansiedad ayer, ya paso, donde hay psicologo gratis",
           "necesito hablar con alguien, no estoy en peligro, solo quiero platicar",
           "need a place to hide my bday gift from my mom", "a donde corro mañana, el parque o la pista?",
           "how do i get out of this group chat without them noticing", "need someone to come fix my washing machine",
           "mi abuelita dice q me va a matar si no lavo los trastes 😂", "me estan matando los zancudos en el albergue",
           "ese examen me va a matar 😭 alguien sabe de quimica",
           "i was locked in a house by a smuggler back in 2021, im in a safe place now, can i still apply for asylum?",
           "tengo 17 y me pusieron en un albergue de puros adultos, me toca estar aqui?",
           "el free fire me sigue sacando, se traba cada rato",
           "el viaje de generacion a cancun es seguro? mi mama no me quiere dejar ir",
           "me quiero ir de mi casa xq mis papas no me dejan salir con mi novio 🙄",
           "the weather is so bad here we cant leave the house lol, 3 days of rain",
           "hi, i came from nicaragua in 2023. on the way we were kidnapped in reynosa but we got out and were safe in guadalajara now. can we apply for asylum?",
           "tengo diabetes y se me acabo la insulina, donde consigo",
           "emergencia!!! se me acabo el cafe jaja", "mi cel esta en 1% es una emergencia xd",
           "ransomware kidnapped my files, how do i decrypt them", "help me write a cover letter",
           "quiero poner una queja en profeco x un celular q me vendieron roto",
           "please help my cat is sick and wont eat, is there a vet near me",
           "el tren maya cuanto cuesta el boleto de cancun a merida",
           "parce me estoy muriendo del calor en tapachula, a que hora abre la oficina de ustedes?",
           "ese partido me mato, el olimpia perdio 3-0 vos", "mi ama me quito el cel x reprobar mate, como la convenzo",
           "how do i turn off live location on whatsapp", "ya no quiero despertar temprano pa la escuela jajaja",
           "that concert was fire, i almost fainted from the heat lmao",
           "me siento secuestrada por mi tarea de mate jaja no me dejan salir hasta terminar",
           "what does 'locked in' mean? my manager said we're locked in for the project",
           "im dying of laughing at this meme 😂😂", "escape room in cdmx recommendation? we want get locked in for fun",
           "mi mama me va a matar si ve mis calificaciones 😂", "kidnapped movie",
           "ese wey me va a matar si se entera q me comi su pastel lol",
           "me estoy muriendo de la risa con lo q me mando mi prima desde mexico 😂😂",
           "mi hermana esta encerrada en su cuarto estudiando pal examen, ustedes dan becas?",
           "all good, they found us and we're eating now, thank u so much",
           "where can i hide mi stash de dulces from my little bro",
           "sa m ta fè si yo kidnape m? just asking, we travel through chiapas next week"]


# Asking what a situation is, or whether it is allowed, gets the topic when no danger word is said:
# the classifier alone does not make "is that legal?" an emergency.
@pytest.mark.parametrize("text, intent", [
    ("mi patron dice q le debo y la deuda nunca baja, eso es normal?", "trafficking_info"),
    ("a recruiter wants me to go work in a hotel in qatar, they say ill get my passport back when i arrive, red flag?",
     "trafficking_info"),
    ("el patron no me deja descansar ni los domingos, es legal?", "rights_complaints"),
])
def test_asking_what_it_is_gets_the_topic(understanding, text, intent):
    assert understanding.analyse(text).intent == intent


@pytest.mark.parametrize("question, story", [
    ("whats the hotline number?", "some guys have my brother and want money by 6"),
    ("q es un secuestro virtual?", "me dicen q tienen a mi hija y ella no contesta, me dieron 30 minutos"),
    ("what is this number for.", "i am being followed by a car, im walking alone"),
])
def test_a_question_in_one_sentence_does_not_hide_danger_told_in_another(understanding, question, story):
    assert understanding.analyse(f"{question} {story}").intent == "emergency"
    assert understanding.analyse(question).intent != "emergency"


@pytest.mark.parametrize("text", NOT_NOW)
def test_figures_of_speech_and_past_danger_are_not_emergencies(understanding, text):
    assert understanding.analyse(text).intent != "emergency"


@pytest.mark.parametrize("text", DANGER)
def test_danger_gets_the_emergency_answer(brain, text):
    reply = brain.respond(text)
    assert reply.intent == "emergency"
    assert reply.outcome == "emergency"
    assert "911" in reply.text.splitlines()[0]


@pytest.mark.parametrize("text, intent", NOT_DANGER)
def test_questions_about_danger_get_information(understanding, text, intent):
    assert understanding.analyse(text).intent == intent


@pytest.mark.parametrize("text", [
    "ya tengo las pastillas listas, perdon a todos",
    "me voy a cortar las venas",
    "ya no aguanto la vida",
    "ya le deje todo a mi hermana, diganle a mi mama q la quiero mucho",
    "hoy es mi ultimo dia, ya no voy a ser carga pa nadie",
    "i left everything to my sister, tell my mom i love her",
    "goodbye everyone, sorry for everything",
    "sorry for everything. i wrote letters for my kids",
    "perdonen por todo, les deje una carta",
    "i want to end it all tonight",
])
def test_indirect_signs_of_suicide_are_emergencies(brain, text):
    assert brain.respond(text).outcome == "emergency"


@pytest.mark.parametrize("text", [
    "mi compañera esta sangrando mucho y no hay doctor",
    "my friend is bleeding badly",
])
def test_someone_else_bleeding_badly_is_an_emergency(brain, text):
    assert brain.respond(text).outcome == "emergency"


def test_saying_it_is_not_urgent_leaves_the_topic(understanding):
    assert understanding.analyse("tienen algun telefono donde me atienda una persona? no es urgente").intent == "hotlines"
    # ...but words of danger still count: recall first.
    assert understanding.analyse("no es urgente pero no me dejan salir del rancho").intent == "emergency"
    # Past harm, said to be over, with a question about a topic: the topic.
    assert understanding.analyse("ayer la policia nos golpeo en el parque, ya estamos bien pero "
                                 "queremos poner una queja").intent == "rights_complaints"


def test_a_plain_plea_counts_unless_a_question_is_asked(understanding):
    assert understanding.analyse("hi help me").intent == "emergency"  # a greeting never outweighs a plea
    assert understanding.analyse("what can you help me with").intent == "menu"
    assert understanding.analyse("can you help me? i want to go back to honduras").intent == "return_home"


@pytest.mark.parametrize("text, intent", [
    ("donde esta la oficina de tapachula? ayudenme por favor", "office_locations"),
    ("como regreso a honduras es urgente", "return_home"),
    ("how do i ask for asylum please help me", "asylum_refuge"),
])
def test_an_appeal_added_to_a_question_leaves_the_question(understanding, text, intent):
    assert understanding.analyse(text).intent == intent


@pytest.mark.parametrize("text", ["ayudenme por favor", "urgente ayudenme", "no me dejan salir ayudenme por favor",
                                  "please help me i dont know where i am and the men took my phone"])
def test_an_appeal_alone_or_with_danger_is_an_emergency(understanding, text):
    assert understanding.analyse(text).intent == "emergency"


def test_look_alikes_are_not_danger_words():
    from bot.understanding.danger import read_danger

    assert read_danger("me secuestraron el whatsapp").cue is None  # a hijacked account
    assert read_danger("me secuestraron en la carretera").cue
    assert read_danger("mi perro tiene una herida en la pata").cue is None  # a wound, not "herida" (hurt)
    assert read_danger("mi hermana esta herida").cue
    assert read_danger("me levanto temprano para la chamba").cue is None  # I get up, not "they took me"
    assert read_danger("my ex kidnapped my netflix account").cue is None
    assert read_danger("they kidnapped my son").cue
    assert read_danger("my phone is trapped in a boot loop").cue is None
    assert read_danger("my sister is trapped in a house").cue


def test_laughing_is_no_emergency_without_danger_words(understanding):
    assert understanding.analyse("en la chamba me dicen la migra xq siempre llego tarde jajaja").intent != "emergency"
    # A joke that is clearly none of our topics lets a weak danger word go.
    assert understanding.analyse("mi jefe me tiene secuestrado con puro trabajo jaja ya quiero vacaciones").intent \
        == "out_of_scope"


def test_everyday_complaints_are_not_emergencies(understanding):
    assert understanding.analyse("no aguanto mas la tarea de mate").intent != "emergency"


# Danger told as over: its words pulled towards the emergency class; the topic is answered, not declined.
@pytest.mark.parametrize("text, intent", [
    ("me secuestraron hace 2 años en tamaulipas, ya estoy bien, hay algun apoyo pa mi?", "kidnapping_extortion"),
    ("last year they held me at a ranch without pay, i got away, can i still report them", "rights_complaints"),
    ("estuve encerrada en un bar el año pasado, ya sali, me pueden orientar", "trafficking_info"),
])
def test_danger_told_as_over_gets_its_topic(understanding, text, intent):
    analysis = understanding.analyse(text)
    assert (analysis.intent, analysis.outcome) == (intent, "answered")


@pytest.mark.parametrize("text", ["y?", "la otra", "and then?", "ok y luego", "what"])
def test_a_follow_up_that_says_nothing_is_declined_not_alarmed(understanding, text):
    analysis = understanding.analyse(text)
    assert (analysis.intent, analysis.suggestions) == ("out_of_scope", ())  # the menu, not two random topics


def test_a_short_phrase_the_content_lists_is_still_answered(understanding):
    assert understanding.analyse("👍").intent == "thanks"
