"""`python -m bot validate --report`: what is there and what is stale, per intent and language."""
import datetime as dt
import subprocess
import sys

from bot.content.summary import summary_rows


def test_one_row_per_intent_and_language(repo_root):
    rows = summary_rows(repo_root, "en", today=dt.date(2026, 11, 22))
    assert rows[0] == ("topic", "language", "examples", "answer", "reviewed", "days", "unverified numbers", "notes")
    by_key = {(r[0], r[1]): r for r in rows[1:]}
    assert len(by_key) == 20 * 2
    emergency = by_key[("emergency", "es")]
    assert "911" in emergency[6] and "089" in emergency[6]
    assert by_key[("out_of_scope", "en")][3] == "—"


def test_old_reviews_are_flagged(repo_root):
    rows = summary_rows(repo_root, "es", today=dt.date(2027, 12, 1))
    assert all("revisar" in r[7] for r in rows[1:] if r[0] != "out_of_scope")


def test_the_report_prints_before_the_problems(repo_root):
    out = subprocess.run([sys.executable, "-m", "bot", "validate", "--report", "--lang", "en"],
                         capture_output=True, text=True, cwd=repo_root, timeout=60).stdout
    assert out.startswith("topic")
    assert out.rstrip().endswith("warnings")
