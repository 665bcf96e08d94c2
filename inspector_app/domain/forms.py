"""Checklists as data: the form files in ``forms/`` parsed and validated into frozen objects.

A form file is YAML (format: ``docs/forms.md``). Loading goes in three steps:

1. PyYAML *composes* the node tree, so the line of every key and list entry is known.
2. The tree becomes plain Python data with YAML 1.2 core scalars (``no`` and ``on`` stay text,
   ``07:30`` is not a number) while a map from each field path to its line is recorded; duplicate
   keys are errors instead of silently winning.
3. Pydantic validates the data; each error's ``loc`` is mapped back to a line, so a broken file
   gives ``forms/workplace.yaml, line 12, field 'sections[0].items[2].severity': ...``.

An inspection stores :meth:`Form.snapshot` (and its :meth:`Form.snapshot_sha256`) of every form
it used, so it keeps the exact questions even after the files change; :meth:`Form.from_snapshot`
rebuilds the form. This module imports neither Qt nor SQLAlchemy.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Literal, Self, TypeVar, get_args

import yaml
from pydantic import (
    AfterValidator,
    BaseModel,
    ConfigDict,
    Field,
    ValidationError,
    ValidationInfo,
    field_validator,
    model_validator,
)
from pydantic_core import ErrorDetails, PydanticCustomError

from inspector_app.domain.text import nfc

__all__ = [
    "COMPLIANCE_VALUES",
    "COMPLIANT",
    "NOT_APPLICABLE",
    "NOT_COMPLIANT",
    "AnswerType",
    "Choice",
    "Form",
    "FormError",
    "Item",
    "LocalizedText",
    "Scope",
    "Section",
    "Severity",
    "load_form_file",
    "load_forms",
    "parse_form",
    "snapshot_sha256",
]

AnswerType = Literal["compliance", "choice", "number", "time", "text"]
Scope = Literal["unit", "staff"]
Severity = Literal["minor", "major", "critical"]

COMPLIANT = "compliant"
NOT_COMPLIANT = "not_compliant"
NOT_APPLICABLE = "not_applicable"
COMPLIANCE_VALUES: tuple[str, ...] = (COMPLIANT, NOT_COMPLIANT, NOT_APPLICABLE)

FORM_SUFFIXES = (".yaml", ".yml")

Loc = tuple[str | int, ...]
"""A path into a form's data, as pydantic reports it: ``("sections", 0, "items", 2, "id")``."""

_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")
_T = TypeVar("_T")
_DEFER_ID_CHECK = "defer_id_check"  # validation context key: parse_form checks ids itself


# --------------------------------------------------------------------------- field types


def _slug(value: str) -> str:
    value = nfc(value).strip()
    if not _SLUG.fullmatch(value):
        raise PydanticCustomError(
            "slug",
            "Should be lower-case letters a-z, digits and single hyphens, e.g. 'attire-neat'",
        )
    return value


def _text(value: str) -> str:
    value = nfc(value).strip()
    if not value:
        raise PydanticCustomError("empty_text", "Should not be empty")
    return value


Slug = Annotated[str, AfterValidator(_slug)]
"""An identifier: ``attire-neat``."""
Text = Annotated[str, AfterValidator(_text)]
"""Non-empty text, NFC-normalized and stripped (inner line breaks are kept)."""


class _Model(BaseModel):
    model_config = ConfigDict(
        extra="forbid", frozen=True, allow_inf_nan=False, coerce_numbers_to_str=True
    )


# --------------------------------------------------------------------------- the models


class LocalizedText(_Model):
    """A text in Vietnamese and English."""

    vi: Text
    en: Text

    def get(self, lang: str) -> str:
        """The text in ``lang`` (``"en"``, ``"en_US"``, ``"vi"`` ...); Vietnamese otherwise."""
        return self.en if lang.lower().startswith("en") else self.vi


class Choice(_Model):
    """One option of a ``choice`` item: the stored ``value`` and the label shown."""

    value: Slug
    label: LocalizedText


