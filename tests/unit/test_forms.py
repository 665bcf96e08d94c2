"""Checklist forms as data: the shipped files, error reports, snapshots and answer values."""

from __future__ import annotations

import hashlib
import json
import unicodedata
from pathlib import Path

import pytest
from pydantic import ValidationError

from inspector_app.domain.forms import (
    COMPLIANT,
    NOT_APPLICABLE,
    NOT_COMPLIANT,
    Form,
    FormError,
    Item,
    LocalizedText,
    load_form_file,
    load_forms,
    parse_form,
)
from inspector_app.paths import forms_dir

# Line numbers matter: the broken-file tests below point at them.
VALID = """\
id: demo
version: 1
title:
  vi: Biểu mẫu thử
  en: Demo form
sections:
  - id: main
    title:
      vi: Phần chính
      en: Main section
    items:
      - id: tidy
        text:
          vi: Gọn gàng
          en: Tidy
        answer: compliance
        severity: minor
      - id: channel
        text:
          vi: Hình thức tiếp nhận
          en: Channel
        answer: choice
        choices:
          - value: direct
            label: {vi: Trực tiếp, en: In person}
          - value: online
            label: {vi: Trực tuyến, en: Online}
"""


def edited(old: str, new: str, text: str = VALID) -> str:
    assert old in text, old
    return text.replace(old, new, 1)


def write(folder: Path, name: str, content: str | bytes) -> Path:
    path = folder / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def shipped_forms() -> list[Form]:
    forms, errors = load_forms([forms_dir()])
    assert errors == []
    return forms


# --------------------------------------------------------------------------- the shipped forms


def test_every_shipped_file_loads() -> None:
    files = sorted(forms_dir().glob("*.yaml"))
    assert [f.name for f in files] == [
        "dossier-handling.yaml",
        "staff-discipline.yaml",
        "workplace.yaml",
    ]
    for file in files:
        assert load_form_file(file).id == file.stem


def test_shipped_forms_in_display_order() -> None:
    assert [(f.id, f.version, f.default) for f in shipped_forms()] == [
        ("staff-discipline", 1, True),
        ("workplace", 1, True),
        ("dossier-handling", 1, True),
    ]


def test_shipped_files_are_nfc_utf8() -> None:
    for file in forms_dir().glob("*.yaml"):
        text = file.read_bytes().decode("utf-8")
        assert unicodedata.normalize("NFC", text) == text, file.name


def test_staff_discipline_is_asked_per_staff_member() -> None:
    form = next(f for f in shipped_forms() if f.id == "staff-discipline")
    assert form.unit_items() == []
    assert [item.id for item in form.staff_items()] == [
        "no-personal-matters",
        "attire-neat",
        "attire-uniform",
        "badge-worn",
        "badge-template",
        "attitude-4xin-4luon",
        "no-harassment",
    ]
    # The roll-call screen shows these two as columns.
    assert form.item("attire-neat").text.vi == "Trang phục gọn gàng, lịch sự"
    assert form.item("badge-worn").severity == "major"
    assert form.item("no-harassment").severity == "critical"


def test_unit_forms_are_asked_once() -> None:
    for form in shipped_forms():
        if form.id != "staff-discipline":
            assert form.staff_items() == [], form.id


def test_shipped_forms_use_every_answer_type_with_guidance() -> None:
    items = [item for form in shipped_forms() for _section, item in form.items()]
    assert {item.answer for item in items} == {"compliance", "choice", "number", "time", "text"}
    assert all(item.guidance is not None for item in items)
    rate = next(f for f in shipped_forms() if f.id == "dossier-handling").item("on-time-rate")
    assert (rate.unit, rate.min, rate.max) == (LocalizedText(vi="%", en="%"), 0.0, 100.0)


# --------------------------------------------------------------------------- broken files

