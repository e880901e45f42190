"""The Turkish analyser's reading of a word: lemma, case, voice, mood, tense, nominalisation."""

from __future__ import annotations

import pytest

from drift.text.morphology import analyses, read


@pytest.mark.parametrize(("word", "lemma", "features"), [
    # necessity, ability, negated ability, inability
    ("yıkılmalı", "yıkmak", {"moods": ("necessity",), "voice": ("Pass",), "finite": True}),
    ("yüzebilir", "yüzmek", {"moods": ("ability",), "tense": "aorist", "negative": False}),
    ("kalmayabilir", "kalmak", {"moods": ("ability",), "negative": True, "unable": False}),
    ("okuyamaz", "okumak", {"negative": True, "unable": True, "tense": "aorist"}),
    # the future, as a sentence's verb and as a clause made a noun
    ("boyanacak", "boyamak", {"tense": "future", "finite": True, "voice": ("Pass",)}),
    ("satılacağını", "satmak", {"nominalisation": "FutPart", "case": "Acc", "finite": False}),
    # the evidential after a tense, and the formal -mIştIr, which is no report
    ("bekliyormuş", "beklemek", {"tense": "progressive", "evidential": True}),
    ("yazılmıştır", "yazmak", {"tense": "narrative", "copula": True, "evidential": False}),
    # the conditional and the wish
    ("yağarsa", "yağmak", {"moods": ("conditional",), "tense": "aorist"}),
    ("yazsa", "yazmak", {"moods": ("desire",)}),
    # clauses made nouns: -DIk, -mA, -mAk
    ("kazandığını", "kazanmak", {"nominalisation": "PastPart", "possessive": "P3sg", "case": "Acc", "pos": "Noun"}),
    ("okumasını", "okumak", {"nominalisation": "Inf2", "possessive": "P3sg", "case": "Acc"}),
    ("yüzmeyi", "yüzmek", {"nominalisation": "Inf2", "case": "Acc"}),
    # nouns: case, possessive and number
    ("köprülerden", "köprü", {"case": "Abl", "number": "pl", "pos": "Noun"}),
    ("bahçesine", "bahçe", {"case": "Dat", "possessive": "P3sg"}),
    ("tarlada", "tarla", {"case": "Loc", "possessive": ""}),
])
def test_read(word, lemma, features):
    analysis = read(word)
    assert analysis is not None and analysis.lemma == lemma
    for name, value in features.items():
        assert getattr(analysis, name) == value, (word, name, getattr(analysis, name))


@pytest.mark.parametrize(("word", "necessity", "ability", "future"), [
    ("onarılmalıdır", True, False, False),  # zeyrek reads only -mA + -lI made a verb: repaired to the necessity
    ("durmalıydı", True, False, False),
    ("sürebilecek", False, True, True),
    ("bitecekler", False, False, True),
])
def test_modal_properties(word, necessity, ability, future):
    analysis = read(word)
    assert (analysis.necessity, analysis.ability, analysis.future) == (necessity, ability, future)


def test_choice_prefers_fewest_derivations_then_third_person():
    """A finite necessity before "with a doing" (-mA + -lI); the possessive of the third person before the second."""
    assert read("sulanmalı").moods == ("necessity",)
    assert [item.moods for item in analyses("sulanmalı")][0] == ("necessity",)
    assert read("bulduğunu").possessive == "P3sg"
    assert any(item.possessive == "P2sg" for item in analyses("bulduğunu"))


def test_a_lexicalised_noun_is_read_as_the_noun():
    """"taşınmalı" is taşınmak (move house) + -mAlI before taşımak (carry) + passive: the longer lemma, fewer steps."""
    assert read("taşınmalı").lemma == "taşınmak"
    assert any(item.lemma == "taşımak" and item.voice == ("Pass",) for item in analyses("taşınmalı"))


def test_capitals_fold_the_turkish_way():
    assert read("İSTENMELİ").lemma == "istemek"
    assert read("IRMAKTAN").case == "Abl"


@pytest.mark.parametrize("word", ["", "2024", "Ankara'ya", "e-posta", "zzqxw"])
def test_words_it_cannot_read(word):
    assert read(word) is None
    assert analyses(word) == ()


def test_a_word_is_read_once():
    assert read("yürüyebilir") is read("yürüyebilir")


def test_loading_prints_nothing(capsys):
    """zeyrek print()s notes on its dictionaries and logs each analysis: neither may reach stdout or stderr."""
    read("koşabilir")
    captured = capsys.readouterr()
    assert captured.out == "" and captured.err == ""


