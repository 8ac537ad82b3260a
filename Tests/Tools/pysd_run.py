#!/usr/bin/env python3
"""Run an XMILE model with PySD and write every declared variable to CSV.

This is the independent cross-check for the Swift engine (design note
/work/shared/design/ENGINE.md, "Results you can trust": the exported model run by
PySD gives the same series as the engine to 1e-6 relative).

Usage:
    python3 Tests/Tools/pysd_run.py MODEL.xmile [--out OUT.csv] [--time-it N]

Output (to OUT.csv, or stdout when --out is not given):
    time,<canonical name>,...
One row per time step from the initial to the final time inclusive (PySD integrates
with Euler only, whatever sim_specs says). Canonical names are the engine's: lowercase,
every run of spaces, underscores or "\\n" becomes one underscore. Columns follow the
declaration order of the stocks, flows and auxiliaries in <model><variables>. Values
are written with repr(), so they round-trip to the exact double.

--time-it N also prints to stderr the best and the median wall time of N default runs of model.run()
(translation excluded) and that time divided by the number of Euler steps.

PySD's own chatter (warnings, anything it prints) goes to stderr, never to stdout, so
that stdout holds only the CSV. Exit status: 0 on success, 1 when the model cannot be
read, translated or run (with a message saying what failed), 2 on bad arguments.

Requires PySD (tested with pysd 3.14.3, numpy 2.4, pandas 3.1, xarray 2026.9):
    pip install pysd
"""

import argparse
import contextlib
import csv
import math
import os
import re
import shutil
import statistics
import sys
import tempfile
import time
import warnings
import xml.etree.ElementTree as ET

#: The element kinds of <model><variables> that become result columns.
VARIABLE_TAGS = ("stock", "flow", "aux")


#: Warning kinds raised by PySD's dependencies (pandas, chardet) about their own
#: future changes; they are not about the model, so they are not shown.
LIBRARY_NOISE = (DeprecationWarning, PendingDeprecationWarning, FutureWarning)


class RunFailure(Exception):
    """A failure with a message for the user: what went wrong and how to fix it."""


def canonical(name):
    """The engine's canonical spelling of an XMILE name.

    XMILE 1.0 §3.2.2: names are case-insensitive, and spaces, underscores and the
    escaped newline "\\n" are equivalent. Quotes around a name are not part of it.
    """
    name = name.strip().strip('"')
    return re.sub(r"(?:\\n|[\s_])+", "_", name).lower()


def local_tag(element):
    """An element's tag without its XML namespace."""
    return element.tag.rsplit("}", 1)[-1]


def declared_variables(path):
    """Names of the stocks, flows and auxiliaries of the top-level model, in file order."""
    # A strict parse on purpose: PySD parses with lxml's recover mode, which silently
    # drops an unescaped "<" in an equation (so "a < b" becomes "a b"); refusing such a
    # file here keeps a wrong cross-check from passing unnoticed.
    try:
        root = ET.parse(path).getroot()
    except (ET.ParseError, OSError) as error:
        raise RunFailure(f"cannot read {path} as XML: {error}") from error
    models = [child for child in root if local_tag(child) == "model"]
    if not models:
        raise RunFailure(f"{path} has no <model> element under <xmile>; PySD reads "
                         "only <xmile><model><variables>.")
    names = []
    for child in models[0]:
        if local_tag(child) != "variables":
            continue
        for variable in child:
            if local_tag(variable) in VARIABLE_TAGS and variable.get("name"):
                names.append(variable.get("name"))
    if not names:
        raise RunFailure(f"{path} declares no stock, flow or aux in <model><variables>.")
    return names


def pysd_columns(model, names):
    """Map each declared name to the PySD column that holds it (PySD keys by real name)."""
    by_canonical = {canonical(real): real for real in model.namespace}
    columns = []
    for name in names:
        real = by_canonical.get(canonical(name))
        if real is None:
            raise RunFailure(f"PySD did not translate the variable '{name}'; "
                             "check that PySD supports its equation.")
        columns.append(real)
    return columns


def time_grid(model):
    """Every Euler time from the initial to the final time inclusive, as PySD steps them."""
    components = model.components
    start = float(components.initial_time())
    stop = float(components.final_time())
    dt = float(components.time_step())
    if not dt > 0:
        raise RunFailure(f"the time step is {dt}; set <sim_specs><dt> to a positive number.")
    if stop < start:
        raise RunFailure(f"the final time {stop} is before the initial time {start}.")
    steps = int(round((stop - start) / dt))
    last = start + steps * dt
    if abs(last - stop) > 1e-9 * max(1.0, abs(stop)):
        # PySD itself keeps stepping while time < stop, so it would end past the stop.
        print(f"pysd_run: warning: the span {start}..{stop} is not a whole number of "
              f"steps of {dt}; rows end at {last}.", file=sys.stderr)
    return [start + index * dt for index in range(steps + 1)], steps


def as_number(value, column, when):
    """A result cell as a float; arrays (subscripted variables) are not compared."""
    try:
        return float(value)
    except (TypeError, ValueError) as error:
        raise RunFailure(f"the value of '{column}' at time {when} is not a number "
                         f"({value!r}); only scalar models are supported.") from error


def number_text(value):
    """Full-precision text that Swift's Double(String) also reads back exactly."""
    if math.isnan(value):
        return "nan"
    if math.isinf(value):
        return "inf" if value > 0 else "-inf"
    return repr(value)


