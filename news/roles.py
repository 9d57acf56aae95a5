"""What each staff role may do with news (collected by accounts.roles.sync_roles): editors
write articles; the editor-in-chief publishes them, and alone publishes alerts."""

from accounts.roles import EDITOR, EDITOR_IN_CHIEF

_EDIT = ["news.add_article", "news.change_article", "news.view_article", "news.view_category"]

GRANTS = {
    EDITOR: [*_EDIT, "news.view_alert"],
    # Only the editor-in-chief publishes (see PublishingAdmin), deletes, keeps the categories
    # and publishes alerts.
    EDITOR_IN_CHIEF: [
        *_EDIT,
        "news.publish_article",
        "news.delete_article",
        *(
            f"news.{action}_{model}"
            for model in ("category", "alert")
            for action in ("add", "change", "delete")
        ),
        "news.view_alert",
    ],
}