class Item(_Model):
    """One question of a form."""

    id: Slug
    text: LocalizedText
    answer: AnswerType
    scope: Scope = "unit"
    severity: Severity = "minor"
    choices: tuple[Choice, ...] = Field(default=(), validate_default=True)
    unit: LocalizedText | None = None
    min: float | None = Field(default=None, strict=True)
    max: float | None = Field(default=None, strict=True)
    guidance: LocalizedText | None = None
    regulation: Text | None = None

    @field_validator("choices")
    @classmethod
    def _check_choices(
        cls, choices: tuple[Choice, ...], info: ValidationInfo
    ) -> tuple[Choice, ...]:
        answer = info.data.get("answer")
        if answer == "choice":
            if len(choices) < 2:
                raise PydanticCustomError(
                    "choices_missing", "A 'choice' item needs at least 2 choices"
                )
            duplicate = _first_duplicate(choice.value for choice in choices)
            if duplicate is not None:
                raise PydanticCustomError(
                    "choices_duplicate", "Duplicate choice value '{value}'", {"value": duplicate}
                )
        elif choices and answer is not None:
            raise PydanticCustomError("choices_unexpected", "Only a 'choice' item can have choices")
        return choices

    @field_validator("unit", "min", "max")
    @classmethod
    def _only_for_numbers(cls, value: object, info: ValidationInfo) -> object:
        if value is not None and info.data.get("answer", "number") != "number":
            raise PydanticCustomError(
                "number_only", "Only a 'number' item can have '{field}'", {"field": info.field_name}
            )
        return value

    @field_validator("max")
    @classmethod
    def _max_not_below_min(cls, value: float | None, info: ValidationInfo) -> float | None:
        low = info.data.get("min")
        if value is not None and low is not None and value < low:
            raise PydanticCustomError("max_below_min", "Should not be less than 'min'")
        return value

    def validate_value(self, value: str | None) -> str | None:
        """Normalize an answer given as text, or raise :class:`ValueError` saying what is wrong.

        ``None``, ``""`` and white space give ``None`` (no answer). Otherwise, by answer type:
        *compliance*: one of :data:`COMPLIANCE_VALUES` (case-insensitive); *choice*: one of the
        choice values; *number*: a decimal number within ``min``/``max`` with ``.`` or ``,`` as
        the decimal separator, returned in canonical form (``"95,50"`` gives ``"95.5"``);
        *time*: ``H:MM``, ``HH:MM`` or ``7h30``, returned as ``"07:30"``; *text*: NFC, stripped.
        """
        if value is None:
            return None
        text = nfc(value).strip()
        if not text:
            return None
        return _VALUE_CHECKS[self.answer](self, text)

    def _compliance_value(self, text: str) -> str:
        code = text.lower()
        if code not in COMPLIANCE_VALUES:
            raise ValueError(
                f"{text!r} is not a compliance answer; expected {_quoted(COMPLIANCE_VALUES)}"
            )
        return code

    def _choice_value(self, text: str) -> str:
        values = tuple(choice.value for choice in self.choices)
        if text not in values:
            raise ValueError(
                f"{text!r} is not a choice of item {self.id!r}; expected {_quoted(values)}"
            )
        return text

    def _number_value(self, text: str) -> str:
        number = _parse_number(text)
        if self.min is not None and number < Decimal(repr(self.min)):
            raise ValueError(f"{_canonical(number)} is below the minimum {_format_bound(self.min)}")
        if self.max is not None and number > Decimal(repr(self.max)):
            raise ValueError(f"{_canonical(number)} is above the maximum {_format_bound(self.max)}")
        return _canonical(number)

    def _time_value(self, text: str) -> str:
        match = _TIME.fullmatch(text)
        if not match or int(match[1]) > 23 or int(match[2]) > 59:
            raise ValueError(
                f"{text!r} is not a time; expected HH:MM on the 24-hour clock, e.g. '07:30'"
            )
        return f"{int(match[1]):02d}:{match[2]}"

    def _text_value(self, text: str) -> str:
        return text


