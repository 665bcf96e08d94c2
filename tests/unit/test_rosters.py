"""Rosters read from real-looking .xlsx and .csv files built in tmp_path."""

from __future__ import annotations

import codecs
import os
import unicodedata
from pathlib import Path

import openpyxl
import pytest

from inspector_app.rosters import (
    RosterFileError,
    RosterIssue,
    RosterParseResult,
    RosterRow,
    read_roster,
)

TITLE = "DANH SÁCH CÔNG CHỨC, VIÊN CHỨC TRỰC TẠI BỘ PHẬN MỘT CỬA"
TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"


def make_xlsx(path: Path, *sheets: list[list[object]], merge: str | None = None) -> Path:
    """A workbook with one sheet per list of rows; ``merge`` merges a range on the first sheet."""
    workbook = openpyxl.Workbook()
    for number, rows in enumerate(sheets):
        sheet = workbook.active if number == 0 else workbook.create_sheet()
        sheet.title = f"Sheet{number + 1}"
        for row in rows:
            sheet.append(row)
    if merge:
        workbook.worksheets[0].merge_cells(merge)
    workbook.save(path)
    return path


def make_csv(path: Path, lines: list[str], encoding: str = "utf-8", newline: str = "\r\n") -> Path:
    path.write_bytes((newline.join(lines) + newline).encode(encoding))
    return path


def excel_cp1258(text: str) -> bytes:
    """``text`` as Excel writes it in Windows-1258: letters precomposed where the code page has
    them (â, ê, ơ, ư, á, ...), other tone marks as combining characters after the letter.

    Python's cp1258 codec does not decompose by itself (``"ễ".encode("cp1258")`` fails), so this
    does what Windows' WideCharToMultiByte does.
    """
    out = bytearray()
    for ch in text:
        try:
            out += ch.encode("cp1258")
            continue
        except UnicodeEncodeError:
            pass
        decomposed = unicodedata.normalize("NFD", ch)
        base = unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in TONE_MARKS))
        tones = "".join(c for c in decomposed if c in TONE_MARKS)
        out += (base + tones).encode("cp1258")
    return bytes(out)


def row(
    number: int,
    name: str,
    position: str = "",
    counter: str = "",
    on_duty: bool = True,
    code: str = "",
    note: str = "",
) -> RosterRow:
    return RosterRow(number, name, position, counter, on_duty, code, note)


def issues(items: list[RosterIssue]) -> list[str]:
    return [str(item) for item in items]


# --- good files ----------------------------------------------------------------------------------


def test_xlsx_with_title_merged_cells_blank_rows_and_vietnamese_header(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "roster.xlsx",
        [
            [TITLE],  # row 1, merged A1:F1
            [],  # row 2
            ["Đơn vị: UBND xã Tân Phú"],  # row 3
            [None, "   ", None],  # row 4: blank, with a white-space cell
            ["STT", "Họ và tên", "Chức vụ", "Quầy số", "Trực", "Ghi chú"],  # row 5
            [1, "Nguyễn Văn An", "Chuyên viên", 3.0, True, None],  # row 6
            [2, "  Trần   Thị  Bình ", "Phó Trưởng bộ phận", 4, False, "Nghỉ phép"],  # row 7
            [3],  # row 8: only a sequence number
            [],  # row 9
            [4, "Lê Hoàng Cường", "Văn thư", "Bàn 2", None, "Đến muộn"],  # row 10
            [None, None, None, None, None, None],  # row 11, trailing
        ],
        merge="A1:F1",
    )

    result = read_roster(path)

    assert result.header_row == 5
    assert result.rows == [
        row(6, "Nguyễn Văn An", "Chuyên viên", "3", True),
        row(7, "Trần Thị Bình", "Phó Trưởng bộ phận", "4", False, note="Nghỉ phép"),
        row(10, "Lê Hoàng Cường", "Văn thư", "Bàn 2", True, note="Đến muộn"),
    ]
    assert result.errors == []
    assert result.warnings == []
    assert result.ok
    assert result.path == path


def test_xlsx_with_english_headers(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "roster.xlsx",
        [
            ["No.", "Full Name", "Title", "Desk", "On duty", "Staff code", "Note"],
            [1, "Phạm Thu Hà", "Officer", 1, "yes", 10234, ""],
            [2, "Đỗ Minh Khôi", "Head of division", 2, "no", "CB-07", "Back at 10:00"],
        ],
    )

    result = read_roster(path)

    assert result.header_row == 1
    assert result.rows == [
        row(2, "Phạm Thu Hà", "Officer", "1", True, "10234"),
        row(3, "Đỗ Minh Khôi", "Head of division", "2", False, "CB-07", "Back at 10:00"),
    ]
    assert result.errors == [] and result.warnings == []


