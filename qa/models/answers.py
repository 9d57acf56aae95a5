"""The public published Q&A: no field here may hold personal data."""

__all__ = []