_VALUE_CHECKS = {
    "compliance": Item._compliance_value,
    "choice": Item._choice_value,
    "number": Item._number_value,
    "time": Item._time_value,
    "text": Item._text_value,
}
_TIME = re.compile(r"(\d{1,2})[:hH](\d{2})")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)")
# "1.000" or "1,500": a Vietnamese thousands separator or a decimal point? Refuse to guess.
_AMBIGUOUS_NUMBER = re.compile(r"[+-]?[1-9]\d{0,2}[.,]\d{3}")


def _parse_number(text: str) -> Decimal:
    if _AMBIGUOUS_NUMBER.fullmatch(text):
        raise ValueError(
            f"{text!r} is ambiguous; write numbers without a thousands separator, "
            "e.g. '1000' or '1.5'"
        )
    candidate = text.replace(",", ".", 1) if text.count(",") == 1 and "." not in text else text
    if not _NUMBER.fullmatch(candidate):
        raise ValueError(f"{text!r} is not a number; expected e.g. '95.5'")
    return Decimal(candidate)


def _canonical(number: Decimal) -> str:
    """``Decimal("095.50")`` as ``"95.5"``, ``Decimal("1E+2")`` as ``"100"``, zero as ``"0"``."""
    if number == 0:
        return "0"
    return format(number.normalize(), "f")


def _format_bound(bound: float) -> str:
    return _canonical(Decimal(repr(bound)))


def _quoted(values: Iterable[str]) -> str:
    quoted = [f"'{value}'" for value in values]
    return quoted[0] if len(quoted) == 1 else ", ".join(quoted[:-1]) + " or " + quoted[-1]


def _first_duplicate(values: Iterable[str]) -> str | None:
    seen: set[str] = set()
    for value in values:
        if value in seen:
            return value
        seen.add(value)
    return None


def _non_empty(entries: tuple[_T, ...]) -> tuple[_T, ...]:
    # Not Field(min_length=1): pydantic would also report "too short" when an entry is invalid.
    if not entries:
        raise PydanticCustomError("empty_list", "Should have at least 1 entry")
    return entries


class Section(_Model):
    """A titled group of items."""

    id: Slug
    title: LocalizedText
    items: tuple[Item, ...]

    @field_validator("items")
    @classmethod
    def _not_empty(cls, items: tuple[Item, ...]) -> tuple[Item, ...]:
        return _non_empty(items)


class Form(_Model):
    """A checklist: sections of items, identified by ``id`` and ``version``."""

    id: Slug
    version: int = Field(ge=1, strict=True)
    title: LocalizedText
    description: LocalizedText | None = None
    default: bool = Field(default=True, strict=True)
    order: int = Field(default=100, strict=True)
    sections: tuple[Section, ...]

    @field_validator("sections")
    @classmethod
    def _not_empty(cls, sections: tuple[Section, ...]) -> tuple[Section, ...]:
        return _non_empty(sections)

    @model_validator(mode="after")
    def _check_unique_ids(self, info: ValidationInfo) -> Self:
        if info.context and info.context.get(_DEFER_ID_CHECK):
            return self
        for loc, message in _duplicate_ids(self.snapshot()):
            raise PydanticCustomError(
                "duplicate_id",
                "{field}: {message}",
                {"field": _format_loc(loc), "message": message},
            )
        return self

    def items(self) -> Iterator[tuple[Section, Item]]:
        """Every item with its section, in document order."""
        for section in self.sections:
            for item in section.items:
                yield section, item

    def item(self, item_id: str) -> Item:
        """The item with ``item_id``; :class:`KeyError` if there is none."""
        for _section, item in self.items():
            if item.id == item_id:
                return item
        raise KeyError(item_id)

    def unit_items(self) -> list[Item]:
        """The items asked once for the inspected unit."""
        return [item for _section, item in self.items() if item.scope == "unit"]

    def staff_items(self) -> list[Item]:
        """The items asked once for each staff member."""
        return [item for _section, item in self.items() if item.scope == "staff"]

    def snapshot(self) -> dict[str, Any]:
        """Every field, defaults included, as JSON-able data (lists, not tuples)."""
        return self.model_dump(mode="json")

    def snapshot_sha256(self) -> str:
        """The sha256 (hex) of the canonical JSON of :meth:`snapshot`."""
        return snapshot_sha256(self.snapshot())

    @classmethod
    def from_snapshot(cls, data: dict[str, Any]) -> Form:
        """Rebuild a form from :meth:`snapshot`; pydantic's ``ValidationError`` if it is invalid."""
        return cls.model_validate(data)


