"""A new language is content only: French files in a copy of the content are understood and answered.

The French set is small on purpose (15 example phrases per topic, not the 40 that `validate` asks
for), so validate gives `few_examples` warnings for French but no errors.
"""
from __future__ import annotations

import html
import shutil
from pathlib import Path
from typing import Iterator

import pytest
import yaml

from bot.content.problems import ERROR
from bot.content.validate import validate
from bot.dialogue.brain import Brain

REPO = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.slow  # trains a model on the new content: a few seconds

FR_EXAMPLES: dict[str, list[str]] = {
    "greeting": [
        "bonjour", "salut", "bonsoir", "coucou", "bjr", "slt", "bonjour madame", "bonjour monsieur",
        "salut tout le monde", "bonjour ca va", "salut comment ca va", "bonsoir a vous", "rebonjour",
        "allo il y a quelqu un", "bonjour je suis nouveau ici",
    ],
    "menu": [
        "menu", "le menu", "afficher le menu", "montre moi les options", "quels sont les sujets",
        "qu est ce que tu peux faire", "les options", "retour au menu", "voir les themes",
        "je veux voir le menu principal", "liste des sujets", "tu proposes quoi",
        "sur quoi tu peux m informer", "les sujets disponibles", "ouvrir le menu",
    ],
    "return_home": [
        "je veux retourner dans mon pays", "comment rentrer chez moi au pays", "retour volontaire",
        "c est quoi le retour volontaire assiste", "je veux rentrer au pays", "je voudrais repartir en haiti",
        "comment retourner au cameroun", "je n ai pas d argent pour rentrer dans mon pays",
        "l oim paye le billet de retour", "je veux retourner au senegal avec mes enfants",
        "aide pour rentrer en guinee", "je veux quitter le mexique et rentrer chez moi",
        "comment faire pour retourner au congo", "retour au pays gratuit",
        "je suis fatigue je veux rentrer a la maison dans mon pays",
    ],
    "returnee_reintegration": [
        "je suis mexicain et je reviens des etats unis", "j ai ete expulse des usa vers le mexique",
        "on m a renvoye au mexique que faire", "aide pour se reinstaller au mexique apres les usa",
        "trouver du travail apres mon retour des etats unis", "je viens d etre expulse a juarez",
        "reintegration au mexique", "faire reconnaitre mes diplomes americains au mexique",
        "papiers mexicains apres l expulsion", "recommencer ma vie au mexique",
        "je rentre des usa et je n ai rien", "obtenir mon acte de naissance mexicain",
        "mexicain de retour apres vingt ans aux usa", "programme pour les mexicains qui reviennent",
        "deporte des etats unis comment recommencer",
    ],
    "trafficking_info": [
        "c est quoi la traite des personnes", "traite des etres humains",
        "on m a promis un travail mais on garde mon passeport", "mon patron ne me paie pas et me menace",
        "travail force", "travailler sans salaire pour rembourser une dette", "exploitation sexuelle",
        "comment reconnaitre la traite", "une offre de travail trop belle est ce un piege",
        "ils ont pris mes papiers au travail", "je dois rembourser une dette a mon patron",
        "victime de traite que faire", "signaler la traite", "annonce d emploi suspecte",
        "on m a vendu un faux travail",
    ],
    "smuggling_risks": [
        "passeur", "c est dangereux de payer un passeur", "le coyote demande de l argent",
        "combien coute un passeur pour les usa", "risques de voyager avec un passeur",
        "un passeur m a propose de traverser la frontiere", "traverser le desert c est dangereux",
        "le passeur veut que je monte dans un camion", "passer la frontiere illegalement risques",
        "le train la bestia est dangereux", "dangers de la route vers le nord",
        "faire confiance a un passeur", "le passeur a garde mon argent", "passer par la riviere",
        "voyager cache dans une remorque",
    ],
    "kidnapping_extortion": [
        "enlevement de migrants", "extorsion telephonique", "on m a appele pour demander une rancon",
        "faux enlevement virtuel", "comment eviter d etre enleve", "ils demandent de l argent a ma famille",
        "arnaque au telephone rancon", "que faire en cas d enlevement", "les ravisseurs appellent ma mere",
        "extorsion au mexique", "payer une rancon ou non", "enlevements sur la route",
        "appel bizarre qui dit avoir mon frere", "mot de passe famille contre l extorsion",
        "racket des gangs sur les migrants",
    ],
    "office_locations": [
        "ou est le bureau", "adresse de l oim", "bureau de l oim a mexico", "il y a un bureau a juarez",
        "le bureau le plus proche", "ou se trouve l oim", "horaires du bureau", "bureau oim chiapas",
        "comment aller au bureau de l oim", "adresse du bureau a tuxtla", "ou sont vos bureaux",
        "localisation du bureau", "vous avez un bureau a acayucan", "bureau oim pres de moi",
        "dans quelles villes vous avez des bureaux",
    ],
    "hotlines": [
        "numero de telephone", "numero de l oim", "quel numero appeler", "ligne d urgence gratuite",
        "numero contre la traite", "donne moi le numero", "telephone de l oim", "numero pour denoncer",
        "je peux appeler qui", "numero whatsapp", "ligne d assistance", "contacter l oim par telephone",
        "numero de denonciation anonyme", "les numeros utiles", "appeler l oim",
    ],
    "emergency": [
        "au secours", "aidez moi je suis en danger", "on veut me tuer", "je suis enferme",
        "ils me retiennent de force", "appelez la police", "urgence", "je suis blesse", "on me suit",
        "sos aidez moi vite", "ils ont des armes", "je suis sequestre", "danger de mort",
        "ils ne me laissent pas sortir", "venez me chercher vite",
    ],
    "child_protection": [
        "je suis mineur", "j ai 15 ans et je voyage seul", "enfant non accompagne",
        "mon fils voyage seul", "protection des enfants migrants", "un enfant perdu a la frontiere",
        "mineur sans parents au mexique", "le dif c est quoi", "adolescent migrant seul",
        "ma fille de 16 ans est partie", "des enfants recrutes par des gangs", "j ai 14 ans",
        "enfants migrants en danger", "mon neveu mineur traverse seul", "aide pour les mineurs",
    ],
    "health_services": [
        "je suis malade", "j ai besoin d un medecin", "ou trouver un hopital", "je suis enceinte",
        "clinique gratuite", "j ai de la fievre", "medicaments gratuits", "test vih", "sante mentale",
        "je me sens mal", "centre de sante pour migrants", "consultation medicale",
        "vaccins pour les enfants", "j ai mal au ventre", "psychologue gratuit",
    ],
    "rights_complaints": [
        "mes droits au mexique", "j ai des droits sans papiers", "porter plainte contre la police",
        "la police m a vole", "deposer une plainte", "la cndh c est quoi",
        "discrimination contre les migrants", "on m a maltraite a la migration", "droits des migrants",
        "plainte contre un agent", "on m a refuse les soins", "droits humains",
        "un policier m a demande de l argent", "denoncer un abus d autorite", "l ecole refuse mon fils",
    ],
    "asylum_refuge": [
        "demander l asile", "je veux demander le statut de refugie", "comar", "asile au mexique",
        "refugie politique", "protection internationale", "acnur", "comment demander refuge",
        "je suis persecute dans mon pays", "rendez vous cbp one", "menaces de mort dans mon pays",
        "demande d asile refusee", "statut de refugie au mexique", "asile politique",
        "je ne peux pas retourner dans mon pays a cause des menaces",
    ],
    "about": [
        "qui es tu", "tu es un robot", "c est quoi l oim", "qui a cree ce bot", "est ce officiel",
        "je peux te faire confiance", "tu es une vraie personne", "comment tu t appelles",
        "c est quoi brujula", "tu travailles pour qui", "c est une arnaque ce bot",
        "organisation internationale pour les migrations", "tu es un humain", "qui est derriere ce bot",
        "c est l onu",
    ],
    "privacy": [
        "mes donnees sont privees", "tu gardes mes messages", "confidentialite",
        "qui peut lire mes messages", "effacer la conversation", "tu enregistres ce que j ecris",
        "vie privee", "vous partagez mes infos avec la migration", "est ce que c est anonyme",
        "supprimer mes donnees", "la police peut voir mes messages", "vous gardez mon numero",
        "mes infos sont protegees", "tu sais ou je suis", "ce chat est securise",
    ],
    "thanks": [
        "merci", "mercii", "merci bien", "merci pour l aide", "je vous remercie", "merci infiniment",
        "c est gentil merci", "super merci", "ok merci", "merci pour tout", "mille mercis",
        "tres utile merci", "merci madame", "merci pour les infos", "grand merci",
    ],
    "goodbye": [
        "au revoir", "a bientot", "bonne nuit", "a plus tard", "je dois y aller", "c est tout pour moi",
        "a demain", "au revoir et bonne journee", "je m en vais", "adieu", "on se reparle plus tard",
        "bonne soiree au revoir", "je te laisse", "a la prochaine", "salut je pars",
    ],
    "change_language": [
        "changer de langue", "parle francais", "en francais svp", "je ne parle pas espagnol",
        "je veux le francais", "langue", "autre langue", "tu parles francais", "mettre en anglais",
        "parle moi en francais", "je comprends pas l espagnol", "changer la langue en francais",
        "francais s il vous plait", "choisir la langue", "ecris en francais",
    ],
    "out_of_scope": [
        "quel temps fait il demain", "qui a gagne le match", "recette de crepes",
        "prix d un telephone samsung", "raconte moi une blague", "quel film ce soir", "horoscope du jour",
        "resultats du foot", "comment faire un gateau", "meilleur restaurant pres d ici",
        "retourner a l ecole a trente ans", "rentrer du travail en bus", "acheter une voiture d occasion",
        "paroles de la chanson", "capitale de l australie",
    ],
}

