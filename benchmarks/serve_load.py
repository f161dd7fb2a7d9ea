"""Load check of `quizgen serve` (a measurement, not a test): many API clients at once.

    python benchmarks/serve_load.py [--clients 50] [--seconds 60] [CORPUS_DIR]

Starts `quizgen serve` in its own process over a fresh data folder, then CLIENTS threads each
loop for SECONDS: make a quiz from an article of CORPUS_DIR (default ../shared/corpus/dev), export
it in the next format, read it back. At the end it checks that every quiz the server
acknowledged (201) is still listed and unchanged, and prints the requests per second, the
answers by status, the 5xx count and the lost quizzes (both should be 0).
"""

from __future__ import annotations

import argparse
import collections
import itertools
import json
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("json", "apkg", "html", "gift", "moodle", "qti", "kahoot", "quizlet")


def start_server(data_dir: Path) -> tuple[subprocess.Popen, str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "quizgen", "serve", "--no-browser", "--port", "0", "--data-dir", str(data_dir)],
        stdout=subprocess.PIPE,
        text=True,
    )
    line = process.stdout.readline()  # "quizgen serve: http://127.0.0.1:PORT/ (...)"
    return process, line.split()[2].rstrip("/")


def call(method: str, url: str, body: dict | None = None) -> tuple[int, bytes]:
    data = json.dumps(body).encode() if body is not None else None
    request = urllib.request.Request(url, data=data, method=method, headers={"Content-Type": "application/json"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read()
    except OSError:
        return 0, b""  # no answer at all: counted as a failure


def client(base: str, texts: list[str], deadline: float, start: int, results: dict, lock: threading.Lock) -> None:
    made: dict[str, dict] = {}
    statuses: collections.Counter = collections.Counter()
    for n in itertools.count(start):
        if time.monotonic() > deadline:
            break
        status, body = call("POST", f"{base}/api/quizzes", {"text": texts[n % len(texts)]})
        statuses[status] += 1
        if status != 201:
            continue
        answer = json.loads(body)
        made[answer["id"]] = answer["quiz"]
        status, _ = call("GET", f"{base}/api/quizzes/{answer['id']}/export/{FORMATS[n % len(FORMATS)]}")
        statuses[status] += 1
        status, _ = call("GET", f"{base}/api/quizzes/{answer['id']}")
        statuses[status] += 1
    with lock:
        results["made"].update(made)
        results["statuses"].update(statuses)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=ROOT.parent / "shared" / "corpus" / "dev")
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    args = parser.parse_args()
    texts = [p.read_text(encoding="utf-8") for p in sorted(args.corpus.glob("*.txt"))]
    with tempfile.TemporaryDirectory() as data_dir:
        process, base = start_server(Path(data_dir))
        try:
            results = {"made": {}, "statuses": collections.Counter()}
            lock = threading.Lock()
            began = time.monotonic()
            threads = [
                threading.Thread(target=client, args=(base, texts, began + args.seconds, i, results, lock))
                for i in range(args.clients)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join()
            elapsed = time.monotonic() - began
            _, listing = call("GET", f"{base}/api/quizzes")
            listed = {q["id"] for q in json.loads(listing)["quizzes"]}
            lost = [
                qid
                for qid, quiz in results["made"].items()
                if qid not in listed or json.loads(call("GET", f"{base}/api/quizzes/{qid}")[1])["quiz"] != quiz
            ]
        finally:
            process.terminate()
            process.wait(timeout=30)
    statuses = results["statuses"]
    total = sum(statuses.values())
    print(
        f"{args.clients} clients for {elapsed:.0f} s: {total} requests, {total / elapsed:.1f} requests/s, "
        f"{len(results['made'])} quizzes made"
    )
    print("answers by status: " + ", ".join(f"{code or 'no answer'}: {n}" for code, n in sorted(statuses.items())))
    print(
        f"5xx or no answer: {sum(n for code, n in statuses.items() if code >= 500 or code == 0)}; "
        f"lost quizzes: {len(lost)}"
    )


if __name__ == "__main__":
    main()
