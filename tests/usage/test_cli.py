"""`python -m bot stats`: exact output, files, defaults and one-line errors."""
from __future__ import annotations

from bot.usage.cli import stats_command

MARCH = ["--from", "2025-03-01", "--to", "2025-03-31"]


def test_gaps_as_a_table(sample_db, capsys):
    assert stats_command(["--db", str(sample_db), *MARCH, "--gaps", "--by", "week"]) == 0
    assert capsys.readouterr().out == """\
Brújula usage, 2025-03-01 to 2025-03-31 (UTC days, by week); counts below 5 are shown as <5.

Unanswered messages (suggested or declined) by nearest intent and language
period    nearest_intent   lang  count
--------  ---------------  ----  -----
2025-W10  asylum_refuge    es        6
2025-W10  health_services  en       <5
"""


def test_the_full_table_has_every_section(sample_db, capsys):
    assert stats_command(["--db", str(sample_db), *MARCH, "--by", "month"]) == 0
    out = capsys.readouterr().out
    for title in ("Messages by intent and language", "Messages by outcome", "Free-text messages by confidence",
                  "Unanswered messages (suggested or declined) by nearest intent and language", "New conversations by campaign source",
                  "Distinct people per day", "Events that could not be recorded"):
        assert f"\n{title}\n" in out
    assert ("New conversations by campaign source\n"
            "period   source  count\n"
            "-------  ------  -----\n"
            "2025-03  radio       5\n"
            "2025-03  none       <5\n") in out
    assert "Events that could not be recorded\n(no data)\n" in out


def test_out_writes_a_file(sample_db, tmp_path, capsys):
    target = tmp_path / "reports" / "march.html"
    assert stats_command(["--db", str(sample_db), *MARCH, "--format", "html", "--out", str(target)]) == 0
    assert target.read_text(encoding="utf-8").startswith("<!DOCTYPE html>")
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == f"Wrote {target}\n"


def test_the_database_comes_from_the_environment(tmp_path, capsys):
    path = tmp_path / "elsewhere" / "counts.sqlite3"
    assert stats_command(["--format", "csv"], env={"BOT_DATABASE": str(path)}) == 0
    assert path.exists()
    assert capsys.readouterr().out.startswith("section,period,item,lang,count\n")


def test_the_default_database_folder_is_created(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    assert stats_command(["--format", "json"], env={}) == 0
    assert (tmp_path / "data" / "usage.sqlite3").exists()


def test_errors_are_one_line(sample_db, capsys):
    cases = {
        ("--from", "2025-13-01"):
            "Error: argument --from: '2025-13-01' is not a date; write it like 2025-01-31\n",
        ("--from", "2025-03-02", "--to", "2025-03-01"): "Error: --from 2025-03-02 is after --to 2025-03-01\n",
        ("--min-count", "0"): "Error: argument --min-count: '0' is not a whole number of 1 or more\n",
        ("--by", "year"): "Error: argument --by: invalid choice: 'year' (choose from 'day', 'week', 'month')\n",
    }
    for argv, message in cases.items():
        assert stats_command(["--db", str(sample_db), *argv]) == 1
        assert capsys.readouterr().err == message


def test_a_file_that_is_not_a_database_is_one_error_line(tmp_path, capsys):
    bad = tmp_path / "notes.sqlite3"
    bad.write_text("these are not counts " * 100)
    assert stats_command(["--db", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: cannot read the usage counts") and err.count("\n") == 1


def test_a_bad_retention_setting_is_named(capsys):
    assert stats_command([], env={"BOT_RETENTION_DAYS": "forever"}) == 1
    assert capsys.readouterr().err == (
        "Error: BOT_RETENTION_DAYS must be a whole number of days, 1 or more; got 'forever'.\n")


def test_help_ends_with_an_example(capsys):
    assert stats_command(["--help"]) == 0
    assert capsys.readouterr().out.rstrip().endswith(
        "python -m bot stats --from 2025-01-01 --to 2025-03-31 --by month --format html --out reports/q1.html")
