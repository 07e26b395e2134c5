"""Run every ``tests/bench/bench_*.py`` and print one table of our figures against baselines.

Each benchmark module has ``run(report)`` and adds rows with ``report.add``; the table is printed
and written as Markdown to ``docs/benchmarks.md`` together with facts about the machine. A new
benchmark is a new ``bench_*.py`` module next to this one. Nothing here imports Qt.

    python tests/bench/run_all.py                    # 1 000, 10 000 and 100 000 cases, 1 GiB
    python tests/bench/run_all.py --sizes 1000,10000
    python tests/bench/run_all.py --quick            # day-to-day: 10 000 cases, 256 MiB,
                                                     # fewer samples, docs/benchmarks-quick.md
"""

from __future__ import annotations

import argparse
import importlib
import math
import os
import platform
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[1]
DEFAULT_SIZES = (1_000, 10_000, 100_000)
DEFAULT_OUT = ROOT / "docs" / "benchmarks.md"
QUICK_OUT = ROOT / "docs" / "benchmarks-quick.md"
QUICK_SIZES = (10_000,)


@dataclass(frozen=True)
class Row:
    name: str
    ours: float | None
    baseline: float | None
    unit: str
    target: str = ""
    met: bool | None = None
    higher_is_better: bool = False

    @property
    def ratio(self) -> float | None:
        """How many times slower (or bigger) ours is than the baseline; below 1 is better."""
        if not self.ours or not self.baseline:
            return None
        return self.baseline / self.ours if self.higher_is_better else self.ours / self.baseline


@dataclass
class Report:
    sizes: tuple[int, ...] = DEFAULT_SIZES
    quick: bool = False
    workdir: str | None = None
    rows: list[Row] = field(default_factory=list)
    facts: dict[str, str] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def add(self, name: str, ours: float | None, baseline: float | None, unit: str, *,
            target: str = "", met: bool | None = None, higher_is_better: bool = False) -> None:
        row = Row(name, ours, baseline, unit, target, met, higher_is_better)
        self.rows.append(row)
        print(f"  {name}: {_number(ours)} {unit}"
              + (f" (baseline {_number(baseline)}, ratio {_ratio(row.ratio)})" if baseline else "")
              + (f" -> {'met' if met else 'MISSED'}" if met is not None else ""), flush=True)

    def fact(self, key: str, value: str) -> None:
        self.facts[key] = value

    def note(self, text: str) -> None:
        self.notes.append(text)

    def progress(self, text: str) -> None:
        print(f"[{time.strftime('%H:%M:%S')}] {text}", flush=True)


def _number(value: float | None) -> str:
    if value is None or math.isnan(value):
        return "–"
    if value >= 100:
        return f"{value:,.0f}".replace(",", " ")
    if value >= 10:
        return f"{value:.1f}"
    return f"{value:.2f}"


def _ratio(value: float | None) -> str:
    return "–" if value is None else f"{value:.2f}×"


def _met(value: bool | None) -> str:
    return "" if value is None else ("yes" if value else "**no**")


HEADER = ("Benchmark", "Ours", "Baseline", "Ratio", "Target", "Met")


def table_cells(report: Report) -> list[tuple[str, ...]]:
    return [
        (row.name, f"{_number(row.ours)} {row.unit}",
         f"{_number(row.baseline)} {row.unit}" if row.baseline is not None else "–",
         _ratio(row.ratio), row.target, _met(row.met))
        for row in report.rows
    ]


def text_table(report: Report) -> str:
    cells = [HEADER, *table_cells(report)]
    widths = [max(len(r[i]) for r in cells) for i in range(len(HEADER))]
    lines = []
    for n, r in enumerate(cells):
        lines.append("  ".join(c.ljust(w) if i == 0 else c.rjust(w) if i < 4 else c.ljust(w)
                               for i, (c, w) in enumerate(zip(r, widths, strict=True))).rstrip())
        if n == 0:
            lines.append("  ".join("-" * w for w in widths))
    return "\n".join(lines)


