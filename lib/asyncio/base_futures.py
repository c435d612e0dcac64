"""Future repr helpers (Coil's asyncio)."""

from .futures import _future_repr_info, _format_callbacks, isfuture  # noqa: F401