def test_xlsx_uses_the_first_sheet_with_a_header(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "roster.xlsx",
        [["Hướng dẫn: điền danh sách ở trang sau"]],
        [[], ["Họ tên", "Vị trí làm việc"], ["Vũ Thị Lan", "Quầy 5"]],
    )

    result = read_roster(path)

    assert result.header_row == 2
    assert result.rows == [row(3, "Vũ Thị Lan", counter="Quầy 5")]
    assert issues(result.warnings) == ["read sheet 'Sheet2', the first one with a header row"]


def test_xlsx_column_numbering_row_under_the_header_is_skipped(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "roster.xlsx",
        [
            ["TT", "Họ và tên cán bộ", "Chức danh", "Có mặt trực"],
            ["(1)", "(2)", "(3)", "(4)"],
            [1, "Hoàng Văn Nam", "Chuyên viên", "x"],
        ],
    )

    result = read_roster(path)

    assert result.rows == [row(3, "Hoàng Văn Nam", "Chuyên viên", on_duty=True)]
    assert result.errors == []


def test_csv_utf8_with_bom_and_commas(tmp_path: Path) -> None:
    path = make_csv(
        tmp_path / "roster.csv",
        [
            "Họ tên,Chức danh,Bàn,Đang trực",
            "Nguyễn Thị Mai,Chuyên viên,1,x",
            ",,,",
            "Bùi Quốc Việt,Cán sự,2,không",
            "Ngô Ánh Tuyết,,3,",
        ],
        encoding="utf-8-sig",
    )
    assert path.read_bytes().startswith(codecs.BOM_UTF8)

    result = read_roster(path)

    assert result.header_row == 1
    assert result.rows == [
        row(2, "Nguyễn Thị Mai", "Chuyên viên", "1", True),
        row(4, "Bùi Quốc Việt", "Cán sự", "2", False),
        row(5, "Ngô Ánh Tuyết", "", "3", True),
    ]
    assert result.errors == [] and result.warnings == []


def test_csv_plain_utf8_without_bom(tmp_path: Path) -> None:
    path = make_csv(tmp_path / "roster.csv", ["Họ và tên,Trực", "Đặng Thị Hồng,có"], newline="\n")

    result = read_roster(path)

    assert result.rows == [row(2, "Đặng Thị Hồng", on_duty=True)]


def test_csv_cp1258_with_semicolons_as_excel_saves_it(tmp_path: Path) -> None:
    names = ["Nguyễn Văn Đức", "Trần Thị Ngọc Ánh", "Lý Thị Mỹ Lệ"]
    lines = [
        TITLE + ";;;",
        ";;;",
        "STT;Họ và tên;Chức vụ;Trực",
        f"1;{names[0]};Phó Giám đốc;Có",
        f"2;{names[1]};Chuyên viên;Nghỉ",
        f"3;{names[2]};Cán sự;",
    ]
    data = b"\r\n".join(excel_cp1258(line) for line in lines) + b"\r\n"
    # The file really holds decomposed tone marks (0xDE is a combining tilde in Windows-1258).
    assert b"Nguy\xea\xden" in data
    assert data.decode("cp1258") != "\r\n".join(lines) + "\r\n"
    path = tmp_path / "roster.csv"
    path.write_bytes(data)

    result = read_roster(path)

    assert result.header_row == 3
    assert [r.full_name for r in result.rows] == names
    assert all(unicodedata.is_normalized("NFC", r.full_name) for r in result.rows)
    assert result.rows == [
        row(4, names[0], "Phó Giám đốc", on_duty=True),
        row(5, names[1], "Chuyên viên", on_duty=False),
        row(6, names[2], "Cán sự", on_duty=True),
    ]
    assert result.errors == [] and result.warnings == []


def test_utf16_tab_separated_unicode_text(tmp_path: Path) -> None:
    path = make_csv(
        tmp_path / "roster.txt",
        ["Họ và tên\tChức vụ\tQuầy\tTrực", "Phan Thị Thu Trang\tChuyên viên\t7\t✓"],
        encoding="utf-16",
    )
    assert path.read_bytes().startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE))

    result = read_roster(path)

    assert result.rows == [row(2, "Phan Thị Thu Trang", "Chuyên viên", "7", True)]
    assert result.errors == []


