"""Labour-rights hotline: a conversation core with Telegram and terminal front ends."""

from pathlib import Path

__version__ = "0.1.0"

#: The project folder that holds flows/, knowledge/ and locales/ (content lives beside the code).
CONTENT_ROOT = Path(__file__).resolve().parent.parent
