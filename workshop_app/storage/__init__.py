"""One SQLite file per programme: format checks, connections, migrations, backups."""
