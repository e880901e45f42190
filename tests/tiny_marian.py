"""A real, tiny Marian translation model built inside the test run: no download, a few thousand parameters.

A sentencepiece vocabulary is trained on the test's own sentences, a
MarianMTModel with one small layer each way is initialised from a fixed seed,
and both are saved with `save_pretrained` into a temporary folder, which the
tests give to drift exactly as a user gives a downloaded model's folder. Its
English is nonsense; loading, batching, caching and the evidence code run for real.
"""

from __future__ import annotations

import json
from pathlib import Path

SENTENCES = [
    "ABD, Türkiye'ye Rus yapımı S-400 füze sistemlerini Ukrayna'ya göndermeyi önerdi.",
    "Kaynaklar, ABD'li yetkililerin bu öneriyi Türk mevkidaşlarına ilettiğini söyledi.",
    "Bakan, iki ülke arasındaki ticaretin bu yıl artacağını söyledi.",
    "Belediye meclisi bütçeyi çarşamba günü onayladı.",
    "The United States has suggested to Turkey that it send S-400 systems to Ukraine.",
    "The minister said that trade between the two countries would grow this year.",
    "The city council approved the budget on Wednesday.",
]


def build_tiny_marian(folder: Path, sentences: list[str] | None = None) -> Path:
    """Train the vocabulary, build and save the model and tokenizer into `folder`; return it."""
    import io

    import sentencepiece
    import torch
    from transformers import MarianConfig, MarianMTModel, MarianTokenizer

    folder.mkdir(parents=True, exist_ok=True)
    model_file = io.BytesIO()
    sentencepiece.SentencePieceTrainer.train(
        sentence_iterator=iter(sentences or SENTENCES), model_writer=model_file, vocab_size=120,
        model_type="unigram", character_coverage=1.0, pad_id=-1, bos_id=-1, eos_id=1, unk_id=0,
        minloglevel=2, hard_vocab_limit=False)
    for name in ("source.spm", "target.spm"):
        (folder / name).write_bytes(model_file.getvalue())
    processor = sentencepiece.SentencePieceProcessor(model_proto=model_file.getvalue())
    pieces = [processor.id_to_piece(i) for i in range(processor.get_piece_size())]
    vocab = {piece: i for i, piece in enumerate(pieces)}
    vocab["<pad>"] = len(vocab)
    (folder / "vocab.json").write_text(json.dumps(vocab, ensure_ascii=False), encoding="utf-8")
    tokenizer = MarianTokenizer(source_spm=str(folder / "source.spm"), target_spm=str(folder / "target.spm"),
                                vocab=str(folder / "vocab.json"), source_lang="tr", target_lang="en")
    torch.manual_seed(0)
    config = MarianConfig(
        vocab_size=len(vocab), decoder_vocab_size=len(vocab), d_model=8, encoder_layers=1, decoder_layers=1,
        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=16, decoder_ffn_dim=16,
        max_position_embeddings=64, pad_token_id=vocab["<pad>"], eos_token_id=vocab["</s>"],
        decoder_start_token_id=vocab["<pad>"], forced_eos_token_id=vocab["</s>"])
    model = MarianMTModel(config)
    model.save_pretrained(folder)
    tokenizer.save_pretrained(folder)
    return folder
