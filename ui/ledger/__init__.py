"""The distribution ledger: who was sent a paper or a proposal version, and who confirmed."""
