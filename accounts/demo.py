"""Demo staff accounts, one per role, with passwords that are printed on purpose."""

from django.conf import settings
from django.contrib.auth.models import Group

from accounts import roles
from accounts.models import User

DEMO_USERS = [
    ("bientap@demo.invalid", "Nguyễn Thị Biên Tập", roles.EDITOR, "demo-bientap-2026"),
    ("tongbientap@demo.invalid", "Trần Văn Duyệt", roles.EDITOR_IN_CHIEF, "demo-duyet-2026"),
    ("hoidap@demo.invalid", "Lò Thị Hỏi Đáp", roles.QA_OFFICER, "demo-hoidap-2026"),
    ("duyethoidap@demo.invalid", "Đinh Văn Duyệt Hỏi Đáp", roles.QA_APPROVER, "demo-duyethd-2026"),
    ("quantri@demo.invalid", "Hoàng Văn Quản Trị", roles.SYSTEM_ADMIN, "demo-quantri-2026"),
]


def seed(command):
    command.stdout.write(
        f"Demo staff accounts (log in at http://127.0.0.1:8000/{settings.ADMIN_URL}):"
    )
    for email, name, role, password in DEMO_USERS:
        user, _created = User.objects.get_or_create(
            email=email, defaults={"full_name": name, "is_staff": True}
        )
        if not user.check_password(password):
            user.set_password(password)
            user.save(update_fields=["password"])
        user.groups.set([Group.objects.get(name=role)])
        command.stdout.write(f"  {role:<24} {email:<28} {password}")
