# dealstream: `make run` (the main job on a local broker) and `make test` (every test).
# Every target installs what it uses, so both work on a fresh machine.

SHELL := /bin/bash
PYTHON ?= python3.11
VENV := .venv
BIN := $(VENV)/bin
STATE := .state
KAFKA_LIBS := deploy/kafka/target/libs
RUN_TAIL_ARGS ?=

.PHONY: setup venv kafka-jars prometheus run stop test unit integration lint eval bench clean

setup: venv kafka-jars prometheus

# Debian packages the project uses: a JDK and Maven for the broker, Prometheus for the metric tests.
$(STATE)/apt.stamp:
	@mkdir -p $(STATE)
	@need=""; \
	command -v java >/dev/null || need="$$need openjdk-17-jre-headless"; \
	command -v mvn >/dev/null || need="$$need maven"; \
	command -v promtool >/dev/null || need="$$need prometheus"; \
	command -v $(PYTHON) >/dev/null || need="$$need python3.11 python3.11-venv"; \
	if [ -n "$$need" ]; then \
	  echo "installing Debian packages:$$need"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq $$need >/dev/null; \
	fi
	@touch $@

prometheus: $(STATE)/apt.stamp

$(VENV)/.installed: pyproject.toml | $(STATE)/apt.stamp
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e ".[dev]"
	@touch $@

venv: $(VENV)/.installed

$(KAFKA_LIBS)/.resolved: deploy/kafka/pom.xml | $(STATE)/apt.stamp
	mvn -q -B -f deploy/kafka/pom.xml package
	@touch $@

kafka-jars: $(KAFKA_LIBS)/.resolved

# The main job: broker, topics, a worker, the sample pages, and the events as they arrive (Ctrl-C ends the tail;
# `make stop` stops the worker and the broker).
run: setup
	$(BIN)/dealstream kafka up
	$(BIN)/dealstream topics create
	@if [ -f $(STATE)/worker.pid ] && kill -0 $$(cat $(STATE)/worker.pid) 2>/dev/null; then \
	  echo "worker already running (pid $$(cat $(STATE)/worker.pid))"; \
	else \
	  nohup $(BIN)/dealstream worker > $(STATE)/worker.log 2>&1 & echo $$! > $(STATE)/worker.pid; \
	  echo "worker started (pid $$(cat $(STATE)/worker.pid), log $(STATE)/worker.log, metrics http://127.0.0.1:$${DEALSTREAM_WEB_PORT:-6066}/metrics)"; \
	fi
	$(BIN)/dealstream ingest samples/pages.jsonl
	$(BIN)/dealstream tail --from-beginning $(RUN_TAIL_ARGS)

stop:
	@if [ -f $(STATE)/worker.pid ]; then kill $$(cat $(STATE)/worker.pid) 2>/dev/null || true; rm -f $(STATE)/worker.pid; fi
	-$(BIN)/dealstream kafka down

lint: venv
	$(BIN)/ruff check streams tests tools benchmarks

unit: venv
	$(BIN)/pytest -q -m "not integration" tests

integration: setup
	$(BIN)/pytest -q -m integration tests

test: setup lint
	$(BIN)/pytest -q -ra tests

# Extraction and cleaning figures: the shared dev corpus, then the project's own held-out sets;
# story merging (pairwise P/R) on the shared stories set and the blind eval/stories2.
eval: venv
	$(BIN)/python tools/eval_extraction.py ../shared/corpus/dev
	@for set in eval/heldout*/; do \
	  set=$${set%/}; if [ -d $$set ]; then echo "== $$set"; $(BIN)/python tools/eval_extraction.py $$set; fi; \
	done
	@for set in ../shared/corpus/stories eval/stories2; do \
	  echo "== stories: $$set"; $(BIN)/python tools/eval_stories.py --corpus $$set | grep -v '^events:'; \
	done

bench: setup
	$(BIN)/python benchmarks/bench.py

clean: stop
	rm -rf $(STATE)
