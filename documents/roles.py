"""What each staff role may do with legal documents and their files and status history
(collected by accounts.roles.sync_roles)."""

from accounts.roles import EDITOR, EDITOR_IN_CHIEF, QA_OFFICER

_EDIT = [
    "documents.add_legaldocument",
    "documents.change_legaldocument",
    "documents.view_legaldocument",
    *(
        f"documents.{action}_{model}"
        for model in ("documentattachment", "statuschange")
        for action in ("add", "change", "delete", "view")
    ),
]

GRANTS = {
    EDITOR: _EDIT,
    # Only the editor-in-chief publishes (see PublishingAdmin) and deletes.
    EDITOR_IN_CHIEF: [*_EDIT, "documents.publish_legaldocument", "documents.delete_legaldocument"],
    QA_OFFICER: ["documents.view_legaldocument"],
}
