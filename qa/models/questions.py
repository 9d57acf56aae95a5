"""The private question: the asker's personal data, consents, queue state and notes."""

__all__ = []
