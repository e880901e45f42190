# Set-up is part of every target: a fresh clone needs only Python 3.11+ and make.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $(STAMP)

## demo: align the bundled sample pair and show it side by side
demo: $(STAMP)
	$(BIN)/drift align samples/s400/tr.txt samples/s400/en.txt

## test: run the test suite
test: $(STAMP)
	$(BIN)/python -m pytest

## bench: time the pipeline stages on the bundled sample
bench: $(STAMP)
	$(BIN)/python benchmarks/bench.py

clean:
	rm -rf $(VENV) build *.egg-info .pytest_cache
