"""The brain does not know Telegram, nor the database."""
import subprocess
import sys


def test_brain_imports_neither_telegram_nor_aiosqlite(repo_root):
    code = (
        "import sys\n"
        "from bot.dialogue.brain import Brain\n"
        "from bot.cli import main\n"
        "from bot.channels.terminal import TerminalChat\n"
        f"b = Brain.load(__import__('pathlib').Path({str(repo_root)!r}))\n"
        "b.respond('hola')\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in ('telegram', 'aiosqlite')]\n"
        "print(','.join(sorted(set(m.split('.')[0] for m in bad))))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=repo_root, check=True)
    assert result.stdout.strip() == ""