BROKEN = {
    "wrong severity": (
        edited("severity: minor", "severity: huge"),
        "line 17, field 'sections[0].items[0].severity': "
        "Input should be 'minor', 'major' or 'critical'",
    ),
    "missing vi title": (
        edited("  vi: Biểu mẫu thử\n", ""),
        "line 3, field 'title.vi': Field required",
    ),
    "missing answer": (
        edited("        answer: compliance\n", ""),
        "line 12, field 'sections[0].items[0].answer': Field required",
    ),
    "duplicate item id": (
        edited("- id: channel", "- id: tidy"),
        "line 18, field 'sections[0].items[1].id': "
        "Duplicate item id 'tidy' (also at sections[0].items[0].id)",
    ),
    "choice without choices": (
        VALID[: VALID.index("        choices:")],
        "line 18, field 'sections[0].items[1].choices': A 'choice' item needs at least 2 choices",
    ),
    "choices on a compliance item": (
        edited("answer: choice", "answer: compliance"),
        "line 23, field 'sections[0].items[1].choices': Only a 'choice' item can have choices",
    ),
    "min on a compliance item": (
        edited("severity: minor\n", "severity: minor\n        min: 0\n"),
        "line 18, field 'sections[0].items[0].min': Only a 'number' item can have 'min'",
    ),
    "bad item id": (
        edited("- id: tidy", "- id: Tidy Desk"),
        "line 12, field 'sections[0].items[0].id': "
        "Should be lower-case letters a-z, digits and single hyphens, e.g. 'attire-neat'",
    ),
    "version as text": (
        edited("version: 1", "version: '1'"),
        "line 2, field 'version': Input should be a valid integer",
    ),
    "unknown field": (
        edited("severity: minor\n", "severity: minor\n        colour: red\n"),
        "line 18, field 'sections[0].items[0].colour': Unknown field 'colour' (allowed: id, "
        "text, answer, scope, severity, choices, unit, min, max, guidance, regulation)",
    ),
    "duplicate key": (
        edited("version: 1\n", "version: 1\nversion: 2\n"),
        "line 3, field 'version': Duplicate key 'version'",
    ),
    "no sections": (
        VALID[: VALID.index("sections:")] + "sections: []\n",
        "line 6, field 'sections': Should have at least 1 entry",
    ),
    "YAML syntax error": (
        edited("en: Demo form", "en: Demo: form"),
        "line 5: Invalid YAML: mapping values are not allowed here",
    ),
    "not a mapping": (
        "- id: demo\n- version: 1\n",
        "line 1: The file should hold a mapping of fields (id, version, title, sections), "
        "not a list",
    ),
    "empty file": ("", "The file is empty; a form needs id, version, title and sections"),
    "comments only": (
        "# nothing yet\n",
        "The file is empty; a form needs id, version, title and sections",
    ),
    "non-UTF-8 bytes": (
        VALID.encode().replace(b"en: Tidy", b"en: Caf\xe9"),
        "line 15: Not UTF-8 text (byte 0xe9); save the file as UTF-8",
    ),
}


@pytest.mark.parametrize(("content", "expected"), BROKEN.values(), ids=BROKEN.keys())
def test_broken_file_names_file_line_and_field(
    tmp_path: Path, content: str | bytes, expected: str
) -> None:
    path = write(tmp_path, "bad.yaml", content)
    with pytest.raises(FormError) as caught:
        load_form_file(path)
    separator = ", " if expected.startswith("line ") else ": "
    assert str(caught.value) == f"{path}{separator}{expected}"
    assert caught.value.path == str(path)


def test_error_parts_are_attributes() -> None:
    with pytest.raises(FormError) as caught:
        parse_form(edited("severity: minor", "severity: huge"), "forms/workplace.yaml")
    error = caught.value
    assert (error.path, error.line, error.field) == (
        "forms/workplace.yaml",
        17,
        "sections[0].items[0].severity",
    )
    assert error.message == "Input should be 'minor', 'major' or 'critical'"
    assert str(error).startswith("forms/workplace.yaml, line 17, field ")


def test_all_errors_are_kept_in_line_order() -> None:
    text = edited("severity: minor", "severity: huge", edited("  vi: Biểu mẫu thử\n", ""))
    text = edited("- id: channel", "- id: tidy", text)
    with pytest.raises(FormError) as caught:
        parse_form(text, "demo.yaml")
    assert [str(e) for e in caught.value.all_errors] == [
        "demo.yaml, line 3, field 'title.vi': Field required",
        "demo.yaml, line 16, field 'sections[0].items[0].severity': "
        "Input should be 'minor', 'major' or 'critical'",
        "demo.yaml, line 17, field 'sections[0].items[1].id': "
        "Duplicate item id 'tidy' (also at sections[0].items[0].id)",
    ]
    assert caught.value.all_errors[0] is caught.value


def test_missing_file_is_a_form_error(tmp_path: Path) -> None:
    path = tmp_path / "missing.yaml"
    with pytest.raises(FormError) as caught:
        load_form_file(path)
    assert str(caught.value) == f"{path}: Cannot read the file: No such file or directory"


