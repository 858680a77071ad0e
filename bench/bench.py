#!/usr/bin/env python3
"""acta text-path benchmark (stdlib only).

    python3 bench/bench.py [--docs N] [--binary target/release/acta] [--keep DIR]

Generates a corpus of N communiqués from the fixture documents (each one a different mix:
paragraphs drawn from several fixtures, places, dates and countries substituted, so no file is
a repeat), then runs `acta extract` over it with --jobs 1 and --jobs 2 and reports MB/s,
documents/s, the 2-thread speed-up and peak RSS (ru_maxrss of the child), best of 3 runs.
A last run over a single small document measures end-to-end latency, process start included.
Build first: cargo build --release -p acta-cli
"""
import argparse
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PLACES = ["Ciudad de México", "Lima", "San José", "Tegucigalpa", "Bogotá", "Quito", "Madrid", "Santiago",
          "Ciudad de Guatemala", "San Salvador", "Managua", "Panamá", "Asunción", "Montevideo", "La Paz"]
MONTHS = ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre",
          "octubre", "noviembre", "diciembre"]
COUNTRIES = ["México", "Guatemala", "Honduras", "El Salvador", "Nicaragua", "Costa Rica", "Panamá",
             "Colombia", "Ecuador", "Perú", "Bolivia", "Chile", "Argentina", "Uruguay", "Paraguay", "Brasil",
             "España", "Canadá", "República Dominicana", "Belice"]


def paragraphs():
    out = []
    for path in sorted((ROOT / "fixtures").rglob("*")):
        if path.suffix in (".txt", ".md") and "encodings" not in path.parts:
            text = path.read_text(encoding="utf-8")
            out.extend(p.strip() for p in text.split("\n\n") if len(p.strip()) > 40)
    return out


def make_corpus(directory: Path, docs: int, seed: int = 7) -> int:
    rng = random.Random(seed)
    pool = paragraphs()
    total = 0
    for i in range(docs):
        day, month, year = rng.randint(1, 28), rng.choice(MONTHS), rng.randint(2000, 2025)
        head = f"{rng.choice(PLACES)}, {day} de {month} de {year}"
        body = rng.sample(pool, k=min(len(pool), rng.randint(4, 12)))
        body = [p.replace("México", rng.choice(COUNTRIES)) if rng.random() < 0.5 else p for p in body]
        text = head + "\n\n" + "\n\n".join(body) + "\n"
        sub = directory / f"{i % 97:02d}"
        sub.mkdir(exist_ok=True)
        data = text.encode("utf-8")
        (sub / f"comunicado-{i:06d}.txt").write_bytes(data)
        total += len(data)
    return total


def run(binary, args):
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    start = time.perf_counter()
    proc = subprocess.run([binary, *args], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    elapsed = time.perf_counter() - start
    if proc.returncode not in (0, 1):
        sys.exit(f"acta failed: {proc.stderr.decode(errors='replace')}")
    # ru_maxrss of RUSAGE_CHILDREN is the largest child so far (KiB on Linux).
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return elapsed, max(peak, before)


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=5000)
    parser.add_argument("--binary", default=str(ROOT / "target/release/acta"))
    parser.add_argument("--keep", help="write the corpus here instead of a temporary folder")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    if not os.path.exists(args.binary):
        sys.exit(f"{args.binary} not found: cargo build --release -p acta-cli")
    with tempfile.TemporaryDirectory() as tmp:
        corpus = Path(args.keep or tmp)
        corpus.mkdir(parents=True, exist_ok=True)
        size = make_corpus(corpus, args.docs)
        mb = size / 1e6
        print(f"corpus: {args.docs} documents, {mb:.1f} MB")
        results = {}
        for jobs in (1, 2):
            best = min(run(args.binary, ["extract", "--quiet", "--jobs", str(jobs), str(corpus)])[0]
                       for _ in range(args.runs))
            results[jobs] = best
            print(f"--jobs {jobs}: {best:.2f} s  {mb / best:6.1f} MB/s  {args.docs / best:8.0f} documents/s")
        print(f"speed-up 2 threads vs 1: {results[1] / results[2]:.2f}x")
        _, peak = run(args.binary, ["extract", "--quiet", str(corpus)])
        print(f"peak RSS (whole corpus, default jobs): {peak / 1024:.1f} MiB")
        small = next(corpus.rglob("*.txt"))
        latency = min(run(args.binary, ["extract", str(small)])[0] for _ in range(20))
        print(f"one small document end to end ({small.stat().st_size} bytes, process start included): "
              f"{latency * 1000:.1f} ms")


if __name__ == "__main__":
    main()