def snapshot_sha256(data: dict[str, Any]) -> str:
    """The sha256 (hex) of a snapshot's canonical JSON, as stored: a snapshot is checked against
    its hash as given, never re-parsed first (a later schema default would change the hash)."""
    canonical = json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def _duplicate_ids(data: object) -> list[tuple[Loc, str]]:
    """Repeated section ids (within the form) and item ids (within the whole form).

    Works on raw data, so that :func:`parse_form` can report them with exact lines even when other
    fields are invalid.
    """
    problems: list[tuple[Loc, str]] = []
    sections_seen: dict[str, Loc] = {}
    items_seen: dict[str, Loc] = {}
    for s, section in _dicts_in(data, "sections"):
        loc: Loc = ("sections", s, "id")
        problems += _check_unique(section.get("id"), loc, sections_seen, "section")
        for i, item in _dicts_in(section, "items"):
            loc = ("sections", s, "items", i, "id")
            problems += _check_unique(item.get("id"), loc, items_seen, "item")
    return problems


def _dicts_in(data: object, key: str) -> Iterator[tuple[int, dict[str, Any]]]:
    entries = data.get(key) if isinstance(data, dict) else None
    if isinstance(entries, list | tuple):
        yield from ((i, entry) for i, entry in enumerate(entries) if isinstance(entry, dict))


def _check_unique(
    value: object, loc: Loc, seen: dict[str, Loc], kind: str
) -> list[tuple[Loc, str]]:
    if not isinstance(value, str):
        return []
    value = nfc(value).strip()
    if value in seen:
        return [(loc, f"Duplicate {kind} id '{value}' (also at {_format_loc(seen[value])})")]
    seen[value] = loc
    return []


# --------------------------------------------------------------------------- errors


class FormError(Exception):
    """A form file that cannot be used, with the file, line and field when they are known.

    ``all_errors`` lists every problem found in the file (this one first).
    """

    def __init__(
        self, path: str, message: str, *, line: int | None = None, field: str | None = None
    ) -> None:
        self.path = path
        self.line = line
        self.field = field
        self.message = " ".join(message.split())
        self.all_errors: list[FormError] = [self]
        super().__init__(str(self))

    def __str__(self) -> str:
        where = [self.path]
        if self.line is not None:
            where.append(f"line {self.line}")
        if self.field:
            where.append(f"field '{self.field}'")
        return f"{', '.join(where)}: {self.message}"


def _format_loc(loc: Loc) -> str:
    """``("sections", 0, "items", 2, "id")`` as ``"sections[0].items[2].id"``."""
    text = ""
    for part in loc:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else str(part))
    return text


def _combined(errors: list[FormError]) -> FormError:
    errors.sort(key=lambda error: error.line or 0)
    first = errors[0]
    first.all_errors = errors
    return first


# --------------------------------------------------------------------------- YAML → data

_NULL = re.compile(r"~|null|Null|NULL|")
_TRUE = re.compile(r"true|True|TRUE")
_FALSE = re.compile(r"false|False|FALSE")
_INT = re.compile(r"[-+]?[0-9]+")
_FLOAT = re.compile(r"[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?")
_SPECIAL_FLOAT = re.compile(r"[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)")


