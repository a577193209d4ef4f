"""Benchmark azfp against its peers: whole-process figures and warm operations, as ratios.

Run from a clone with one command:

    python benchmarks/run.py

The first run creates a virtual environment in ``.bench-venv`` with azfp and the peers of
``benchmarks/requirements.txt`` installed, then runs itself there. Every figure is the median of
repeated runs; ratios compare figures measured in the same run, so a busy machine slows both
sides alike. Nothing here is part of the test suite.
"""

from __future__ import annotations

import json
import os
import pathlib
import platform
import statistics
import subprocess
import sys
import tempfile
import time
import timeit

ROOT = pathlib.Path(__file__).resolve().parent.parent
VENV = ROOT / ".bench-venv"
RUNS = int(os.environ.get("AZFP_BENCH_RUNS", "15"))


def ensure_environment() -> None:
    """Re-run inside the benchmark environment, creating it on first use."""
    if os.environ.get("AZFP_BENCH_INSIDE") == "1":
        return
    python = VENV / ("Scripts" if os.name == "nt" else "bin") / "python"
    if not python.exists():
        print("creating the benchmark environment in .bench-venv ...", flush=True)
        subprocess.run([sys.executable, "-m", "venv", str(VENV)], check=True)
        pip = [str(python), "-m", "pip", "install", "--quiet"]
        subprocess.run([*pip, "--upgrade", "pip"], check=True)
        subprocess.run(
            [*pip, "-r", str(ROOT / "benchmarks" / "requirements.txt"), str(ROOT)], check=True
        )
    # Always reinstall azfp itself so the figures describe the code in this tree.
    subprocess.run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--quiet",
            "--no-deps",
            "--force-reinstall",
            str(ROOT),
        ],
        check=True,
    )
    env = dict(os.environ, AZFP_BENCH_INSIDE="1")
    raise SystemExit(subprocess.run([str(python), __file__, *sys.argv[1:]], env=env).returncode)


def process(code: str) -> tuple[float, float]:
    """Median wall time (s) and median peak memory (MiB) of ``python -c code``."""
    probe = (
        "import time, resource\nstart = time.perf_counter()\n"
        + code
        + "\nelapsed = time.perf_counter() - start\n"
        "print(elapsed, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)\n"
    )
    times, memory = [], []
    for _ in range(RUNS):
        begin = time.perf_counter()
        out = subprocess.run(
            [sys.executable, "-c", probe],
            capture_output=True,
            text=True,
            check=True,
            cwd=tempfile.gettempdir(),
        )
        total = time.perf_counter() - begin
        _, rss = out.stdout.split()
        times.append(total)
        memory.append(int(rss) / 1024)  # ru_maxrss is in KiB on Linux
    return statistics.median(times), statistics.median(memory)


def data_files() -> list[bytes]:
    import importlib_resources

    from azfp.checks import ENTITIES

    root = importlib_resources.files("azfp") / "data"
    return [(root / e.file).read_bytes() for e in ENTITIES]


def load_ratio() -> tuple[float, float, float]:
    """Validated load of every shipped file vs json.loads of the same bytes (median seconds)."""
    from azfp.checks import ENTITIES, parse

    blobs = data_files()
    for entity, blob in zip(ENTITIES, blobs, strict=True):
        parse(entity, blob)  # build the validators once: this measures validation, not setup
    plain = timeit.repeat(lambda: [json.loads(b) for b in blobs], number=5, repeat=RUNS)
    validated = timeit.repeat(
        lambda: [parse(e, b) for e, b in zip(ENTITIES, blobs, strict=True)], number=5, repeat=RUNS
    )
    p, v = statistics.median(plain) / 5, statistics.median(validated) / 5
    return p, v, v / p


