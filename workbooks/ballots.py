"""Stakeholder ballot workbooks: one out per participant, many back in.

A ballot has an ``Instructions`` sheet (English and Vietnamese), a ``Weights`` sheet
for 100 points shared among the criteria, and a ``Pairwise`` sheet with one row per
pair of criteria (which is more important, and how much on Saaty's 1-9 scale). The
participant fills in one of the two. Reading collects every problem per ballot with
the ballot file, sheet and cell (``[ballot-An.xlsx]Weights!C4: ...``), and a broken
ballot never stops the others from being read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from criteria.aggregation import Ballot
from criteria.ahp import VERBAL_SCALE, analyse, matrix_from_judgements
from criteria.elicitation import direct_weights
from criteria.errors import InputError, OutputError, Problem, quote
from criteria.model import DecisionModel, name_key
from workbooks.atomic import write_atomic
from workbooks.cells import as_text, cell_name, is_blank, number_problem
from workbooks.container import Container

INSTRUCTIONS, WEIGHTS, PAIRWISE = "Instructions", "Weights", "Pairwise"
MARKER = "Partner Scout ballot"
PARTICIPANT_CELL = (1, 1)  # Instructions!B2
FIRST_ROW = 1  # data rows start in row 2 on Weights and Pairwise (0-based 1)
WEIGHTS_HEADER = ("Criterion / Tiêu chí", "Direction / Chiều", "Points / Điểm (0-100)", "Description / Mô tả")
PAIRWISE_HEADER = (
    "Criterion A / Tiêu chí A",
    "Criterion B / Tiêu chí B",
    "More important: A or B / Quan trọng hơn: A hay B",
    "How much more (1-9) / Mức độ (1-9)",
)
POINTS_COLUMN, CHOICE_COLUMN, INTENSITY_COLUMN = 2, 2, 3

# Saaty's scale in Vietnamese, keyed like criteria.ahp.VERBAL_SCALE.
VERBAL_SCALE_VI = {
    1: "quan trọng như nhau",
    2: "mức trung gian giữa 1 và 3",
    3: "quan trọng hơn vừa phải",
    4: "mức trung gian giữa 3 và 5",
    5: "quan trọng hơn nhiều",
    6: "mức trung gian giữa 5 và 7",
    7: "quan trọng hơn rất nhiều",
    8: "mức trung gian giữa 7 và 9",
    9: "quan trọng hơn tuyệt đối",
}

INSTRUCTIONS_EN = (
    "Please fill in ONE of the two sheets, then save the file and send it back as it is (.xlsx).",
    "Weights sheet: share 100 points among the criteria; more points = more important. "
    "Totals other than 100 are scaled, but 100 is easiest to check.",
    "Pairwise sheet: for each pair, say which criterion matters more (A or B) and how much, "
    "from 1 (equally important) to 9 (extremely more important); the scale is beside the table.",
    "If you fill in the Pairwise sheet, leave the Weights sheet empty (and vice versa).",
    "Do not rename the sheets or the criteria.",
)
INSTRUCTIONS_VI = (
    "Xin điền MỘT trong hai trang tính, lưu tệp và gửi lại nguyên dạng (.xlsx).",
    "Trang Weights: chia 100 điểm cho các tiêu chí; càng nhiều điểm càng quan trọng. "
    "Tổng khác 100 sẽ được quy đổi, nhưng tổng 100 dễ kiểm tra nhất.",
    "Trang Pairwise: với mỗi cặp, chọn tiêu chí quan trọng hơn (A hoặc B) và mức độ, "
    "từ 1 (quan trọng như nhau) đến 9 (quan trọng hơn tuyệt đối); thang đo ở bên cạnh bảng.",
    "Nếu điền trang Pairwise thì để trống trang Weights (và ngược lại).",
    "Không đổi tên các trang tính hoặc các tiêu chí.",
)


def ballot_file_name(participant: str) -> str:
    """``ballot-<name>.xlsx`` with characters that are unsafe in file names replaced."""
    safe = re.sub(r'[\\/:*?"<>|\x00-\x1f]+', "_", name_key(participant)).strip(" .") or "participant"
    return f"ballot-{safe}.xlsx"


def check_participants(names: Iterable[str]) -> list[str]:
    """Trimmed participant names; InputError for none, blanks or duplicates (also of file names)."""
    cleaned = [name_key(n) for n in names]
    problems = []
    if not any(cleaned):
        problems.append(Problem("no participants given"))
    if any(not n for n in cleaned) and any(cleaned):
        problems.append(Problem("a participant name is empty"))
    seen: dict[str, str] = {}
    for name in filter(None, cleaned):
        key = ballot_file_name(name).casefold()
        if key in seen:
            problems.append(Problem(f"participants {seen[key]!r} and {name!r} would share a ballot file"))
        seen[key] = name
    if problems:
        raise InputError(problems)
    return cleaned


def write_ballots(
    model: DecisionModel, participants: Sequence[str], folder: str | Path, study: str = ""
) -> list[Path]:
    """One ballot workbook per participant in ``folder`` (created if needed); the paths written.

    Raises InputError for bad participant names, OutputError when a file cannot be written.
    """
    names = check_participants(participants)
    if len(model.criteria) < 2:
        raise InputError(Problem("a ballot needs at least two criteria", sheet="Criteria"))
    target = Path(folder)
    try:
        target.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise OutputError(f"cannot create folder {target}: {error.strerror or error}") from None
    paths = []
    for name in names:
        path = target / ballot_file_name(name)
        write_atomic(path, build_ballot(model, name, study).save)
        paths.append(path)
    return paths


def build_ballot(model: DecisionModel, participant: str, study: str = ""):
    """The ballot as an openpyxl Workbook (not saved)."""
    from openpyxl import Workbook

    book = Workbook()
    _instructions(book.active, participant, study)
    _weights_sheet(book.create_sheet(WEIGHTS), model)
    _pairwise_sheet(book.create_sheet(PAIRWISE), model)
    return book


def _text(sheet, row: int, column: int, value: str, bold: bool = False) -> None:
    """Write ``value`` as text, never as a formula, whatever it starts with (1-based row/column)."""
    from openpyxl.styles import Font

    cell = sheet.cell(row=row, column=column)
    cell.value = value
    cell.data_type = "s"
    if bold:
        cell.font = Font(bold=True)


def _instructions(sheet, participant: str, study: str) -> None:
    sheet.title = INSTRUCTIONS
    _text(sheet, 1, 1, MARKER, bold=True)
    _text(sheet, 2, 1, "Participant / Người tham gia")
    _text(sheet, 2, 2, participant, bold=True)
    _text(sheet, 3, 1, "Study / Nghiên cứu")
    _text(sheet, 3, 2, study)
    row = 5
    for heading, lines in (
        ("How to fill in this ballot", INSTRUCTIONS_EN),
        ("Hướng dẫn điền phiếu", INSTRUCTIONS_VI),
    ):
        _text(sheet, row, 1, heading, bold=True)
        for number, line in enumerate(lines, start=1):
            _text(sheet, row + number, 1, f"{number}. {line}")
        row += len(lines) + 2
    sheet.column_dimensions["A"].width = 30
    sheet.column_dimensions["B"].width = 40


def _header(sheet, titles: Sequence[str], widths: Sequence[int]) -> None:
    from openpyxl.utils import get_column_letter

    for column, (title, width) in enumerate(zip(titles, widths, strict=True), start=1):
        _text(sheet, 1, column, title, bold=True)
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A2"


def _unlock(sheet, ref: str) -> None:
    """Let the participant edit ``ref`` while the rest of the protected sheet stays fixed."""
    from openpyxl.styles import Protection

    for row in sheet[ref]:
        for cell in row:
            cell.protection = Protection(locked=False)


def _weights_sheet(sheet, model: DecisionModel) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    _header(sheet, WEIGHTS_HEADER, (32, 14, 22, 60))
    for k, criterion in enumerate(model.criteria, start=2):
        _text(sheet, k, 1, criterion.name)
        _text(sheet, k, 2, criterion.direction.value)
        _text(sheet, k, 4, criterion.description)
    last = len(model.criteria) + 1
    points = f"C2:C{last}"
    sheet.cell(row=last + 1, column=3, value=f"=SUM({points})")  # a formula we write, not user text
    _text(sheet, last + 1, 1, "Total / Tổng (100)", bold=True)
    validation = DataValidation(
        type="decimal",
        operator="between",
        formula1="0",
        formula2="100",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="Points / Điểm",
        error="Enter a number from 0 to 100. / Nhập số từ 0 đến 100.",
        showInputMessage=True,
        promptTitle="Points / Điểm",
        prompt="Share 100 points among the criteria. / Chia 100 điểm cho các tiêu chí.",
    )
    validation.add(points)
    sheet.add_data_validation(validation)
    _unlock(sheet, points)
    sheet.protection.sheet = True  # no password: it only guards against accidental edits


def _pairwise_sheet(sheet, model: DecisionModel) -> None:
    from openpyxl.worksheet.datavalidation import DataValidation

    _header(sheet, PAIRWISE_HEADER, (30, 30, 22, 20))
    names = model.criterion_names
    row = 2
    for i in range(len(names)):
        for j in range(i + 1, len(names)):
            _text(sheet, row, 1, names[i])
            _text(sheet, row, 2, names[j])
            row += 1
    last = row - 1
    choice = DataValidation(
        type="list",
        formula1='"A,B"',
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="A or B / A hay B",
        error="Choose A or B. / Chọn A hoặc B.",
    )
    choice.add(f"C2:C{last}")
    intensity = DataValidation(
        type="whole",
        operator="between",
        formula1="1",
        formula2="9",
        allow_blank=True,
        showErrorMessage=True,
        errorTitle="1-9",
        error="Enter a whole number from 1 to 9. / Nhập số nguyên từ 1 đến 9.",
    )
    intensity.add(f"D2:D{last}")
    for validation in (choice, intensity):
        sheet.add_data_validation(validation)
    _unlock(sheet, f"C2:D{last}")
    _text(sheet, 1, 6, "Scale / Thang đo", bold=True)
    for value in range(1, 10):
        sheet.cell(row=value + 1, column=6, value=value)
        _text(sheet, value + 1, 7, VERBAL_SCALE[value])
        _text(sheet, value + 1, 8, VERBAL_SCALE_VI[value])
    sheet.column_dimensions["G"].width = 40
    sheet.column_dimensions["H"].width = 34
    sheet.protection.sheet = True


@dataclass(frozen=True)
class _Sheet:
    """A ballot sheet's rows, with problems recorded as ``[file]Sheet!A1``."""

    label: str
    rows: list[list]
    errors: dict[tuple[int, int], str]

    def value(self, row: int, column: int) -> object:
        line = self.rows[row] if row < len(self.rows) else []
        value = line[column] if column < len(line) else None
        return self.errors.get((row, column), value)

    def problem(self, row: int, column: int, message: str) -> Problem:
        return Problem(message, self.label, cell_name(row, column))


