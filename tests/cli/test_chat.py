"""`python -m bot chat` with piped input: buttons are numbered choices."""
import subprocess
import sys


def chat(lines, repo_root, *args):
    data = ("\n".join(lines) + "\n").encode()
    return subprocess.run([sys.executable, "-m", "bot", "chat", *args], input=data, capture_output=True,
                          cwd=repo_root, timeout=120)


def test_piped_conversation(repo_root):
    result = chat(["quiero regresar a mi pais", "1", "/salir"], repo_root)
    assert result.returncode == 0, result.stderr
    out = result.stdout.decode()
    assert "[1]" in out
    assert "Brújula" in out or "Brujula" in out


def test_english_chat(repo_root):
    result = chat(["where are your offices"], repo_root, "--lang", "en")
    out = result.stdout.decode()
    assert "Tapachula" in out
