"""Benchmarks of DESIGN.md section 8: ``python -m bench.run [--quick]`` (see bench/README.md).

Figures are printed and written as JSON, never asserted: tests do not time anything.
"""
