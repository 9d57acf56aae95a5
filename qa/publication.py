"""From a private question to the public Q&A (qa.PublishedQuestion), and back down.

The public record is made here and only here: it copies the wording the officer approved, the
answer, the legal basis, the topic and — only when the asker agreed to publication — the
province; never a name, e-mail, phone, commune or ethnic group.
"""


def publish(question, user):
    """Make (or update) the public Q&A of `question`. Filled in once the public model exists."""


def hide(question, reason):
    """Take the public Q&A of `question` down, recording `reason`."""


def public_url(question):
    """The address of the public Q&A made from `question`, while it is public; else None."""
    return None
