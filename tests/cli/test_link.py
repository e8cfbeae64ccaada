"""`python -m bot link SOURCE --qr poster.png`: the campaign link, its QR code, a counted source."""
import asyncio

from bot.campaigns import link_command
from bot.usage.sources import list_sources


def test_link_prints_the_deep_link_writes_a_qr_code_and_counts_the_source(tmp_path, capsys):
    database, poster = tmp_path / "usage.sqlite3", tmp_path / "poster.png"
    env = {"BOT_USERNAME": "BrujulaMxBot", "BOT_DATABASE": str(database)}
    assert link_command(["radio_tapachula", "--qr", str(poster)], env) == 0
    assert capsys.readouterr().out == "https://t.me/BrujulaMxBot?start=radio_tapachula\n"
    assert poster.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert asyncio.run(list_sources(database)) == ["radio_tapachula"]


def test_a_source_with_spaces_is_refused_in_one_line(tmp_path, capsys):
    env = {"BOT_USERNAME": "BrujulaMxBot", "BOT_DATABASE": str(tmp_path / "usage.sqlite3")}
    assert link_command(["radio tapachula"], env) == 1
    err = capsys.readouterr().err
    assert err.startswith("Error: ") and err.count("\n") == 1


def test_without_a_username_or_token_it_says_what_to_set(tmp_path, capsys):
    assert link_command(["poster_juarez"], {"BOT_DATABASE": str(tmp_path / "u.sqlite3")}) == 1
    assert "BOT_USERNAME" in capsys.readouterr().err
