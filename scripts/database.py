"""Find or create the PostgreSQL database for the portal; used by scripts/setup.

Usage: database.py find            -> prints a reachable server URL (without database) or nothing
       database.py ensure URL       -> creates the database named in URL if it does not exist
       database.py reachable URL    -> exit 0 when URL, or its server (to create the database
                                       in), accepts connections
"""

import sys
from urllib.parse import urlsplit, urlunsplit

import psycopg

CANDIDATES = [
    "postgres://postgres@127.0.0.1:5432/postgres",
    "postgres://postgres@localhost:5432/postgres",
]


def can_connect(url):
    try:
        with psycopg.connect(url, connect_timeout=3) as conn:
            conn.execute("SELECT 1")
        return True
    except psycopg.Error:
        return False


def with_database(url, name):
    parts = urlsplit(url)
    return urlunsplit((parts.scheme, parts.netloc, "/" + name, parts.query, parts.fragment))


def ensure(url):
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    maintenance = with_database(url, "postgres")
    with psycopg.connect(maintenance, autocommit=True, connect_timeout=5) as conn:
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(f"CREATE DATABASE \"{name}\" ENCODING 'UTF8' TEMPLATE template0")
            print(f"created database {name}")


def main(argv):
    command = argv[1]
    if command == "find":
        for url in CANDIDATES:
            if can_connect(url):
                print(url)
                return 0
        return 1
    if command == "ensure":
        ensure(argv[2])
        return 0
    if command == "reachable":
        url = argv[2]
        return 0 if can_connect(url) or can_connect(with_database(url, "postgres")) else 1
    raise SystemExit(__doc__)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
