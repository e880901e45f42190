# Set-up is part of every target: a fresh clone needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test test-mt fuzz bench evaluate evaluate-real confidence lexicon screenshot screenshot-serve clean

# What running drift needs, and no more (make demo); the test tools come with $(STAMP).
RUNTIME := $(VENV)/.runtime

$(RUNTIME): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e .
	touch $(RUNTIME)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## demo: check the bundled sample pair, explain what drifted and write the HTML report to build/demo/report.html
## (finding drift is what a demo should do: it fails only when the check itself could not run)
demo: $(RUNTIME)
	@mkdir -p build/demo
	@$(BIN)/drift check samples/s400/tr.txt samples/s400/en.txt; test $$? -le 1
	@$(BIN)/drift check samples/s400/tr.txt samples/s400/en.txt -f html -o build/demo/report.html; test $$? -le 1
	@echo "The HTML report is in $(CURDIR)/build/demo/report.html: open it in a browser."
	@echo "To check your own pair in a browser: $(BIN)/drift serve (then open http://127.0.0.1:8400/)"

## test: run the test suite
test: $(STAMP)
	$(BIN)/python -m pytest

## fuzz: nightly-style, not part of `make test`: the reader fuzzer (atheris, FUZZ_SECONDS) in a temporary
## folder, then the property tests with a random seed and twenty times the examples
FUZZ_SECONDS ?= 600
fuzz: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[fuzz]' || echo "drift: atheris did not install here; only the property tests run"
	@folder=$$(mktemp -d) && if $(BIN)/python -c "import atheris" 2>/dev/null; then \
		(cd $$folder && $(CURDIR)/$(BIN)/python $(CURDIR)/fuzz/fuzz_read.py -max_total_time=$(FUZZ_SECONDS) \
			-artifact_prefix=$$folder/ $$folder) || { echo "drift: the fuzzer found a failure: $$folder"; exit 1; }; \
	fi; rm -rf $$folder
	DRIFT_HYPOTHESIS_PROFILE=fuzz $(BIN)/python -m pytest -q -p no:cacheprovider tests/property

## test-mt: the tests of `--mt` (tests/mt) in their own environment with the [mt] extra (transformers,
## torch, sentencepiece), so that `make test` stays lean; torch is taken CPU-only where pip finds such a wheel
MT_VENV := .venv-mt
MT_STAMP := $(MT_VENV)/.installed
TORCH_CPU ?= torch==2.13.0+cpu

$(MT_STAMP): pyproject.toml
	$(PYTHON) -m venv $(MT_VENV)
	$(MT_VENV)/bin/python -m pip install --quiet --upgrade pip
	-$(MT_VENV)/bin/python -m pip install --quiet --only-binary=:all: '$(TORCH_CPU)'
	$(MT_VENV)/bin/python -m pip install --quiet -e '.[mt]' 'pytest>=8'
	touch $(MT_STAMP)

test-mt: $(MT_STAMP)
	HF_HUB_OFFLINE=1 $(MT_VENV)/bin/python -m pytest -p no:cacheprovider tests/mt

## bench: time the pipeline stages on the bundled sample, against the encoder alone; batch
## throughput, memory and the sentence aligners against sentalign and galechurch (docs/benchmarks.md);
## the encoding detector, the wrong-pair thresholds, and time and memory on 0.5-2 MB pairs (README);
## check and lint on 0.25-5 MB adversarial files (docs/benchmarks.md, docs/robustness.md)
bench: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[bench]'
	$(BIN)/python benchmarks/bench.py
	$(BIN)/python benchmarks/bench_batch.py --write docs/benchmarks.md
	$(BIN)/python benchmarks/bench_find.py
	$(BIN)/python benchmarks/bench_encodings.py
	$(BIN)/python benchmarks/calibrate_pairs.py
	$(BIN)/python benchmarks/bench_scale.py
	$(BIN)/python benchmarks/bench_hostile.py --write docs/benchmarks.md

## evaluate: recall, precision and false alarms on the reference example and the development set, then
## the serious findings per 100 sentences on real published translations (evaluate-real)
evaluate: $(STAMP) evaluate-real
	$(BIN)/python benchmarks/evaluate.py

## evaluate-real: findings per 100 English sentences by check on ../shared/real when that folder exists
## (real published translations: nearly every serious finding there is a false alarm); says so when absent
REAL ?= ../shared/real/newstest2016
evaluate-real: $(STAMP)
	$(BIN)/python benchmarks/evaluate_real.py $(REAL)

## confidence: measure every check (stable and preview) and rewrite drift/checks/data/confidence.tsv
confidence: $(STAMP)
	$(BIN)/python tools/check_precision.py --write --real $(REAL)

## screenshot: render the HTML report of samples/s400 in headless Chromium to docs/html-report.png
screenshot: $(STAMP)
	$(BIN)/python tools/screenshot_report.py docs/html-report.png

## screenshot-serve: photograph `drift serve` checking samples/s400 (form, wide report, phone report) into docs/
screenshot-serve: $(STAMP)
	$(BIN)/python tools/screenshot_serve.py docs

## lexicon: rebuild drift/lexicon/data/lexicon.tsv.gz from its sources (needs the network)
lexicon: $(STAMP)
	$(BIN)/python tools/build_lexicon.py

clean:
	rm -rf $(VENV) $(MT_VENV) build *.egg-info .pytest_cache