def _scalar(node: yaml.ScalarNode) -> object:
    """A scalar by the YAML 1.2 core schema: quoted and block scalars are always text."""
    value: str = node.value
    if node.style is not None:
        return value
    if _NULL.fullmatch(value):
        return None
    if _TRUE.fullmatch(value) or _FALSE.fullmatch(value):
        return value[0] in "tT"
    if _INT.fullmatch(value):
        return int(value)
    if _FLOAT.fullmatch(value) or _SPECIAL_FLOAT.fullmatch(value):
        return float(value)
    return value


def _line(node: yaml.Node) -> int:
    return int(node.start_mark.line) + 1


class _Builder:
    """Turns a composed YAML node tree into data, recording the line of every field path."""

    def __init__(self) -> None:
        self.lines: dict[Loc, int] = {}
        self.errors: list[tuple[Loc, int, str]] = []
        self._open: set[int] = set()  # nodes being built: a recursive alias would loop

    def build(self, node: yaml.Node, loc: Loc = ()) -> object:
        self.lines.setdefault(loc, _line(node))
        if isinstance(node, yaml.ScalarNode):
            return _scalar(node)
        if id(node) in self._open:
            self.errors.append((loc, self.lines[loc], "Recursive YAML alias"))
            return None
        self._open.add(id(node))
        try:
            if isinstance(node, yaml.SequenceNode):
                return [self.build(entry, (*loc, i)) for i, entry in enumerate(node.value)]
            assert isinstance(node, yaml.MappingNode)  # the only other kind of node
            return self._mapping(node, loc)
        finally:
            self._open.discard(id(node))

    def _mapping(self, node: yaml.MappingNode, loc: Loc) -> dict[str, object]:
        result: dict[str, object] = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self.errors.append((loc, _line(key_node), "A key should be a plain name"))
                continue
            key = nfc(key_node.value)
            child = (*loc, key)
            if key in result:
                self.errors.append((child, _line(key_node), f"Duplicate key '{key}'"))
                continue
            self.lines[child] = _line(key_node)
            result[key] = self.build(value_node, child)
        return result


def _line_for(loc: Loc, lines: dict[Loc, int]) -> int | None:
    """The line of ``loc``, or of its closest existing ancestor (for a missing field)."""
    for end in range(len(loc), -1, -1):
        if loc[:end] in lines:
            return lines[loc[:end]]
    return None


def _line_count(text: str) -> int:
    return max(1, len(text.splitlines()))


def _compose(text: str, source: str) -> yaml.Node:
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        message = f"Invalid YAML: {exc.problem or exc.context}"
        if exc.problem and exc.context:
            message += f" ({exc.context})"
        line = min(mark.line + 1, _line_count(text)) if mark else None
        raise FormError(source, message, line=line) from None
    except yaml.YAMLError as exc:
        raise FormError(source, f"Invalid YAML: {exc}") from None
    if root is None:
        raise FormError(source, "The file is empty; a form needs id, version, title and sections")
    if not isinstance(root, yaml.MappingNode):
        kind = "a list" if isinstance(root, yaml.SequenceNode) else "a single value"
        raise FormError(
            source,
            f"The file should hold a mapping of fields (id, version, title, sections), not {kind}",
            line=_line(root),
        )
    return root


# --------------------------------------------------------------------------- pydantic → errors


def _model_at(loc: Loc) -> type[BaseModel] | None:
    """The model class that the data at ``loc`` is validated as (``Form`` at the root)."""
    model: type[BaseModel] | None = Form
    for part in loc:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part) if model else None
        if field is None:
            return None
        model = _model_in(field.annotation)
    return model


def _model_in(annotation: object) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    for arg in get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None


