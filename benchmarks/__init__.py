"""Performance figures for `make bench` (benchmarks are not tests: they measure, they do not assert)."""