def test_the_analyser_is_imported_only_when_a_word_is_read():
    import subprocess
    import sys

    code = "import sys, drift.text.morphology as m; print('zeyrek' in sys.modules, 'nltk' in sys.modules)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "False False"


def test_a_reading_added_to_zeyreks_keeps_its_own():
    """The future and the necessity zeyrek misses come first; its participle and adjective stay for context."""
    assert read("kurulacak").finite and read("kurulacak").future
    assert any(item.pos == "Adj" and item.nominalisation == "FutPart" for item in analyses("kurulacak"))
    assert read("düşürmeli").necessity
    assert any(item.pos == "Adj" and not item.necessity for item in analyses("düşürmeli"))


# Our own sentences, of the news the checks read: their words are read by the lazy analyser and by zeyrek's
# analyser built whole, and must get the same analyses in the same order.
_SENTENCES = """
Bakanlık, yeni köprünün gelecek yıl açılacağını ve trafiğin büyük ölçüde rahatlayacağını açıkladı.
Belediye başkanı, yağmurların ardından su baskınlarının yaşandığı mahallelerde incelemelerde bulundu.
Ben de onlara bana söylediklerini anlattım; sen bunu bilmiyordun, biz ise daha önce duymuştuk.
Uzmanlar, enflasyonun önümüzdeki aylarda düşebileceğini ancak faizlerin yüksek kalması gerektiğini söyledi.
Hükümet, vergi düzenlemesinin meclise sunulmadan önce taraflarla görüşüleceğini duyurdu.
Toplantıya katılan milletvekilleri, yasanın değiştirilmesi gerektiği konusunda anlaştıklarını belirtti.
Şirket yönetimi, çalışanların maaşlarının yılbaşından itibaren yüzde yirmi artırılacağını bildirdi.
Öğrenciler sınav sonuçlarının açıklanmasını beklerken okulun önünde toplandılar ve şarkılar söylediler.
Deprem bölgesinde evleri yıkılan aileler için çadırlar kuruldu, yardımlar dağıtılmaya başlandı.
Mahkeme, sanığın tutukluluk halinin devamına karar verdi; duruşma gelecek ay yeniden görülecek.
Bu karar, ülkenin dış politikasında önemli bir değişiklik olarak değerlendirilmedi, değil mi?
Dün akşam başlayan yangın, rüzgârın etkisiyle ormanlık alana yayıldı ve sabaha karşı söndürülebildi.
Kimse bu kadar büyük bir kalabalığın meydanda toplanacağını tahmin etmemişti; herkes şaşırdı.
Araştırmacılar, yeni ilacın hastaların çoğunda olumlu sonuç verdiğini, bazılarında ise etkisiz kaldığını yazdı.
Demek ki o gün orada kendisi de vardı; gördüklerini bize yıllar sonra anlatabildi.
Seçimlerin ardından kurulacak koalisyonun ekonomik reformları hızlandırması bekleniyor.
Kuraklık nedeniyle barajlardaki su seviyesi geçen yılın aynı dönemine göre belirgin biçimde azaldı.
Ödül töreninde konuşan yönetmen, filmini savaşta hayatını kaybeden sivillere adadığını söyledi.
İhracatçılar, kurdaki dalgalanmanın siparişleri ertelemelerine yol açtığından yakındılar.
Atkuyruğu saçlı çocuk, gözlerini kısarak uzaktaki gemiye baktı ve hiçbir şey demedi.
Taşımalı eğitim sistemi, köylerdeki okulların kapatılmasıyla birlikte yaygınlaştırılmıştır.
Yenilenebilir enerji kaynaklarına yapılan yatırımlar, son beş yılda iki katından fazla arttı.
"""


def test_the_lazy_analyser_reads_as_the_eager_one():
    """The eager analyser is built in a process of its own: zeyrek's graph lives in module-level states, which a
    second build in one process would connect again."""
    import pickle
    import re
    import subprocess
    import sys

    from drift.text import morphology
    from drift.text.fold import fold_case

    words = sorted({fold_case(word, turkish=True) for word in re.findall(r"\w+", _SENTENCES)})
    assert len(words) > 200
    code = ("import pickle, sys; from drift.text import morphology as m; a = m._eager_analyzer(); "
            "sys.stdout.buffer.write(pickle.dumps({w: m._analyses_with(a, w) for w in sys.argv[1:]}))")
    eager = pickle.loads(subprocess.run([sys.executable, "-c", code, *words], capture_output=True,
                                        check=True).stdout)
    lazy = {word: morphology.analyses(word) for word in words}
    assert sum(1 for word in words if lazy[word]) > 0.9 * len(words)
    assert [word for word in words if lazy[word] != eager[word]] == []