def markdown(report: Report, seconds: float, argv: Sequence[str]) -> str:
    lines = [
        "# Benchmarks",
        "",
        "Written by `make " + ("bench-quick" if report.quick else "bench")
        + "` (`tests/bench/run_all.py" + (" " + " ".join(argv) if argv else "")
        + "`); do not edit by hand.",
        "The baseline is measured in the same run: plain SQLite of the very same library the vault",
        "uses (`sqlcipher3` opened without a key, so the same SQLite version and build) with the",
        "same schema, pragmas, data, service functions and SQL as the vault; transfers are also",
        "measured against `age` (interleaved with our export) and against the floor of the design",
        "(what the same bytes cost through the same SQLCipher, AEAD, hash and write, with nothing",
        "else). **Ratio** is how many times slower (or bigger) ours is than the baseline, so below",
        "1× is better. Latencies are wall-clock milliseconds per call with a warm cache unless a",
        "row says *cold*; p50/p95 are percentiles over all samples; repeated steps give min and",
        "median. Every vault row states its `cipher_memory_security` setting: OFF is what ships,",
        "ON is what an organisation policy may choose.",
        "",
        *(f"**Warning: {w}**" for w in report.warnings),
        *([""] if report.warnings else []),
        "## Machine",
        "",
    ]
    for key, value in report.facts.items():
        lines.append(f"- {key}: {value}")
    lines += ["", "## Results", ""]
    cells = table_cells(report)
    lines.append("| " + " | ".join(HEADER) + " |")
    lines.append("|" + "|".join(["---", "---:", "---:", "---:", "---", "---"]) + "|")
    for r in cells:
        lines.append("| " + " | ".join(c.replace("|", "\\|") for c in r) + " |")
    if report.notes:
        lines += ["", "## Notes", ""]
        lines += [f"- {note}" for note in report.notes]
    lines += ["", f"Total run time: {seconds / 60:.1f} min.", ""]
    return "\n".join(lines)


def machine_facts(report: Report) -> None:
    report.fact("Date", datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"))
    report.fact("CPU", f"{os.cpu_count()} logical CPUs, {platform.machine()}"
                + (f" ({_cpu_model()})" if _cpu_model() else ""))
    report.fact("OS", platform.platform())
    report.fact("Python", platform.python_version())


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor()


def _load() -> str:
    try:
        return " / ".join(f"{x:.2f}" for x in os.getloadavg())
    except OSError:
        return "unknown"


class LoadMonitor:
    """Samples the 1-minute load average every two seconds while the benchmarks run."""

    def __init__(self) -> None:
        self.highest = self._now()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    @staticmethod
    def _now() -> float:
        try:
            return os.getloadavg()[0]
        except OSError:
            return 0.0

    def _run(self) -> None:
        while not self._stop.wait(2.0):
            self.highest = max(self.highest, self._now())

    def stop(self) -> None:
        self._stop.set()
        self._thread.join()
        self.highest = max(self.highest, self._now())


def discover() -> list[str]:
    return sorted(p.stem for p in HERE.glob("bench_*.py"))


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--sizes", help="comma-separated case counts, e.g. 1000,10000")
    parser.add_argument("--quick", action="store_true",
                        help="day-to-day run: 10 000 cases, 256 MiB transfer, fewer samples")
    parser.add_argument("--only", help="comma-separated benchmark modules, e.g. bench_vault")
    parser.add_argument("--out", type=Path, help="Markdown file to write")
    parser.add_argument("--workdir", help="where to build the temporary stores")
    args = parser.parse_args(argv)
    given = list(sys.argv[1:] if argv is None else argv)
    if args.sizes:
        sizes = tuple(int(s.replace("_", "")) for s in args.sizes.split(",") if s.strip())
    else:
        sizes = QUICK_SIZES if args.quick else DEFAULT_SIZES
    out = args.out or (QUICK_OUT if args.quick else DEFAULT_OUT)
    report = Report(sizes=sizes, quick=args.quick, workdir=args.workdir)
    machine_facts(report)
    if str(HERE) not in sys.path:
        sys.path.insert(0, str(HERE))
    wanted = set(args.only.split(",")) if args.only else None
    load_at_start = _load()
    monitor = LoadMonitor()
    started = time.perf_counter()
    try:
        for name in discover():
            if wanted is not None and name not in wanted:
                continue
            report.progress(f"{name}")
            module = importlib.import_module(name)
            module.run(report)
    finally:
        monitor.stop()
    seconds = time.perf_counter() - started
    report.fact("Load average (1/5/15 min) at start → end", f"{load_at_start} → {_load()}")
    report.fact("Highest 1-minute load average during the run", f"{monitor.highest:.2f}")
    if monitor.highest > 1:
        report.warnings.append(
            f"the machine's load average reached {monitor.highest:.2f} during the run (above 1):"
            " other work shared the CPUs, so times are noisy and ratios less certain.")
        print(f"WARNING: {report.warnings[-1]}")
    print()
    print(text_table(report))
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(markdown(report, seconds, given), encoding="utf-8")
    print(f"\nwritten to {out} ({seconds / 60:.1f} min)")
    missed = [row.name for row in report.rows if row.met is False]
    if missed:
        print("targets missed: " + "; ".join(missed))
    return 0


if __name__ == "__main__":
    sys.exit(main())
