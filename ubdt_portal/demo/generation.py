"""The base of the `generate_<things> N` commands that make synthetic content for scale work
(benchmarks, query-count checks): N items in one transaction, then fresh planner statistics and
visibility map for the tables filled, as autovacuum would give them later. A command declares
what it makes (`noun`), fills `create()` and names its models in `filled_models()`."""

import random

from django.core.management.base import BaseCommand
from django.db import connection, transaction


class GenerateCommand(BaseCommand):
    noun = "synthetic items"

    @property
    def help(self):
        return f"Create N {self.noun} (titles start with “[Thử nghiệm]”)."

    def add_arguments(self, parser):
        parser.add_argument("count", type=int)
        parser.add_argument("--seed", type=int, default=1)

    def create(self, count, rng, **options):
        """Make `count` items with `rng`; returns how many were made."""
        raise NotImplementedError

    def filled_models(self):
        """The models (through models included) whose tables `create()` fills."""
        return []

    def handle(self, count, seed, **options):
        with transaction.atomic():
            created = self.create(count, random.Random(seed), seed=seed, **options)
        # VACUUM cannot run inside a transaction (a test's): ANALYZE alone there.
        command = "ANALYZE" if connection.in_atomic_block else "VACUUM ANALYZE"
        with connection.cursor() as cursor:
            for model in self.filled_models():
                cursor.execute(f'{command} "{model._meta.db_table}"')
        self.stdout.write(f"Created {created} {self.noun}.")