def read_ballots(
    paths: Iterable[str | Path], model: DecisionModel, importance: dict[str, float] | None = None
) -> tuple[list[Ballot], list[Problem]]:
    """Read returned ballots (files, or folders of .xlsx files) against the study's criteria.

    Returns the usable ballots and every problem found; a ballot with any problem
    is left out, the others are kept. ``importance`` maps participant names to
    their importance (default 1).
    """
    ballots: list[Ballot] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    weights = {name_key(k): v for k, v in (importance or {}).items()}
    for path in _expand(paths, problems):
        try:
            ballot = read_ballot(path, model)
        except InputError as error:
            problems.extend(error.problems)
            continue
        key = name_key(ballot.participant).casefold()
        if key in seen:
            problems.append(
                Problem(
                    f"{ballot.participant!r} already voted in {seen[key]}; this ballot is left out",
                    f"[{path.name}]{INSTRUCTIONS}",
                    "B2",
                )
            )
            continue
        seen[key] = path.name
        ballots.append(replace(ballot, importance=weights.get(name_key(ballot.participant), 1.0)))
    unknown = set(weights) - {name_key(b.participant) for b in ballots}
    problems.extend(
        Problem(f"importance given for {name!r}, who has no usable ballot") for name in sorted(unknown)
    )
    return ballots, problems


