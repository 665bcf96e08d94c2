"""Staff rosters read from ``.xlsx`` and ``.csv`` files as offices really produce them.

This module only parses and validates; storing the rows is someone else's job. It copes with:

* a title, blank rows and merged cells above the header row (searched for in the first
  ``HEADER_SEARCH_ROWS`` rows), header names in Vietnamese or English, matched ignoring case,
  diacritics, punctuation and spacing;
* CSV in UTF-8 (with or without BOM), UTF-16 with BOM (Excel "Unicode Text") and Windows-1258
  (Excel "CSV (Comma delimited)" on a Vietnamese Windows), separated by commas, semicolons or tabs;
* blank rows anywhere, rows holding only a sequence number, and the "(1) (2) (3)" column-numbering
  row that Vietnamese templates put under the header.

``read_roster`` returns both the valid rows and the errors; the caller decides whether to import
nothing (the default) or only the valid rows. Row numbers are the ones a user sees in Excel.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time
from itertools import islice
from pathlib import Path

import openpyxl

from inspector_app.domain.text import clean_text, nfc
from inspector_app.errors import UserError

HEADER_SEARCH_ROWS = 15
MAX_NAME_LENGTH = 100

FULL_NAME = "full_name"
POSITION = "position"
COUNTER = "counter"
ON_DUTY = "on_duty"
STAFF_CODE = "staff_code"
NOTE = "note"
SEQUENCE = "sequence"

#: Header names accepted for each column, as documented in docs/rosters.md.
HEADER_NAMES: dict[str, tuple[str, ...]] = {
    FULL_NAME: ("Họ và tên", "Họ tên", "Họ và tên cán bộ", "Full name", "Name"),
    POSITION: ("Chức vụ", "Chức danh", "Position", "Title"),
    COUNTER: ("Quầy", "Quầy số", "Bàn", "Vị trí", "Vị trí làm việc", "Counter", "Desk"),
    ON_DUTY: ("Trực", "Đang trực", "Có mặt trực", "On duty", "Duty"),
    STAFF_CODE: ("Mã cán bộ", "Mã số", "Số hiệu", "Staff code", "Code"),
    NOTE: ("Ghi chú", "Note"),
    SEQUENCE: ("STT", "TT", "No.", "#"),
}

#: On-duty values (matched ignoring case and diacritics); an empty cell means on duty.
ON_DUTY_YES = ("có", "x", "✓", "✔", "√", "yes", "y", "1", "true", "trực")
ON_DUTY_NO = ("không", "no", "n", "0", "false", "nghỉ")

XLSX_SUFFIXES = (".xlsx", ".xlsm")
CSV_SUFFIXES = (".csv", ".txt")
_CSV_DELIMITERS = (",", ";", "\t")
_NUMBERING_CELL = re.compile(r"\(?\d+\)?")
_USE_XLSX_OR_CSV = "use an Excel workbook (.xlsx) or a .csv file"


@dataclass(frozen=True)
class RosterRow:
    """One staff member; ``row`` is the Excel row number it came from."""

    row: int
    full_name: str
    position: str
    counter: str
    on_duty: bool
    staff_code: str
    note: str


@dataclass(frozen=True)
class RosterIssue:
    """An error or warning; ``column`` is the header text as it appears in the file."""

    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = []
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column is not None:
            where.append(f"column '{self.column}'")
        return f"{', '.join(where)}: {self.message}" if where else self.message


@dataclass
class RosterParseResult:
    """Valid rows, errors and warnings of one file; ``header_row`` is an Excel row number."""

    path: Path
    rows: list[RosterRow] = field(default_factory=list)
    errors: list[RosterIssue] = field(default_factory=list)
    warnings: list[RosterIssue] = field(default_factory=list)
    header_row: int = 0

    @property
    def ok(self) -> bool:
        return not self.errors


class RosterFileError(UserError):
    """The whole file cannot be read as a roster; ``str(e)`` is one line naming the file."""

    def __init__(self, path: Path, detail: str) -> None:
        super().__init__(path, detail)
        self.path = path
        self.detail = detail

    def __str__(self) -> str:
        return f"{self.path.name}: {self.detail}"


@dataclass(frozen=True)
class _Column:
    index: int
    label: str


@dataclass
class _Table:
    """Cleaned cell texts; ``rows[i]`` is Excel row ``i + 1``."""

    rows: list[list[str]]
    header_index: int
    warnings: list[RosterIssue] = field(default_factory=list)


def read_roster(path: Path) -> RosterParseResult:
    """Read a roster from an ``.xlsx``/``.xlsm`` workbook or a ``.csv``/``.txt`` text file.

    Raises ``RosterFileError`` when the file as a whole cannot be used (missing, unreadable, wrong
    type, damaged, empty, no header row); problems in single rows are returned as errors.
    """
    path = Path(path)
    suffix = _check_file(path)
    table = _read_xlsx(path) if suffix in XLSX_SUFFIXES else _read_csv(path)
    return _parse_table(path, table)


# --- text matching -------------------------------------------------------------------------------


def _fold(text: str) -> str:
    """Lower case without diacritics (``đ`` as ``d``) and with white space folded."""
    decomposed = unicodedata.normalize("NFD", clean_text(text).casefold().replace("đ", "d"))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _header_key(text: str) -> str:
    """Header text as a key: folded, punctuation as spaces (``"Quầy (số)"`` is ``"quay so"``)."""
    return re.sub(r"[^\w#]+", " ", _fold(text)).strip()


_HEADER_FIELDS = {_header_key(name): key for key, names in HEADER_NAMES.items() for name in names}
_YES = frozenset(_fold(value) for value in ON_DUTY_YES)
_NO = frozenset(_fold(value) for value in ON_DUTY_NO)


def _header_field(text: str) -> str | None:
    return _HEADER_FIELDS.get(_header_key(text)) if text else None


def _parse_on_duty(text: str) -> bool | None:
    """``True``/``False`` for a yes/no value (empty is ``True``), ``None`` if not one."""
    key = _fold(text)
    if not key or key in _YES:
        return True
    if key in _NO:
        return False
    return None


# --- reading files -------------------------------------------------------------------------------


def _check_file(path: Path) -> str:
    """The lower-case suffix of a file we can read, or ``RosterFileError``."""
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise RosterFileError(
            path,
            "old Excel 97-2003 (.xls) files cannot be read; open it in Excel and save it "
            "as an Excel Workbook (.xlsx)",
        )
    if suffix not in XLSX_SUFFIXES + CSV_SUFFIXES:
        raise RosterFileError(path, f"not a roster file; {_USE_XLSX_OR_CSV}")
    if not path.exists():
        raise RosterFileError(path, f"file not found ({path})")
    if not path.is_file():
        raise RosterFileError(path, f"not a file ({path})")
    return suffix


def _read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise RosterFileError(path, f"cannot be read ({exc.strerror or exc})") from exc


def _cell_text(value: object) -> str:
    """An openpyxl cell value as the text Excel shows: ``3.0`` is ``"3"``, ``True`` ``"TRUE"``."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime) and value.time() == time(0):
        return value.date().isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    return clean_text(str(value))