def write_csv(stream, names, columns, frame):
    """Write the header of canonical names and one row per saved time."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(["time"] + [canonical(name) for name in names])
    for when, row in zip(frame.index, frame[columns].itertuples(index=False)):
        cells = [number_text(as_number(value, column, when))
                 for value, column in zip(row, columns)]
        writer.writerow([number_text(float(when))] + cells)


def run(arguments):
    """Translate, run and write; returns the process exit status."""
    source = os.path.abspath(arguments.model)
    if not os.path.isfile(source):
        raise RunFailure(f"no such file: {arguments.model}")
    names = declared_variables(source)
    try:
        import pysd  # imported late so that --help works without PySD
    except ImportError as error:
        raise RunFailure(f"PySD is not installed ({error}); run: pip install pysd") from error

    # read_xmile writes the translated .py next to the model: work on a copy in a
    # temporary folder so the repository stays clean. PySD accepts only the
    # .xmile, .xml and .stmx extensions, so the copy is always named model.xmile.
    with tempfile.TemporaryDirectory(prefix="pysd_run_") as folder:
        copy = os.path.join(folder, "model.xmile")
        shutil.copyfile(source, copy)
        try:
            model = pysd.read_xmile(copy)
        except KeyError as error:
            # PySD's translator raises a bare KeyError for any name it cannot resolve.
            raise RunFailure(f"PySD {pysd.__version__} cannot translate {arguments.model}: "
                             f"unknown name {error}. Declare it, or avoid what PySD lacks: "
                             "DT, STARTTIME, STOPTIME, INF, SELF, bare PI (write PI()).") from error
        except Exception as error:  # PySD raises many kinds; all mean "cannot translate"
            raise RunFailure(f"PySD {pysd.__version__} cannot translate {arguments.model}: "
                             f"{type(error).__name__}: {error}") from error

        columns = pysd_columns(model, names)
        times, steps = time_grid(model)
        options = dict(return_timestamps=times, return_columns=columns, progress=False)
        try:
            frame = model.run(**options)
        except Exception as error:
            raise RunFailure(f"PySD {pysd.__version__} failed while running "
                             f"{arguments.model}: {type(error).__name__}: {error}") from error
        if len(frame.index) != len(times):
            raise RunFailure(f"PySD saved {len(frame.index)} rows, expected {len(times)} "
                             "(one per time step); is the time span a multiple of dt?")

        if arguments.time_it:
            # Timed as PySD runs by default (every variable at every step, saveper = dt): asking for explicit
            # timestamps and columns, as the comparison above does, makes PySD about 15% slower.
            if len(model.run(progress=False).index) != len(times):
                raise RunFailure("PySD's default run does not save one row per time step; cannot time it.")
            durations = []
            for _ in range(arguments.time_it):
                began = time.perf_counter()
                model.run(progress=False)
                durations.append(time.perf_counter() - began)
            best, median = min(durations), statistics.median(durations)
            print(f"pysd_run: PySD {pysd.__version__}, {len(columns)} variables, {steps} steps: "
                  f"best run {best * 1e3:.3f} ms, median run {median * 1e3:.3f} ms over {arguments.time_it} runs, "
                  f"{best / max(steps, 1) * 1e6:.2f} µs per step at best", file=sys.stderr)

    if arguments.out:
        try:
            with open(arguments.out, "w", encoding="utf-8") as stream:
                write_csv(stream, names, columns, frame)
        except OSError as error:
            raise RunFailure(f"cannot write {arguments.out}: {error.strerror}") from error
    else:
        write_csv(sys.__stdout__, names, columns, frame)
    return 0


def positive_count(text):
    """argparse type for --time-it: an integer of at least 1."""
    try:
        count = int(text)
    except ValueError:
        count = 0
    if count < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of runs ≥ 1, got {text!r}")
    return count


def main(argv=None):
    """Command-line entry point."""
    parser = argparse.ArgumentParser(
        prog="pysd_run.py",
        description="Run an XMILE model with PySD (Euler) and write every declared "
                    "variable, every time step, to CSV.")
    parser.add_argument("model", help="the XMILE file (.xmile, .xml or .stmx)")
    parser.add_argument("--out", help="CSV file to write (default: stdout)")
    parser.add_argument("--time-it", type=positive_count, metavar="N",
                        help="also time N runs of model.run() and print the best and the median to stderr")
    arguments = parser.parse_args(argv)

    seen = set()

    def show_warning(message, category, filename, lineno, file=None, line=None):
        # Deprecations inside PySD's own dependencies say nothing about the model.
        if issubclass(category, LIBRARY_NOISE):
            return
        text = f"pysd_run: PySD warning: {category.__name__}: {message}"
        if text not in seen:  # the same warning repeats on every --time-it run
            seen.add(text)
            print(text, file=sys.stderr)

    with warnings.catch_warnings():
        warnings.simplefilter("always")
        warnings.showwarning = show_warning
        try:
            # Anything PySD prints goes to stderr; the CSV is written to the real stdout.
            with contextlib.redirect_stdout(sys.stderr):
                return run(arguments)
        except RunFailure as failure:
            print(f"pysd_run: error: {failure}", file=sys.stderr)
            return 1


if __name__ == "__main__":
    sys.exit(main())