def _expand(paths: Iterable[str | Path], problems: list[Problem]) -> list[Path]:
    files = []
    for item in map(Path, paths):
        if item.is_dir():
            found = sorted(
                p for p in item.glob("*.xlsx") if not p.name.startswith("~$")
            )  # skip Excel lock files
            if not found:
                problems.append(Problem(f"{item} holds no .xlsx ballots"))
            files.extend(found)
        else:
            files.append(item)
    return files


def read_ballot(path: str | Path, model: DecisionModel) -> Ballot:
    """One returned ballot; InputError naming ``[file]Sheet!cell`` for everything wrong with it."""
    path = Path(path)
    book = Container(path)  # refuses non-xlsx, damaged and hostile files with a plain message
    missing = [s for s in (INSTRUCTIONS, WEIGHTS, PAIRWISE) if s not in book.sheet_names]
    if missing:
        raise InputError(
            Problem(
                f"{path.name} is not a Partner Scout ballot: sheet {', '.join(map(repr, missing))} missing"
            )
        )
    sheets = {
        name: _Sheet(f"[{path.name}]{name}", book.rows(name), book.scan(name).errors)
        for name in (INSTRUCTIONS, WEIGHTS, PAIRWISE)
    }
    participant = as_text(sheets[INSTRUCTIONS].value(*PARTICIPANT_CELL)) or path.stem.removeprefix("ballot-")
    problems: list[Problem] = []
    points = _read_points(sheets[WEIGHTS], model, problems)
    judgements = _read_pairwise(sheets[PAIRWISE], model, problems)
    if problems:
        raise InputError(problems)
    if points and judgements:
        raise InputError(
            Problem(
                f"{path.name}: both the Weights and the Pairwise sheet are filled in; keep one and send it again"
            )
        )
    if not points and not judgements:
        raise InputError(
            Problem(f"{path.name}: the ballot is empty (neither Weights nor Pairwise is filled in)")
        )
    labels = model.criterion_names
    if points:
        try:
            weights = direct_weights([points.get(j, 0.0) for j in range(len(labels))], labels=labels)
        except InputError:
            raise InputError(Problem("every criterion has 0 points", sheets[WEIGHTS].label, "C2")) from None
        return Ballot(participant, weights, source=path.name)
    matrix = matrix_from_judgements(len(labels), judgements)
    result = analyse(matrix, labels)
    return Ballot(
        participant, result.weights, matrix, consistency_ratio=result.consistency_ratio, source=path.name
    )