def _read_xlsx(path: Path) -> _Table:
    """The rows of the first worksheet that has a header row."""
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except OSError as exc:
        raise RosterFileError(path, f"cannot be read ({exc.strerror or exc})") from exc
    except Exception as exc:  # openpyxl raises many kinds of errors for a damaged file
        raise RosterFileError(path, "not a valid Excel workbook (the file is damaged)") from exc
    try:
        return _first_sheet_with_header(path, workbook)
    except RosterFileError:
        raise
    except Exception as exc:  # damaged sheet XML is only noticed while rows are read
        raise RosterFileError(path, "not a valid Excel workbook (the file is damaged)") from exc
    finally:
        workbook.close()


def _first_sheet_with_header(path: Path, workbook: openpyxl.Workbook) -> _Table:
    first_rows: list[list[str]] = []
    for number, sheet in enumerate(workbook.worksheets):
        rows = _sheet_rows(sheet)
        head = list(islice(rows, HEADER_SEARCH_ROWS))
        first_rows = first_rows or head
        header_index = _find_header(head)
        if header_index is None:
            continue
        table = _Table(head + list(rows), header_index)
        if number > 0:
            message = f"read sheet '{sheet.title}', the first one with a header row"
            table.warnings.append(RosterIssue(None, None, message))
        return table
    raise _no_header_error(path, first_rows)


