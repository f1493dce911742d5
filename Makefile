# FactCheck — every target installs what it needs first (scripts/bootstrap), so a fresh
# clone on a fresh machine needs only `make run` or `make test`.

SWIFT ?= swift
SOURCES ?= Sources.d

.PHONY: run test build bench eval model fuzz bootstrap clean

bootstrap:
	@bash scripts/bootstrap

build: bootstrap
	$(SWIFT) build -c release --product factcheck

## Build release and open the shell over Sources.d/.
run: build
	@.build/release/factcheck --sources $(SOURCES)

## Unit and end-to-end tests (the pty tests need tmux, which bootstrap installs).
test: bootstrap
	$(SWIFT) build --build-tests
	# A hung test must fail the run, not stall CI.
	timeout 900 $(SWIFT) test --skip-build

## Speed, memory and accuracy at growing corpus sizes (see Benchmarks/).
bench: bootstrap
	@bash Benchmarks/run

## The verifier on VitaminC's 3,000 development pairs: accuracy, precision and recall per label, misses by kind.
## VERIFIER=rules|model|hybrid (default hybrid); MISSES=N also lists N misses.
eval: bootstrap
	$(SWIFT) build -c release --product factcheck-eval
	.build/release/factcheck-eval Data/VitaminC/vitaminc-dev3000.jsonl --verifier $(or $(VERIFIER),hybrid) --misses $(or $(MISSES),0)

## Reproduce the learned verifier's weights (Sources/FactCheckKit/Resources/Verifier) from VitaminC train: its own
## virtual environment (Model/.venv, CPU torch), about 70 minutes on 2 cores. CI never trains; the weights are committed.
## Two epochs (the second from the first's checkpoint at a lower rate), then the export with its label-prior shift.
model:
	bash Model/setup-venv
	Model/.venv/bin/python Model/train.py --train-minutes 70 --no-export
	cp Model/.work/best.pt Model/.work/epoch1.pt
	Model/.venv/bin/python Model/train.py --init Model/.work/epoch1.pt --seed 20261127 --lr 2e-5 --threads 2 --train-minutes 70 --log Model/train-stage2.log
	Model/.venv/bin/python Model/train.py --init Sources/FactCheckKit/Resources/Verifier/model.safetensors --seed 20261129 --lr 2e-5 --threads 2 \
		--train-minutes 45 --changed-details 6000 --log Model/train-stage3.log

## libFuzzer over the claim-file parser, the article loader and the quantity/date parsers
## (FUZZ_SECONDS each, default 600). Crashes land in Tests/…/fuzz-regressions, replayed by `make test`.
fuzz: bootstrap
	@bash Fuzz/run

clean:
	rm -rf .build