def test_csv_quoted_fields_with_commas_and_newlines_keep_excel_row_numbers(
    tmp_path: Path,
) -> None:
    path = make_csv(
        tmp_path / "roster.csv",
        [
            "Họ và tên,Chức vụ,Ghi chú,Trực",
            '"Trịnh Văn Sơn","Trưởng phòng, kiêm Trưởng bộ phận","Họp\r\nbuổi sáng",0',
            '"Mai Thị ""Út"" Hoa",Chuyên viên,,1',
        ],
    )

    result = read_roster(path)

    assert result.rows == [
        row(
            2,
            "Trịnh Văn Sơn",
            "Trưởng phòng, kiêm Trưởng bộ phận",
            on_duty=False,
            note="Họp buổi sáng",
        ),
        row(3, 'Mai Thị "Út" Hoa', "Chuyên viên", on_duty=True),
    ]


@pytest.mark.parametrize(
    "header",
    ["HỌ VÀ TÊN", "họ  và   tên", "Ho va ten", "Họ tên:", "FULL NAME", "name", "Họ và tên\ncán bộ"],
)
def test_name_header_ignores_case_diacritics_and_spacing(tmp_path: Path, header: str) -> None:
    path = make_xlsx(tmp_path / "roster.xlsx", [[header, "Quầy (số)"], ["Tô Hữu Phước", 2]])

    result = read_roster(path)

    assert result.rows == [row(2, "Tô Hữu Phước", counter="2")]
    assert result.warnings == []


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("có", True), ("Có", True), ("co", True), ("x", True), ("X", True), ("✓", True),
        ("yes", True), ("Y", True), ("1", True), ("true", True), ("TRUE", True), ("trực", True),
        ("", True), ("không", False), ("KHÔNG", False), ("no", False), ("n", False),
        ("0", False), ("false", False), ("FALSE", False), ("nghỉ", False),
    ],
)  # fmt: skip
def test_on_duty_values(tmp_path: Path, value: str, expected: bool) -> None:
    path = make_csv(tmp_path / "roster.csv", ["Họ và tên,Trực", f"Kiều Anh,{value}"])

    result = read_roster(path)

    assert result.errors == []
    assert result.rows == [row(2, "Kiều Anh", on_duty=expected)]


def test_unknown_and_repeated_columns_are_warnings(tmp_path: Path) -> None:
    path = make_csv(
        tmp_path / "roster.csv",
        ["Họ và tên,Số điện thoại,Chức vụ,Chức danh,", "La Văn Tú,0912345678,Chuyên viên,CV,"],
    )

    result = read_roster(path)

    assert result.rows == [row(2, "La Văn Tú", "Chuyên viên")]
    assert issues(result.warnings) == [
        "row 1, column 'Số điện thoại': unknown column, ignored",
        "row 1, column 'Chức danh': same meaning as column 'Chức vụ', ignored",
    ]


def test_duplicate_names_are_a_warning_and_both_rows_are_kept(tmp_path: Path) -> None:
    path = make_csv(
        tmp_path / "roster.csv",
        ["Họ và tên,Quầy", "Nguyễn Văn An,1", "Lê Thị Hoa,2", "NGUYỄN VĂN AN,3"],
    )

    result = read_roster(path)

    assert [(r.row, r.full_name) for r in result.rows] == [
        (2, "Nguyễn Văn An"),
        (3, "Lê Thị Hoa"),
        (4, "NGUYỄN VĂN AN"),
    ]
    assert result.errors == []
    assert issues(result.warnings) == [
        "row 4, column 'Họ và tên': 'NGUYỄN VĂN AN' is also on row 2 (both kept)"
    ]


# --- row errors ----------------------------------------------------------------------------------


def test_bad_on_duty_value_names_row_and_column(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "roster.xlsx",
        [
            [TITLE],
            [],
            ["STT", "Họ và tên", "Trực"],
            [1, "Nguyễn Văn An", "x"],
            [],
            [],
            [2, "Trần Thị Bình", "maybe"],
        ],
    )

    result = read_roster(path)

    assert not result.ok
    assert result.errors == [RosterIssue(7, "Trực", "'maybe' is not a yes/no value")]
    assert str(result.errors[0]) == "row 7, column 'Trực': 'maybe' is not a yes/no value"
    assert result.rows == [row(4, "Nguyễn Văn An")]  # the valid rows, if the user wants them


def test_name_problems_are_errors(tmp_path: Path) -> None:
    long_name = "Nguyễn " * 15 + "An"
    path = make_csv(
        tmp_path / "roster.csv",
        [
            "STT;Full name;Position;Duty",
            "1;Lê Văn 2;Officer;",
            f"2;{long_name};Officer;",
            "3;;Officer;",
            "Tổng cộng;;;",
            "4;Hà Linh;Officer;x",
        ],
    )

    result = read_roster(path)

    assert issues(result.errors) == [
        "row 2, column 'Full name': 'Lê Văn 2' is not a name: it contains digits",
        "row 3, column 'Full name': full name is longer than 100 characters (107)",
        "row 4, column 'Full name': full name is empty",
        "row 5, column 'Full name': full name is empty",
    ]
    assert result.rows == [row(6, "Hà Linh", "Officer")]


