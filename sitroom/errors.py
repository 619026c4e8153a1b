"""The exceptions sitroom raises, each turned into a one-line message at the CLI edge.

    SitroomError
     +-- ReadError        a document could not be read (becomes a Failure in a batch)
     +-- StoreError       the store could not be opened or written
     |    +-- MigrationError
     +-- ConfigError      a setting, an option or a data file is invalid
     +-- NotFound         a document, entity or event named by the user does not exist
"""


class SitroomError(Exception):
    """Base class: the message says what went wrong and what to do."""


class ReadError(SitroomError):
    """A document could not be read."""


class StoreError(SitroomError):
    """The store could not be opened, migrated or written."""


class MigrationError(StoreError):
    """The store's schema is newer than this version of sitroom, or a migration failed."""


class ConfigError(SitroomError):
    """A setting, an option or a data file is invalid."""


class NotFound(SitroomError):
    """Something the user named does not exist in the store."""