def _sheet_rows(sheet: object) -> Iterator[list[str]]:
    # The stored dimensions are sometimes wrong; reset them so that no column is cut off.
    sheet.reset_dimensions()  # type: ignore[attr-defined]
    for values in sheet.iter_rows(values_only=True):  # type: ignore[attr-defined]
        yield [_cell_text(value) for value in values]


def _read_csv(path: Path) -> _Table:
    """Decode, then split with whichever delimiter gives the best header row."""
    data = _read_bytes(path)
    if data.startswith(b"PK\x03\x04"):
        raise RosterFileError(path, "this is an Excel workbook; rename it to .xlsx")
    text = _decode(path, data)
    best: _Table | None = None
    best_score = 0
    widest: list[list[str]] = []
    for delimiter in _CSV_DELIMITERS:
        rows = _split_csv(path, text, delimiter)
        head = rows[:HEADER_SEARCH_ROWS]
        if _cell_count(head) > _cell_count(widest):
            widest = head
        header_index = _find_header(head)
        if header_index is None:
            continue
        score = sum(_header_field(cell) is not None for cell in rows[header_index])
        if score > best_score:
            best, best_score = _Table(rows, header_index), score
    if best is None:
        raise _no_header_error(path, widest)
    return best


def _decode(path: Path, data: bytes) -> str:
    """Text of a CSV file saved by Excel; Windows-1258 is decomposed, so NFC-normalize it."""
    try:
        if data.startswith(codecs.BOM_UTF8):
            text = data[len(codecs.BOM_UTF8) :].decode("utf-8")
        elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
            text = data.decode("utf-16")
        else:
            text = _decode_utf8_or_cp1258(data)
    except UnicodeDecodeError as exc:
        raise RosterFileError(
            path,
            f"text encoding not recognised (bad byte at position {exc.start}); "
            "save it from Excel as 'CSV UTF-8'",
        ) from exc
    if "\x00" in text:
        raise RosterFileError(path, f"not a text file; {_USE_XLSX_OR_CSV}")
    return nfc(text)


def _decode_utf8_or_cp1258(data: bytes) -> str:
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1258")


def _split_csv(path: Path, text: str, delimiter: str) -> list[list[str]]:
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        return [[clean_text(cell) for cell in record] for record in reader]
    except csv.Error as exc:
        raise RosterFileError(path, f"not a readable CSV file ({exc})") from exc


def _cell_count(rows: Sequence[Sequence[str]]) -> int:
    return sum(1 for row in rows for cell in row if cell)


# --- the header row ------------------------------------------------------------------------------


def _find_header(rows: Sequence[Sequence[str]]) -> int | None:
    """Index of the first row naming the full-name column or at least two known columns."""
    for index, row in enumerate(rows[:HEADER_SEARCH_ROWS]):
        fields = [_header_field(cell) for cell in row]
        if FULL_NAME in fields or sum(f is not None for f in fields) >= 2:
            return index
    return None


def _no_header_error(path: Path, head: Sequence[Sequence[str]]) -> RosterFileError:
    shown = [" | ".join(cell for cell in row if cell) for row in head]
    shown = [_shorten(text, 80) for text in shown if text][:5]
    if not shown:
        detail = f"the file is empty (no data in the first {HEADER_SEARCH_ROWS} rows)"
        return RosterFileError(path, detail)
    return RosterFileError(
        path,
        f"no header row (with a column such as 'Họ và tên' or 'Full name') in the first "
        f"{HEADER_SEARCH_ROWS} rows; they contain: " + "; ".join(f"'{text}'" for text in shown),
    )


def _shorten(text: str, limit: int) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _map_columns(
    header: Sequence[str], header_row: int
) -> tuple[dict[str, _Column], list[RosterIssue]]:
    """Known columns by field (the first of each wins) and warnings for the others."""
    columns: dict[str, _Column] = {}
    warnings: list[RosterIssue] = []
    for index, label in enumerate(header):
        if not label:
            continue
        key = _header_field(label)
        if key is None:
            warnings.append(RosterIssue(header_row, label, "unknown column, ignored"))
        elif key in columns:
            message = f"same meaning as column '{columns[key].label}', ignored"
            warnings.append(RosterIssue(header_row, label, message))
        else:
            columns[key] = _Column(index, label)
    return columns, warnings


# --- the data rows -------------------------------------------------------------------------------


