"""What each staff role may do with published Q&A (collected by accounts.roles.sync_roles). The
private questions' grants are declared with them."""

from accounts.roles import EDITOR, EDITOR_IN_CHIEF, QA_OFFICER

_EDIT = [
    "qa.add_publishedquestion",
    "qa.change_publishedquestion",
    "qa.view_publishedquestion",
    *(f"qa.{action}_answercitation" for action in ("add", "change", "delete", "view")),
]

GRANTS = {
    # Officers write the public answer from a question; an approver publishes it. Published
    # answers hold no personal data: editors may improve their wording like any content.
    QA_OFFICER: _EDIT,
    EDITOR: _EDIT,
    EDITOR_IN_CHIEF: [
        *_EDIT,
        "qa.publish_publishedquestion",
        "qa.delete_publishedquestion",
    ],
}
