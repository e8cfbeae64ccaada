"""Understand one message: language, intent (emergency first), office, suggestions."""
from __future__ import annotations

import math
from dataclasses import dataclass, replace

from ..content.model import EMERGENCY, OUT_OF_SCOPE, Content
from .danger import Danger, is_now, laughs_in_emoji, read_danger, says_nothing, told_sentences, without_appeals
from .dictionary import real_words
from .linear import LinearModel, trained_model
from .look_alike_rules import NAMES_US, names_something_else
from .language import LanguageDetector
from .normalize import clean, normalize
from .offices import OfficeFinder
from .spelling import Speller
from .training import PLAIN_TALK, look_alike_set, training_set

ANSWERED, SUGGESTED, DECLINED, EMERGENCY_OUTCOME = "answered", "suggested", "declined", "emergency"
# Danger words beside these topics never give way to them: someone hurt, a child in danger, or
# someone asking which number to call or where the office is (the emergency answer starts with
# the numbers and offers the offices); nor to questions about the bot itself ("are you a person?",
# "do you speak creole?", "is this chat safe?": the emergency answer says how to erase the chat).
CUE_NEVER_GIVES_WAY_TO = ("health_services", "child_protection", "hotlines", "office_locations",
                          "privacy", "about", "change_language")
NEAREST_WEIGHT = 1.5  # how much the closest example phrase adds to the classifier's margin
# Score -> chance the top intent is right, fitted (Platt) on tests/data/dev.yml, holdout.yml, field_dev.yml.
CALIBRATION = (3.16, 0.30)


def confidence(score: float) -> float:
    """How likely a decision with this score is right, between 0 and 1."""
    slope, offset = CALIBRATION
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, slope * score + offset))))


@dataclass(frozen=True)
class Thresholds:
    """Set on the labelled sets in tests/data (`python -m bot eval`, and the decisions on every
    set compared before and after a change)."""

    accept: float = -0.1  # score below this: don't guess, suggest instead (0.0 declined 21 right answers for 8 wrong)
    clear_topic: float = 0.0  # a topic this sure outweighs a danger cue said calmly or laughing
    suggest: float = -0.5  # topics scoring at least this are offered as suggestions
    emergency: float = -0.35  # emergency this close to the top wins (recall first)
    emergency_margin: float = 0.4
    emergency_margin_unrelated: float = 0.15
    over_boost: float = 0.5  # added to the topics when danger is told as over or calm
    sure_of_other: float = 0.8  # a danger cue gives way only to another topic this sure
    look_alike: float = 0.75  # a topic answer is declined when the look-alike model is this sure (0.8: 1 more wrong, 7 fewer right on the field sets)
    language: float = 0.80  # below this the message's language is ambiguous


@dataclass(frozen=True)
class Analysis:
    """The decision on one message, with what led to it."""

    normalized: str
    lang: str | None
    lang_confidence: float
    intent: str
    confidence: float
    outcome: str
    office: str | None = None
    suggestions: tuple[str, ...] = ()
    ranking: tuple[tuple[str, float], ...] = ()
    danger: str | None = None
    nearest_intent: str | None = None
    likely_lang: str | None = None  # the best guess even when `lang` is None (ambiguous)


