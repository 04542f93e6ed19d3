"""The editor's settings file: theme and key remapping.

``config.toml`` in drafter's folder under the user's configuration folder
(``~/.config/drafter/config.toml`` on Linux)::

    theme = "textual-light"

    [keys]
    "drafter.save" = "ctrl+s,f10"
    "drafter.next-finding" = "alt+down"

Key names are Textual's; a binding's id is listed in the help screen (F1).
"""

from __future__ import annotations

import tomllib
from collections.abc import Callable, Collection
from dataclasses import dataclass, field
from pathlib import Path

from drafter.errors import DrafterError

DEFAULT_THEME = "textual-dark"


class ConfigError(DrafterError):
    """A settings file that cannot be read or holds something unknown."""


@dataclass(frozen=True)
class Config:
    theme: str = DEFAULT_THEME
    keys: dict[str, str] = field(default_factory=dict)
    autosave_seconds: float = 2.0


def config_path() -> Path:
    from platformdirs import user_config_path

    return user_config_path("drafter") / "config.toml"


def load_config(
    path: Path | None = None,
    *,
    binding_ids: Callable[[], Collection[str]],
    themes: Collection[str],
) -> Config:
    """Read the settings; a missing file means the defaults.

    ``binding_ids`` is asked for only when the file remaps keys: listing every id
    imports every screen (the import screens too), which is a tenth of the
    editor's start-up, for the few writers who remap a key.
    """
    path = path or config_path()
    try:
        raw = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Config()
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot be read ({exc}); fix or remove it") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}; fix or remove it") from None
    unknown = set(raw) - {"theme", "keys", "autosave-seconds"}
    if unknown:
        raise ConfigError(
            f"{path}: unknown setting {sorted(unknown)[0]!r}; "
            "the settings are theme, autosave-seconds and [keys]"
        )
    theme = raw.get("theme", DEFAULT_THEME)
    if not isinstance(theme, str) or theme not in themes:
        raise ConfigError(
            f"{path}: theme {theme!r} is not a theme; choose one of {', '.join(sorted(themes))}"
        )
    seconds = raw.get("autosave-seconds", 2.0)
    if not isinstance(seconds, int | float) or isinstance(seconds, bool) or seconds <= 0:
        raise ConfigError(f"{path}: autosave-seconds must be a number of seconds above 0")
    keys = raw.get("keys", {})
    if not isinstance(keys, dict):
        raise ConfigError(f'{path}: keys must be a table: [keys] then "id" = "key" lines')
    known = binding_ids() if keys else ()
    for binding_id, value in keys.items():
        if binding_id not in known:
            raise ConfigError(
                f"{path}: keys: {binding_id!r} is not a binding id; "
                "the help screen (F1) lists every id"
            )
        if not isinstance(value, str) or not value.strip():
            raise ConfigError(
                f'{path}: keys: {binding_id!r} must be a key name such as "ctrl+s" '
                "(several separated by commas)"
            )
    return Config(theme=theme, keys=dict(keys), autosave_seconds=float(seconds))