def _message(error: ErrorDetails) -> str:
    """Pydantic's message, reworded where it would talk about Python rather than the file."""
    kind, loc = error["type"], tuple(error["loc"])
    if kind == "extra_forbidden":
        model = _model_at(loc[:-1])
        allowed = f" (allowed: {', '.join(model.model_fields)})" if model else ""
        return f"Unknown field '{loc[-1]}'{allowed}"
    if kind == "tuple_type":
        return "Input should be a list"
    if kind in ("model_type", "model_attributes_type", "dict_type"):
        return "Input should be a mapping of fields (key: value)"
    return error["msg"].replace("Tuple should", "List should")


def _validation_errors(exc: ValidationError, source: str, lines: dict[Loc, int]) -> list[FormError]:
    errors = []
    for error in exc.errors(include_url=False):
        loc = tuple(error["loc"])
        line = _line_for(loc, lines)
        errors.append(FormError(source, _message(error), line=line, field=_format_loc(loc) or None))
    return errors


# --------------------------------------------------------------------------- loading


def _parse(text: str, source: str) -> tuple[Form, dict[Loc, int]]:
    builder = _Builder()
    data = builder.build(_compose(text, source))
    lines = builder.lines
    errors = [
        FormError(source, message, line=line, field=_format_loc(loc) or None)
        for loc, line, message in builder.errors
    ]
    errors += [
        FormError(source, message, line=_line_for(loc, lines), field=_format_loc(loc))
        for loc, message in _duplicate_ids(data)
    ]
    try:
        form = Form.model_validate(data, context={_DEFER_ID_CHECK: True})
    except ValidationError as exc:
        errors += _validation_errors(exc, source, lines)
    if errors:
        raise _combined(errors)
    return form, lines


def parse_form(text: str, source: str) -> Form:
    """Parse and validate one form from YAML ``text``; ``source`` names it in errors.

    Raises :class:`FormError` for the first problem (by line); ``all_errors`` holds every one.
    """
    return _parse(text, source)[0]


def _read_file(path: Path) -> tuple[Form, dict[Loc, int]]:
    source = str(path)
    try:
        raw = Path(path).read_bytes()
    except OSError as exc:
        raise FormError(source, f"Cannot read the file: {exc.strerror or exc}") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        message = f"Not UTF-8 text (byte 0x{raw[exc.start]:02x}); save the file as UTF-8"
        raise FormError(source, message, line=line) from None
    return _parse(text, source)


def load_form_file(path: Path) -> Form:
    """Load one form file (UTF-8 YAML); :class:`FormError` if it cannot be read or is invalid."""
    return _read_file(path)[0]


def _form_files(paths_or_dirs: Iterable[Path]) -> Iterator[Path]:
    """Files as given, and every ``*.yaml``/``*.yml`` directly in a folder, sorted by name."""
    seen: set[Path] = set()
    for given in paths_or_dirs:
        path = Path(given)
        if path.is_dir():
            files = sorted(
                entry
                for entry in path.iterdir()
                if entry.suffix.lower() in FORM_SUFFIXES and entry.is_file()
            )
        else:
            files = [path]
        for file in files:
            if file.resolve() not in seen:
                seen.add(file.resolve())
                yield file


def load_forms(paths_or_dirs: Iterable[Path]) -> tuple[list[Form], list[FormError]]:
    """Load form files and folders of form files, reporting broken files instead of raising.

    A second file with an ``(id, version)`` already loaded is an error naming that second file.
    The forms come sorted by ``(order, id, version)``; the errors in the order files were read.
    """
    forms: list[Form] = []
    errors: list[FormError] = []
    first_file: dict[tuple[str, int], Path] = {}
    for path in _form_files(paths_or_dirs):
        try:
            form, lines = _read_file(path)
        except FormError as exc:
            errors.append(exc)
            continue
        key = (form.id, form.version)
        if key in first_file:
            message = (
                f"Form '{form.id}' version {form.version} is already defined in {first_file[key]}"
            )
            errors.append(FormError(str(path), message, line=lines.get(("id",)), field="id"))
            continue
        first_file[key] = path
        forms.append(form)
    forms.sort(key=lambda form: (form.order, form.id, form.version))
    return forms, errors
