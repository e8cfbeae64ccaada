"""Command line: argument parsing and printing only; the work is done by the library."""
from __future__ import annotations

import argparse
import io
import json
import os
import sys
from pathlib import Path
from typing import Callable, Iterator

import yaml

from .content.problems import ContentError
from .paths import content_root

EXAMPLES = {
    "validate": "example: python -m bot validate --lang en",
    "classify": "example: printf 'donde esta la oficina en juarez\\n' | python -m bot classify",
    "try": 'example: python -m bot try "no me dejan salir de la casa donde trabajo"',
    "eval": "example: python -m bot eval tests/data/dev.yml",
    "chat": "example: python -m bot chat --lang en",
    "run": "example: TELEGRAM_BOT_TOKEN=123:abc python -m bot run",
    "stats": "example: python -m bot stats --by week --format html --out report.html",
    "link": "example: python -m bot link radio_tapachula --qr poster.png",
}


class CliError(Exception):
    """A problem to show as one `Error: …` line."""


def _stdin_lines() -> Iterator[str]:
    """Lines of standard input; bytes that are not UTF-8 become '\ufffd' instead of failing."""
    stream = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace", newline=None)
    for line in stream:
        yield line.rstrip("\n")


def _brain(args: argparse.Namespace):
    from .dialogue.brain import Brain

    return Brain.load(content_root(args.content))


def cmd_validate(args: argparse.Namespace) -> int:
    from .content.validate import report, validate
    from .content.problems import has_errors

    problems = validate(content_root(args.content))
    if args.report:
        from .content.summary import summary_table

        print(summary_table(content_root(args.content), args.lang))
    print(report(problems, args.lang))
    return 1 if has_errors(problems) else 0


def cmd_classify(args: argparse.Namespace) -> int:
    understanding = _brain(args).understanding
    out = sys.stdout
    for line in _stdin_lines():
        text = line
        if args.jsonl:
            try:
                item = json.loads(line) if line.strip() else {}
                text = str(item.get("text", "")) if isinstance(item, dict) else ""
            except json.JSONDecodeError:
                text = ""
        analysis = understanding.analyse(text)
        lang = analysis.lang or analysis.likely_lang or "es"
        out.write(json.dumps({"intent": analysis.intent, "lang": lang,
                              "confidence": round(max(0.0, min(1.0, analysis.confidence)), 3),
                              "office": analysis.office, "suggestions": list(analysis.suggestions)},
                             ensure_ascii=False) + "\n")
    out.flush()
    return 0


def cmd_try(args: argparse.Namespace) -> int:
    understanding = _brain(args).understanding
    text = " ".join(args.text)
    analysis = understanding.analyse(text)
    print(f"normalised : {analysis.normalized!r}")
    print(f"language   : {analysis.likely_lang} ({analysis.lang_confidence:.2f})"
          f"{'' if analysis.lang else '  (ambiguous: the chosen language wins)'}")
    print(f"decision   : {analysis.intent} — {analysis.outcome}, confidence {analysis.confidence:.2f}")
    if analysis.danger:
        print(f"danger cue : {analysis.danger!r} (emergency first)")
    if analysis.office:
        print(f"office     : {analysis.office}")
    if analysis.suggestions:
        print(f"suggestions: {', '.join(analysis.suggestions)}")
    print("top intents (classifier margin; > 0 means yes):")
    for intent, score in analysis.ranking:
        print(f"  {score:+.2f}  {intent}")
    print("nearest examples:")
    for intent, phrase, similarity in understanding.model.nearest(analysis.normalized, limit=5):
        print(f"  {similarity:.2f}  {intent:<24} {phrase}")
    return 0


def cmd_eval(args: argparse.Namespace) -> int:
    from .evaluation import SvmAnchor, evaluate, load_items, report

    understanding = _brain(args).understanding
    path = Path(args.file)
    if not path.exists():
        raise CliError(f"no such file: {path}")
    try:
        items = load_items(path)
    except (yaml.YAMLError, KeyError, TypeError, AttributeError, UnicodeDecodeError):
        raise CliError(f"{path} is not a labelled set: write a list of items, each with text, lang and "
                       "accept (see tests/data/dev.yml)") from None

    def mine(text: str):
        analysis = understanding.analyse(text)
        return analysis.intent, analysis.lang or analysis.likely_lang, analysis.office

    score = evaluate(items, "Brújula", mine)
    print(report(score))
    if args.anchor:
        anchor = SvmAnchor(understanding.content)
        baseline = evaluate(items, "anchor: TF-IDF char 2-5 + linear SVM", lambda t: (anchor.classify(t), None, None))
        print()
        print(report(baseline, detailed=False))
        print()
        print(f"Brújula vs anchor: {100 * (score.correct - baseline.correct) / max(score.total, 1):+.1f} points overall, "
              f"{100 * (score.in_scope_correct - baseline.in_scope_correct) / max(score.in_scope, 1):+.1f} points in scope")
    return 0