def test_folder_with_a_broken_file_still_loads_the_others(tmp_path: Path) -> None:
    good = write(tmp_path, "a-demo.yaml", VALID)
    write(tmp_path, "b-broken.yaml", edited("severity: minor", "severity: huge"))
    write(tmp_path, "c-other.yml", edited("id: demo", "id: other\norder: 5"))
    copy = write(tmp_path, "d-copy.yaml", VALID)
    write(tmp_path, "notes.txt", "not a form")

    forms, errors = load_forms([tmp_path])

    assert [(f.id, f.order) for f in forms] == [("other", 5), ("demo", 100)]
    assert [str(e) for e in errors] == [
        f"{tmp_path / 'b-broken.yaml'}, line 17, field 'sections[0].items[0].severity': "
        "Input should be 'minor', 'major' or 'critical'",
        f"{copy}, line 1, field 'id': Form 'demo' version 1 is already defined in {good}",
    ]


def test_two_versions_of_a_form_both_load(tmp_path: Path) -> None:
    write(tmp_path, "v2.yaml", edited("version: 1", "version: 2"))
    first = write(tmp_path, "v1.yaml", VALID)
    forms, errors = load_forms([tmp_path, first])  # a file listed twice is read once
    assert errors == []
    assert [(f.id, f.version) for f in forms] == [("demo", 1), ("demo", 2)]


# --------------------------------------------------------------------------- YAML details


def test_nfd_input_becomes_nfc() -> None:
    form = parse_form(unicodedata.normalize("NFD", VALID), "nfd.yaml")
    assert form.title.vi == "Biểu mẫu thử"
    assert unicodedata.is_normalized("NFC", form.item("tidy").text.vi)
    assert form == parse_form(VALID, "nfc.yaml")


def test_plain_scalars_follow_yaml_1_2() -> None:
    text = edited("value: direct", "value: yes", edited("value: online", "value: no"))
    text = edited("severity: minor\n", "severity: minor\n        regulation: 12:30\n", text)
    form = parse_form(text, "demo.yaml")
    assert [c.value for c in form.item("channel").choices] == ["yes", "no"]
    assert form.item("tidy").regulation == "12:30"


def test_block_text_is_stripped_but_keeps_line_breaks() -> None:
    text = edited("          en: Tidy\n", "          en: |\n            Tidy\n            desk\n")
    assert parse_form(text, "demo.yaml").item("tidy").text.en == "Tidy\ndesk"


# --------------------------------------------------------------------------- the model


def test_defaults_and_lookups() -> None:
    form = parse_form(VALID, "demo.yaml")
    assert (form.default, form.order, form.description) == (True, 100, None)
    tidy = form.item("tidy")
    assert (tidy.scope, tidy.severity, tidy.choices, tidy.guidance) == ("unit", "minor", (), None)
    assert [(s.id, i.id) for s, i in form.items()] == [("main", "tidy"), ("main", "channel")]
    assert form.unit_items() == [tidy, form.item("channel")]
    assert form.staff_items() == []
    with pytest.raises(KeyError):
        form.item("nope")


def test_localized_text_falls_back_to_vietnamese() -> None:
    text = LocalizedText(vi="Gọn gàng", en="Tidy")
    assert [text.get(lang) for lang in ("vi", "en", "en_US", "fr", "")] == [
        "Gọn gàng",
        "Tidy",
        "Tidy",
        "Gọn gàng",
        "Gọn gàng",
    ]


def test_models_are_frozen() -> None:
    form = parse_form(VALID, "demo.yaml")
    with pytest.raises(ValidationError):
        form.version = 2  # type: ignore[misc]


def test_direct_construction_checks_unique_section_ids() -> None:
    data = parse_form(VALID, "demo.yaml").snapshot()
    data["sections"].append(data["sections"][0] | {"items": []})
    data["sections"][1]["items"] = [data["sections"][0]["items"][0] | {"id": "other"}]
    with pytest.raises(ValidationError, match=r"sections\[1\]\.id: Duplicate section id 'main'"):
        Form.from_snapshot(data)


# --------------------------------------------------------------------------- snapshots


