"""The one exception a person acts on: a problem with an input file, said in one line."""

from __future__ import annotations

from .model import SeedProblem


class SeedError(Exception):
    """An input file (seed, sidecar, curation YAML) that cannot be used.

    ``str(error)`` is the whole message a user sees: ``seeds/a.txt:12: what is wrong``.
    """

    def __init__(self, path: str, message: str, line: int | None = None) -> None:
        super().__init__(path, message, line)
        self.path = path
        self.message = message
        self.line = line

    def __str__(self) -> str:
        return str(self.as_problem())

    def as_problem(self) -> SeedProblem:
        """The same error as a value for the corpus' list of problems."""
        return SeedProblem(path=self.path, message=self.message, line=self.line)