def synthetic(scale: int) -> tuple[int, float]:
    """Records and per-record validation time (µs) of memberships repeated ``scale`` times."""
    from azfp.checks import BY_NAME, parse

    entity = BY_NAME["memberships"]
    records = json.loads(data_files()[list(BY_NAME).index("memberships")])
    grown = [dict(r, id=f"{r['id']}-x{i}") for i in range(scale) for r in records]
    blob = json.dumps(grown).encode()
    parse(entity, blob)
    best = statistics.median(
        timeit.repeat(lambda: parse(entity, blob), number=1, repeat=max(3, RUNS // 3))
    )
    return len(grown), best / len(grown) * 1e6


def warm() -> dict[str, float]:
    """Median time of warm operations, in microseconds."""
    import azfp

    azfp.organizations.lookup("OIC")
    azfp.organizations.search("turkic")
    azfp.memberships.active(on="2001-01-01")
    azfp.relations_count(on="2001-01-01")
    cases = {
        "get": lambda: azfp.organizations.get("oic"),
        "lookup (name)": lambda: azfp.organizations.lookup("Organisation of Islamic Cooperation"),
        "search": lambda: azfp.organizations.search("turkic states"),
        "memberships.active(on=...)": lambda: azfp.memberships.active(on="2001-01-01"),
        "relations_count(on=...)": lambda: azfp.relations_count(on="2001-01-01"),
    }
    out = {}
    for name, case in cases.items():
        number = 1000 if name in {"get", "lookup (name)"} else 50
        out[name] = (
            statistics.median(timeit.repeat(case, number=number, repeat=RUNS)) / number * 1e6
        )
    return out


def main() -> int:
    ensure_environment()
    import azfp

    print(
        f"azfp {azfp.__version__}, data {azfp.DATA_VERSION}; Python {platform.python_version()} "
        f"on {platform.machine()}, {os.cpu_count()} cores; median of {RUNS} runs\n"
    )
    baseline, _ = process("pass")
    imp_azfp, mem_imp = process("import azfp")
    imp_pyd, _ = process("import pydantic")
    first_azfp, mem_azfp = process("import azfp; azfp.organizations.lookup('OIC')")
    first_pyc, mem_pyc = process("import pycountry; pycountry.countries.lookup('Azerbaijan')")
    first_coco, mem_coco = process(
        "import country_converter as coco; coco.convert('Azerbaijan', to='ISO3')"
    )
    rows = [
        ("python -c pass (interpreter start)", f"{baseline * 1e3:.0f} ms", ""),
        (
            "import azfp",
            f"{imp_azfp * 1e3:.0f} ms",
            f"{imp_azfp / imp_pyd:.2f}x import pydantic (budget 1.2x)",
        ),
        (
            "first answer: azfp lookup('OIC')",
            f"{first_azfp * 1e3:.0f} ms",
            f"{first_azfp / first_pyc:.2f}x pycountry (budget 2x)",
        ),
        ("", "", f"{first_azfp / first_coco:.2f}x country_converter (budget 0.25x)"),
        ("first answer: pycountry lookup", f"{first_pyc * 1e3:.0f} ms", ""),
        ("first answer: country_converter", f"{first_coco * 1e3:.0f} ms", ""),
        ("peak memory: azfp first answer", f"{mem_azfp:.1f} MiB", "budget 40 MiB"),
        ("peak memory: pycountry / coco", f"{mem_pyc:.1f} / {mem_coco:.1f} MiB", ""),
        ("peak memory: import azfp", f"{mem_imp:.1f} MiB", ""),
    ]
    plain, validated, ratio = load_ratio()
    rows.append(("load all data: json.loads", f"{plain * 1e3:.2f} ms", ""))
    rows.append(
        (
            "load all data: validated",
            f"{validated * 1e3:.2f} ms",
            f"{ratio:.2f}x json.loads (budget 2.5x)",
        )
    )
    per_record = [synthetic(scale) for scale in (1, 10, 100)]
    for (count, micro), scale in zip(per_record, (1, 10, 100), strict=True):
        rows.append(
            (
                f"validate memberships x{scale} ({count} records)",
                f"{micro:.1f} µs/record",
                f"{micro / per_record[0][1]:.2f}x the x1 cost per record",
            )
        )
    budgets = {
        "get": 1,
        "lookup (name)": 5,
        "search": 1000,
        "memberships.active(on=...)": 100,
        "relations_count(on=...)": None,
    }
    for name, micro in warm().items():
        budget = budgets[name]
        rows.append((f"warm {name}", f"{micro:.2f} µs", f"budget {budget} µs" if budget else ""))
    width = max(len(r[0]) for r in rows)
    for what, value, ratio_text in rows:
        print(f"{what:<{width}}  {value:>16}  {ratio_text}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
