from django.apps import AppConfig


class DemoConfig(AppConfig):
    name = "ubdt_portal.demo"
    label = "demo"
    verbose_name = "Demo content"
