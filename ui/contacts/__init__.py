"""Contacts: other people's cards, fingerprint comparison, verification; one's own card."""