FR_ANSWERS: dict[str, tuple[str, str]] = {  # intent -> (title, text)
    "greeting": ("👋 Bonjour", "👋 Bonjour ! Je suis <b>Brújula</b> 🧭. Écris ta question ou touche « Menu »."),
    "menu": ("📋 Menu", "📋 <b>De quoi veux-tu parler ?</b> Touche un sujet ou écris ta question."),
    "return_home": ("🏠 Rentrer dans mon pays",
                    "🏠 <b>Rentrer dans ton pays en sécurité</b>\nL’OIM a un programme de <b>retour volontaire assisté</b>.\n\n"
                    "👉 <b>Prochaine étape :</b> appelle l’OIM Mexique au +52 55 5536 3922."),
    "returnee_reintegration": ("🇲🇽 De retour au Mexique",
                               "🇲🇽 <b>De retour au Mexique</b>\nL’OIM peut t’orienter pour recommencer.\n\n"
                               "👉 <b>Prochaine étape :</b> cherche le bureau le plus proche."),
    "trafficking_info": ("⛓️ Traite des personnes",
                         "⛓️ <b>La traite des personnes</b>\nPersonne n’a le droit de garder tes papiers ou de te forcer à travailler.\n\n"
                         "👉 <b>Prochaine étape :</b> appelle le 800 5533 000."),
    "smuggling_risks": ("⚠️ Passeurs : les risques",
                        "⚠️ <b>Les passeurs</b>\nVoyager avec un passeur met ta vie en danger.\n\n"
                        "👉 <b>Prochaine étape :</b> parle avec l’OIM avant de partir."),
    "kidnapping_extortion": ("🚫 Enlèvement et extorsion",
                             "🚫 <b>Enlèvement et extorsion</b>\nNe paie pas sans vérifier : convenez d’un mot de passe en famille.\n\n"
                             "👉 <b>Prochaine étape :</b> dénonce au 089, c’est anonyme."),
    "office_locations": ("📍 Bureaux de l’OIM",
                         "📍 <b>Bureaux de l’OIM au Mexique</b>\nMexico, Tapachula, Tuxtla Gutiérrez, Ciudad Juárez et Acayucan.\n\n"
                         "👉 <b>Prochaine étape :</b> partage ta position pour trouver le plus proche."),
    "hotlines": ("☎️ Numéros utiles",
                 "☎️ <b>Numéros utiles</b>\n• 911 : urgences\n• 089 : dénonciation anonyme\n• +52 55 5536 3922 : OIM Mexique\n\n"
                 "👉 <b>Prochaine étape :</b> en danger, appelle d’abord le 911."),
    "emergency": ("🆘 Urgence",
                  "🆘 <b>Si tu es en danger, appelle le 911 maintenant.</b>\nC’est gratuit.\n\n"
                  "👉 <b>Prochaine étape :</b> va dans un lieu sûr et appelle le 911."),
    "child_protection": ("🧒 Enfants et adolescents",
                         "🧒 <b>Enfants et adolescents</b>\nLes mineurs ont droit à une protection spéciale au Mexique.\n\n"
                         "👉 <b>Prochaine étape :</b> appelle l’OIM au +52 55 5536 3922."),
    "health_services": ("🩺 Santé",
                        "🩺 <b>Santé</b>\nTu as droit aux soins d’urgence, avec ou sans papiers.\n\n"
                        "👉 <b>Prochaine étape :</b> va au centre de santé le plus proche."),
    "rights_complaints": ("⚖️ Mes droits",
                          "⚖️ <b>Tu as des droits</b>\nAvec ou sans papiers, tes droits humains comptent.\n\n"
                          "👉 <b>Prochaine étape :</b> si c’est sûr pour toi, dénonce au 089."),
    "asylum_refuge": ("🛡️ Protection et refuge",
                      "🛡️ <b>Protection et refuge</b>\nSi tu as peur de rentrer, tu peux demander la protection internationale.\n\n"
                      "👉 <b>Prochaine étape :</b> parle avec l’OIM au +52 55 5536 3922."),
    "about": ("🧭 Qui suis-je ?",
              "🧭 Je suis <b>Brújula</b>, un assistant automatique avec des informations de l’OIM.\n\n"
              "👉 <b>Prochaine étape :</b> touche « Menu »."),
    "privacy": ("🔒 Vie privée",
                "🔒 <b>Ta vie privée</b>\nJe ne garde pas tes messages. Écris /salir pour effacer la conversation.\n\n"
                "👉 <b>Prochaine étape :</b> touche « Menu »."),
    "thanks": ("🙏 Merci", "🙏 Avec plaisir ! Prends soin de toi.\n\n👉 Touche « Menu » si tu veux autre chose."),
    "goodbye": ("👋 Au revoir", "👋 À bientôt ! Si tu es en danger, appelle le 911.\n\n👉 Touche « Menu » avant de partir."),
    "change_language": ("🌐 Langue / Idioma",
                        "🌐 Je peux parler en <b>français</b>, en <b>espagnol</b> ou en <b>anglais</b>. Choisis avec les boutons."),
}

