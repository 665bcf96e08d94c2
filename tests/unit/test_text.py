from __future__ import annotations

import unicodedata

from inspector_app.domain.text import clean_text, nfc, split_name, vn_name_sort_key, vn_sort_key


def test_nfc_recomposes_decomposed_vietnamese() -> None:
    nfd = unicodedata.normalize("NFD", "Nguyễn Thị Ánh")
    assert nfd != "Nguyễn Thị Ánh"
    assert nfc(nfd) == "Nguyễn Thị Ánh"


def test_clean_text_trims_and_folds_spaces() -> None:
    assert clean_text("  Trần \t Văn\n Bình ") == "Trần Văn Bình"
    assert clean_text(None) == ""


def test_split_name() -> None:
    assert split_name("Nguyễn Thị Minh Anh") == ("Nguyễn", "Thị Minh", "Anh")
    assert split_name("Hùng") == ("", "", "Hùng")


def test_vietnamese_alphabet_order() -> None:
    words = ["đá", "da", "dê", "ăn", "an", "ân", "ơn", "ôn", "on", "ư", "u", "b"]
    assert sorted(words, key=vn_sort_key) == [
        "an",
        "ăn",
        "ân",
        "b",
        "da",
        "dê",
        "đá",
        "on",
        "ôn",
        "ơn",
        "u",
        "ư",
    ]


def test_tones_only_break_ties_in_dictionary_order() -> None:
    words = ["má", "mạ", "ma", "mã", "mả", "mà", "mai"]
    assert sorted(words, key=vn_sort_key) == ["ma", "mà", "mả", "mã", "má", "mạ", "mai"]


def test_people_sorted_by_given_name_then_family_name() -> None:
    names = [
        "Trần Văn Bình",
        "Nguyễn Thị Anh",
        "Lê Ánh",
        "Đỗ Ăn",
        "Đào Anh",
        "Hà Văn Đức",
        "Vũ Dũng",
    ]
    assert sorted(names, key=vn_name_sort_key) == [
        "Đào Anh",
        "Nguyễn Thị Anh",
        "Lê Ánh",
        "Đỗ Ăn",
        "Trần Văn Bình",
        "Vũ Dũng",
        "Hà Văn Đức",
    ]


def test_sort_key_ignores_normalization_form() -> None:
    nfd = unicodedata.normalize("NFD", "Đặng Thị Ánh")
    assert vn_name_sort_key(nfd) == vn_name_sort_key("Đặng Thị Ánh")
