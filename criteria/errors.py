"""Problems found in user input, collected and reported together."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input, located as precisely as we can.

    ``str(problem)`` reads ``Partners!D7: 'seven' is not a number (criterion 'Capital')``.
    """

    message: str
    sheet: str | None = None
    cell: str | None = None

    def __str__(self) -> str:
        where = f"{self.sheet}!{self.cell}" if self.sheet and self.cell else self.sheet or self.cell
        return f"{where}: {self.message}" if where else self.message


class InputError(Exception):
    """Raised once with every problem found (exit code 1 on the command line)."""

    def __init__(self, problems: list[Problem] | tuple[Problem, ...] | Problem | str):
        if isinstance(problems, (Problem, str)):
            problems = [problems]
        self.problems: tuple[Problem, ...] = tuple(
            p if isinstance(p, Problem) else Problem(p) for p in problems
        )
        super().__init__("\n".join(str(p) for p in self.problems))

    def summary(self, limit: int = 8, lang=None) -> str:
        """The problems, one per line, at most ``limit`` lines plus a count of the rest; in ``lang``
        (a ``criteria.i18n`` language) when given, else as written."""
        if lang is not None:
            from criteria.problem_words import summary_words

            return summary_words(self.problems, limit, lang)
        lines = [str(p) for p in self.problems[:limit]]
        rest = len(self.problems) - limit
        if rest > 0:
            lines.append(f"... and {rest} more problem{'s' if rest > 1 else ''}")
        return "\n".join(lines)


def quote(value: object) -> str:
    """A cell value as shown in messages: text in quotes, numbers plain."""
    if isinstance(value, str):
        return repr(value if len(value) <= 40 else value[:37] + "...")
    return str(value)


class UsageError(InputError):
    """A command-line value is wrong (unknown method, criterion or scenario): CLI exit code 2."""


class OutputError(Exception):
    """A file could not be written (exit code 3); the old file, if any, is intact.

    ``str()`` is English (the command line); raised with ``words`` (an ``N_``-marked message with
    place-holders) and their ``values``, ``summary(lang)`` says it in the app's language too.
    """

    def __init__(self, message: str, words: str | None = None, **values: str):
        super().__init__(message)
        self.words, self.values = words, values

    def summary(self, lang=None) -> str:
        """The message in ``lang`` (a ``criteria.i18n`` language or its code), else as written;
        a ``reason`` value is translated too (an operating system's own words stay as they are)."""
        if lang is None or self.words is None:
            return str(self)
        from criteria.i18n import language

        lang = language(lang)
        values = dict(self.values)
        reason = values.get("reason")
        if reason is not None:
            values["reason"] = lang.t(reason)
        return lang.t(self.words, **values)