FR_UI: dict[str, str] = {
    "language_name": "Français",
    "welcome": "Bonjour ! Je suis Brújula 🧭. Écris ta question avec tes mots ou touche « 📋 Menu ».\n🆘 En danger, appelle le 911.",
    "choose_language": "Choisis ta langue / Elige tu idioma / Choose your language :",
    "language_set": "C’est fait, on continue en français.",
    "menu_button": "📋 Menu",
    "did_you_mean": "Je ne suis pas sûre d’avoir compris. Tu voulais dire… ?",
    "not_understood": "Pardon, je n’ai pas compris. Essaie avec d’autres mots ou touche « 📋 Menu ».",
    "empty_message": "Ton message est vide. Écris ta question avec tes mots.",
    "too_long": "Ton message est trop long pour moi. Tu peux l’écrire plus court ?",
    "text_only": "Pour l’instant je lis seulement le texte. Écris ta question ou touche « 📋 Menu ».",
    "flood": "Tu écris très vite. Attends un moment et réessaie.",
    "exit_done": "C’est fait.",
    "share_location_button": "📍 Partager ma position",
    "share_location_hint": "Touche « 📍 Partager ma position » et je te dis quel bureau est le plus proche. Je ne garde pas ta position.",
    "nearest_office": "Le bureau le plus proche est {name}, à environ {km} km.",
    "office_list_intro": "Voici les bureaux de l’OIM au Mexique :",
    "unknown_command": "Je ne connais pas cette commande. Écris ta question ou touche « 📋 Menu ».",
    "error": "Quelque chose n’a pas marché. Réessaie, s’il te plaît.",
    "emergency_prefix": "🆘 En danger, appelle le 911.",
    "stats_title": "Utilisation des 7 derniers jours",
    "admin_only": "Je ne connais pas cette commande. Écris ta question ou touche « 📋 Menu ».",
    "reload_ok": "Contenu rechargé.",
    "reload_failed": "Le nouveau contenu a des erreurs ; je garde l’ancien :",
    "language_aliases": "francais, français, french, frances, francés, franse",
}

