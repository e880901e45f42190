"""`--mt MODEL` with a real, tiny Marian model built in the test run (tests/tiny_marian.py): no download.

Runs with the [mt] extra (`make test-mt`); skipped where transformers is not installed.
"""

from __future__ import annotations

import json

import pytest

pytest.importorskip("transformers")
pytest.importorskip("sentencepiece")

import drift  # noqa: E402
from drift.cli import main  # noqa: E402
from drift.mt import RenderingCache, TransformersTranslator, render  # noqa: E402
from tiny_marian import build_tiny_marian  # noqa: E402

TURKISH = ["Bakan bütçeyi onayladı.", "ABD öneriyi iletti.", "Meclis çarşamba toplandı.",
           "Bakan bütçeyi onayladı.", "Ticaret bu yıl artacak."]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory) -> str:
    return str(build_tiny_marian(tmp_path_factory.mktemp("tiny-marian")))


@pytest.fixture(autouse=True)
def offline(monkeypatch):
    # Nothing may reach a model hub: a folder loads without it.
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")


def test_batches_and_cache(tiny_model, tmp_path):
    translator = TransformersTranslator(tiny_model, batch_size=2)
    assert translator.device == "cpu" or translator.device == "cuda"
    cache = RenderingCache(tmp_path / "mt")
    first = render(TURKISH, translator, cache=cache)
    assert len(first.texts) == 5 and first.texts[0] == first.texts[3]  # one sentence, one rendering
    assert first.from_model == 4 and translator.calls == 2  # four distinct sentences in batches of two
    again = render(TURKISH, translator, cache=cache)
    assert again.texts == first.texts and again.from_model == 0 and translator.calls == 2
    # A new model instance reading the same cache never runs either.
    fresh = TransformersTranslator(tiny_model)
    assert render(TURKISH[:2], fresh, cache=cache).from_model == 0 and fresh.calls == 0


def test_a_second_run_skips_the_model(tiny_model, tmp_path, monkeypatch, samples, encoder):
    cache = RenderingCache(tmp_path / "mt")
    tr = (samples / "s400" / "tr.txt").read_text(encoding="utf-8")
    en = (samples / "s400" / "en.txt").read_text(encoding="utf-8")
    first = drift.check(tr, en, encoder=encoder, mt=tiny_model, mt_cache=cache)

    def no_model(model):
        raise AssertionError("the model was loaded although every sentence was cached")

    monkeypatch.setattr("drift.mt.load_translator", no_model)
    second = drift.check(tr, en, encoder=encoder, mt=tiny_model, mt_cache=cache)
    assert second.mt == first.mt and second.findings == first.findings


def test_the_api_keeps_the_rendering_and_uses_it_as_evidence(tiny_model, tmp_path, samples, encoder):
    tr = (samples / "s400" / "tr.txt").read_text(encoding="utf-8")
    en = (samples / "s400" / "en.txt").read_text(encoding="utf-8")
    plain = drift.check(tr, en, encoder=encoder)
    report = drift.check(tr, en, encoder=encoder, mt=tiny_model, mt_cache=RenderingCache(tmp_path))
    assert report.mt is not None and len(report.mt.sentences) == len(report.alignment.orig_sentences)
    assert all(isinstance(text, str) for text in report.mt.sentences)
    assert all(bead.chrf is not None for bead in report.alignment.beads if bead.orig and bead.trans)
    # The rendering never removes a finding: every plain finding is still there, at least as confident.
    by_place = {(f.code, f.trans, f.orig): f for f in report.findings}
    for finding in plain.findings:
        assert by_place[(finding.code, finding.trans, finding.orig)].confidence >= finding.confidence
    added = [f for f in report.findings if f.code == "R301"]
    assert all(f.basis == "mt" and f.trans is not None for f in added)


def test_the_command_line(tiny_model, samples, capsys, user_cache):
    folder = samples / "s400"
    code = main(["check", str(folder / "tr.txt"), str(folder / "en.txt"), "--no-config", "--mt", tiny_model,
                 "-f", "json"])
    assert code == 1
    envelope = json.loads(capsys.readouterr().out)
    assert envelope["mt"]["model"] and len(envelope["mt"]["sentences"]) == len(envelope["orig"]["sentences"])
    assert any(path.suffix == ".json" for path in (user_cache / "mt").iterdir())  # the cache, in the temp folder


def test_a_missing_model_is_a_one_line_error(tmp_path, samples, capsys):
    folder = samples / "s400"
    missing = tmp_path / "no-such-model"
    missing.mkdir()
    assert main(["check", str(folder / "tr.txt"), str(folder / "en.txt"), "--no-config", "--mt",
                 str(missing)]) == 2
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "cannot load the translation model" in err


def test_mt_with_an_english_reference_is_a_usage_error(tiny_model, samples, capsys):
    folder = samples / "s400"
    assert main(["check", str(folder / "en_faithful.txt"), str(folder / "en.txt"), "--no-config", "--mt",
                 tiny_model]) == 2
    assert "--mt renders a Turkish original" in capsys.readouterr().err
