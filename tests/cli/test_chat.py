"""`python -m bot chat` with piped input: buttons are numbered choices; usage is counted anonymously."""
import json
import os
import subprocess
import sys


def chat(lines, repo_root, tmp_path, *args):
    data = ("\n".join(lines) + "\n").encode()
    env = {**os.environ, "BOT_DATABASE": str(tmp_path / "usage.sqlite3")}
    return subprocess.run([sys.executable, "-m", "bot", "chat", *args], input=data, capture_output=True,
                          cwd=repo_root, timeout=120, env=env)


def test_piped_conversation(repo_root, tmp_path):
    result = chat(["quiero regresar a mi pais", "1", "/salir"], repo_root, tmp_path)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "[1]" in out
    assert "Brújula" in out


def test_english_chat(repo_root, tmp_path):
    result = chat(["where are your offices"], repo_root, tmp_path, "--lang", "en")
    assert "Tapachula" in result.stdout.decode()


def test_chat_messages_are_counted_without_their_text(repo_root, tmp_path):
    chat(["quiero regresar a mi pais", "gracias"], repo_root, tmp_path)
    database = tmp_path / "usage.sqlite3"
    raw = b"".join(p.read_bytes() for p in tmp_path.glob("usage.sqlite3*"))
    assert b"regresar" not in raw and b"gracias" not in raw
    report = subprocess.run([sys.executable, "-m", "bot", "stats", "--db", str(database), "--format", "json",
                             "--min-count", "1"], capture_output=True, cwd=repo_root, timeout=60, check=True)
    rows = json.loads(report.stdout)["sections"]["intents"]["rows"]
    assert {(r["intent"], r["lang"]) for r in rows} == {("return_home", "es"), ("thanks", "es")}


def test_commands_work_under_their_spanish_and_english_names(brain):
    from bot.channels.terminal import TerminalChat

    chat = TerminalChat(brain)
    assert chat.handle("/ayuda").intent == chat.handle("/menu").intent == "menu"
    assert chat.handle("/offices").ask_location
    assert chat.handle("/salir") is None and chat.handle("/exit") is None
