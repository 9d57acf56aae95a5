"""What each staff role may do with the shared images (collected by accounts.roles.sync_roles):
editors upload and describe them; only the editor-in-chief deletes one."""

from accounts.roles import EDITOR, EDITOR_IN_CHIEF

_EDIT = ["images.add_image", "images.change_image", "images.view_image"]

GRANTS = {
    EDITOR: _EDIT,
    EDITOR_IN_CHIEF: [*_EDIT, "images.delete_image"],
}
