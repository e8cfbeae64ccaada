"""`python -m bot classify`: one JSON object per input line, in order, whatever comes in."""
import json
import subprocess
import sys

KEYS = {"intent", "lang", "confidence", "office", "suggestions"}


def run(args, data: bytes, cwd):
    return subprocess.run([sys.executable, "-m", "bot", *args], input=data, capture_output=True, cwd=cwd, timeout=120)


def test_one_line_out_per_line_in(repo_root):
    lines = ["hola", "donde esta la oficina en cd juarez", "no me dejan salir de la casa donde trabajo",
             "i want to go back to guatemala"]
    result = run(["classify"], ("\n".join(lines) + "\n").encode(), repo_root)
    assert result.returncode == 0, result.stderr
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(out) == 4
    assert all(set(o) == KEYS for o in out)
    assert [o["intent"] for o in out] == ["greeting", "office_locations", "emergency", "return_home"]
    assert out[1]["office"] == "ciudad_juarez"
    assert out[3]["lang"] == "en"


def test_bad_input_never_makes_a_traceback(repo_root):
    data = b"\n".join([
        b"", b"   ", "🤣🤣🤣".encode(), ("x" * 10_000).encode(), "\u200b\u200e\u202e".encode(),
        b"hola\x00mundo", b"\xff\xfe invalid \xc3\x28 utf8", "مرحبا".encode(),
    ]) + b"\n"
    result = run(["classify"], data, repo_root)
    assert result.returncode == 0
    assert b"Traceback" not in result.stderr
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert len(out) == 8
    assert out[0]["intent"] == "out_of_scope"


def test_jsonl_input(repo_root):
    data = b'{"text": "gracias"}\n{"text": "where are your offices"}\nnot json\n'
    result = run(["classify", "--jsonl"], data, repo_root)
    out = [json.loads(line) for line in result.stdout.decode().splitlines()]
    assert [o["intent"] for o in out[:2]] == ["thanks", "office_locations"]
    assert len(out) == 3


def test_broken_yaml_prints_the_validator_message_and_exits_1(repo_root, content_copy):
    (content_copy / "intents" / "greeting.yml").write_text("id: greeting\nexamples:\n  es: [hola\n", encoding="utf-8")
    for command in (["classify"], ["chat"]):
        result = run(["--content", str(content_copy), *command], b"hola\n", repo_root)
        assert result.returncode == 1
        err = result.stderr.decode()
        assert "intents/greeting.yml:" in err
        assert "Traceback" not in err
