"""Build the bundled sample workbook from ``sample/sample_data.json``: ``python -m workbooks.build_sample``.

The archive's timestamps are fixed, so rebuilding from the same data gives the same bytes.
"""

from __future__ import annotations

import json
import sys
from importlib.resources import files
from pathlib import Path

from criteria.evidence import Evidence
from criteria.model import Criterion, DecisionModel, Direction, Partner, Scenario
from workbooks.atomic import write_atomic
from workbooks.defaults import DEFAULT_CRITERIA
from workbooks.sheets import NAME_WIDTH, study_sheets, widths_for
from workbooks.xlsx import Sheet, write_xlsx

DATA = "sample_data.json"
OUTPUT = Path(__file__).parent / "sample" / "partner-scout-sample.xlsx"
FIXED_TIME = (2026, 1, 31, 0, 0, 0)
OPTIONAL = "Optional criteria"
READ_ME = "Read me"


def sample_data() -> dict:
    return json.loads((files("workbooks") / "sample" / DATA).read_text(encoding="utf-8"))


def _sources(keys: list[str], sources: dict[str, str]) -> str:
    return "; ".join(f"{key}: {sources[key]}" for key in keys)


def _evidence(data: dict) -> tuple[Evidence, ...]:
    """One record per scored cell: the partner's cited sources, the latest of their dates, the
    illustrative confidence, and the few written ranges (``evidence_ranges``)."""
    ranges = {(r["Partner"], r["Criterion"]): r for r in data["evidence_ranges"]}
    records = []
    for row in data["partners"]:
        dates = [data["source_dates"][key] for key in row["Sources"] if key in data["source_dates"]]
        for name, value, confidence in zip(data["criteria"], row["values"], row["confidence"], strict=True):
            if value is None:
                continue
            written = ranges.get((row["Partner"], name), {})
            records.append(
                Evidence(
                    row["Partner"],
                    name,
                    _sources(row["Sources"], data["sources"]),
                    max(dates) if dates else None,
                    confidence,
                    written.get("Low"),
                    written.get("High"),
                    written.get("Note", ""),
                )
            )
    return tuple(records)


def sample_model(data: dict) -> DecisionModel:
    """The sample study: 16 partners on the five default criteria, with four scenarios and evidence."""
    columns = data["descriptive_columns"]
    partners = tuple(
        Partner(
            row["Partner"],
            tuple((c, _sources(row[c], data["sources"]) if c == "Sources" else row[c]) for c in columns),
        )
        for row in data["partners"]
    )
    values = [[float("nan") if v is None else v for v in row["values"]] for row in data["partners"]]
    scenarios = tuple(Scenario(s["name"], tuple(s["weights"])) for s in data["scenarios"])
    return DecisionModel(
        partners,
        DEFAULT_CRITERIA,
        values,
        tuple(columns),
        scenarios,
        title=data["title"],
        evidence=_evidence(data),
    )


def _optional_rows(data: dict) -> list[list]:
    """The optional criteria's scores, then their definitions and how to use them."""
    optional = [
        Criterion(
            c["name"], Direction.parse(c["direction"]), 0.0, c["description"], c["min"], c["max"], c["unit"]
        )
        for c in data["optional_criteria"]
    ]
    rows: list[list] = [["Partner", *(c.name for c in optional)]]
    rows += [[p["Partner"], *p["optional"]] for p in data["partners"]]
    rows += [
        [],
        [
            "To use these criteria, copy a column into the Partners sheet and add a row for it in the Criteria sheet."
        ],
    ]
    rows.append(["Criterion", "Direction", "Min", "Max", "Unit", "Description"])
    rows += [[c.name, c.direction.value, c.min, c.max, c.unit, c.description] for c in optional]
    return rows


def _read_me_rows(data: dict) -> list[list]:
    # the title first: the brief takes the Read me's first line as the study's title
    rows = [[data["title"]], *([line] for line in data["read_me"])]
    rows += [[], ["Scenarios"]]
    rows += [[f"{s['name']}: {s['rationale']}."] for s in data["scenarios"]]
    rows += [[], ["Sources"]]
    rows += [[f"{key}: {text}"] for key, text in data["sources"].items()]
    return rows


def build(path: str | Path = OUTPUT) -> Path:
    """Write the sample workbook to ``path`` (atomically) and return it."""
    data = sample_data()
    sheets = [Sheet(READ_ME, _read_me_rows(data), [NAME_WIDTH * 4], wrap=True)]
    sheets += [
        Sheet(name, rows, widths_for(rows[0])) for name, rows in study_sheets(sample_model(data)).items()
    ]
    optional = _optional_rows(data)
    sheets.append(Sheet(OPTIONAL, optional, widths_for(optional[0])))
    return write_atomic(path, lambda temp: write_xlsx(temp, sheets, fixed_time=FIXED_TIME))


def main() -> int:
    print(f"wrote {build(sys.argv[1] if len(sys.argv) > 1 else OUTPUT)}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