@pytest.mark.parametrize("form", shipped_forms(), ids=lambda f: f.id)
def test_snapshot_round_trip(form: Form) -> None:
    snapshot = form.snapshot()
    again = Form.from_snapshot(json.loads(json.dumps(snapshot)))
    assert again == form
    assert again.snapshot_sha256() == form.snapshot_sha256()
    canonical = json.dumps(snapshot, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    assert form.snapshot_sha256() == hashlib.sha256(canonical.encode()).hexdigest()


def test_snapshot_includes_defaults() -> None:
    snapshot = parse_form(VALID, "demo.yaml").snapshot()
    assert (snapshot["default"], snapshot["order"], snapshot["description"]) == (True, 100, None)
    assert snapshot["sections"][0]["items"][0] == {
        "id": "tidy",
        "text": {"vi": "Gọn gàng", "en": "Tidy"},
        "answer": "compliance",
        "scope": "unit",
        "severity": "minor",
        "choices": [],
        "unit": None,
        "min": None,
        "max": None,
        "guidance": None,
        "regulation": None,
    }


def test_a_changed_text_changes_the_sha() -> None:
    form = parse_form(VALID, "demo.yaml")
    changed = parse_form(edited("en: Tidy", "en: Tidy desk"), "demo.yaml")
    assert changed.snapshot_sha256() != form.snapshot_sha256()
    assert parse_form(VALID, "again.yaml").snapshot_sha256() == form.snapshot_sha256()


# --------------------------------------------------------------------------- answer values


def make_item(answer: str, **fields: object) -> Item:
    return Item.model_validate(
        {"id": "q", "text": {"vi": "Câu hỏi", "en": "Question"}, "answer": answer, **fields}
    )


CHOICE = make_item(
    "choice",
    choices=[
        {"value": "direct", "label": {"vi": "Trực tiếp", "en": "In person"}},
        {"value": "online", "label": {"vi": "Trực tuyến", "en": "Online"}},
    ],
)
RATE = make_item("number", min=0, max=100)


@pytest.mark.parametrize(
    ("item", "given", "expected"),
    [
        (make_item("compliance"), "compliant", COMPLIANT),
        (make_item("compliance"), " Not_Compliant ", NOT_COMPLIANT),
        (make_item("compliance"), "not_applicable", NOT_APPLICABLE),
        (CHOICE, "online", "online"),
        (RATE, "95.5", "95.5"),
        (RATE, "95,50", "95.5"),
        (RATE, "095.0", "95"),
        (RATE, "100", "100"),
        (RATE, "0", "0"),
        (RATE, ".5", "0.5"),
        (make_item("number"), "-0", "0"),
        (make_item("number"), "12345", "12345"),
        (make_item("time"), "07:30", "07:30"),
        (make_item("time"), "7:05", "07:05"),
        (make_item("time"), "7h30", "07:30"),
        (make_item("time"), "23:59", "23:59"),
        (make_item("text"), unicodedata.normalize("NFD", "  Đã nhắc nhở\n"), "Đã nhắc nhở"),
        (make_item("text"), None, None),
        (make_item("number"), "", None),
        (make_item("compliance"), "   ", None),
    ],
)
def test_valid_answer_values(item: Item, given: str | None, expected: str | None) -> None:
    assert item.validate_value(given) == expected


@pytest.mark.parametrize(
    ("item", "given", "message"),
    [
        (
            make_item("compliance"),
            "yes",
            "'yes' is not a compliance answer; "
            "expected 'compliant', 'not_compliant' or 'not_applicable'",
        ),
        (CHOICE, "Online", "'Online' is not a choice of item 'q'; expected 'direct' or 'online'"),
        (RATE, "abc", "'abc' is not a number; expected e.g. '95.5'"),
        (RATE, "1e2", "'1e2' is not a number; expected e.g. '95.5'"),
        (RATE, "100.01", "100.01 is above the maximum 100"),
        (RATE, "-1", "-1 is below the minimum 0"),
        (
            make_item("number"),
            "1.000",
            "'1.000' is ambiguous; write numbers without a thousands separator, "
            "e.g. '1000' or '1.5'",
        ),
        (
            make_item("time"),
            "24:00",
            "'24:00' is not a time; expected HH:MM on the 24-hour clock, e.g. '07:30'",
        ),
        (
            make_item("time"),
            "7:5",
            "'7:5' is not a time; expected HH:MM on the 24-hour clock, e.g. '07:30'",
        ),
        (
            make_item("time"),
            "12:60",
            "'12:60' is not a time; expected HH:MM on the 24-hour clock, e.g. '07:30'",
        ),
    ],
)
def test_invalid_answer_values(item: Item, given: str, message: str) -> None:
    with pytest.raises(ValueError) as caught:
        item.validate_value(given)
    assert str(caught.value) == message


def test_choice_item_rules() -> None:
    with pytest.raises(ValidationError, match="Duplicate choice value 'a'"):
        make_item("choice", choices=[{"value": "a", "label": {"vi": "A", "en": "A"}}] * 2)
    with pytest.raises(ValidationError, match="Should not be less than 'min'"):
        make_item("number", min=5, max=1)