def test_missing_name_column_lists_the_headers_found(tmp_path: Path) -> None:
    path = make_xlsx(
        tmp_path / "roster.xlsx",
        [[TITLE], ["STT", "Họ và đệm", "Chức vụ", "Quầy"], [1, "Nguyễn Văn", "Chuyên viên", 1]],
    )

    result = read_roster(path)

    assert result.rows == []
    assert result.header_row == 2
    assert issues(result.errors) == [
        "row 2: no full-name column (such as 'Họ và tên' or 'Full name'); "
        "the headers found are: 'STT', 'Họ và đệm', 'Chức vụ', 'Quầy'"
    ]


def test_issue_text_without_row_or_column() -> None:
    assert str(RosterIssue(None, None, "read sheet 'B'")) == "read sheet 'B'"
    assert str(RosterIssue(None, "Trực", "bad")) == "column 'Trực': bad"
    assert str(RosterIssue(3, None, "bad")) == "row 3: bad"


def test_result_ok_follows_errors(tmp_path: Path) -> None:
    result = RosterParseResult(tmp_path / "x.csv", [], [], [RosterIssue(1, None, "w")], 1)
    assert result.ok
    result.errors.append(RosterIssue(2, "Trực", "e"))
    assert not result.ok


# --- whole-file errors ---------------------------------------------------------------------------


def file_error(path: Path) -> str:
    with pytest.raises(RosterFileError) as info:
        read_roster(path)
    message = str(info.value)
    assert "\n" not in message
    return message


def test_xls_asks_to_save_as_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "roster.xls"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + os.urandom(512))

    assert file_error(path) == (
        "roster.xls: old Excel 97-2003 (.xls) files cannot be read; open it in Excel and save it "
        "as an Excel Workbook (.xlsx)"
    )


def test_corrupt_xlsx(tmp_path: Path) -> None:
    path = tmp_path / "roster.xlsx"
    path.write_bytes(os.urandom(2048))

    assert file_error(path) == "roster.xlsx: not a valid Excel workbook (the file is damaged)"


@pytest.mark.parametrize("name", ["empty.csv", "empty.txt"])
def test_empty_text_file(tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(b"")

    assert file_error(path) == f"{name}: the file is empty (no data in the first 15 rows)"


def test_xlsx_with_only_blank_cells_is_empty(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "empty.xlsx", [[], [None, " "]])

    assert file_error(path) == "empty.xlsx: the file is empty (no data in the first 15 rows)"


def test_file_with_only_a_title_lists_what_it_contains(tmp_path: Path) -> None:
    path = make_xlsx(tmp_path / "title.xlsx", [[TITLE], [], ["Ngày 02 tháng 01 năm 2025", "x"]])

    assert file_error(path) == (
        "title.xlsx: no header row (with a column such as 'Họ và tên' or 'Full name') in the "
        f"first 15 rows; they contain: '{TITLE}'; 'Ngày 02 tháng 01 năm 2025 | x'"
    )


def test_header_below_row_15_is_not_found(tmp_path: Path) -> None:
    lines = ["Ghi chú đầu trang"] + [""] * 15 + ["Họ và tên", "Nguyễn Văn An"]
    path = make_csv(tmp_path / "late.csv", lines)

    assert file_error(path) == (
        "late.csv: no header row (with a column such as 'Họ và tên' or 'Full name') in the "
        "first 15 rows; they contain: 'Ghi chú đầu trang'"
    )


def test_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "missing.xlsx"

    assert file_error(path) == f"missing.xlsx: file not found ({path})"


def test_unsupported_extension(tmp_path: Path) -> None:
    path = tmp_path / "roster.ods"
    path.write_bytes(b"PK\x03\x04")

    assert file_error(path) == (
        "roster.ods: not a roster file; use an Excel workbook (.xlsx) or a .csv file"
    )


def test_workbook_saved_with_a_csv_name(tmp_path: Path) -> None:
    make_xlsx(tmp_path / "roster.xlsx", [["Họ và tên"], ["An"]]).rename(tmp_path / "roster.csv")

    assert file_error(tmp_path / "roster.csv") == (
        "roster.csv: this is an Excel workbook; rename it to .xlsx"
    )


def test_binary_file_named_csv(tmp_path: Path) -> None:
    path = tmp_path / "roster.csv"
    path.write_bytes(b"\x00\x01\x02Ho va ten\x00")

    assert file_error(path) == (
        "roster.csv: not a text file; use an Excel workbook (.xlsx) or a .csv file"
    )