def test_the_lazy_analyser_parses_the_items_zeyreks_graph_fetches():
    import re
    from pathlib import Path

    import zeyrek.morphotactics

    from drift.text import morphology

    source = Path(zeyrek.morphotactics.__file__).read_text(encoding="utf-8")
    assert set(re.findall(r'get_item_by_id\("([^"]+)"\)', source)) == set(morphology._GRAPH_ITEM_IDS)


def test_every_stem_is_in_a_group_its_words_load():
    """With every group loaded, each stem's item is in a group a word starting with that stem loads first."""
    from drift.text import morphology

    lazy = morphology._analyzer()  # the module's own: a second graph in one process would connect zeyrek's twice
    groups = [key.removeprefix(morphology._GROUP) for key in lazy._rows if key.startswith(morphology._GROUP)]
    assert len(groups) > 10000
    for key in groups:
        lazy._load(key)
    owner = {id(item): lemma for lemma, items in lazy._items_of.items() for item in items}
    stems = lazy._morphotactics.stem_transitions
    transitions = [*stems.single_stems.items(),
                   *((surface, one) for surface, many in stems.multi_stems.items() for one in many)]
    assert len(transitions) > 38000
    outside = [(surface, transition.dict_item.id_) for surface, transition in transitions
               if not any(owner.get(id(transition.dict_item)) in lazy.group_lemmas(surface[:length])
                          for length in range(1, morphology._PREFIX + 1))]
    assert outside == []
    # Within a group, a word loads the lemmas with a stem prefix it starts with: every stem starts with one.
    prefixes = {lemma: found for key in groups for lemma, found in lazy.group_entries(key)}
    unmarked = [(surface, transition.dict_item.id_) for surface, transition in transitions
                if not surface.startswith(prefixes[owner[id(transition.dict_item)]])]
    assert unmarked == []


def test_reading_a_word_does_not_import_nltk():
    """zeyrek's package __init__ imports nltk for its text API: drift imports the analyser's modules without it."""
    import subprocess
    import sys

    code = ("import sys, drift.text.morphology as m; m.read('geliyor'); "
            "print(m.read('geliyor').lemma, 'nltk' in sys.modules)")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "gelmek False"


def test_reading_one_word_leaves_the_analyses_of_another_alone():
    """zeyrek's search changed a stem's phonetic attributes in place, so a future form read first took the adverb
    reading from a converb of the same verb read after it."""
    from drift.text import morphology

    analyser = morphology._analyzer()
    before = [str(found) for found in analyser.analyze("olarak")]
    for word in ("olacak", "yapılacak", "gelecek", "olarak", "yapılan"):
        analyser.analyze(word)
    assert before and [str(found) for found in analyser.analyze("olarak")] == before


def test_the_shipped_grouping_is_of_these_dictionaries():
    """The prebuilt index (tools/build_morphology_index.py) holds the rows the analyser would group in memory, and
    its header names these dictionaries and this grouping, so it is the one read."""
    import gzip

    from drift.lexicon.table import read_table, table_bytes
    from drift.text import morphology

    morphology._import_zeyrek_core()
    built = gzip.decompress(table_bytes(morphology._index_rows(), morphology._indexed_bytes()))
    assert gzip.decompress(morphology.INDEX.read_bytes()) == built
    import hashlib

    assert read_table(morphology.INDEX, hashlib.sha256(morphology._indexed_bytes()).hexdigest()) is not None


def test_a_stale_grouping_is_not_read(tmp_path):
    """An index of other dictionaries (or of another grouping) is passed over: the rows are grouped in memory."""
    from drift.lexicon.table import read_table
    from drift.text import morphology

    assert read_table(morphology.INDEX, "0" * 64) is None
    rows = morphology._group_rows(["ab", "aba", "aba [P:Adj]", "## a comment", "abartmak [A:...]"])
    assert rows["lemma aba"] == "aba|aba [P:Adj]"
    # A group holds every lemma whose stem starts so, in file order, and a short stem's whole self: "abart" (of
    # abartmak) is under "abar", and under "aba" too, as its last two letters may change. Each lemma comes with what
    # its stems start with: all but the last two letters of a root, at least its first.
    assert rows["group aba"] == "aba=a abartmak=aba=abartm" and rows["group abar"] == "abartmak=aba=abartm"
    assert rows["group a"] == "ab=a aba=a"