class Understanding:
    """Everything needed to understand messages, built once from the content."""

    def __init__(self, content: Content, thresholds: Thresholds | None = None) -> None:
        self.content = content
        self.thresholds = thresholds or Thresholds()
        texts, labels, examples = training_set(content)
        self.model: LinearModel = trained_model(texts, labels, examples, declines=look_alike_set(content))
        self.speller = Speller(texts, real_words(content.languages))
        self.languages = LanguageDetector(_language_samples(content))
        self.offices = OfficeFinder(content.offices)
        self._examples = frozenset(self.model.examples)

    def analyse(self, text: str) -> Analysis:
        """Decide what the message is about. Never raises on odd input."""
        raw = clean(text)
        as_typed = normalize(raw)
        likely, lang_confidence = self.languages.detect(raw, as_typed)
        normalized = self.speller.correct(as_typed)
        lang = likely if lang_confidence >= self.thresholds.language else None
        if not normalized:
            return Analysis(normalized, lang, lang_confidence, OUT_OF_SCOPE, 0.0, DECLINED, likely_lang=likely)
        scores = self.score(normalized)
        office = self.offices.find(normalized)
        danger = self._read_danger(raw, normalized, as_typed)
        cue = danger.cue
        if not cue or danger.plea:
            topic_scores = self._scores_without_appeals(normalized)
            if topic_scores:
                scores, cue = topic_scores, None
        t = self.thresholds
        top, top_score = max(scores.items(), key=lambda item: item[1])
        if cue and not self._cue_stands(danger, top, top_score):
            cue = None
        # "y?", "la otra": declined, with suggestions — unless the content has it as an example ("que lo que").
        nothing_said = not cue and says_nothing(normalized) and normalized not in self._examples
        if not cue and (danger.calm or danger.joking or nothing_said):
            # "no es urgente", "jajaja", "y?", or a cue that gave way to them: the classifier alone doesn't decide.
            scores.pop(EMERGENCY, None)
        if not cue and not danger.joking and (danger.calm or (danger.over and top != EMERGENCY)):
            # Danger told as over ("me secuestraron el año pasado, ya estoy bien, ¿hay apoyo?"): its
            # words pulled the score towards the emergency class; the topics get that back.
            scores = {intent: score + t.over_boost if intent not in (OUT_OF_SCOPE, EMERGENCY, *PLAIN_TALK) else score
                      for intent, score in scores.items()}
        ranking = tuple(sorted(scores.items(), key=lambda item: -item[1]))
        top, top_score = ranking[0]
        in_scope = [(i, s) for i, s in ranking if i != OUT_OF_SCOPE]
        emergency_score = scores.get(EMERGENCY, -math.inf)
        # Emergency wins when close to the top; closer still when the top says "not our topic at all".
        margin = t.emergency_margin_unrelated if top == OUT_OF_SCOPE else t.emergency_margin
        # Without a cue, the classifier alone gives the emergency answer only to a message that
        # tells something: not to "que hago si…", nor to "eso es legal?" when a topic scores higher.
        if cue or (emergency_score >= t.emergency and emergency_score >= top_score - margin
                   and not ((danger.hypothetical or danger.asks_what_it_is) and top != EMERGENCY)):
            confidence_value = 1.0 if cue else confidence(emergency_score)
            return Analysis(normalized, lang, lang_confidence, EMERGENCY, confidence_value, EMERGENCY_OUTCOME,
                            office, (), ranking[:5], cue, likely_lang=likely)
        # Asked only when a topic could be answered (confident, or an office named).
        # Naming us ("a q hora abren ustedes", "does iom help with…") is no look-alike.
        looks_alike = (top not in (OUT_OF_SCOPE, *PLAIN_TALK) and (top_score >= t.accept or office is not None)
                       and not NAMES_US.search(normalized)
                       and (names_something_else(top, normalized) or names_something_else(top, as_typed)
                            or self.model.look_alike(normalized) >= t.look_alike))
        if top != OUT_OF_SCOPE and top_score >= t.accept and not looks_alike and not nothing_said:
            return Analysis(normalized, lang, lang_confidence, top, confidence(top_score), ANSWERED,
                            office, (), ranking[:5], likely_lang=likely)
        # Naming us beside a city ("what time does iom tapachula open") asks for our office, whatever
        # else the message sounds like ("a q hora abre…" is also how people ask about shops).
        if (office and (top != OUT_OF_SCOPE or NAMES_US.search(normalized)) and not looks_alike
                and scores.get("office_locations", 0) >= t.suggest):
            return Analysis(normalized, lang, lang_confidence, "office_locations", confidence(top_score),
                            ANSWERED, office, (), ranking[:5], likely_lang=likely)
        # Nothing said, nothing to guess from: no topics suggested ("y?" gets the menu, not two random topics).
        suggestions = () if nothing_said else tuple(i for i, s in in_scope[:3] if s >= t.suggest)
        nearest = in_scope[0][0] if in_scope else None
        outcome = SUGGESTED if suggestions else DECLINED
        # For a declined message: how sure we are that it is NOT the nearest topic.
        sureness = 1.0 - confidence(in_scope[0][1]) if in_scope else 1.0
        return Analysis(normalized, lang, lang_confidence, OUT_OF_SCOPE, sureness, outcome,
                        office, suggestions, ranking[:5], None, nearest, likely_lang=likely)


    def _read_danger(self, raw: str, normalized: str, as_typed: str) -> Danger:
        """Danger cues; when the message only asks "what is…" or tells what is over in one sentence
        and tells its situation in another, the telling sentences are read on their own ("got back in
        march. theres a guy following me since i left the shelter"). After something over, they must
        say it is happening now ("hoy", "still", "right now"): else it is the same story, told on."""
        danger = self._read_told_danger(raw, _read_danger(normalized, as_typed))
        # A laughing emoji laughs as "jaja" does; normalised text has lost it, so it is read from the message.
        return replace(danger, joking=True) if not danger.joking and laughs_in_emoji(raw) else danger

    def _read_told_danger(self, raw: str, danger: Danger) -> Danger:
        """When the whole message only asks or tells what is over, the danger its other sentences tell."""
        if danger.cue or not danger.hypothetical or danger.calm:
            return danger
        told = told_sentences(raw)
        if told is None:
            return danger
        told_typed = normalize(told)
        if danger.over and not is_now(told_typed):
            return danger
        told_danger = _read_danger(self.speller.correct(told_typed), told_typed)
        return told_danger if told_danger.cue else danger

    def _cue_stands(self, danger: Danger, top: str, top_score: float) -> bool:
        """Whether a danger cue still makes the message an emergency, given the best other topic."""
        if danger.strong:
            return True
        t = self.thresholds
        keeps_cue = top in (EMERGENCY, *CUE_NEVER_GIVES_WAY_TO)
        if danger.firm:  # held, a ransom, a deadline, writing in secret: even with "lol" ("lol its fine, cant leave till i pay")
            return True
        if danger.joking and not keeps_cue and top_score >= t.clear_topic:
            return False  # "mi jefe me tiene secuestrado con puro trabajo jaja", "im trapped in this group chat lol"
        if keeps_cue or top in (OUT_OF_SCOPE, *PLAIN_TALK):
            return True
        # "they will kill me if I go back" is about asylum, and says so clearly;
        # "please help me, I need to know about asylum" asks about asylum;
        # "the police beat us yesterday, we are fine now, can we complain" is a complaint.
        calmer = danger.plea or danger.calm
        return not (top_score >= t.sure_of_other or (calmer and top_score >= t.clear_topic))

    def _scores_without_appeals(self, normalized: str) -> dict[str, float] | None:
        """Scores of the message without "…ayudenme por favor", "…es urgente", when what is left
        is clearly one of our topics: the question, not the appeal, says what is needed."""
        rest = without_appeals(normalized)
        if rest == normalized or len(rest.split()) < 2:
            return None
        scores = self.score(rest)
        top = max(scores, key=scores.get)
        if top in (EMERGENCY, OUT_OF_SCOPE, *PLAIN_TALK) or scores[top] < self.thresholds.clear_topic:
            return None
        return scores

    def score(self, normalized: str) -> dict[str, float]:
        """Each intent's score: the classifier's margin plus the similarity of its closest example."""
        margins, nearest = self.model.scores(normalized)
        combined = margins + NEAREST_WEIGHT * nearest
        return dict(zip(self.model.classes, combined.tolist()))


def _read_danger(normalized: str, as_typed: str) -> Danger:
    """Danger cues in the corrected text or, recall first, in the text as typed: a correction
    must never hide a cue ("cortar las venas" is not "cortar las wenas"), nor make a strong or
    firm one weaker ("ya no se levanta" is not "ya no se levantan")."""
    danger = read_danger(normalized)
    if not danger.strong and as_typed != normalized:
        as_written = read_danger(as_typed)
        if as_written.cue and (not danger.cue or (as_written.strong, as_written.firm) > (danger.strong, danger.firm)):
            return as_written
    return danger


def _language_samples(content: Content) -> dict[str, list[str]]:
    samples: dict[str, list[str]] = {lang: [] for lang in content.languages}
    for intent in content.intents.values():
        for lang, texts in intent.examples.items():
            if lang in samples:
                samples[lang].extend(texts)
    for (_, lang), answer in content.answers.items():
        if lang in samples:
            samples[lang].extend(line for line in answer.text.splitlines() if line.strip())
    return {lang: texts for lang, texts in samples.items() if texts}
