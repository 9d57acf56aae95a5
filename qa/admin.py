"""Q&A in the admin: the private question queue (question_admin.py)."""

from . import question_admin  # noqa: F401
