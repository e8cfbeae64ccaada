# Two commands do everything: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test install validate bench eval clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/python -m bot run-auto

test: $(STAMP)
	$(BIN)/python -m bot validate
	$(BIN)/python -m pytest

validate: $(STAMP)
	$(BIN)/python -m bot validate

eval: $(STAMP)
	for set in dev field_dev field_dev2 field_dev3 field_dev4 field_dev5 field_dev6 field_dev7 field_dev8 field_dev9 field_dev10 field_dev11 field_dev12 field_dev13 field_dev14 field_dev15 field_dev16 field_dev17 field_dev18 field_dev19 field_dev20 field_dev21 field_dev22 field_dev23 field_dev24 field_dev25 field_dev26 field_dev27 field_dev28 field_dev29 field_dev30 look_alike_probe look_alike_probe2 holdout test probe field_test field_test2 field_test3 field_test4 field_test5 field_test6 field_test7 field_test8 field_test9 field_test10 field_test11 field_test12 field_test13 emergency_probe emergency_dev2 emergency_dev3 emergency_dev4 emergency_dev5 emergency_dev6 emergency_dev7 emergency_dev8 emergency_dev9 emergency_dev10 emergency_dev11 emergency_dev12 emergency_dev13 emergency_dev14 emergency_dev15 emergency_dev16 emergency_dev17 emergency_dev18 emergency_dev19 emergency_dev20 emergency_dev21 emergency_dev22 emergency_dev23 emergency_dev24 emergency_dev25 emergency_dev26 emergency_dev27 emergency_dev28 emergency_dev29 emergency_dev30 emergency_dev31 emergency_dev32 emergency_dev33 emergency_dev34 emergency_dev35 emergency_dev36 emergency_dev37 emergency_dev38 emergency_dev39 emergency_dev40 emergency_dev41 emergency_dev42 emergency_dev43 emergency_dev44 emergency_dev45 emergency_dev46 emergency_dev47 emergency_dev48 emergency_dev49 emergency_dev50 emergency_dev51 emergency_dev52 emergency_dev53 emergency_dev54 emergency_dev55 emergency_dev56 emergency_dev57 emergency_dev58 emergency_dev59 emergency_dev60 emergency_dev61 emergency_dev62 emergency_dev63 emergency_dev64 emergency_dev65 emergency_dev66 emergency_dev67 emergency_dev68 emergency_dev69 emergency_dev70 emergency_dev71 emergency_dev72 emergency_dev73 emergency_dev74 emergency_dev75 emergency_dev76 emergency_dev77 emergency_dev78 emergency_dev79 emergency_dev80 emergency_dev81 emergency_dev82 emergency_dev83 emergency_dev84 emergency_dev85 emergency_dev86 emergency_dev87 emergency_dev88 emergency_dev89 emergency_test; do $(BIN)/python -m bot eval tests/data/$$set.yml; done

bench: $(STAMP)
	$(BIN)/python bench/understanding.py
	$(BIN)/python bench/robustness.py
	$(BIN)/python bench/telegram_load.py
	$(BIN)/python bench/usage.py

clean:
	rm -rf $(VENV) .pytest_cache build *.egg-info