def _criterion_rows(sheet: _Sheet, model: DecisionModel, columns: Sequence[int], problems: list[Problem]):
    """Data rows whose criterion cells (``columns``) name study criteria: (row, criterion indices)."""
    index = {name_key(name): j for j, name in enumerate(model.criterion_names)}
    for r in range(FIRST_ROW, len(sheet.rows)):
        cells = [sheet.value(r, c) for c in columns]
        if all(is_blank(v) for v in cells):
            continue
        found = []
        for c, value in zip(columns, cells, strict=True):
            j = index.get(name_key(as_text(value)))
            if j is None:
                if not as_text(value).lower().startswith("total"):
                    problems.append(
                        sheet.problem(r, c, f"{quote(as_text(value))} is not a criterion of this study")
                    )
                break
            found.append(j)
        else:
            yield r, found


def _number(sheet: _Sheet, r: int, c: int, problems: list[Problem]) -> float | None:
    value = sheet.value(r, c)
    if is_blank(value):
        return None
    reason = number_problem(value)
    if reason is not None:
        problems.append(sheet.problem(r, c, reason))
        return None
    return float(value)


def _read_points(sheet: _Sheet, model: DecisionModel, problems: list[Problem]) -> dict[int, float]:
    points: dict[int, float] = {}
    rows: dict[int, int] = {}
    for r, (j,) in _criterion_rows(sheet, model, (0,), problems):
        if j in rows:
            problems.append(
                sheet.problem(r, 0, f"{model.criteria[j].name!r} is listed twice (also row {rows[j] + 1})")
            )
            continue
        rows[j] = r
        value = _number(sheet, r, POINTS_COLUMN, problems)
        if value is None:
            continue
        if value < 0:
            problems.append(sheet.problem(r, POINTS_COLUMN, f"{value:g} is negative; points must be >= 0"))
        else:
            points[j] = value
    return points


def _read_pairwise(
    sheet: _Sheet, model: DecisionModel, problems: list[Problem]
) -> dict[tuple[int, int], float]:
    judgements: dict[tuple[int, int], float] = {}
    blank: list[str] = []
    for r, (i, j) in _criterion_rows(sheet, model, (0, 1), problems):
        choice = as_text(sheet.value(r, CHOICE_COLUMN)).upper()
        intensity = _number(sheet, r, INTENSITY_COLUMN, problems)
        if intensity is None:
            if is_blank(sheet.value(r, INTENSITY_COLUMN)):
                blank.append(cell_name(r, INTENSITY_COLUMN))
            continue
        if not (1 <= intensity <= 9):
            problems.append(sheet.problem(r, INTENSITY_COLUMN, f"{intensity:g} is not on the 1-9 scale"))
            continue
        if intensity != 1 and choice not in ("A", "B"):
            problems.append(
                sheet.problem(
                    r, CHOICE_COLUMN, f"{quote(choice)}: choose A or B (which criterion matters more)"
                )
            )
            continue
        if i == j or (i, j) in judgements or (j, i) in judgements:
            problems.append(sheet.problem(r, 0, "this pair is compared twice or with itself"))
            continue
        judgements[(i, j)] = intensity if choice != "B" else 1.0 / intensity
    needed = len(model.criteria) * (len(model.criteria) - 1) // 2
    if judgements and blank:
        problems.append(
            Problem(
                f"some pairs are not judged: {', '.join(blank[:6])}{' ...' if len(blank) > 6 else ''}",
                sheet.label,
            )
        )
    elif judgements and len(judgements) < needed:
        problems.append(Problem(f"only {len(judgements)} of the {needed} pairs are judged", sheet.label))
    return judgements
