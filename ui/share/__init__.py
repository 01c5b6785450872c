"""The share dialog: seal an item for a working group or chosen contacts."""
