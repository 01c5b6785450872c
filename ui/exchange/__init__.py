"""The exchange page: inbox (packets found or opened) and outbox (packets sent)."""