FR_OFFICES: dict[str, dict[str, str]] = {
    "mexico_city": {"name": "OIM Mexico (bureau principal)", "note": "Adresse à confirmer : appelle le +52 55 5536 3922."},
    "tapachula": {"name": "Bureau de l’OIM à Tapachula", "note": "Frontière sud : aide aux migrants et aux victimes de traite."},
    "tuxtla_gutierrez": {"name": "Bureau de l’OIM à Tuxtla Gutiérrez", "note": "Bureau de l’OIM au Chiapas."},
    "ciudad_juarez": {"name": "Bureau de l’OIM à Ciudad Juárez", "note": "Frontière nord, pont Paso del Norte."},
    "acayucan": {"name": "Bureau de l’OIM à Acayucan", "note": "Informations et entretiens pour le retour volontaire."},
}


def _dump(path: Path, data: object) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1000), encoding="utf-8")


def build_french(root: Path) -> Path:
    """A copy of the shipped content with French added the way staff would: files only."""
    for folder in ("intents", "responses", "facts"):
        shutil.copytree(REPO / folder, root / folder)
    for path in sorted((root / "intents").glob("*.yml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        data["examples"]["fr"] = FR_EXAMPLES[data["id"]]
        _dump(path, data)
    french = root / "responses" / "fr"
    for intent, (title, text) in FR_ANSWERS.items():
        spanish = yaml.safe_load((root / "responses" / "es" / f"{intent}.yml").read_text(encoding="utf-8"))
        _dump(french / f"{intent}.yml", {
            "intent": intent, "title": title, "text": text + "\n",
            "buttons": spanish.get("buttons", []), "sources": spanish.get("sources", []),
            "reviewed": spanish.get("reviewed"),
        })
    _dump(french / "_ui.yml", FR_UI)
    _dump(french / "_offices.yml", FR_OFFICES)
    return root


@pytest.fixture(scope="module")
def french_root(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Shipped content plus responses/fr/ and `fr:` examples."""
    return build_french(tmp_path_factory.mktemp("content_fr"))


@pytest.fixture(scope="module")
def french_brain(french_root: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Brain]:
    """A brain trained on the French content; its model cache goes to a temporary folder."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("BOT_CACHE_DIR", str(tmp_path_factory.mktemp("cache")))
        yield Brain.load(french_root)


def test_french_set_covers_every_topic_and_interface_key() -> None:
    intents = {path.stem for path in (REPO / "intents").glob("*.yml")}
    spanish_ui = yaml.safe_load((REPO / "responses" / "es" / "_ui.yml").read_text(encoding="utf-8"))
    assert set(FR_EXAMPLES) == intents
    assert set(FR_ANSWERS) == intents - {"out_of_scope"}
    assert set(FR_UI) >= set(spanish_ui)


def test_french_content_has_no_errors(french_root: Path) -> None:
    problems = validate(french_root)

    assert [p.render("en") for p in problems if p.severity == ERROR] == []
    french_files = [p for p in problems if p.file.startswith("responses/fr/")
                    and p.code not in ("reviewed_old", "reviewed_future")]
    assert [p.render("en") for p in french_files] == []
    few = {p.params["intent"] for p in problems if p.code == "few_examples" and p.params["lang"] == "fr"}
    assert few == set(FR_EXAMPLES)  # 15 phrases each: a warning, as documented


def test_french_is_a_language_of_the_brain(french_brain: Brain) -> None:
    assert "fr" in french_brain.languages
    assert french_brain.pick_lang(hint="fr-FR") == "fr"
    assert french_brain.welcome("fr").text == FR_UI["welcome"]


@pytest.mark.parametrize(("message", "intent"), [
    ("bonjour", "greeting"),
    ("je veux rentrer dans mon pays", "return_home"),
    ("merci beaucoup", "thanks"),
    ("au revoir", "goodbye"),
])
def test_french_messages_get_french_answers(french_brain: Brain, message: str, intent: str) -> None:
    reply = french_brain.respond(message)

    assert (reply.lang, reply.intent) == ("fr", intent)
    assert reply.text == FR_ANSWERS[intent][1]


def test_french_office_question_gets_the_french_office(french_brain: Brain) -> None:
    reply = french_brain.respond("où est le bureau à tapachula")

    assert (reply.lang, reply.intent, reply.office) == ("fr", "office_locations", "tapachula")
    assert html.escape(FR_OFFICES["tapachula"]["name"]) in reply.text
    assert html.escape(FR_OFFICES["tapachula"]["note"]) in reply.text


def test_spanish_still_answered_in_spanish(french_brain: Brain) -> None:
    reply = french_brain.respond("quiero regresar a mi pais")

    assert (reply.lang, reply.intent) == ("es", "return_home")
