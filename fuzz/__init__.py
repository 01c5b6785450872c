"""Long coverage-guided fuzzing with atheris (not a dependency): see docs/robustness.md."""
