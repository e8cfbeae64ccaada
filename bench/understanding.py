"""Speed of the understanding, beside the TF-IDF + linear SVM anchor, in one run.

Prints: per-message p50/p99 on the shipped content, p99 with ten times the content
(synthetic: 200 intents x 100 examples per language), start-up of `python -m bot classify`
(warm model cache, and cold), and its peak memory. Run: `make bench` or
`.venv/bin/python bench/understanding.py`. Numbers, not assertions.
"""
from __future__ import annotations

import os
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.content.loader import load_content  # noqa: E402
from bot.content.model import Content, Intent, freeze  # noqa: E402
from bot.evaluation import SvmAnchor, load_items  # noqa: E402
from bot.understanding.understand import Understanding  # noqa: E402


def percentiles(samples_ns: list[int]) -> tuple[float, float]:
    ordered = sorted(samples_ns)
    p50 = ordered[len(ordered) // 2] / 1e6
    p99 = ordered[min(len(ordered) - 1, int(len(ordered) * 0.99))] / 1e6
    return p50, p99


def time_calls(function, messages: list[str], rounds: int = 3) -> tuple[float, float]:
    for text in messages[:50]:
        function(text)  # warm up
    samples = []
    for _ in range(rounds):
        for text in messages:
            start = time.perf_counter_ns()
            function(text)
            samples.append(time.perf_counter_ns() - start)
    return percentiles(samples)


def workload() -> list[str]:
    items = []
    for name in ("dev", "holdout", "test"):
        path = ROOT / "tests" / "data" / f"{name}.yml"
        if path.exists():
            items += [item.text for item in load_items(path)]
    return items


def synthetic_content(real: Content, intents: int = 200, per_lang: int = 100) -> Content:
    """Ten times the shipped content: new intents whose phrases reuse the real vocabulary."""
    rng = random.Random(7)
    words = {lang: sorted({w for i in real.intents.values() for t in i.examples.get(lang, ()) for w in t.split()})
             for lang in real.languages}
    made = {}
    for n in range(intents):
        examples = {}
        for lang in real.languages:
            topic = rng.sample(words[lang], 6)
            examples[lang] = tuple(" ".join(rng.sample(topic, 3) + rng.sample(words[lang], rng.randint(2, 6)))
                                   for _ in range(per_lang))
        made[f"topic_{n:03d}"] = Intent(f"topic_{n:03d}", freeze(examples))
    return Content(freeze(made), real.answers, real.offices, real.hotlines, real.ui, real.languages)


def startup(cache: str | None, runs: int = 5) -> tuple[float, int]:
    """Median seconds until `classify` has answered one line, and peak memory in MB."""
    env = dict(os.environ)
    if cache:
        env["BOT_CACHE_DIR"] = cache
    times, peak = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "bot", "classify"], input=b"hola\n", capture_output=True,
                       cwd=ROOT, env=env, check=True)
        times.append(time.perf_counter() - start)
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = usage.ru_maxrss // 1024
    return statistics.median(times), peak


def peak_memory_of_classify(messages: list[str]) -> int:
    """Peak resident memory (MB) of `classify` over the whole workload, in a fresh process."""
    code = ("import resource,subprocess,sys;"
            "p=subprocess.run([sys.executable,'-m','bot','classify'],input=sys.stdin.buffer.read(),capture_output=True);"
            "print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss//1024)")
    out = subprocess.run([sys.executable, "-c", code], input="\n".join(messages).encode(), capture_output=True,
                         cwd=ROOT, check=True)
    return int(out.stdout.decode().strip())


def main() -> None:
    content = load_content(ROOT).content
    messages = workload()
    print(f"workload: {len(messages)} realistic messages (tests/data), machine: {os.cpu_count()} cores")
    understanding = Understanding(content)
    anchor = SvmAnchor(content)
    p50, p99 = time_calls(understanding.analyse, messages)
    a50, a99 = time_calls(anchor.classify, messages)
    print(f"shipped content ({len(content.intents)} intents):")
    print(f"  Brújula analyse      p50 {p50:.3f} ms   p99 {p99:.3f} ms   (target <= 0.5 / <= 2 ms)")
    print(f"  anchor TF-IDF + SVM  p50 {a50:.3f} ms   p99 {a99:.3f} ms")

    big = synthetic_content(content)
    start = time.perf_counter()
    # The synthetic content is the same every run, so its model is cached apart from the real one.
    os.environ["BOT_CACHE_DIR"] = str(Path.home() / ".cache" / "brujula-bench")
    big_understanding = Understanding(big)
    trained = time.perf_counter() - start
    os.environ.pop("BOT_CACHE_DIR")
    big_anchor = SvmAnchor(big)
    b50, b99 = time_calls(big_understanding.analyse, messages, rounds=1)
    s50, s99 = time_calls(big_anchor.classify, messages, rounds=1)
    print(f"ten times the content (200 intents x 100 examples per language; loading or training took {trained:.1f} s):")
    print(f"  Brújula analyse      p50 {b50:.3f} ms   p99 {b99:.3f} ms   (target p99 <= 5 ms)")
    print(f"  anchor TF-IDF + SVM  p50 {s50:.3f} ms   p99 {s99:.3f} ms")

    warm, _ = startup(None)
    with tempfile.TemporaryDirectory() as cache:
        cold, _ = startup(cache, runs=1)
    print(f"start-up of `python -m bot classify` to first answer: {warm:.2f} s with the model cache "
          f"(target <= 1.5 s); {cold:.2f} s cold (trains the model once per content change)")
    print(f"peak memory of `python -m bot classify` over the workload: {peak_memory_of_classify(messages)} MB "
          f"(target <= 150 MB)")


if __name__ == "__main__":
    main()
