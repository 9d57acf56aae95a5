"""Q&A keeps two records by design: the private question (the asker's personal data, consents,
queue state; questions.py) and the public published Q&A made from it by an officer, which never
holds personal data (answers.py)."""

from .answers import *  # noqa: F403
from .questions import *  # noqa: F403
