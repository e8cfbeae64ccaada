"""Turn a message as people type it into a plain, comparable form."""
from __future__ import annotations

import re
import unicodedata

MAX_CHARS = 1000  # longer messages are cut: nobody asks one question in 10,000 characters

# Zero-width, bidi controls, BOM, NUL and other control characters.
_INVISIBLE = re.compile(r"[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f"
                        r"\u202a-\u202e\u2060-\u206f\ufeff\ufff0-\ufffb]")
_EMOJI_WORDS = {
    "🆘": " sos ", "🚨": " sos ", "😱": " miedo ", "😨": " miedo ", "😰": " miedo ",
    "👋": " hola ", "🙏": " por favor ", "👍": " ok ", "👌": " ok ", "❤": " gracias ",
    "🏠": " casa ", "📍": " donde ", "☎": " telefono ", "📞": " telefono ",
}
_REPEATS = re.compile(r"([a-z])\1{2,}")
# A cry drawn out ("ayudaaaa", "heeelp") in a short message is a call for help, not a menu request.
_CRY = re.compile(r"\b(?=[a-z]*([a-z])\1\1)(a+y+u+d+a+(?:me+)?|a+u+x+i+l+i+o+|s+o+c+o+r+r+o+|h+e+l+p+(?: me+)?)\b")
_CRY_WORDS = 3
# Shouted ("AYUDA", "HELP ME") or with "!!": a cry too, when the message is that short.
_SHOUT = re.compile(r"\b(?:AYUD(?:A+|AME|ENME|ANOS)|AYÚD(?:AME|ENME|ANOS)|HELP(?: ME| US)?)\b|(?i:\b(?:ayud\w*|help(?: me| us)?) *(?:!|¡){2,})")
_HELP_WORD = re.compile(r"\b(ayud\w*|help(?: me| us)?)\b")
# "por whats", "mi whats": WhatsApp in Spanish, not "what is".
_WHATSAPP = re.compile(r"\b(por|x|el|mi|tu|su|al|del|de|en|un) whats\b")
_NOT_WORD = re.compile(r"[^a-z0-9ñ]+")
_APOSTROPHE = re.compile(r"(?<=[a-z])['’´`](?=[a-z])")
# English contractions spelt out before apostrophes go, so "he'll" does not become "hell".
_QUOTE = "['’´`]"
_QUOTES = re.compile(_QUOTE)
_CONTRACTIONS = [
    (re.compile(rf"\bwon{_QUOTE}t\b"), "will not"),
    (re.compile(rf"\bcan{_QUOTE}t\b"), "can not"),
    (re.compile(rf"(?<=[a-z])n{_QUOTE}t\b"), " not"),
    (re.compile(rf"(?<=[a-z]){_QUOTE}(ll|re|ve|m|d)\b"),
     lambda m: " " + {"ll": "will", "re": "are", "ve": "have", "m": "am", "d": "would"}[m.group(1)]),
]

# SMS spellings and short forms people type, mapped to the word they stand for.
SHORT_FORMS: dict[str, str] = {
    # Spanish
    "q": "que", "k": "que", "ke": "que", "qe": "que", "xq": "porque", "pq": "porque",
    "xk": "porque", "pk": "porque", "porq": "porque", "x": "por", "pa": "para", "pal": "para el",
    "tb": "tambien", "tmb": "tambien", "tmbn": "tambien", "tbn": "tambien", "d": "de",
    "dnd": "donde", "dnde": "donde", "nd": "nada", "sta": "esta", "toy": "estoy", "tas": "estas",
    "aki": "aqui", "kiero": "quiero", "kero": "quiero", "qiero": "quiero", "weno": "bueno",
    "bn": "bien", "xfa": "por favor", "xfavor": "por favor", "porfa": "por favor",
    "porfis": "por favor", "plis": "por favor", "msj": "mensaje", "cel": "celular",
    "num": "numero", "tel": "telefono", "hno": "hermano", "hna": "hermana", "cd": "ciudad",
    "gtz": "gutierrez", "ntp": "no te preocupes", "ok": "ok", "oki": "ok", "okis": "ok",
    "grax": "gracias", "grasias": "gracias", "grcs": "gracias", "tqm": "te quiero mucho",
    "kien": "quien", "cuanto": "cuanto", "kuanto": "cuanto", "aver": "a ver", "nomas": "no mas",
    "eeuu": "estados unidos", "eua": "estados unidos", "usa": "estados unidos",
    # English
    "u": "you", "ur": "your", "r": "are", "im": "i am", "ive": "i have", "pls": "please",
    "plz": "please", "thx": "thanks", "thnx": "thanks", "thanx": "thanks", "tnx": "thanks",
    "tnks": "thanks", "thks": "thanks", "tks": "thanks", "ty": "thank you",
    "wanna": "want to", "gonna": "going to", "gotta": "got to", "cuz": "because",
    "bc": "because", "b4": "before", "2day": "today", "tmrw": "tomorrow", "idk": "i do not know",
    "dont": "do not", "cant": "can not", "cannot": "can not", "wont": "will not",
    "didnt": "did not", "doesnt": "does not", "isnt": "is not", "whats": "what is",
    "wheres": "where is", "hows": "how is", "theyre": "they are", "ppl": "people",
    "hes": "he is", "shes": "she is", "youre": "you are",
    "msg": "message", "ppl.": "people", "bro": "bro", "help!": "help",
}


def clean(text: str) -> str:
    """Remove invisible and control characters and cut very long text; keep case and accents."""
    text = unicodedata.normalize("NFKC", text)
    text = _INVISIBLE.sub("", text)
    return text[:MAX_CHARS]


def fold(text: str) -> str:
    """Lower-case and strip accents (ñ becomes n), keeping only ASCII letters, digits and spaces."""
    for emoji, word in _EMOJI_WORDS.items():
        if emoji in text:
            text = text.replace(emoji, word)
    text = unicodedata.normalize("NFKD", text.lower())
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    if _QUOTES.search(text):
        for pattern, spelt in _CONTRACTIONS:
            text = pattern.sub(spelt, text)
        text = _APOSTROPHE.sub("", text)
    text = text.replace("ß", "ss")
    return _NOT_WORD.sub(" ", text.encode("ascii", "ignore").decode()).strip()


def normalize(text: str) -> str:
    """Lower-case, accent-free, de-repeated text with SMS spellings spelt out."""
    cleaned = clean(text)
    folded = fold(cleaned)
    if len(folded.split()) <= _CRY_WORDS:
        folded = _CRY.sub(lambda m: "help me" if m.group(2).startswith("h") else "auxilio", folded)
        if _SHOUT.search(cleaned):
            folded = _HELP_WORD.sub(lambda m: "help me" if m.group(1).startswith("h") else "auxilio", folded)
    folded = _WHATSAPP.sub(r"\1 whatsapp", _REPEATS.sub(r"\1", folded))
    return " ".join(SHORT_FORMS.get(word, word) for word in folded.split())


def tokens(text: str) -> list[str]:
    """The words of an already normalised text."""
    return text.split()
