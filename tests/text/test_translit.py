"""The sound key that compares a foreign name's Turkish phonetic spelling with its English romanisation."""

from __future__ import annotations

import pytest

from drift.text.translit import english_sound_key, same_sounds, turkish_sound_key


@pytest.mark.parametrize(("turkish", "english"), [
    ("Poroşenko", "Poroshenko"),   # ş = sh
    ("Poroşenko", "Porochenko"),   # French ch for the same sound
    ("Çaykovski", "Tchaikovsky"),  # ç = tch, y = i
    ("Jukov", "Zhukov"),           # j = zh
    ("Cevat", "Jevat"),            # c = j
    ("Bağdat", "Baghdad"),         # ğ = gh, a final d written t in Turkish
    ("Bıgıddın", "Baghidin"),      # ı stands for any English vowel; doubled letters are one
    ("Ruhani", "Rouhani"),         # ou = u
    ("Vaşington", "Washington"),   # v for w
    ("Smirnov", "Smirnoff"),       # -off = -ov
    ("Aleksandr", "Alexandr"),     # ks = x
    ("Mihail", "Mikhail"),         # kh = h
])
def test_one_name_in_two_orthographies_has_one_key(turkish, english):
    assert same_sounds(turkish, english)


@pytest.mark.parametrize(("turkish", "english"), [
    ("Valentino", "Valetino"),     # a letter lost
    ("Selim", "Salim"),            # a vowel changed
    ("Zuravski", "Zhuravski"),     # z is not zh
    ("Scholz", "Scholtz"),         # a letter added
    ("Dumlupınar", "Dumlubinar"),  # p is not b inside a word
    ("Cemil", "Cemal"),
])
def test_a_changed_letter_still_changes_the_key(turkish, english):
    assert not same_sounds(turkish, english)


def test_keys_spell_the_hushing_sounds_alike():
    assert turkish_sound_key("Saşa") == english_sound_key("Sasha") == english_sound_key("Sacha") == english_sound_key("Saša")


def test_dotless_i_matches_a_vowel_not_a_consonant():
    assert same_sounds("Kırgın", "Kirgin") and same_sounds("Kırgın", "Kurgun")
    assert not same_sounds("Kırgın", "Krgin")
