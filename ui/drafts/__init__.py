"""Draft proposals: history, comparison, merging with the co-drafter."""