def cmd_chat(args: argparse.Namespace) -> int:
    from .channels.terminal import run_chat

    brain = _brain(args)
    stdin = io.TextIOWrapper(sys.stdin.buffer, encoding="utf-8", errors="replace")
    if not getattr(args, "count", True):
        return run_chat(brain, args.lang, stdin=stdin)
    from .usage.background import BackgroundRecorder
    from .usage.events import UsageEvent

    recorder = BackgroundRecorder()
    try:
        return run_chat(brain, args.lang, stdin=stdin,
                        on_reply=lambda reply: recorder.record(UsageEvent.from_reply(reply, "terminal")))
    finally:
        recorder.close()


def cmd_run(args: argparse.Namespace, extra: list[str]) -> int:
    from .channels.telegram.cli import run_command

    return run_command(extra)


def cmd_run_auto(args: argparse.Namespace, extra: list[str]) -> int:
    if os.environ.get("TELEGRAM_BOT_TOKEN"):
        return cmd_run(args, extra)
    print("TELEGRAM_BOT_TOKEN is not set: starting the terminal chat (type /salir to leave).", file=sys.stderr)
    args.lang, args.count = None, True
    return cmd_chat(args)


def cmd_stats(args: argparse.Namespace, extra: list[str]) -> int:
    from .usage.cli import stats_command

    return stats_command(extra)


def cmd_link(args: argparse.Namespace, extra: list[str]) -> int:
    from .campaigns import link_command

    return link_command(extra)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Brújula: trustworthy information for migrants, in Spanish and English.")
    parser.add_argument("--content", help="folder with intents/ and responses/ (default: this project)")
    sub = parser.add_subparsers(dest="command", required=True)

    def add(name: str, help_text: str) -> argparse.ArgumentParser:
        return sub.add_parser(name, help=help_text, description=help_text, epilog=EXAMPLES.get(name),
                              formatter_class=argparse.RawDescriptionHelpFormatter)

    p = add("validate", "check the content files and report every problem")
    p.add_argument("--lang", choices=("es", "en"), default="es", help="language of the messages")
    p.add_argument("--report", action="store_true", help="also print a table per intent and language")
    p = add("classify", "classify one message per line of standard input, one JSON object per line out")
    p.add_argument("--jsonl", action="store_true", help="read JSON objects with a 'text' key")
    p = add("try", "explain how one message is understood")
    p.add_argument("text", nargs="+")
    p = add("eval", "score the understanding on a labelled set")
    p.add_argument("file")
    p.add_argument("--no-anchor", dest="anchor", action="store_false", help="skip the TF-IDF + SVM anchor")
    p = add("chat", "talk to the bot in this terminal")
    p.add_argument("--lang", choices=("es", "en"), default=None)
    p.add_argument("--no-count", dest="count", action="store_false", help="don't add to the anonymous usage counts")
    for name, help_text in (("run", "run the Telegram bot"), ("run-auto", "Telegram if TELEGRAM_BOT_TOKEN is set, else the terminal chat"),
                            ("stats", "anonymous usage reports"), ("link", "campaign link and QR code")):
        p = add(name, help_text)
        p.add_argument("rest", nargs=argparse.REMAINDER)
    return parser


PASSTHROUGH: dict[str, Callable] = {"run": cmd_run, "run-auto": cmd_run_auto, "stats": cmd_stats, "link": cmd_link}
COMMANDS: dict[str, Callable] = {"validate": cmd_validate, "classify": cmd_classify, "try": cmd_try,
                                 "eval": cmd_eval, "chat": cmd_chat}


def main(argv: list[str] | None = None) -> int:
    """Entry point of `python -m bot`."""
    argv = sys.argv[1:] if argv is None else argv
    parser = _parser()
    # Sub-commands owned by other modules parse their own options.
    for index, word in enumerate(argv):
        if word in PASSTHROUGH:
            args = parser.parse_args(argv[: index + 1])
            return _guard(lambda: PASSTHROUGH[word](args, argv[index + 1:]))
        if not word.startswith("-") and word in COMMANDS:
            break
    args = parser.parse_args(argv)
    return _guard(lambda: COMMANDS[args.command](args))


def _guard(run: Callable[[], int]) -> int:
    try:
        return run()
    except ContentError as error:
        print(str(error), file=sys.stderr)
        print("Error: the content has errors; fix them (python -m bot validate) and try again.", file=sys.stderr)
        return 1
    except CliError as error:
        print(f"Error: {error}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return 0
