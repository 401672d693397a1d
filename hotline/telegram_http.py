"""python-telegram-bot's HTTP layer over aiohttp: the same contract as its HTTPXRequest, less CPU.

Rule: `AiohttpRequest.do_request` behaves as PTB's `HTTPXRequest.do_request` does for the rest of
PTB and for our retry logic: it returns (status, body) for every HTTP answer, error statuses
included; a timeout raises `telegram.error.TimedOut`; a connection or protocol error raises
`telegram.error.NetworkError`. Timeouts left at DEFAULT_NONE fall back to the instance's own.
One keep-alive connection pool of `connection_pool_size` connections serves every call; HTTPS_PROXY
and NO_PROXY from the environment are honoured, as PTB's httpx client honoured them.

Plain calls go as one JSON body (the Bot API takes application/json); calls with files go as
multipart form data, each parameter JSON-encoded as PTB does. The bot token is part of every
URL, so no error message or log line we make holds a URL: errors name the exception class and a
text with any `/bot<token>` cut out, and never chain the aiohttp exception that may hold it.

Measured with `hotline bench e2e`: a bare PTB echo bot spends about half its CPU per update in
httpx/httpcore; this class does the same work for a fraction of that.
"""

from __future__ import annotations

import json
import re
from typing import Any

import aiohttp
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData
from yarl import URL

#: A bot token inside a Bot API URL (".../bot123:ABC/sendMessage", ".../file/bot123:ABC/...").
_TOKEN_IN_URL = re.compile(r"bot\d+:[A-Za-z0-9_-]+")
#: Whatever stands between "/bot" and the method in the URL of this call: the token, whatever its form.
_URL_TOKEN = re.compile(r"/bot([^/]+)/")
_JSON_HEADERS = {"Content-Type": "application/json"}


def redact(text: str, url: str = "") -> str:
    """The text with any bot token cut out (the one in `url`, and anything shaped like one)."""
    found = _URL_TOKEN.search(url)
    if found:
        text = text.replace(found.group(1), "<token>")
    return _TOKEN_IN_URL.sub("bot<token>", text)


def _seconds(value: ODVInput[float], default: float | None) -> float | None:
    """The timeout a caller asked for, or the instance's default when it left it unset."""
    return default if isinstance(value, DefaultValue) else value  # type: ignore[return-value]


class AiohttpRequest(BaseRequest):
    """A `telegram.request.BaseRequest` over one aiohttp session with a keep-alive pool."""

    __slots__ = ("_connect_timeout", "_media_write_timeout", "_pool_size", "_pool_timeout",
                 "_read_timeout", "_session", "_urls", "_write_timeout")

    def __init__(self, connection_pool_size: int = 256, read_timeout: float | None = 5.0,
                 write_timeout: float | None = 5.0, connect_timeout: float | None = 5.0,
                 pool_timeout: float | None = 1.0, media_write_timeout: float | None = 20.0) -> None:
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        #: Parsed URLs by text: a bot calls a dozen methods, each URL is parsed once.
        self._urls: dict[str, URL] = {}

    @property
    def read_timeout(self) -> float | None:
        """The default read timeout in seconds."""
        return self._read_timeout

    async def initialize(self) -> None:
        """Open the session and its connection pool (inside the running event loop)."""
        if self._session is None or self._session.closed:
            connector = aiohttp.TCPConnector(limit=self._pool_size, limit_per_host=0,
                                             enable_cleanup_closed=False)
            self._session = aiohttp.ClientSession(
                connector=connector, cookie_jar=aiohttp.DummyCookieJar(), trust_env=True,
                headers={"User-Agent": self.USER_AGENT}, auto_decompress=True)

    async def shutdown(self) -> None:
        """Close the session and every pooled connection."""
        if self._session is not None and not self._session.closed:
            await self._session.close()
        self._session = None

    def _url(self, url: str) -> URL:
        parsed = self._urls.get(url)
        if parsed is None:
            if len(self._urls) > 256:
                self._urls.clear()
            parsed = self._urls[url] = URL(url, encoded=True)
        return parsed

    def _timeout(self, read: ODVInput[float], write: ODVInput[float], connect: ODVInput[float],
                 pool: ODVInput[float], files: bool) -> aiohttp.ClientTimeout:
        """aiohttp's timeouts for PTB's four: aiohttp has no write timeout, so the whole call is
        bounded by their sum."""
        read_s = _seconds(read, self._read_timeout)
        write_s = _seconds(write, self._media_write_timeout if files else self._write_timeout)
        connect_s = _seconds(connect, self._connect_timeout)
        pool_s = _seconds(pool, self._pool_timeout)
        parts = (read_s, write_s, connect_s, pool_s)
        total = None if any(p is None for p in parts) else sum(parts)  # type: ignore[arg-type]
        waiting = None if connect_s is None or pool_s is None else connect_s + pool_s
        return aiohttp.ClientTimeout(total=total, connect=waiting, sock_connect=connect_s,
                                     sock_read=read_s)

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        """Make one HTTP call and return its status and body; see BaseRequest.do_request."""
        session = self._session
        if session is None or session.closed:
            raise RuntimeError("This AiohttpRequest is not initialized!")
        files = request_data is not None and request_data.contains_files
        body: Any = None
        headers = None
        if request_data is not None:
            if files:
                body = aiohttp.FormData(quote_fields=False)
                for name, value in request_data.json_parameters.items():
                    body.add_field(name, value)
                for name, (filename, content, mimetype) in request_data.multipart_data.items():
                    body.add_field(name, content, filename=filename, content_type=mimetype)
            else:
                body = json.dumps(request_data.parameters).encode()
                headers = _JSON_HEADERS
        timeout = self._timeout(read_timeout, write_timeout, connect_timeout, pool_timeout, files)
        try:
            async with session.request(method, self._url(url), data=body, headers=headers,
                                       timeout=timeout, allow_redirects=False) as response:
                return response.status, await response.read()
        except (TimeoutError, aiohttp.ServerTimeoutError):
            raise TimedOut() from None
        except aiohttp.ClientError as error:
            raise NetworkError(f"aiohttp.{type(error).__name__}: {redact(str(error), url)}") from None
        except OSError as error:
            raise NetworkError(f"{type(error).__name__}: {redact(str(error), url)}") from None