_DATA_FIELDS = (FULL_NAME, POSITION, COUNTER, ON_DUTY, STAFF_CODE, NOTE)


def _parse_table(path: Path, table: _Table) -> RosterParseResult:
    header_row = table.header_index + 1
    result = RosterParseResult(path, header_row=header_row, warnings=list(table.warnings))
    columns, column_warnings = _map_columns(table.rows[table.header_index], header_row)
    result.warnings.extend(column_warnings)
    if FULL_NAME not in columns:
        found = ", ".join(f"'{label}'" for label in table.rows[table.header_index] if label)
        message = (
            "no full-name column (such as 'Họ và tên' or 'Full name'); "
            f"the headers found are: {found}"
        )
        result.errors.append(RosterIssue(header_row, None, message))
        return result
    _parse_data_rows(table.rows[table.header_index + 1 :], header_row + 1, columns, result)
    result.warnings.extend(_duplicate_warnings(result.rows, columns[FULL_NAME].label))
    return result


def _parse_data_rows(
    rows: Sequence[Sequence[str]],
    first_row: int,
    columns: dict[str, _Column],
    result: RosterParseResult,
) -> None:
    seen_data = False
    for row_number, cells in enumerate(rows, start=first_row):
        values = {key: _value(cells, column) for key, column in columns.items()}
        if _is_blank(values):
            continue
        if not seen_data and _is_column_numbering(values):
            continue
        seen_data = True
        row, errors = _parse_row(row_number, values, columns)
        result.errors.extend(errors)
        if row is not None:
            result.rows.append(row)


def _value(cells: Sequence[str], column: _Column) -> str:
    return cells[column.index] if column.index < len(cells) else ""


def _is_blank(values: dict[str, str]) -> bool:
    """Nothing in the known columns, except perhaps a number in the sequence column."""
    if any(values.get(key) for key in _DATA_FIELDS):
        return False
    sequence = values.get(SEQUENCE, "")
    return not sequence or sequence.rstrip(".").isdigit()


def _is_column_numbering(values: dict[str, str]) -> bool:
    """The "(1) (2) (3)" row that Vietnamese templates put right under the header.

    ``values`` are in column order; the numbers must rise from left to right.
    """
    filled = [text for text in values.values() if text]
    if len(filled) < 2 or not all(_NUMBERING_CELL.fullmatch(text) for text in filled):
        return False
    numbers = [int(text.strip("()")) for text in filled]
    return all(a < b for a, b in zip(numbers, numbers[1:], strict=False))


def _parse_row(
    row_number: int, values: dict[str, str], columns: dict[str, _Column]
) -> tuple[RosterRow | None, list[RosterIssue]]:
    errors: list[RosterIssue] = []
    name_problem = _name_problem(values[FULL_NAME])
    if name_problem:
        errors.append(RosterIssue(row_number, columns[FULL_NAME].label, name_problem))
    on_duty = _parse_on_duty(values.get(ON_DUTY, ""))
    if on_duty is None:
        message = f"'{values[ON_DUTY]}' is not a yes/no value"
        errors.append(RosterIssue(row_number, columns[ON_DUTY].label, message))
    if on_duty is None or errors:
        return None, errors
    row = RosterRow(
        row=row_number,
        full_name=values[FULL_NAME],
        position=values.get(POSITION, ""),
        counter=values.get(COUNTER, ""),
        on_duty=on_duty,
        staff_code=values.get(STAFF_CODE, ""),
        note=values.get(NOTE, ""),
    )
    return row, []


def _name_problem(name: str) -> str | None:
    if not name:
        return "full name is empty"
    if any(ch.isdigit() for ch in name):
        return f"'{name}' is not a name: it contains digits"
    if len(name) > MAX_NAME_LENGTH:
        return f"full name is longer than {MAX_NAME_LENGTH} characters ({len(name)})"
    return None


def _duplicate_warnings(rows: Sequence[RosterRow], column: str) -> list[RosterIssue]:
    first_seen: dict[str, int] = {}
    warnings: list[RosterIssue] = []
    for row in rows:
        key = row.full_name.casefold()
        if key in first_seen:
            message = f"'{row.full_name}' is also on row {first_seen[key]} (both kept)"
            warnings.append(RosterIssue(row.row, column, message))
        else:
            first_seen[key] = row.row
    return warnings
